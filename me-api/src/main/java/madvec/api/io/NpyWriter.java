package madvec.api.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * NumPy {@code .npy} files (format version 1.0), what {@code numpy.load} reads without options: a magic
 * string, a header dictionary with the dtype ({@code <f8} or {@code <f4}, little-endian), C order and
 * the shape, then the values row by row.
 *
 * <p>Two ways to write: {@link #write(OutputStream, double[][], boolean)} writes a whole array held in
 * memory; an instance made by {@link #open} writes doubles one row at a time without knowing the number
 * of rows in advance (the header leaves room for any row count and is rewritten with the final one on
 * {@link #close()}). As {@code LheWriter}, an instance writes a temporary file in the target's folder
 * that {@link #close()} moves into place only after {@link #commit()}. Not thread-safe.
 */
public final class NpyWriter implements AutoCloseable {
    /** Magic, version 1.0, header length: 10 bytes; the header pads the whole to this many bytes. */
    private static final int HEADER_BYTES = 128;

    private final TemporaryFile temporary;
    private final FileChannel channel;
    private final int columns;
    private final ByteBuffer buffer;
    private long rows;
    private boolean committed, closed;

    private NpyWriter(TemporaryFile temporary, FileChannel channel, int columns) {
        this.temporary = temporary;
        this.channel = channel;
        this.columns = columns;
        this.buffer = ByteBuffer.allocate(Math.max(8 * columns, 1 << 16)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Starts an array of {@code columns} columns.
     *
     * @throws IOException if the temporary file cannot be written
     */
    public static NpyWriter open(Path target, int columns) throws IOException {
        if (columns < 1) throw new IllegalArgumentException("an array needs at least one column");
        TemporaryFile temporary = TemporaryFile.beside(target);
        FileChannel ch;
        try {
            ch = FileChannel.open(temporary.path(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException | RuntimeException e) {
            temporary.discard();
            throw e;
        }
        NpyWriter w = new NpyWriter(temporary, ch, columns);
        try {
            ch.write(w.header(0));
        } catch (IOException e) {
            ch.close();
            temporary.discard();
            throw e;
        }
        return w;
    }

    private ByteBuffer header(long n) {
        String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }", n, columns);
        StringBuilder sb = new StringBuilder(dict);
        while (sb.length() < HEADER_BYTES - 10 - 1) sb.append(' ');
        sb.append('\n');
        byte[] text = sb.toString().getBytes(StandardCharsets.US_ASCII);
        if (text.length != HEADER_BYTES - 10) throw new IllegalStateException("npy header too long: " + dict);
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) text.length).put(text);
        return b.flip();
    }

    /**
     * Appends a row.
     *
     * @param row {@code columns} values
     * @throws IOException if writing fails
     */
    public void write(double[] row) throws IOException {
        if (closed) throw new IllegalStateException("writer closed");
        if (row.length != columns) throw new IllegalArgumentException("expected " + columns + " values, got " + row.length);
        if (buffer.remaining() < 8 * columns) flush();
        for (double x : row) buffer.putDouble(x);
        rows++;
    }

    /** @return the rows written so far */
    public long rows() {
        return rows;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }

    /** Marks the array complete: {@link #close()} then writes its row count and moves it into place. */
    public void commit() {
        committed = true;
    }

    /**
     * Ends the array and moves it to the target when committed; otherwise deletes the temporary file.
     *
     * @throws IOException if finishing or moving fails (the temporary file is then deleted)
     */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            if (committed) {
                flush();
                channel.write(header(rows), 0);
            }
            channel.close();
        } catch (IOException | RuntimeException e) {
            channel.close();
            temporary.discard();
            throw e;
        }
        if (committed) {
            temporary.moveIntoPlace();
        } else {
            temporary.discard();
        }
    }

    /**
     * Writes a two-dimensional array of shape (rows, columns).
     *
     * @param rows {@code rows[i][j]}, every row of the same length
     * @param float32 whether to store single precision ({@code <f4}) instead of double ({@code <f8})
     * @throws IllegalArgumentException for rows of different lengths or a value that is not finite
     */
    public static void write(OutputStream out, double[][] rows, boolean float32) throws IOException {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, row 0 has " + columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new IllegalArgumentException("row " + i + ", column " + j + " is " + rows[i][j]);
                }
            }
        }
        out.write(arrayHeader(float32 ? "<f4" : "<f8", rows.length, columns));
        int size = float32 ? 4 : 8;
        ByteBuffer row = ByteBuffer.allocate(Math.max(1, columns * size)).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] r : rows) {
            row.clear();
            for (double v : r) {
                if (float32) {
                    row.putFloat((float) v);
                } else {
                    row.putDouble(v);
                }
            }
            out.write(row.array(), 0, columns * size);
        }
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    /** The magic, the version, the header length and the header dictionary, padded to 64 bytes. */
    static byte[] arrayHeader(String dtype, int rows, int columns) {
        String dict = String.format(Locale.ROOT, "{'descr': '%s', 'fortran_order': False, 'shape': (%d, %d), }", dtype,
                rows, columns);
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        byte[] h = text.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[MAGIC.length + 2 + h.length];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[MAGIC.length] = (byte) (h.length & 0xff);
        out[MAGIC.length + 1] = (byte) (h.length >>> 8);
        System.arraycopy(h, 0, out, MAGIC.length + 2, h.length);
        return out;
    }
}
