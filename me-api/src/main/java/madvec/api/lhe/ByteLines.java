package madvec.api.lhe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a byte stream, found without decoding them: an event file's lines are copied and parsed
 * as bytes, and only the few that are kept as text (the header, comments, {@code <rwgt>} blocks) are
 * decoded. A line ends at {@code \n}; a {@code \r} before it is dropped, as BufferedReader drops it.
 */
final class ByteLines implements AutoCloseable {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    /** Unread bytes: {@code buf[pos, limit)}. */
    private int pos, limit;
    private boolean eof;
    private int start, end;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /**
     * Moves to the next line; {@link #bytes()}, {@link #start()} and {@link #end()} then bound it, until
     * the next call.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails (a truncated gzip stream, for one)
     */
    boolean next() throws IOException {
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    found(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos == limit) return false;
                found(pos, limit);
                pos = limit;
                return true;
            }
            scanned = limit - pos;
            fill();
        }
    }

    private void found(int from, int newline) {
        start = from;
        end = newline > from && buf[newline - 1] == '\r' ? newline - 1 : newline;
    }

    /** Moves the unread bytes to the front, grows the buffer for a line longer than it, and reads more. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) buf = Arrays.copyOf(buf, 2 * buf.length);
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) eof = true;
        else limit += n;
    }

    /** @return the buffer holding the current line */
    byte[] bytes() {
        return buf;
    }

    /** @return where the current line starts in {@link #bytes()} */
    int start() {
        return start;
    }

    /** @return where the current line ends (exclusive, without its line end) */
    int end() {
        return end;
    }

    /** @return the current line, decoded; a byte that is not UTF-8 becomes U+FFFD (for messages) */
    String text() {
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    /** @return the current line, decoded @throws CharacterCodingException when it is not UTF-8 */
    String strictText() throws CharacterCodingException {
        return strict(buf, start, end);
    }

    /**
     * {@code b[from, to)} decoded as UTF-8, refusing bytes that are not (rather than replacing them, so
     * that text written back is the text read, and a wrong encoding is named).
     *
     * @throws CharacterCodingException when the bytes are not UTF-8
     */
    static String strict(byte[] b, int from, int to) throws CharacterCodingException {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString();
            }
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** @return the index of the first non-blank byte of the current line at or after {@code from}, or {@link #end()} */
    int firstNonBlank(int from) {
        int i = from;
        while (i < end && LheNumbers.blank(buf[i])) i++;
        return i;
    }

    /** @return whether the current line holds {@code tag} at {@code at} */
    boolean hasAt(int at, byte[] tag) {
        if (at + tag.length > end) return false;
        for (int k = 0; k < tag.length; k++) if (buf[at + k] != tag[k]) return false;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
