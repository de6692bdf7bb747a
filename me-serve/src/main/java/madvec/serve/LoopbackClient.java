package madvec.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that sends one prepared request again and again and reads each
 * answer whole: the load generator's client. A general client (the JDK's, Triton's) spends tens of
 * microseconds of CPU per request on futures, selectors and header maps; on a machine where client and
 * server share the cores that would be charged to the server. This one costs little more than the
 * two system calls, so the measurement is of the service. It understands only what the server sends:
 * a status line, headers with {@code Content-Length}, a body.
 */
final class LoopbackClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] request;
    private byte[] body = new byte[1 << 16];

    /**
     * @param base the server's base URI (loopback)
     * @param method {@code GET} or {@code POST}
     * @param path the request path, e.g. {@code /v2/models/m/infer}
     * @param headers extra header lines, each ending in CRLF (may be empty)
     * @param payload the request body ({@code null} for none)
     */
    LoopbackClient(URI base, String method, String path, String headers, byte[] payload) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n" + headers
                + (payload == null ? "" : "Content-Length: " + payload.length + "\r\n") + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        int n = payload == null ? 0 : payload.length;
        request = new byte[h.length + n];
        System.arraycopy(h, 0, request, 0, h.length);
        if (payload != null) {
            System.arraycopy(payload, 0, request, h.length, n);
        }
    }

    /** Sends the request once and returns the answer's status code after reading its body. */
    int exchange() throws IOException {
        out.write(request);
        out.flush();
        int status = -1;
        long length = -1;
        boolean first = true;
        for (String line; !(line = readLine()).isEmpty(); ) {
            if (first) {
                // "HTTP/1.1 200 OK"
                int sp = line.indexOf(' ');
                status = Integer.parseInt(line.substring(sp + 1, sp + 4));
                first = false;
            } else if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        if (length < 0) {
            throw new IOException("answer without Content-Length (status " + status + ")");
        }
        if (length > body.length) {
            body = new byte[(int) length];
        }
        int read = 0;
        while (read < length) {
            int r = in.read(body, read, (int) length - read);
            if (r < 0) {
                throw new IOException("connection closed inside an answer");
            }
            read += r;
        }
        return status;
    }

    private String readLine() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed before an answer");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
