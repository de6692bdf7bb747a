package madvec.rambo;

/**
 * Plain-Java twin of {@link SimdRatioKernels}: the scalar solve on every lane (the lockstep kernel
 * freezes a lane where this one stops, so the two take the same steps).
 */
final class PlainRatioKernels {
    private PlainRatioKernels() {}

    /** See {@link SimdRatioKernels#solve}. */
    static void solve(int k, double[] r, double[] x, int stride) {
        for (int lane = 0; lane < stride; lane++) {
            x[lane] = ClusterMassRatio.solve(k, r[lane]);
        }
    }
}
