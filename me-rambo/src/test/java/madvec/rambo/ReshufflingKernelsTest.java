package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import madvec.simd.Simd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lockstep Newton kernels of the reshuffling scale: the SIMD kernel against its plain-Java twin (when
 * the vector path is on), and both, iterated to convergence, against the per-event solve.
 */
class ReshufflingKernelsTest {
    private static final double SQRT_S = 1000.0;
    private static final double[] MASSES = {173.0, 0.0, 80.4, 4.7, 125.0};

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 6, 13, 100, 207})
    void simdKernelMatchesItsPlainTwinAndConvergesToThePerEventSolve(int lanes) {
        int stride = Simd.padded(lanes);
        int n = MASSES.length;
        double[] massSquared = new double[n];
        for (int i = 0; i < n; i++) {
            massSquared[i] = MASSES[i] * MASSES[i];
        }
        double[][] momentumSquared = randomMasslessMomenta(n, stride, new SplittableRandom(lanes));
        double[] xiPlain = new double[stride];
        double[] xiSimd = new double[stride];
        double[] slopePlain = new double[stride];
        double[] slopeSimd = new double[stride];
        java.util.Arrays.fill(xiPlain, 0.5);
        java.util.Arrays.fill(xiSimd, 0.5);
        for (int iteration = 0; iteration < 30; iteration++) {
            // no lane is ever frozen here (a converged bound of -1), so every step is taken
            boolean[] donePlain = new boolean[stride], doneSimd = new boolean[stride];
            double worst = PlainReshufflingKernels.newtonStep(momentumSquared, massSquared, SQRT_S, xiPlain, slopePlain,
                    donePlain, -1.0, stride);
            if (Simd.VECTOR) {
                double worstSimd = SimdReshufflingKernels.newtonStep(momentumSquared, massSquared, SQRT_S, xiSimd,
                        slopeSimd, doneSimd, -1.0, stride);
                assertEquals(worst, worstSimd, 1e-14 * Math.max(worst, 1e-16), "largest step, iteration " + iteration);
                for (int lane = 0; lane < stride; lane++) {
                    // Same operations in the same order, and a correctly rounded SQRT: equal bit for bit.
                    assertEquals(xiPlain[lane], xiSimd[lane], 0.0, "xi, lane " + lane);
                    assertEquals(slopePlain[lane], slopeSimd[lane], 0.0, "slope, lane " + lane);
                }
            }
            if (iteration == 29) {
                assertTrue(worst <= 0x1p-51, "converged, largest relative step " + worst);
            }
        }
        double[] m2 = massSquared.clone();
        double[] q2 = new double[n];
        for (int lane = 0; lane < stride; lane++) {
            for (int i = 0; i < n; i++) {
                q2[i] = momentumSquared[i][lane];
            }
            double expected = Reshuffling.scale(SQRT_S, m2, q2);
            assertEquals(expected, xiPlain[lane], 4 * Math.ulp(expected), "lane " + lane);
            double energy = 0.0;
            for (int i = 0; i < n; i++) {
                energy += Math.sqrt(m2[i] + expected * expected * q2[i]);
            }
            assertEquals(SQRT_S, energy, 1e-13 * SQRT_S, "energy conservation fixes xi");
        }
    }

    /**
     * Lanes marked done keep their xi and slope, bit for bit, in both twins, and a lane is marked done by
     * the step that brings it within the bound: a lane's iterates do not depend on the others of its pass.
     */
    @ParameterizedTest
    @ValueSource(ints = {8, 13})
    void doneLanesAreFrozenAndLanesStopOnTheirOwnStep(int lanes) {
        int stride = Simd.padded(lanes);
        int n = MASSES.length;
        double[] massSquared = new double[n];
        for (int i = 0; i < n; i++) massSquared[i] = MASSES[i] * MASSES[i];
        double[][] momentumSquared = randomMasslessMomenta(n, stride, new SplittableRandom(3 + lanes));
        for (boolean simd : Simd.VECTOR ? new boolean[] {false, true} : new boolean[] {false}) {
            double[] xi = new double[stride], slope = new double[stride];
            boolean[] done = new boolean[stride];
            java.util.Arrays.fill(xi, 0.5);
            java.util.Arrays.fill(slope, -7.0);
            done[1] = true;
            double bound = 0x1p-26;
            double[] alone = xi.clone();
            int steps = 0;
            for (int iteration = 0; iteration < 30; iteration++) {
                double worst = simd
                        ? SimdReshufflingKernels.newtonStep(momentumSquared, massSquared, SQRT_S, xi, slope, done, bound, stride)
                        : PlainReshufflingKernels.newtonStep(momentumSquared, massSquared, SQRT_S, xi, slope, done, bound, stride);
                assertEquals(0.5, xi[1], 0.0, "a done lane keeps its xi");
                assertEquals(-7.0, slope[1], 0.0, "a done lane keeps its slope");
                if (worst <= bound) break;
                steps++;
            }
            assertTrue(steps > 1 && steps < 10, "Newton took " + steps + " steps beyond the last");
            for (boolean d : done) assertTrue(d, "every lane ends done");
            // lane 0 alone, stopped by its own rule, gives the bits it had in the pass
            double[][] one = new double[n][];
            for (int i = 0; i < n; i++) one[i] = new double[] {momentumSquared[i][0]};
            double[] x = {alone[0]}, sl = {0.0};
            boolean[] oneDone = new boolean[1];
            for (int iteration = 0; iteration < 30; iteration++) {
                if (PlainReshufflingKernels.newtonStep(one, massSquared, SQRT_S, x, sl, oneDone, bound, 1) <= bound) break;
            }
            assertEquals(Double.doubleToLongBits(x[0]), Double.doubleToLongBits(xi[0]), "lane 0 alone and in the pass");
            // stopped at a step of 2^-26, every lane is within 2 ulps of the per-event solve run to 2 ulps
            for (int lane = 0; lane < stride; lane++) {
                if (lane == 1) continue;
                double[] q2 = new double[n];
                for (int i = 0; i < n; i++) q2[i] = momentumSquared[i][lane];
                double expected = Reshuffling.scale(SQRT_S, massSquared, q2);
                assertEquals(expected, xi[lane], 2 * Math.ulp(expected), "lane " + lane + " against the per-event solve");
            }
            assertEquals(Double.doubleToLongBits(sl[0]), Double.doubleToLongBits(slope[0]), "its slope alone and in the pass");
        }
    }

    /** |q_i|^2 of n massless momenta per lane whose energies sum to sqrt(s). */
    private static double[][] randomMasslessMomenta(int n, int stride, SplittableRandom rng) {
        double[][] q2 = new double[n][stride];
        for (int lane = 0; lane < stride; lane++) {
            double[] e = new double[n];
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                e[i] = 0.01 + rng.nextDouble();
                sum += e[i];
            }
            for (int i = 0; i < n; i++) {
                double energy = e[i] * SQRT_S / sum;
                q2[i][lane] = energy * energy;
            }
        }
        return q2;
    }
}
