package madvec.api.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * NumPy {@code .npy} files (format version 1.0): a magic string, a header dictionary with the dtype
 * ({@code <f8} or {@code <f4}, little-endian), C order and the shape, padded so that the data start on a
 * 64-byte boundary, then the values row by row. What {@code numpy.load} reads without options.
 */
public final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NpyWriter() {}

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
        out.write(header(float32 ? "<f4" : "<f8", rows.length, columns));
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

    /** The magic, the version, the header length and the header dictionary, padded to 64 bytes. */
    static byte[] header(String dtype, int rows, int columns) {
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
