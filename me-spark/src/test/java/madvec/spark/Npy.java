package madvec.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a 2-d little-endian float64 NumPy array, as {@code madvec reweight --weights-out} writes it. */
final class Npy {
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\)");

    private Npy() {}

    static double[][] read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.get(0) != (byte) 0x93 || b.get(1) != 'N') {
            throw new IOException(file + ": not a .npy file");
        }
        int major = b.get(6);
        int headerLength = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
        int start = (major == 1 ? 10 : 12);
        String header = new String(b.array(), start, headerLength, StandardCharsets.ISO_8859_1);
        if (!header.contains("'<f8'") || header.contains("'fortran_order': True")) {
            throw new IOException(file + ": expected C-ordered '<f8', got " + header);
        }
        Matcher m = SHAPE.matcher(header);
        if (!m.find()) {
            throw new IOException(file + ": no 2-d shape in " + header);
        }
        int rows = Integer.parseInt(m.group(1));
        int columns = Integer.parseInt(m.group(2));
        b.position(start + headerLength);
        double[][] out = new double[rows][columns];
        for (double[] row : out) {
            for (int c = 0; c < columns; c++) {
                row[c] = b.getDouble();
            }
        }
        return out;
    }
}
