package madvec.serve;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The structured access log, off by default: one JSON object per request (time, client, method, path,
 * model, status, events, milliseconds), to a file or stderr.
 */
final class AccessLog implements AutoCloseable {
    private final PrintStream out;
    private final boolean owned;

    private AccessLog(PrintStream out, boolean owned) {
        this.out = out;
        this.owned = owned;
    }

    /** null: no log; "-": stderr; else a file, appended to. */
    static AccessLog open(String target) {
        if (target == null) {
            return null;
        }
        if (target.equals("-")) {
            return new AccessLog(System.err, false);
        }
        try {
            OutputStream f = new FileOutputStream(target, true);
            return new AccessLog(new PrintStream(f, false, StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open the access log " + target + ": " + e.getMessage());
        }
    }

    void log(String remote, String method, String path, String model, int status, int events, double millis) {
        String line = new String(InferCodec.object(g -> {
            g.writeStringField("time", Instant.now().toString());
            g.writeStringField("remote", remote);
            g.writeStringField("method", method);
            g.writeStringField("path", path);
            if (model != null) {
                g.writeStringField("model", model);
            }
            g.writeNumberField("status", status);
            if (events > 0) {
                g.writeNumberField("events", events);
            }
            g.writeNumberField("ms", Math.round(millis * 1000) / 1000.0);
        }), StandardCharsets.UTF_8);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    @Override
    public void close() {
        if (owned) {
            out.close();
        }
    }
}
