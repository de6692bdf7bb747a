package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Construction, seeding, value semantics, shape errors and the conventions at kinks of DualScalar. */
class DualScalarTest {

    @Test
    void seedingAndExtractionRoundTrip() {
        DualScalar x = DualScalar.variable(2.5, 4, 2);
        assertEquals(2.5, x.value());
        assertEquals(4, x.k());
        assertArrayEquals(new double[] {0, 0, 1, 0}, x.tangents());
        DualScalar y = DualScalar.of(-1.0, 0.5, 0.25);
        assertEquals(2, y.k());
        assertEquals(0.25, y.tangent(1));
        assertArrayEquals(new double[] {0.5, 0.25}, y.tangents());
        DualScalar c = DualScalar.constant(3.0, 3);
        assertArrayEquals(new double[3], c.tangents());
        assertEquals(0, DualScalar.of(7.0).k());
    }

    @Test
    void tangentsAreACopyAndInstancesImmutable() {
        double[] seeds = {1, 2};
        DualScalar x = DualScalar.of(1.0, seeds);
        seeds[0] = 99;
        x.tangents()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, x.tangents());
    }

    @Test
    void chainRuleThroughAComposition() {
        // f(x) = exp(sin(x^2)) / x, f'(x) = exp(sin x^2) (2x^2 cos x^2 - 1) / x^2
        double x0 = 1.3;
        DualScalar x = DualScalar.variable(x0, 1, 0);
        DualScalar f = x.square().sin().exp().div(x);
        double expected = Math.exp(Math.sin(x0 * x0)) * (2 * x0 * x0 * Math.cos(x0 * x0) - 1) / (x0 * x0);
        assertEquals(expected, f.tangent(0), 1e-13 * Math.abs(expected));
    }

    @Test
    void twoVariablesGiveBothPartialDerivatives() {
        DualScalar x = DualScalar.variable(2.0, 2, 0);
        DualScalar y = DualScalar.variable(3.0, 2, 1);
        DualScalar f = x.times(y).plus(x.pow(3));
        assertEquals(3.0 + 12.0, f.tangent(0), 1e-14);
        assertEquals(2.0, f.tangent(1), 1e-14);
    }

    @Test
    void mixingDifferentKIsRejectedNamingBoth() {
        DualScalar a = DualScalar.constant(1, 2);
        DualScalar b = DualScalar.constant(1, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(b));
        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.minus(b));
        assertThrows(IllegalArgumentException.class, () -> a.times(b));
        assertThrows(IllegalArgumentException.class, () -> a.div(b));
        assertThrows(IllegalArgumentException.class, () -> a.pow(b));
        assertThrows(IllegalArgumentException.class, () -> a.min(b));
        assertThrows(IllegalArgumentException.class, () -> a.max(b));
        assertThrows(IllegalArgumentException.class, () -> DualScalar.atan2(a, b));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DualScalar.constant(1, -1));
        assertThrows(IllegalArgumentException.class, () -> DualScalar.variable(1, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> DualScalar.variable(1, 3, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> DualScalar.constant(1, 2).tangent(2));
        assertThrows(IllegalArgumentException.class, () -> DualScalar.of(1, (double[]) null));
    }

    @Test
    void equalsHashCodeAndToString() {
        DualScalar a = DualScalar.of(1.5, 0.0, 1.0);
        DualScalar b = DualScalar.of(1.5, 0.0, 1.0);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, DualScalar.of(1.5, 0.0, 2.0));
        assertNotEquals(a, DualScalar.of(1.5, 0.0));
        assertNotEquals(a, DualScalar.of(1.0, 0.0, 1.0));
        assertEquals("1.5 [0.0, 1.0]", a.toString());
        assertEquals("2.0 []", DualScalar.of(2.0).toString());
    }

    @Test
    void absHasZeroDerivativeAtTheKinkAndSignHasNone() {
        DualScalar zero = DualScalar.of(0.0, 1.0, -2.0);
        // -2 * 0 is -0.0: compare numerically, not bit for bit.
        assertEquals(0.0, zero.abs().tangent(0), 0.0);
        assertEquals(0.0, zero.abs().tangent(1), 0.0);
        assertArrayEquals(new double[] {-1, 2}, DualScalar.of(-3.0, 1.0, -2.0).abs().tangents());
        assertArrayEquals(new double[] {0, 0}, DualScalar.of(-3.0, 1.0, -2.0).sign().tangents());
        assertEquals(-1.0, DualScalar.of(-3.0, 1.0).sign().value());
        assertEquals(0.0, zero.sign().value());
    }

    @Test
    void minAndMaxKeepTheFirstOperandOnTiesAndPropagateNaN() {
        DualScalar a = DualScalar.of(1.0, 10.0);
        DualScalar b = DualScalar.of(1.0, 20.0);
        assertSame(a, a.min(b));
        assertSame(a, a.max(b));
        assertSame(b, b.min(a));
        DualScalar nan = DualScalar.of(Double.NaN, 5.0);
        assertTrue(Double.isNaN(a.min(nan).value()));
        assertTrue(Double.isNaN(nan.min(a).value()));
        assertTrue(Double.isNaN(a.max(nan).value()));
    }

    @Test
    void sqrtOfZeroKeepsIndependentDirectionsAtZero() {
        // A massless particle: m = 0 does not depend on direction 0, so sqrt(m^2) must not either.
        DualScalar massSquared = DualScalar.of(0.0, 0.0, 1.0);
        DualScalar m = massSquared.sqrt();
        assertEquals(0.0, m.value());
        assertEquals(0.0, m.tangent(0));
        assertEquals(Double.POSITIVE_INFINITY, m.tangent(1));
    }

    @Test
    void integerAndRealPowersAtSpecialPoints() {
        assertEquals(DualScalar.of(1.0, 0.0), DualScalar.of(0.0, 1.0).pow(0));
        assertEquals(DualScalar.of(1.0, 0.0), DualScalar.of(0.0, 1.0).pow(0.0));
        DualScalar cube = DualScalar.of(-2.0, 1.0).pow(3);
        assertEquals(-8.0, cube.value());
        assertEquals(12.0, cube.tangent(0));
        DualScalar inverseSquare = DualScalar.of(-2.0, 1.0).pow(-2);
        assertEquals(0.25, inverseSquare.value());
        assertEquals(0.25, inverseSquare.tangent(0));
        // A constant exponent must not bring in log(x) < 0 through a zero tangent.
        DualScalar negativeBase = DualScalar.of(-2.0, 1.0).pow(DualScalar.of(2.0, 0.0));
        assertEquals(-4.0, negativeBase.tangent(0));
    }

    @Test
    void atan2CoversAllQuadrants() {
        double[][] points = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
        for (double[] p : points) {
            DualScalar y = DualScalar.variable(p[0], 2, 0);
            DualScalar x = DualScalar.variable(p[1], 2, 1);
            DualScalar phi = DualScalar.atan2(y, x);
            assertEquals(Math.atan2(p[0], p[1]), phi.value());
            assertEquals(p[1] / 2, phi.tangent(0), 1e-15);
            assertEquals(-p[0] / 2, phi.tangent(1), 1e-15);
        }
    }

    @Test
    void withValueKeepsTangents() {
        DualScalar a = DualScalar.of(1.0, 3.0);
        assertEquals(DualScalar.of(4.0, 3.0), a.withValue(4.0));
    }

    @Test
    void paddingKeepsValueAndTangentsAndAddsZeros() {
        DualScalar x = DualScalar.of(2.5, 0.0, -1.5);
        DualScalar p = x.padded(4);
        assertEquals(4, p.k());
        assertEquals(2.5, p.value());
        assertArrayEquals(new double[] {0.0, -1.5, 0.0, 0.0}, p.tangents());
        assertThrows(IllegalArgumentException.class, () -> x.padded(1));
        assertTrue(x.hasTangents());
        assertTrue(!DualScalar.of(2.5, 0.0, 0.0).hasTangents());
        assertTrue(!DualScalar.constant(1.0, 0).hasTangents());
    }
}
