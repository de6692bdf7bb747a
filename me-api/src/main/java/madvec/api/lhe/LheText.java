package madvec.api.lhe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * LHE output built as UTF-8 bytes, for writers that format many events and compress them: appending
 * here and handing {@link #array()} to a compressor skips the char-to-byte copy of a StringBuilder, and
 * numbers go in as bytes, formatted as {@link LheWriter} formats them. Not thread-safe; one per thread.
 */
public final class LheText {
    private byte[] bytes;
    private int length;

    /** @param capacity the bytes expected; the buffer grows beyond it when needed */
    public LheText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends a string as UTF-8 (LHE text is ASCII, for which this is one copy). @return this */
    public LheText append(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        room(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
        return this;
    }

    /** Appends {@code b[from, to)} as they are. @return this */
    public LheText append(byte[] b, int from, int to) {
        room(to - from);
        System.arraycopy(b, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    /** Appends an ASCII character. @throws IllegalArgumentException for one outside ASCII @return this */
    public LheText append(char c) {
        if (c > 127) throw new IllegalArgumentException("not an ASCII character: U+" + Integer.toHexString(c));
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /**
     * Appends a number as {@link LheWriter#appendNumber} does: {@code +d.dddddddddde+XX}, MadGraph's 11
     * significant digits or up to 17 where the value needs them to read back exactly.
     *
     * @return this
     */
    public LheText appendNumber(double x) {
        room(LheNumbers.MAX_NUMBER_BYTES);
        length = LheNumbers.formatDouble(x, bytes, length);
        return this;
    }

    /** @return the buffer holding the text in {@code [0, length())}; valid until the next append */
    public byte[] array() {
        return bytes;
    }

    /** @return the number of bytes appended */
    public int length() {
        return length;
    }

    /** @return a copy of the bytes appended */
    public byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    /** @return the text */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }
}
