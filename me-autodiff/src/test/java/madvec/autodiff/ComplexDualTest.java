package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Complex duals: algebraic identities, the sqrt branch cut, and aliasing of the complex lane kernels. */
class ComplexDualTest {

    private static ComplexDualScalar z(double re, double im, double... tangentsReIm) {
        int k = tangentsReIm.length / 2;
        double[] tr = new double[k];
        double[] ti = new double[k];
        for (int j = 0; j < k; j++) {
            tr[j] = tangentsReIm[2 * j];
            ti[j] = tangentsReIm[2 * j + 1];
        }
        return ComplexDualScalar.of(DualScalar.of(re, tr), DualScalar.of(im, ti));
    }

    private static void assertClose(ComplexDualScalar expected, ComplexDualScalar actual, double tolerance) {
        assertEquals(expected.re().value(), actual.re().value(), tolerance, "re");
        assertEquals(expected.im().value(), actual.im().value(), tolerance, "im");
        for (int j = 0; j < expected.k(); j++) {
            assertEquals(expected.re().tangent(j), actual.re().tangent(j), tolerance, "re tangent " + j);
            assertEquals(expected.im().tangent(j), actual.im().tangent(j), tolerance, "im tangent " + j);
        }
    }

    @Test
    void squareOfSqrtIsTheInputWithItsTangents() {
        Random random = new Random(5);
        for (int n = 0; n < 50; n++) {
            ComplexDualScalar a = z(4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2,
                    random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble());
            ComplexDualScalar w = a.sqrt();
            assertTrue(w.re().value() >= 0, "principal branch has re >= 0");
            assertClose(a, w.times(w), 1e-13);
        }
    }

    @Test
    void sqrtBranchCutFollowsTheSignOfTheImaginaryZero() {
        ComplexDualScalar above = ComplexDualScalar.constant(-4, 0.0, 0).sqrt();
        ComplexDualScalar below = ComplexDualScalar.constant(-4, -0.0, 0).sqrt();
        assertEquals(0.0, above.re().value());
        assertEquals(2.0, above.im().value());
        assertEquals(-2.0, below.im().value());
        assertEquals(3.0, ComplexDualScalar.constant(9, 0, 0).sqrt().re().value());
        ComplexDualScalar zero = z(0, 0, 0, 0, 1, 0).sqrt();
        assertEquals(0.0, zero.re().value());
        assertEquals(0.0, zero.im().value());
        assertEquals(0.0, zero.re().tangent(0), "a direction z does not depend on stays at 0");
        assertEquals(0.0, zero.im().tangent(0));
        assertTrue(Double.isNaN(zero.re().tangent(1)) || Double.isInfinite(zero.re().tangent(1)));
    }

    @Test
    void divisionAndReciprocalInvertMultiplication() {
        ComplexDualScalar a = z(1.5, -0.5, 0.3, 0.1, -0.2, 0.7);
        ComplexDualScalar b = z(-0.8, 1.1, 0.5, -0.4, 0.9, 0.2);
        assertClose(a, a.times(b).div(b), 1e-14);
        assertClose(ComplexDualScalar.constant(1, 0, 2), b.times(b.reciprocal()), 1e-14);
        assertClose(a.negate(), a.timesI().timesI(), 0);
        assertClose(ComplexDualScalar.real(a.abs2()), a.times(a.conj()), 1e-15);
    }

