package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tangents of momenta and weights, with respect to every hypercube coordinate, every final-state mass
 * and both beam masses, against central finite differences of the value-only map, and against analytic
 * two-body formulas.
 */
class DerivativeTest {
    private static final double SQRT_S = 1000.0;
    private static final int LANES = 5;

    static Stream<Arguments> finalStates() {
        return Stream.of(
                Arguments.of((Object) new double[] {173.0, 125.0}),
                Arguments.of((Object) new double[] {173.0, 4.7, 1.0}),
                Arguments.of((Object) new double[] {10.0, 20.0, 30.0, 40.0}),
                Arguments.of((Object) new double[] {173.0, 173.0, 91.19, 5.0, 80.4}));
    }

    /** Tangent layout: coordinates first, then final-state masses, then ma and mb. */
    @ParameterizedTest
    @MethodSource("finalStates")
    void tangentsMatchCentralFiniteDifferences(double[] masses) {
        int n = masses.length;
        int dims = 3 * n - 4;
        int k = dims + n + 2;
        double ma = 0.5;
        double mb = 2.0;
        RamboOnDiet map = seededMap(masses, ma, mb, k);
        SplittableRandom rng = new SplittableRandom(n);
        DualLanes[] u = Events.lanes(dims, LANES, k);
        for (int c = 0; c < dims; c++) {
            for (int lane = 0; lane < LANES; lane++) {
                u[c].set(lane, 0.1 + 0.8 * rng.nextDouble());
            }
            u[c].seed(c);
        }
        DualLanes[] momenta = Events.lanes(map.momentumComponents(), LANES, k);
        DualLanes weight = DualLanes.create(LANES, k);
        map.forward(u, momenta, weight);

        for (int lane = 0; lane < LANES; lane++) {
            double[] point = BatchedRamboOnDietTest.valuesOf(u, lane);
            for (int t = 0; t < k; t++) {
                double[] plus = new double[map.momentumComponents()];
                double[] minus = new double[map.momentumComponents()];
                double h;
                double wPlus;
                double wMinus;
                double momentumScale;
                if (t < dims) {
                    h = 1e-6;
                    double[] up = point.clone();
                    double[] down = point.clone();
                    up[t] += h;
                    down[t] -= h;
                    RamboOnDiet plain = new RamboOnDiet(SQRT_S, masses);
                    wPlus = plain.forward(up, plus);
                    wMinus = plain.forward(down, minus);
                    momentumScale = SQRT_S;
                } else {
                    h = 1e-3;
                    wPlus = shiftedMass(masses, ma, mb, t - dims, h).forward(point, plus);
                    wMinus = shiftedMass(masses, ma, mb, t - dims, -h).forward(point, minus);
                    momentumScale = 1.0;
                }
                String where = "lane " + lane + ", tangent " + t;
                for (int c = 0; c < plus.length; c++) {
                    double fd = (plus[c] - minus[c]) / (2 * h);
                    assertClose(fd, momenta[c].tangent(t, lane), momentumScale, "d momentum[" + c + "], " + where);
                }
                double fdWeight = (wPlus - wMinus) / (2 * h);
                assertClose(fdWeight, weight.tangent(t, lane), weight.value(lane) * momentumScale / SQRT_S, "d weight, " + where);
            }
        }
    }

    /**
     * Analytic two-body derivatives: |p| = sqrt(lambda(s, m1^2, m2^2)) / (2 sqrt(s)) gives
     * dE1/dm1 = m1/sqrt(s), dE1/dm2 = -m2/sqrt(s), d|p|/dm1 = -m1 E2 / (sqrt(s) |p|); the weight is
     * pi |p| / sqrt(s); pz = |p| (2 u0 - 1) and phi = 2 pi u1 give dpz/du0 = 2|p| and dpx/du1 = -2 pi py.
     */
    @Test
    void twoBodyTangentsMatchAnalyticFormulas() {
        double m1 = 173.0;
        double m2 = 91.19;
        double ma = 0.938;
        double mb = 0.0;
        int k = 2 + 2 + 2;
        RamboOnDiet map = seededMap(new double[] {m1, m2}, ma, mb, k);
        DualLanes[] u = Events.lanes(2, 1, k);
        u[0].set(0, 0.3);
        u[1].set(0, 0.7);
        u[0].seed(0);
        u[1].seed(1);
        DualLanes[] p = Events.lanes(16, 1, k);
        DualLanes w = DualLanes.create(1, k);
        map.forward(u, p, w);
        double momentum = PhaseSpaceVolume.twoBodyMomentum(SQRT_S, m1, m2);
        double e2 = Math.hypot(momentum, m2);
        double cosTheta = 2 * 0.3 - 1;
        double dMomentumDm1 = -m1 * e2 / (SQRT_S * momentum);
        double tol = 1e-12;
        assertEquals(2 * momentum, p[11].tangent(0, 0), tol * SQRT_S, "dpz/du0");
        assertEquals(-2 * Math.PI * p[10].value(0), p[9].tangent(1, 0), tol * SQRT_S, "dpx/du1");
        assertEquals(2 * Math.PI * p[9].value(0), p[10].tangent(1, 0), tol * SQRT_S, "dpy/du1");
        assertEquals(m1 / SQRT_S, p[8].tangent(2, 0), tol, "dE1/dm1");
        assertEquals(-m2 / SQRT_S, p[8].tangent(3, 0), tol, "dE1/dm2");
        assertEquals(cosTheta * dMomentumDm1, p[11].tangent(2, 0), tol, "dpz1/dm1");
        assertEquals(-cosTheta * dMomentumDm1, p[15].tangent(2, 0), tol, "dpz2/dm1");
        assertEquals(0.0, w.tangent(0, 0), tol * w.value(0), "dw/du0");
        assertEquals(0.0, w.tangent(1, 0), tol * w.value(0), "dw/du1");
        assertEquals(Math.PI / SQRT_S * dMomentumDm1, w.tangent(2, 0), tol * w.value(0), "dw/dm1");
        double beamMomentum = PhaseSpaceVolume.twoBodyMomentum(SQRT_S, ma, mb);
        double eb = Math.hypot(beamMomentum, mb);
        assertEquals(ma / SQRT_S, p[0].tangent(4, 0), tol, "dEa/dma");
        assertEquals(-ma / SQRT_S, p[4].tangent(4, 0), tol, "dEb/dma");
        assertEquals(-ma * eb / (SQRT_S * beamMomentum), p[3].tangent(4, 0), tol, "dpa/dma");
        assertEquals(0.0, p[8].tangent(4, 0), 0.0, "final state does not depend on ma");
    }

