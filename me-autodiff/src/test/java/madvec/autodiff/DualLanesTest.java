package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.simd.Simd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Layout, seeding and extraction of dual lane arrays; shape checks of the lane facades. */
class DualLanesTest {

    @Test
    void layoutIsComponentMajorWithPaddedStride() {
        DualLanes x = DualLanes.create(5, 2);
        assertEquals(5, x.lanes());
        assertEquals(2, x.k());
        assertEquals(Simd.padded(5), x.stride());
        assertEquals(0, x.stride() % Simd.PAD);
        for (int lanes : new int[] {0, 1, 3, 63, 64, 100, 207, 1000, 1024, 4096}) {
            int stride = DualLanes.create(lanes, 0).stride();
            assertTrue(stride >= lanes && stride % Simd.PAD == 0, lanes + " lanes, stride " + stride);
            assertTrue(stride < Simd.padded(lanes) + 16, "at most 15 extra lanes");
            if (lanes >= 64) {
                // An odd number of cache lines: components of one lane never 4 KiB apart.
                assertEquals(1, stride / 8 % 2, lanes + " lanes, stride " + stride);
                assertEquals(0, stride % 8);
            }
        }
        assertEquals(3 * x.stride(), x.array().length);
        x.set(4, 1.5);
        x.setTangent(1, 3, -2.0);
        assertEquals(1.5, x.array()[4]);
        assertEquals(-2.0, x.array()[2 * x.stride() + 3]);
        assertEquals(1.5, x.value(4));
        assertEquals(-2.0, x.tangent(1, 3));
    }

    @Test
    void seedMarksOneInputAndLeavesTheOthers() {
        DualLanes x = DualLanes.create(7, 3);
        x.setTangent(0, 2, 0.5);
        x.seed(1);
        for (int lane = 0; lane < 7; lane++) {
            assertEquals(1.0, x.tangent(1, lane));
            assertEquals(0.0, x.tangent(2, lane));
            assertEquals(lane == 2 ? 0.5 : 0.0, x.tangent(0, lane));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> x.seed(3));
    }

    @Test
    void seededDerivativeOfAKernelIsItsDerivative() {
        DualLanes x = DualLanes.create(6, 1);
        for (int lane = 0; lane < 6; lane++) {
            x.set(lane, 0.3 * lane - 0.7);
        }
        x.seed(0);
        DualLanes y = DualLanes.create(6, 1);
        DualLaneMath.sin(x, y);
        for (int lane = 0; lane < 6; lane++) {
            assertEquals(Math.cos(0.3 * lane - 0.7), y.tangent(0, lane), 1e-15);
        }
    }

    @Test
    void scalarRoundTripsThroughLanes() {
        DualLanes x = DualLanes.create(3, 2);
        DualScalar s = DualScalar.of(1.25, -0.5, 4.0);
        x.set(1, s);
        assertEquals(s, x.get(1));
        assertEquals(DualScalar.constant(0.0, 2), x.get(0));
        x.fill(s);
        for (int lane = 0; lane < 3; lane++) {
            assertEquals(s, x.get(lane));
        }
        assertArrayEquals(new double[] {1.25, 1.25, 1.25}, x.values());
        assertArrayEquals(new double[] {4.0, 4.0, 4.0}, x.tangents(1));
    }

    @Test
    void valuesAndCopiesRoundTrip() {
        DualLanes x = DualLanes.create(4, 1);
        x.setValues(new double[] {1, 2, 3, 4});
        x.seed(0);
        DualLanes y = DualLanes.create(4, 1);
        y.copyFrom(x);
        assertArrayEquals(new double[] {1, 2, 3, 4}, y.values());
        assertArrayEquals(new double[] {1, 1, 1, 1}, y.tangents(0));
        double[] values = y.values();
        values[0] = 99;
        assertEquals(1.0, y.value(0), "values() is a copy");
    }

    @Test
    void kZeroCarriesValuesOnly() {
        DualLanes x = DualLanes.create(9, 0);
        DualLanes y = DualLanes.create(9, 0);
        for (int lane = 0; lane < 9; lane++) {
            x.set(lane, lane + 1.0);
        }
        DualLaneMath.mul(x, x, y);
        DualLaneMath.log(y, y);
        for (int lane = 0; lane < 9; lane++) {
            assertEquals(2 * Math.log(lane + 1.0), y.value(lane), 1e-14);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> y.tangent(0, 0));
    }

    /** The fused pass gives the bits of a product followed by a sum, also in place on the addend. */
    @Test
    void mulAddIsMulThenAdd() {
        int lanes = 13, k = 3;
        DualLanes a = DualLanes.create(lanes, k), b = DualLanes.create(lanes, k), c = DualLanes.create(lanes, k);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (DualLanes x : List.of(a, b, c)) {
            double[] data = x.array();
            for (int i = 0; i < data.length; i++) data[i] = rng.nextDouble() - 0.5;
        }
        DualLanes expected = DualLanes.create(lanes, k);
        DualLaneMath.mul(a, b, expected);
        DualLaneMath.add(expected, c, expected);
        DualLanes out = DualLanes.create(lanes, k);
        DualLaneMath.mulAdd(a, b, c, out);
        assertArrayEquals(expected.array(), out.array());
        DualLaneMath.mulAdd(a, b, c, c);
        assertArrayEquals(expected.array(), c.array(), "in place on the addend");
    }

