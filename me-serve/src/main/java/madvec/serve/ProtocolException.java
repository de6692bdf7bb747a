package madvec.serve;

/**
 * A request the protocol refuses, with the HTTP status and the message of its {@code {"error": ...}}
 * body. Thrown by the codec and the checks, caught by the routes; never escapes to the server.
 */
final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ProtocolException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ProtocolException badRequest(String message) {
        return new ProtocolException(400, message);
    }

    int status() {
        return status;
    }
}
