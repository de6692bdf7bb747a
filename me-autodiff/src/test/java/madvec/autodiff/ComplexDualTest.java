package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lane-uniform complex duals: algebraic identities, the sqrt branch cut, value semantics. */
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
}
