package madvec.api.lhe;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** A character stream as UTF-8 bytes, so that text given as a Reader goes through the byte-level reader. */
final class ReaderBytes extends InputStream {
    private final Reader in;
    private final char[] chars = new char[1 << 13];
    /** A high surrogate that ended the last block, kept for the low one that starts the next. */
    private int held = -1;
    private byte[] bytes = new byte[0];
    private int pos;

    ReaderBytes(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pos == bytes.length) {
            int from = 0;
            if (held >= 0) chars[from++] = (char) held;
            held = -1;
            int n = in.read(chars, from, chars.length - from);
            if (n < 0) {
                if (from == 0) return -1;
                n = 0;
            }
            int count = from + n;
            if (n > 0 && Character.isHighSurrogate(chars[count - 1])) held = chars[--count];
            bytes = new String(chars, 0, count).getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        int k = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
