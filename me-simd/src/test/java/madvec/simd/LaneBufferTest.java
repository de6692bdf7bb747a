package madvec.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Padded structure-of-arrays buffers: lengths, zero padding, lane access and its bounds. */
class LaneBufferTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 5, 7, 13, 100, 207})
    void complexBufferIsPaddedAndZero(int n) {
        ComplexLaneBuffer buffer = new ComplexLaneBuffer(n);
        assertEquals(n, buffer.length());
        assertEquals(Simd.padded(n), buffer.paddedLength());
        assertEquals(buffer.paddedLength(), buffer.re.length);
        assertEquals(buffer.paddedLength(), buffer.im.length);
        assertArrayEquals(new double[buffer.paddedLength()], buffer.re);
        assertArrayEquals(new double[buffer.paddedLength()], buffer.im);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 5, 13})
    void realBufferIsPaddedAndZero(int n) {
        LaneBuffer buffer = new LaneBuffer(n);
        assertEquals(n, buffer.length());
        assertEquals(Simd.padded(n), buffer.values.length);
        assertArrayEquals(new double[buffer.paddedLength()], buffer.values);
    }

    @Test
    void ofCopiesLanesAndPadsWithZeros() {
        ComplexLaneBuffer z = ComplexLaneBuffer.of(new double[] {1, 2, 3}, new double[] {-1, -2, -3});
        assertEquals(3, z.length());
        assertEquals(2.0, z.re(1));
        assertEquals(-3.0, z.im(2));
        for (int lane = 3; lane < z.paddedLength(); lane++) {
            assertEquals(0.0, z.re[lane]);
            assertEquals(0.0, z.im[lane]);
        }
        LaneBuffer x = LaneBuffer.of(4, 5);
        assertEquals(5.0, x.get(1));
        assertEquals(Simd.padded(2), x.paddedLength());
    }

    @Test
    void zeroPaddingClearsOnlyThePadding() {
        ComplexLaneBuffer z = new ComplexLaneBuffer(5);
        java.util.Arrays.fill(z.re, 7.0);
        java.util.Arrays.fill(z.im, -7.0);
        z.zeroPadding();
        for (int lane = 0; lane < z.paddedLength(); lane++) {
            assertEquals(lane < 5 ? 7.0 : 0.0, z.re[lane]);
            assertEquals(lane < 5 ? -7.0 : 0.0, z.im[lane]);
        }
        LaneBuffer x = new LaneBuffer(5);
        java.util.Arrays.fill(x.values, 3.0);
        x.zeroPadding();
        for (int lane = 0; lane < x.paddedLength(); lane++) {
            assertEquals(lane < 5 ? 3.0 : 0.0, x.values[lane]);
        }
    }

    @Test
    void setWritesOneLane() {
        ComplexLaneBuffer z = new ComplexLaneBuffer(3);
        z.set(1, 0.5, -0.25);
        assertEquals(0.5, z.re[1]);
        assertEquals(-0.25, z.im[1]);
        LaneBuffer x = new LaneBuffer(3);
        x.set(2, 9.0);
        assertEquals(9.0, x.values[2]);
    }

    @Test
    void badLengthsAndLanesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ComplexLaneBuffer(-1));
        assertThrows(IllegalArgumentException.class, () -> new LaneBuffer(-2));
        assertThrows(IllegalArgumentException.class,
                () -> ComplexLaneBuffer.of(new double[2], new double[3]));
        ComplexLaneBuffer z = new ComplexLaneBuffer(3);
        // Padding lanes exist in the arrays but are not lanes of the buffer.
        assertThrows(IndexOutOfBoundsException.class, () -> z.re(3));
        assertThrows(IndexOutOfBoundsException.class, () -> z.set(-1, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> new LaneBuffer(3).get(3));
    }
}