    /**
     * Massless weights are constant (zero tangents); tangents with respect to a mass that is zero are
     * zero (dE/dm = m/E), and the inverse of the forward map is the identity on the hypercube.
     */
    @Test
    void inverseOfForwardHasTheIdentityJacobian() {
        double[] masses = {0.0, 173.0, 0.0, 4.7};
        int n = masses.length;
        int dims = 3 * n - 4;
        int k = dims + n + 2;
        RamboOnDiet map = seededMap(masses, 0.0, 0.0, k);
        SplittableRandom rng = new SplittableRandom(99);
        DualLanes[] u = Events.lanes(dims, LANES, k);
        for (int c = 0; c < dims; c++) {
            for (int lane = 0; lane < LANES; lane++) {
                u[c].set(lane, 0.05 + 0.9 * rng.nextDouble());
            }
            u[c].seed(c);
        }
        DualLanes[] momenta = Events.lanes(map.momentumComponents(), LANES, k);
        DualLanes weight = DualLanes.create(LANES, k);
        map.forward(u, momenta, weight);
        DualLanes[] back = Events.lanes(dims, LANES, k);
        DualLanes inverseWeight = DualLanes.create(LANES, k);
        map.inverse(momenta, back, inverseWeight);
        for (int lane = 0; lane < LANES; lane++) {
            for (int c = 0; c < dims; c++) {
                assertEquals(u[c].value(lane), back[c].value(lane), 1e-10, "round trip of coordinate " + c);
                for (int t = 0; t < k; t++) {
                    double expected = t == c ? 1.0 : 0.0;
                    assertEquals(expected, back[c].tangent(t, lane), 1e-7, "du'[" + c + "]/d tangent " + t + ", lane " + lane);
                }
            }
            for (int t = 0; t < k; t++) {
                assertEquals(weight.tangent(t, lane), inverseWeight.tangent(t, lane), 1e-7 * weight.value(lane) / SQRT_S,
                        "weight tangent " + t + " through the inverse");
            }
            for (int c = 8; c < map.momentumComponents(); c++) {
                assertEquals(0.0, momenta[c].tangent(dims, lane), 0.0, "massless particle 0: no dependence on its mass");
            }
        }
        RamboOnDiet massless = seededMap(new double[] {0, 0, 0, 0}, 0.0, 0.0, k);
        massless.forward(u, momenta, weight);
        for (int lane = 0; lane < LANES; lane++) {
            for (int t = 0; t < dims; t++) {
                assertEquals(0.0, weight.tangent(t, lane), 1e-12 * weight.value(lane), "flat massless weight");
            }
        }
    }

    private static RamboOnDiet seededMap(double[] masses, double ma, double mb, int k) {
        int n = masses.length;
        int dims = 3 * n - 4;
        DualScalar[] finalMasses = new DualScalar[n];
        for (int i = 0; i < n; i++) {
            finalMasses[i] = DualScalar.variable(masses[i], k, dims + i);
        }
        return new RamboOnDiet(SQRT_S, DualScalar.variable(ma, k, dims + n), DualScalar.variable(mb, k, dims + n + 1),
                finalMasses);
    }

    private static RamboOnDiet shiftedMass(double[] masses, double ma, double mb, int which, double h) {
        double[] m = masses.clone();
        double a = ma;
        double b = mb;
        if (which < m.length) {
            m[which] += h;
        } else if (which == m.length) {
            a += h;
        } else {
            b += h;
        }
        return new RamboOnDiet(SQRT_S, DualScalar.constant(a, 0), DualScalar.constant(b, 0), Events.constants(m, 0));
    }

    /** Relative 1e-6, with a floor of 1e-9 of the natural scale for derivatives that vanish. */
    private static void assertClose(double finiteDifference, double tangent, double scale, String what) {
        double tolerance = 1e-6 * Math.max(Math.abs(finiteDifference), Math.abs(tangent)) + 1e-9 * scale;
        assertTrue(Math.abs(finiteDifference - tangent) <= tolerance,
                what + ": tangent " + tangent + ", finite difference " + finiteDifference);
    }
}
