package madvec.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The facade's buffer methods on small exactly representable numbers (so that every result is
 * exact and compared with ==), the untouched padding, and the rejection of bad arguments.
 */
class ComplexLanesTest {
    // Lanes: 1 + 2i, -3 + 0.5i, 0, 4 - 4i, 0.25 + 8i (five lanes: one more than a 4-lane vector).
    private final ComplexLaneBuffer a = ComplexLaneBuffer.of(
            new double[] {1, -3, 0, 4, 0.25}, new double[] {2, 0.5, 0, -4, 8});
    private final ComplexLaneBuffer b = ComplexLaneBuffer.of(
            new double[] {2, 1, 5, -0.5, 4}, new double[] {-1, 1, 3, 2, 0});

    @Test
    void arithmeticOnBuffers() {
        ComplexLaneBuffer out = new ComplexLaneBuffer(5);
        ComplexLanes.add(a, b, out);
        assertLanes(out, new double[] {3, -2, 5, 3.5, 4.25}, new double[] {1, 1.5, 3, -2, 8});
        ComplexLanes.sub(a, b, out);
        assertLanes(out, new double[] {-1, -4, -5, 4.5, -3.75}, new double[] {3, -0.5, -3, -6, 8});
        // (1 + 2i)(2 - i) = 4 + 3i; (-3 + 0.5i)(1 + i) = -3.5 - 2.5i; (4 - 4i)(-0.5 + 2i) = 6 + 10i
        ComplexLanes.mul(a, b, out);
        assertLanes(out, new double[] {4, -3.5, 0, 6, 1}, new double[] {3, -2.5, 0, 10, 32});
        // (1 + 2i)(2 + i) = 5i; (-3 + 0.5i)(1 - i) = -2.5 + 3.5i; (4 - 4i)(-0.5 - 2i) = -10 - 6i
        ComplexLanes.mulConj(a, b, out);
        assertLanes(out, new double[] {0, -2.5, 0, -10, 1}, new double[] {5, 3.5, 0, -6, 32});
        // acc = a + a * b, starting from a copy of a
        ComplexLaneBuffer acc = ComplexLaneBuffer.of(java.util.Arrays.copyOf(a.re, 5), java.util.Arrays.copyOf(a.im, 5));
        ComplexLanes.mulAdd(a, b, acc);
        assertLanes(acc, new double[] {5, -6.5, 0, 10, 1.25}, new double[] {5, -2, 0, 6, 40});
        ComplexLanes.scale(-2, a, out);
        // IEEE: 0 * -2 is -0.0, and assertArrayEquals tells the zeros apart
        assertLanes(out, new double[] {-2, 6, -0.0, -8, -0.5}, new double[] {-4, -1, -0.0, 8, -16});
        // i * a
        ComplexLanes.scaleComplex(0, 1, a, out);
        assertLanes(out, new double[] {-2, -0.5, 0, 4, -8}, new double[] {1, -3, 0, 4, 0.25});
    }

    @Test
    void realResultsOnBuffers() {
        LaneBuffer out = new LaneBuffer(5);
        ComplexLanes.abs2(a, out);
        assertArrayEquals(new double[] {5, 9.25, 0, 32, 64.0625}, java.util.Arrays.copyOf(out.values, 5));
        ComplexLanes.realPart(a, out);
        assertArrayEquals(new double[] {1, -3, 0, 4, 0.25}, java.util.Arrays.copyOf(out.values, 5));
        ComplexLanes.imagPart(a, out);
        assertArrayEquals(new double[] {2, 0.5, 0, -4, 8}, java.util.Arrays.copyOf(out.values, 5));
        assertPaddingZero(out.values, 5);
    }

    @Test
    void bufferKernelsLeaveThePaddingAlone() {
        ComplexLaneBuffer out = new ComplexLaneBuffer(5);
        ComplexLanes.scaleComplex(3, -1, a, out);
        ComplexLanes.mulAdd(a, b, out);
        assertPaddingZero(out.re, 5);
        assertPaddingZero(out.im, 5);
    }

    @Test
    void mismatchedBuffersAreRejected() {
        ComplexLaneBuffer shorter = new ComplexLaneBuffer(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComplexLanes.mul(a, b, shorter));
        assertTrue(e.getMessage().contains("lane counts differ"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ComplexLanes.abs2(a, new LaneBuffer(6)));
    }

    @Test
    void badSlicesAreRejectedBeforeAnythingIsWritten() {
        double[] re = new double[8];
        double[] im = new double[8];
        double[] outRe = new double[8];
        double[] outIm = new double[8];
        java.util.Arrays.fill(re, 1.0);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> ComplexLanes.add(re, im, 0, re, im, 4, outRe, outIm, 0, 5));
        assertTrue(e.getMessage().contains("operand b"), e.getMessage());
        assertArrayEquals(new double[8], outRe, "nothing written before the check failed");
        assertThrows(IndexOutOfBoundsException.class,
                () -> ComplexLanes.mul(re, im, -1, re, im, 0, outRe, outIm, 0, 2));
        assertThrows(IndexOutOfBoundsException.class,
                () -> ComplexLanes.mulAdd(re, new double[3], 0, re, im, 0, outRe, outIm, 0, 4));
        IndexOutOfBoundsException out = assertThrows(IndexOutOfBoundsException.class,
                () -> ComplexLanes.abs2(re, im, 0, new double[2], 1, 2));
        assertTrue(out.getMessage().contains("operand out"), out.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ComplexLanes.scale(2, re, im, 0, outRe, outIm, 0, -1));
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> ComplexLanes.copy(null, 0, outRe, 0, 1));
        assertTrue(npe.getMessage().contains("operand src"), npe.getMessage());
    }

    @Test
    void emptySlicesDoNothing() {
        double[] none = new double[0];
        ComplexLanes.mul(none, none, 0, none, none, 0, none, none, 0, 0);
        ComplexLanes.copy(none, 0, none, 0, 0);
        assertEquals(0, none.length);
    }

    private static void assertLanes(ComplexLaneBuffer z, double[] re, double[] im) {
        assertArrayEquals(re, java.util.Arrays.copyOf(z.re, z.length()), "real parts");
        assertArrayEquals(im, java.util.Arrays.copyOf(z.im, z.length()), "imaginary parts");
    }

    private static void assertPaddingZero(double[] values, int length) {
        for (int lane = length; lane < values.length; lane++) {
            assertEquals(0.0, values[lane], "padding lane " + lane);
        }
    }
}
