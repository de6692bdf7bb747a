package madvec.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheFormatException;
import madvec.api.lhe.LheReader;
import madvec.api.lhe.LheText;
import madvec.reweight.EventPosition;
import madvec.reweight.EventWeights;
import madvec.reweight.Reweighter;

/**
 * Reweights batches of events on worker threads and hands the results back in input order: each batch
 * is parsed (the reading thread only splits the file into events), reweighted, its events written back
 * line for line with the new weights added (and, for a gzipped output, compressed into a gzip member of its
 * own: a file of several members is a valid gzip file) on a worker; the caller writes the bytes in
 * order. At most {@code 2 * threads + 1} batches are in flight, so memory stays bounded.
 */
final class ReweightPipeline implements AutoCloseable {
    /** A batch's events as read, not yet parsed, and the file's name for messages. */
    record Chunk(LheReader.RawEvents events, String source) {}

    /** A reweighted batch: its weights and its output text (gzipped when asked), null without an output. */
    record Done(List<EventWeights> weights, byte[] bytes) {}

    private final Reweighter reweighter;
    private final boolean skipBad, gzip, formatting;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final ArrayDeque<Future<Done>> inFlight = new ArrayDeque<>();
    private final Consumer<Done> sink;
    /** Worker nanoseconds in the matrix elements (reweight) and in formatting and compression. */
    final AtomicLong parseNanos = new AtomicLong(), reweightNanos = new AtomicLong(), formatNanos = new AtomicLong();

    /**
     * @param formatting whether the events are formatted for an output file at all
     * @param sink receives each batch, in input order, on the caller's thread
     */
    ReweightPipeline(Reweighter reweighter, int threads, boolean skipBad, boolean formatting, boolean gzip, Consumer<Done> sink) {
        this.reweighter = reweighter;
        this.skipBad = skipBad;
        this.formatting = formatting;
        this.gzip = gzip;
        this.sink = sink;
        this.maxInFlight = 2 * threads + 1;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "madvec-reweight");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a batch; hands finished ones to the sink while too many are in flight. */
    void submit(Chunk chunk) {
        inFlight.add(pool.submit(() -> process(chunk)));
        while (inFlight.size() >= maxInFlight) drainOne();
    }

    /** Waits for every batch and hands it to the sink. */
    void finish() {
        while (!inFlight.isEmpty()) drainOne();
    }

    private void drainOne() {
        Future<Done> f = inFlight.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    private Done process(Chunk chunk) throws IOException {
        long ts = System.nanoTime();
        LheReader.RawEvents raw = chunk.events();
        List<LheEvent> events = new ArrayList<>(raw.size());
        List<EventPosition> positions = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            try {
                events.add(LheReader.parse(chunk.source(), raw, i));
            } catch (LheFormatException x) {
                throw withEventNumber(x, raw.number(i));
            }
            positions.add(new EventPosition(chunk.source(), raw.number(i), raw.firstLine(i)));
        }
        long t0 = System.nanoTime();
        parseNanos.addAndGet(t0 - ts);
        List<EventWeights> w = reweighter.reweight(events, positions, skipBad);
        long t1 = System.nanoTime();
        reweightNanos.addAndGet(t1 - t0);
        if (!formatting) return new Done(w, null);
        // room for the events as read plus their new weights, so that the buffer is never regrown
        LheText text = new LheText(outputSize(raw, reweighter.weightIds()));
        for (int i = 0; i < w.size(); i++) {
            reweighter.checkNewIds(events.get(i), positions.get(i));
            RawEventText.append(text, raw.bytes(), raw.start(i), raw.end(i), reweighter.newIds(),
                    reweighter.newWeightValues(w.get(i)), Reweighter.problemComment(w.get(i)));
        }
        byte[] bytes = encode(text.array(), text.length(), gzip);
        formatNanos.addAndGet(System.nanoTime() - t1);
        return new Done(w, bytes);
    }

    /** {@code file:LINE: problem} as {@code file:LINE: event N: problem}. */
    static IllegalArgumentException withEventNumber(LheFormatException x, long event) {
        String prefix = x.source() + ":" + x.lineNumber() + ": ";
        String m = x.getMessage();
        String rest = m.startsWith(prefix) ? m.substring(prefix.length()) : m;
        return new IllegalArgumentException(prefix + "event " + event + ": " + rest, x);
    }

    /** Bytes of a batch's output: its events as read, and each new weight's entry. */
    static int outputSize(LheReader.RawEvents events, List<String> weightIds) {
        long perEvent = 64; // a problem comment or an added <rwgt> block
        for (String id : weightIds) perEvent += id.length() + 40; // <wgt id='...'> +d.dddddddddddddddde+XX </wgt>
        long size = events.size() * perEvent + events.length();
        return (int) Math.min(size, Integer.MAX_VALUE - 16);
    }

    /** UTF-8 bytes of the text, as one gzip member when asked. */
    static byte[] encode(CharSequence text, boolean gzip) {
        byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
        return encode(raw, raw.length, gzip);
    }

    /** {@code raw[0, length)}, as one gzip member when asked (fastest compression: the output is large). */
    static byte[] encode(byte[] raw, int length, boolean gzip) {
        if (!gzip) return java.util.Arrays.copyOf(raw, length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(length / 3 + 64);
        try (OutputStream gz = new FastGzip(bytes)) {
            gz.write(raw, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** gzip at deflate level 1. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** @return a sum of nanoseconds as seconds */
    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