    @Test
    void zeroLanesIsAnEmptyBatch() {
        DualLanes x = DualLanes.create(0, 2);
        DualLaneMath.exp(x, x);
        x.seed(0);
        assertEquals(0, x.values().length);
    }

    @Test
    void badIndicesAndSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DualLanes.create(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> DualLanes.create(4, -1));
        DualLanes x = DualLanes.create(4, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> x.value(4));
        assertThrows(IndexOutOfBoundsException.class, () -> x.set(-1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> x.tangent(1, 0));
        assertThrows(IllegalArgumentException.class, () -> x.setValues(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> x.fill(DualScalar.constant(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> x.set(0, DualScalar.constant(1, 0)));
    }

    @Test
    void mismatchedLanesOrKAreRejectedNamingBothShapes() {
        DualLanes a = DualLanes.create(8, 2);
        DualLanes otherLanes = DualLanes.create(9, 2);
        DualLanes otherK = DualLanes.create(8, 3);
        DualScalar wrongK = DualScalar.constant(1, 1);
        boolean[] mask = new boolean[8];
        List<Executable> calls = List.of(
                () -> DualLaneMath.add(a, otherLanes, a),
                () -> DualLaneMath.add(a, a, otherK),
                () -> DualLaneMath.sub(otherK, a, a),
                () -> DualLaneMath.mul(a, otherK, a),
                () -> DualLaneMath.div(a, a, otherLanes),
                () -> DualLaneMath.atan2(a, otherK, a),
                () -> DualLaneMath.min(a, otherLanes, a),
                () -> DualLaneMath.max(a, otherK, a),
                () -> DualLaneMath.exp(a, otherK),
                () -> DualLaneMath.sqrt(a, otherLanes),
                () -> DualLaneMath.powInt(a, 2, otherK),
                () -> DualLaneMath.mul(a, wrongK, a),
                () -> DualLaneMath.add(wrongK, a, a),
                () -> DualLaneMath.div(wrongK, a, a),
                () -> DualLaneMath.sub(a, wrongK, a),
                () -> DualLaneMath.select(mask, a, otherK, a),
                () -> DualLaneMath.select(new boolean[7], a, a, a),
                () -> DualLaneMath.lessThan(a, otherLanes, mask),
                () -> DualLaneMath.lessThan(a, a, new boolean[3]),
                () -> a.copyFrom(otherK));
        for (Executable call : calls) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
            assertTrue(e.getMessage().contains("k=") || e.getMessage().contains("lanes")
                    || e.getMessage().contains("mask"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DualLaneMath.add(a, otherK, a));
        assertTrue(e.getMessage().contains("k=2") && e.getMessage().contains("k=3"), e.getMessage());
    }

    @Test
    void laneConventionsAtKinksMatchDualScalar() {
        DualLanes x = DualLanes.create(3, 2);
        x.set(0, DualScalar.of(0.0, 1.0, -1.0));
        x.set(1, DualScalar.of(-2.0, 1.0, -1.0));
        x.set(2, DualScalar.of(0.0, 0.0, 3.0));
        DualLanes out = DualLanes.create(3, 2);
        DualLaneMath.abs(x, out);
        for (int lane = 0; lane < 3; lane++) {
            assertEquals(x.get(lane).abs(), out.get(lane), "abs lane " + lane);
        }
        DualLaneMath.sign(x, out);
        for (int lane = 0; lane < 3; lane++) {
            assertEquals(x.get(lane).sign(), out.get(lane), "sign lane " + lane);
        }
        DualLaneMath.sqrt(x, out);
        assertEquals(0.0, out.tangent(0, 2), "sqrt at 0 keeps a zero tangent");
        assertEquals(Double.POSITIVE_INFINITY, out.tangent(1, 2));
        DualLanes y = DualLanes.create(3, 2);
        y.fill(DualScalar.of(0.0, 7.0, 7.0));
        DualLaneMath.min(x, y, out);
        assertEquals(x.get(0), out.get(0), "tie: first operand wins");
        assertEquals(x.get(1), out.get(1));
        DualLaneMath.max(x, y, out);
        assertEquals(x.get(0), out.get(0), "tie: first operand wins");
        assertEquals(y.get(1), out.get(1));
    }

    @Test
    void minAndMaxPropagateNaNLikeDualScalar() {
        DualLanes a = DualLanes.create(2, 1);
        DualLanes b = DualLanes.create(2, 1);
        a.set(0, Double.NaN);
        b.set(1, Double.NaN);
        DualLanes out = DualLanes.create(2, 1);
        DualLaneMath.min(a, b, out);
        assertTrue(Double.isNaN(out.value(0)) && Double.isNaN(out.value(1)));
        DualLaneMath.max(a, b, out);
        assertTrue(Double.isNaN(out.value(0)) && Double.isNaN(out.value(1)));
    }
}
