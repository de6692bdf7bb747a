package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import madvec.simd.Simd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lockstep cluster-mass kernel: against the scalar solve on random and extreme coordinates (both
 * ends of [0, 1], outside it, NaN), so that the vector path gives the scalar path's roots.
 */
class RatioKernelsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 8, 12})
    void laneKernelsGiveTheScalarRoots(int k) {
        int stride = Simd.padded(517);
        double[] r = new double[stride];
        SplittableRandom rng = new SplittableRandom(k);
        for (int i = 0; i < stride; i++) {
            r[i] = rng.nextDouble();
        }
        double[] extremes = {0.0, -0.5, 1.0, 1.5, Double.NaN, 1e-300, 1e-30, 1e-8, 0.5, Math.nextDown(0.5),
                Math.nextUp(0.5), 1 - 1e-8, 1 - 1e-15, Math.nextDown(1.0), Double.MIN_VALUE};
        System.arraycopy(extremes, 0, r, 3, extremes.length);
        double[] plain = new double[stride];
        double[] simd = new double[stride];
        PlainRatioKernels.solve(k, r, plain, stride);
        if (Simd.VECTOR) {
            SimdRatioKernels.solve(k, r, simd, stride);
        }
        for (int i = 0; i < stride; i++) {
            double expected = ClusterMassRatio.solve(k, r[i]);
            assertEquals(expected, plain[i], 0.0, "plain, r = " + r[i]);
            if (Simd.VECTOR) {
                // the start's root from the vector POW may differ in its last place; Newton then lands
                // within a few ulps of the same root
                assertEquals(expected, simd[i], 4 * Math.ulp(expected), "simd, r = " + r[i]);
            }
        }
    }
}
