package madvec.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The .npy layout numpy.load expects: magic, version 1.0, a header padded to 64 bytes, little-endian rows. */
class NpyWriterTest {

    private static byte[] write(double[][] rows, boolean float32) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.write(out, rows, float32);
        return out.toByteArray();
    }

    @Test
    void headerAndDataAreWhereNumpyReadsThem() throws IOException {
        double[][] rows = {{1.5, -2}, {3, 4e-300}, {5, 6}};
        for (boolean f32 : new boolean[] {false, true}) {
            byte[] b = write(rows, f32);
            assertEquals((byte) 0x93, b[0]);
            assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
            assertEquals(1, b[6]);
            assertEquals(0, b[7]);
            int headerLength = (b[8] & 0xff) | (b[9] & 0xff) << 8, data = 10 + headerLength;
            assertEquals(0, data % 64, "data start on a 64-byte boundary");
            String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
            assertTrue(header.startsWith("{'descr': '" + (f32 ? "<f4" : "<f8") + "', 'fortran_order': False, 'shape': (3, 2), }"),
                    header);
            assertTrue(header.endsWith("\n"));
            assertEquals(data + 6 * (f32 ? 4 : 8), b.length);
            ByteBuffer buf = ByteBuffer.wrap(b, data, b.length - data).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(1.5, f32 ? buf.getFloat() : buf.getDouble());
            assertEquals(-2, f32 ? buf.getFloat() : buf.getDouble());
            assertEquals(3, f32 ? buf.getFloat() : buf.getDouble());
        }
    }

    @Test
    void raggedRowsAndNaNAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> write(new double[][] {{1, 2}, {3}}, false));
        Exception e = assertThrows(IllegalArgumentException.class, () -> write(new double[][] {{1, Double.NaN}}, false));
        assertTrue(e.getMessage().contains("row 0, column 1"), e.getMessage());
    }
}
