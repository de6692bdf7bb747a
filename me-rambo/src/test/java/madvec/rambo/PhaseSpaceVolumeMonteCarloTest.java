package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Monte Carlo mean of the weight is the phase-space volume, for both samplers. */
class PhaseSpaceVolumeMonteCarloTest {
    private static final double SQRT_S = 500.0;
    private static final int EVENTS = 200_000;

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void ramboOnDietMeanWeightIsTheMasslessVolume(int n) {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, new double[n]);
        double expected = PhaseSpaceVolume.massless(n, SQRT_S);
        SplittableRandom rng = new SplittableRandom(100 + n);
        double[] p = new double[map.momentumComponents()];
        Mean mean = new Mean();
        for (int e = 0; e < EVENTS / 4; e++) {
            double w = map.forward(Events.point(rng, map.dimensions(), 0, 1), p);
            // Massless RAMBO on diet is flat: every single weight is the volume.
            assertEquals(expected, w, 1e-12 * expected);
            mean.add(w);
        }
        mean.assertConsistentWith(expected, "massless n = " + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void classicRamboMeanWeightIsTheMasslessVolume(int n) {
        Rambo rambo = new Rambo(SQRT_S, 0, 0, new double[n]);
        double expected = PhaseSpaceVolume.massless(n, SQRT_S);
        SplittableRandom rng = new SplittableRandom(200 + n);
        double[] p = new double[4 * (n + 2)];
        Mean mean = new Mean();
        for (int e = 0; e < EVENTS / 4; e++) {
            mean.add(rambo.generate(rng, p));
        }
        mean.assertConsistentWith(expected, "classic massless n = " + n);
        assertEquals(expected, mean.mean(), 1e-12 * expected, "classic RAMBO is flat for massless particles");
    }

    @Test
    void massiveTwoBodyVolume() {
        double[] masses = {173.0, 125.0};
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        double expected = PhaseSpaceVolume.twoBody(SQRT_S, masses[0], masses[1]);
        SplittableRandom rng = new SplittableRandom(5);
        double[] p = new double[map.momentumComponents()];
        Mean mean = new Mean();
        for (int e = 0; e < 20_000; e++) {
            double w = map.forward(Events.point(rng, 2, 0, 1), p);
            assertEquals(expected, w, 1e-12 * expected, "two-body weights are constant");
            mean.add(w);
        }
        mean.assertConsistentWith(expected, "massive two-body");
    }

    @Test
    void massiveThreeBodyVolumeMatchesTheNumericalIntegral() {
        double[] masses = {173.0, 80.4, 4.7};
        double expected = PhaseSpaceIntegrals.volume(SQRT_S, masses, 0, 4000);
        assertEquals(expected, PhaseSpaceIntegrals.volume(SQRT_S, masses, 0, 2000), 1e-9 * expected, "quadrature converged");
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        monteCarlo(u -> map.forward(u, new double[map.momentumComponents()]), map.dimensions(), 31)
                .assertConsistentWith(expected, "RAMBO on diet, massive three-body");
        Rambo rambo = new Rambo(SQRT_S, 0, 0, masses);
        monteCarlo(r -> rambo.generate(r, new double[4 * 5]), rambo.randomNumbers(), 32)
                .assertConsistentWith(expected, "classic RAMBO, massive three-body");
    }

    @Test
    void massiveFourBodyVolumeMatchesTheNumericalIntegral() {
        double[] masses = {120.0, 0.0, 91.19, 30.0};
        double expected = PhaseSpaceIntegrals.volume(SQRT_S, masses, 0, 400);
        assertEquals(expected, PhaseSpaceIntegrals.volume(SQRT_S, masses, 0, 200), 1e-7 * expected, "quadrature converged");
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        monteCarlo(u -> map.forward(u, new double[map.momentumComponents()]), map.dimensions(), 41)
                .assertConsistentWith(expected, "RAMBO on diet, massive four-body");
    }

    private static Mean monteCarlo(ToDoubleFunction<double[]> weight, int dimensions, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Mean mean = new Mean();
        for (int e = 0; e < EVENTS; e++) {
            mean.add(weight.applyAsDouble(Events.point(rng, dimensions, 0, 1)));
        }
        return mean;
    }

    /** Running mean and its standard error, with compensated sums (many equal weights must average exactly). */
    static final class Mean {
        private long count;
        private double sum;
        private double sumError;
        private double sumSquares;

        void add(double w) {
            count++;
            double t = sum + w;
            sumError += Math.abs(sum) >= Math.abs(w) ? (sum - t) + w : (w - t) + sum;
            sum = t;
            sumSquares += w * w;
        }

        double mean() {
            return (sum + sumError) / count;
        }

        double standardError() {
            double m = mean();
            return Math.sqrt(Math.max(0.0, sumSquares / count - m * m) / (count - 1));
        }

        /** Within five standard errors (plus rounding, for a zero-variance estimate). */
        void assertConsistentWith(double expected, String what) {
            double tolerance = 5.0 * standardError() + 1e-12 * Math.abs(expected);
            // A test that could not fail is no test: the estimate must resolve the volume to 1%.
            assertTrue(standardError() < 0.01 * Math.abs(expected), what + ": standard error " + standardError());
            assertTrue(Math.abs(mean() - expected) <= tolerance, what + ": mean " + mean() + " +- " + standardError()
                    + ", expected " + expected);
        }
    }
}
