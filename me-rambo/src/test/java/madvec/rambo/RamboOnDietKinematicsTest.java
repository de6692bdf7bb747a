package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Momentum conservation, mass shells, beams and invertibility of the single-event map. */
class RamboOnDietKinematicsTest {
    private static final double SQRT_S = 1000.0;

    static Stream<Arguments> finalStates() {
        return Stream.of(
                Arguments.of((Object) new double[] {0, 0}),
                Arguments.of((Object) new double[] {0, 0, 0}),
                Arguments.of((Object) new double[] {0, 0, 0, 0, 0}),
                Arguments.of((Object) new double[] {0, 0, 0, 0, 0, 0, 0, 0}),
                Arguments.of((Object) new double[] {173.0, 173.0}),
                Arguments.of((Object) new double[] {173.0, 4.7, 0.0}),
                Arguments.of((Object) new double[] {173.0, 173.0, 0.0, 91.19}),
                Arguments.of((Object) new double[] {300.0, 300.0, 100.0, 0.0, 0.5, 80.4}),
                Arguments.of((Object) new double[] {249.0, 250.0, 250.0, 250.0}));
    }

    @ParameterizedTest
    @MethodSource("finalStates")
    void momentaAreConservedAndOnShell(double[] masses) {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        SplittableRandom rng = new SplittableRandom(masses.length * 31L + (long) masses[0]);
        double[] p = new double[map.momentumComponents()];
        for (int trial = 0; trial < 2000; trial++) {
            double weight = map.forward(Events.point(rng, map.dimensions(), 0, 1), p);
            assertTrue(weight > 0.0 && Double.isFinite(weight), "weight " + weight);
            double[] total = Events.finalStateTotal(p);
            assertEquals(SQRT_S, total[0], 1e-12 * SQRT_S, "energy");
            for (int mu = 1; mu < 4; mu++) {
                assertEquals(0.0, total[mu], 1e-12 * SQRT_S, "momentum component " + mu);
            }
            for (int i = 0; i < masses.length; i++) {
                double e = p[4 * (i + 2)];
                assertTrue(e >= masses[i], "E >= m");
                assertEquals(masses[i] * masses[i], Events.massSquared(p, i + 2), 1e-12 * e * e, "mass shell of " + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("finalStates")
    void inverseUndoesForward(double[] masses) {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        SplittableRandom rng = new SplittableRandom(7 + masses.length);
        double[] p = new double[map.momentumComponents()];
        double[] back = new double[map.dimensions()];
        double worst = 0.0;
        for (int trial = 0; trial < 2000; trial++) {
            double[] u = Events.point(rng, map.dimensions(), 0, 1);
            double weight = map.forward(u, p);
            double inverseWeight = map.inverse(p, back);
            assertEquals(weight, inverseWeight, 1e-10 * weight, "weight from the inverse");
            for (int c = 0; c < u.length; c++) {
                double d = Math.abs(back[c] - u[c]);
                if (c >= masses.length - 2 && Math.floorMod(c - masses.length, 2) == 1) {
                    d = Math.min(d, 1.0 - d); // phi is periodic: 0 and 1 are the same angle
                }
                worst = Math.max(worst, d);
                assertEquals(0.0, d, 1e-10, "coordinate " + c + " of " + java.util.Arrays.toString(u));
            }
        }
        assertTrue(worst < 1e-10, "worst " + worst);
    }

    @ParameterizedTest
    @MethodSource("finalStates")
    void beamsCollideHeadOnInTheCentreOfMassFrame(double[] masses) {
        double ma = 0.938;
        double mb = 125.0;
        RamboOnDiet map = new RamboOnDiet(SQRT_S, madvec.autodiff.DualScalar.constant(ma, 0),
                madvec.autodiff.DualScalar.constant(mb, 0), Events.constants(masses, 0));
        double[] p = new double[map.momentumComponents()];
        map.forward(Events.point(new SplittableRandom(1), map.dimensions(), 0, 1), p);
        assertEquals(SQRT_S, p[0] + p[4], 1e-12 * SQRT_S);
        assertEquals(0.0, p[3] + p[7], 1e-12 * SQRT_S);
        assertTrue(p[3] > 0.0, "a along +z");
        assertEquals(0.0, p[1], 0.0);
        assertEquals(0.0, p[6], 0.0);
        assertEquals(ma * ma, Events.massSquared(p, 0), 1e-12 * p[0] * p[0]);
        assertEquals(mb * mb, Events.massSquared(p, 1), 1e-12 * p[4] * p[4]);
    }
}
