package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterMassRatioTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 10})
    void solvedRatioReproducesTheCoordinate(int k) {
        SplittableRandom rng = new SplittableRandom(11 + k);
        for (int trial = 0; trial < 2000; trial++) {
            double r = rng.nextDouble();
            double x = ClusterMassRatio.solve(k, r);
            assertTrue(x >= 0.0 && x <= 1.0, "ratio in [0, 1]");
            assertEquals(r, ClusterMassRatio.cumulative(k, x), 4e-16 * k + 1e-15, "F_k(solve(r)) for r = " + r);
        }
    }

    /**
     * The early stop (a step below 2^-20 of the distance to the nearer end) gives the root the solve
     * reaches when it iterates until a step is at most 2^-51 x, to two units in the last place, over the
     * whole range and both tails.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 7, 12})
    void earlyStopLosesNoAccuracy(int k) {
        SplittableRandom rng = new SplittableRandom(101 + k);
        for (int trial = 0; trial < 20000; trial++) {
            double u = rng.nextDouble();
            double r = switch (trial % 3) {
                case 0 -> u;
                case 1 -> Math.pow(10, -30 * u);      // the tail near 0
                default -> 1 - Math.pow(10, -15 * u); // the tail near 1
            };
            if (!(r > 0 && r < 1)) continue;
            double x = ClusterMassRatio.solve(k, r), ref = iterateToTheEnd(k, r);
            assertEquals(ref, x, 2 * Math.ulp(ref), "k = " + k + ", r = " + r);
        }
    }

    /** The same Halley iteration, stopped only by a step of at most 2^-51 x (or 100 steps). */
    private static double iterateToTheEnd(int k, double r) {
        double lo = Math.pow(r / (k + 1), 1.0 / k);
        double hi = 1.0 - Math.sqrt(2.0 * (1.0 - r) / (k * (k + 1.0)));
        lo = Math.min(lo, hi);
        double x = r < 0.5 ? lo : hi;
        for (int i = 0; i < 100; i++) {
            double f = ClusterMassRatio.residual(k, x, r);
            if (f > 0.0) hi = x;
            else lo = x;
            double next = ClusterMassRatio.halley(k, x, f);
            if (!(next >= lo && next <= hi)) next = 0.5 * (lo + hi);
            boolean done = Math.abs(next - x) <= 0x1p-51 * x;
            x = next;
            if (done) break;
        }
        return Math.max(ClusterMassRatio.SMALLEST, x);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 8})
    void solveInvertsTheCumulativeDistributionAwayFromTheFlatEnd(int k) {
        SplittableRandom rng = new SplittableRandom(3 * k);
        for (int trial = 0; trial < 2000; trial++) {
            double x = 0.01 + 0.9 * rng.nextDouble();
            double back = ClusterMassRatio.solve(k, ClusterMassRatio.cumulative(k, x));
            // Conditioning: dx = dr / F'(x), and dr is a few ulps of F.
            double tolerance = 8e-16 / ClusterMassRatio.density(k, x) + 1e-15;
            assertEquals(x, back, tolerance, "solve(F_k(x)) for x = " + x);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void densityIsTheDerivativeOfTheCumulativeDistribution(int k) {
        for (double x = 0.05; x < 1.0; x += 0.05) {
            double h = 1e-6;
            double fd = (ClusterMassRatio.cumulative(k, x + h) - ClusterMassRatio.cumulative(k, x - h)) / (2 * h);
            assertEquals(fd, ClusterMassRatio.density(k, x), 1e-8, "dF/dx at " + x);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 9})
    void cumulativeDistributionIsNormalisedAndMonotone(int k) {
        assertEquals(0.0, ClusterMassRatio.cumulative(k, 0.0));
        assertEquals(1.0, ClusterMassRatio.cumulative(k, 1.0));
        double previous = 0.0;
        for (double x = 0.01; x <= 1.0; x += 0.01) {
            double f = ClusterMassRatio.cumulative(k, x);
            assertTrue(f > previous, "increasing at " + x);
            previous = f;
        }
        assertEquals(ClusterMassRatio.SMALLEST, ClusterMassRatio.solve(k, 0.0));
        assertEquals(1.0, ClusterMassRatio.solve(k, 1.0));
    }
}
