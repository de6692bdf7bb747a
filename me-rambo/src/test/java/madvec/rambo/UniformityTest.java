package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flatness: observables whose distribution over massless phase space is known in closed form, binned so
 * that each bin expects the same count, pass a chi-square test. Classic RAMBO is checked alongside
 * RAMBO on diet, which also checks the test.
 */
class UniformityTest {
    private static final double SQRT_S = 200.0;
    private static final int EVENTS = 60_000;
    private static final int BINS = 20;

    /** A sampler of one massless event: (random source, momenta) to weight. */
    interface Sampler extends BiFunction<SplittableRandom, double[], Double> {}

    static Stream<Arguments> samplers() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int n : new int[] {2, 3, 4, 6}) {
            RamboOnDiet map = new RamboOnDiet(SQRT_S, new double[n]);
            b.add(Arguments.of("RAMBO on diet", n, (Sampler) (rng, p) -> map.forward(Events.point(rng, map.dimensions(), 0, 1), p)));
            Rambo rambo = new Rambo(SQRT_S, 0, 0, new double[n]);
            b.add(Arguments.of("classic RAMBO", n, (Sampler) (rng, p) -> rambo.generate(Events.point(rng, rambo.randomNumbers(), 0, 1), p)));
        }
        return b.build();
    }

    /**
     * Every particle's direction is isotropic, and its energy fraction x = 2E/sqrt(s) has the density
     * proportional to x (1 - x)^(n-3), whose cumulative distribution is 1 - (1-x)^(n-2) (1 + (n-2) x):
     * the phase space of the other n-1 particles at mass^2 s (1 - x) scales as (1 - x)^(n-3).
     */
    @ParameterizedTest(name = "{0}, n = {1}")
    @MethodSource("samplers")
    void directionsAndEnergiesOfEveryParticleHaveTheirFlatSpaceDistributions(String name, int n, Sampler sampler) {
        long[][] cosTheta = new long[n][BINS];
        long[][] phi = new long[n][BINS];
        long[][] energy = new long[n][BINS];
        SplittableRandom rng = new SplittableRandom(n * 1009L + name.length());
        double[] p = new double[4 * (n + 2)];
        for (int e = 0; e < EVENTS; e++) {
            sampler.apply(rng, p);
            for (int i = 0; i < n; i++) {
                int o = 4 * (i + 2);
                double length = Events.momentum(p, i + 2);
                cosTheta[i][bin(0.5 * (1.0 + p[o + 3] / length))]++;
                phi[i][bin(MasslessChain.phiCoordinate(Math.atan2(p[o + 2], p[o + 1])))]++;
                double x = 2.0 * p[o] / SQRT_S;
                energy[i][bin(1.0 - Math.pow(1.0 - x, n - 2) * (1.0 + (n - 2) * x))]++;
            }
        }
        double bound = Events.chiSquareBound(BINS - 1);
        for (int i = 0; i < n; i++) {
            assertFlat(cosTheta[i], bound, name + ": cos(theta) of particle " + i);
            assertFlat(phi[i], bound, name + ": phi of particle " + i);
            if (n > 2) {
                assertFlat(energy[i], bound, name + ": energy of particle " + i);
            }
        }
    }

    /**
     * The three-body Dalitz plot is flat in (x1, x2) over the triangle x1 + x2 &gt;= 1: with v1 = x1^2 and
     * v2 = (x2 - 1 + x1) / x1 the joint distribution is uniform on the unit square.
     */
    @ParameterizedTest(name = "{0}, n = {1}")
    @MethodSource("samplers")
    void threeBodyDalitzPlotIsFlat(String name, int n, Sampler sampler) {
        if (n != 3) {
            return;
        }
        int side = 8;
        long[] counts = new long[side * side];
        SplittableRandom rng = new SplittableRandom(77 + name.length());
        double[] p = new double[20];
        for (int e = 0; e < EVENTS; e++) {
            sampler.apply(rng, p);
            double x1 = 2.0 * p[8] / SQRT_S;
            double x2 = 2.0 * p[12] / SQRT_S;
            int b1 = Math.min(side - 1, (int) (x1 * x1 * side));
            int b2 = Math.min(side - 1, Math.max(0, (int) ((x2 - 1.0 + x1) / x1 * side)));
            counts[b1 * side + b2]++;
        }
        assertFlat(counts, Events.chiSquareBound(counts.length - 1), name + ": Dalitz plot");
    }

    /**
     * Massive final states: the weighted means of every particle's energy (integrals over phase space)
     * agree between RAMBO on diet and classic RAMBO, whose massless stages are unrelated.
     */
    @Test
    void massiveWeightedEnergiesAgreeWithClassicRambo() {
        double[] masses = {60.0, 10.0, 0.0, 45.0};
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        Rambo rambo = new Rambo(SQRT_S, 0, 0, masses);
        int n = masses.length;
        double[][] diet = weightedEnergies(n, (rng, p) -> map.forward(Events.point(rng, map.dimensions(), 0, 1), p), 5);
        double[][] classic = weightedEnergies(n, (rng, p) -> rambo.generate(Events.point(rng, rambo.randomNumbers(), 0, 1), p), 6);
        for (int i = 0; i < n; i++) {
            double difference = diet[0][i] - classic[0][i];
            double error = Math.hypot(diet[1][i], classic[1][i]);
            assertTrue(Math.abs(difference) < 5.0 * error, "integral of E_" + i + ": " + diet[0][i] + " +- " + diet[1][i]
                    + " (on diet) vs " + classic[0][i] + " +- " + classic[1][i] + " (classic)");
            assertTrue(error < 0.01 * diet[0][i], "resolved to 1%");
        }
    }

    /** Means (row 0) and standard errors (row 1) of weight * E_i over the sample. */
    private static double[][] weightedEnergies(int n, Sampler sampler, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] sum = new double[n];
        double[] sumSquares = new double[n];
        double[] p = new double[4 * (n + 2)];
        for (int e = 0; e < EVENTS; e++) {
            double w = sampler.apply(rng, p);
            for (int i = 0; i < n; i++) {
                double v = w * p[4 * (i + 2)];
                sum[i] += v;
                sumSquares[i] += v * v;
            }
        }
        double[][] result = new double[2][n];
        for (int i = 0; i < n; i++) {
            double mean = sum[i] / EVENTS;
            result[0][i] = mean;
            result[1][i] = Math.sqrt((sumSquares[i] / EVENTS - mean * mean) / (EVENTS - 1));
        }
        return result;
    }

    private static int bin(double v) {
        return Math.min(BINS - 1, Math.max(0, (int) (v * BINS)));
    }

    private static void assertFlat(long[] counts, double bound, String what) {
        double chi2 = Events.chiSquareFlat(counts);
        assertTrue(chi2 < bound, what + ": chi2 = " + chi2 + " for " + (counts.length - 1) + " degrees of freedom (bound "
                + bound + "), counts " + java.util.Arrays.toString(counts));
    }
}
