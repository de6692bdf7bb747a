package madvec.rambo;

/** Plain-Java twin of {@link SimdReshufflingKernels}: the scalar (fallback) path and its test oracle. */
final class PlainReshufflingKernels {
    private PlainReshufflingKernels() {}

    /** See {@link SimdReshufflingKernels#newtonStep}. */
    static double newtonStep(double[][] momentumSquared, double[] massSquared, double sqrtS, double[] xi,
            double[] slope, boolean[] done, double converged, int stride) {
        double worst = 0.0;
        for (int lane = 0; lane < stride; lane++) {
            if (done[lane]) continue;
            double x = xi[lane];
            double x2 = x * x;
            double energySum = 0.0;
            double derivative = 0.0;
            for (int i = 0; i < massSquared.length; i++) {
                double q2 = momentumSquared[i][lane];
                double energy = Math.sqrt(x2 * q2 + massSquared[i]);
                energySum += energy;
                derivative += x * q2 / energy;
            }
            double step = (energySum - sqrtS) / derivative;
            double next = x - step;
            xi[lane] = next;
            slope[lane] = derivative;
            double relative = Math.abs(step) / next;
            done[lane] = relative <= converged;
            worst = Math.max(worst, relative);
        }
        return worst;
    }
}