    @Test
    void realEmbeddingAndValueSemantics() {
        DualScalar r = DualScalar.of(2.0, 1.0);
        ComplexDualScalar c = ComplexDualScalar.real(r);
        assertEquals(r, c.re());
        assertEquals(DualScalar.of(0.0, 0.0), c.im());
        assertEquals(ComplexDualScalar.of(r, DualScalar.of(0.0, 0.0)), c);
        assertEquals(c.hashCode(), ComplexDualScalar.of(r, DualScalar.of(0.0, 0.0)).hashCode());
        assertNotEquals(c, c.timesI());
        assertEquals("(2.0 [1.0]) + i (0.0 [0.0])", c.toString());
        assertThrows(IllegalArgumentException.class, () -> ComplexDualScalar.of(r, DualScalar.constant(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> c.times(ComplexDualScalar.constant(1, 1, 3)));
        assertThrows(IllegalArgumentException.class, () -> c.plus(DualScalar.constant(1, 3)));
        assertThrows(IllegalArgumentException.class, () -> c.minus(DualScalar.constant(1, 3)));
    }

    @Test
    void complexLanesRoundTripScalars() {
        ComplexDualLanes lanes = ComplexDualLanes.create(5, 2);
        ComplexDualScalar a = z(1, 2, 3, 4, 5, 6);
        lanes.set(3, a);
        assertEquals(a, lanes.get(3));
        assertEquals(ComplexDualScalar.constant(0, 0, 2), lanes.get(0));
        lanes.fill(a);
        for (int lane = 0; lane < 5; lane++) {
            assertEquals(a, lanes.get(lane));
        }
        ComplexDualLanes copy = ComplexDualLanes.create(5, 2);
        copy.copyFrom(lanes);
        assertEquals(a, copy.get(4));
        DualLanes re = DualLanes.create(5, 2);
        ComplexDualLaneMath.real(lanes, re);
        assertEquals(a.re(), re.get(2));
        ComplexDualLaneMath.imag(lanes, re);
        assertEquals(a.im(), re.get(2));
        ComplexDualLaneMath.fromReal(re, copy);
        assertEquals(ComplexDualScalar.real(a.im()), copy.get(1));
    }

    /** Each complex kernel with its output being one of its inputs gives what it gives out of place. */
    @Test
    void complexKernelsAllowTheOutputToBeAnInput() {
        Random random = new Random(11);
        int lanes = 7;
        int k = 3;
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mul(a, b, a), (a, b, o) -> ComplexDualLaneMath.mul(a, b, o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mul(a, b, b), (a, b, o) -> ComplexDualLaneMath.mul(a, b, o), false);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mulConj(a, b, a), (a, b, o) -> ComplexDualLaneMath.mulConj(a, b, o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mulConj(a, b, b), (a, b, o) -> ComplexDualLaneMath.mulConj(a, b, o), false);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.reciprocal(a, a), (a, b, o) -> ComplexDualLaneMath.reciprocal(a, o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.conj(a, a), (a, b, o) -> ComplexDualLaneMath.conj(a, o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.timesI(a, a), (a, b, o) -> ComplexDualLaneMath.timesI(a, o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.scale(a, b.get(0), a),
                (a, b, o) -> ComplexDualLaneMath.scale(a, b.get(0), o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mul(a, b.re(), a),
                (a, b, o) -> ComplexDualLaneMath.mul(a, b.re(), o), true);
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mul(a, a.re(), a),
                (a, b, o) -> ComplexDualLaneMath.mul(a, a.re(), o), true);
        // acc += a * a with acc being a itself: a + a^2
        checkAliasing(random, lanes, k, (a, b) -> ComplexDualLaneMath.mulAdd(a, a, a), (a, b, o) -> {
            o.copyFrom(a);
            ComplexDualLaneMath.mulAdd(a, a, o);
        }, true);
    }

    interface OutOfPlace {
        void run(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes out);
    }

    private static void checkAliasing(Random random, int lanes, int k, BiConsumer<ComplexDualLanes, ComplexDualLanes> inPlace,
            OutOfPlace outOfPlace, boolean resultInA) {
        ComplexDualLanes a = randomLanes(random, lanes, k);
        ComplexDualLanes b = randomLanes(random, lanes, k);
        ComplexDualLanes expected = ComplexDualLanes.create(lanes, k);
        outOfPlace.run(a, b, expected);
        inPlace.accept(a, b);
        ComplexDualLanes actual = resultInA ? a : b;
        for (int lane = 0; lane < lanes; lane++) {
            assertEquals(expected.get(lane), actual.get(lane), "lane " + lane);
        }
    }

    private static ComplexDualLanes randomLanes(Random random, int lanes, int k) {
        ComplexDualLanes z = ComplexDualLanes.create(lanes, k);
        for (double[] part : new double[][] {z.re().array(), z.im().array()}) {
            for (int i = 0; i < part.length; i++) {
                part[i] = 2 * random.nextDouble() - 1;
            }
        }
        return z;
    }
}
