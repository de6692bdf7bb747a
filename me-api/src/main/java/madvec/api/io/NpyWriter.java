package madvec.api.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Writes a two-dimensional NumPy {@code .npy} array of doubles ({@code <f8}, C order) one row at a time,
 * without knowing the number of rows in advance: the header leaves room for any row count and is
 * rewritten with the final one on {@link #close()}. Read it with {@code numpy.load(path)}.
 *
 * <p>As {@code LheWriter}, it writes a temporary file in the target's folder that {@link #close()} moves
 * into place only after {@link #commit()}. Not thread-safe.
 */
public final class NpyWriter implements AutoCloseable {
    /** Magic, version 1.0, header length: 10 bytes; the header pads the whole to this many bytes. */
    private static final int HEADER_BYTES = 128;

    private final Path target, temporary;
    private final FileChannel channel;
    private final int columns;
    private final ByteBuffer buffer;
    private long rows;
    private boolean committed, closed;

    private NpyWriter(Path target, Path temporary, FileChannel channel, int columns) {
        this.target = target;
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
        Path dir = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        NpyWriter w = new NpyWriter(target, temporary, ch, columns);
        try {
            ch.write(w.header(0));
        } catch (IOException e) {
            ch.close();
            Files.deleteIfExists(temporary);
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
        boolean moved = false;
        try {
            if (committed) {
                flush();
                channel.write(header(rows), 0);
            }
            channel.close();
            if (committed) {
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
            }
        } finally {
            if (!moved) {
                channel.close();
                Files.deleteIfExists(temporary);
            }
        }
    }
}
