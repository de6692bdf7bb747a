package madvec.events;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;

/**
 * A fixed set of points of an adapted grid, weighted at one parameter point: the pre-sample of an
 * unweighted-event sampler. From it come sigma and its exact gradient (the mean of the weights and of
 * their derivatives: one estimator, so that grad log sigma is the derivative of log of the sigma used)
 * and the maximum weight of the accept-reject step. The same points serve every parameter point, so
 * sigma(theta) is a smooth function of theta.
 */
public final class WeightedSample {
    private final double[] weights;
    private final double[][] dweights;
    private final List<String> parameters;

    private WeightedSample(double[] weights, double[][] dweights, List<String> parameters) {
        this.weights = weights;
        this.dweights = dweights;
        this.parameters = parameters;
    }

    /** The pre-sample's points: {@code points} uniform points, from the seed alone. */
    public static double[][] points(AdaptedGrid grid, int points, long seed) {
        double[][] x = new double[grid.dimensions()][points];
        AdaptedGrid.uniform(x, new SplittableRandom(AdaptedGrid.mix(seed, 2, 0)));
        return x;
    }

    /**
     * Weighs x at the matrix element's parameter point: w = |M|^2 x phase-space weight x Jacobian x
     * flux, in pb, and its derivatives along the matrix element's derivative parameters.
     */
    public static WeightedSample of(MatrixElement me, AdaptedGrid grid, double[][] x, ParallelEvaluator parallel) {
        int n = x[0].length;
        double[][] u = new double[grid.dimensions()][n];
        double[] jacobian = grid.map(x, u);
        Batch b = parallel.evaluatePoints(u);
        CrossSection.Flux flux = new CrossSection.Flux(me);
        int np = me.parameters().size();
        double[] w = new double[n];
        double[][] dw = new double[np][n];
        for (int l = 0; l < n; l++) {
            double mw = b.me()[l] * b.weight()[l];
            w[l] = mw * jacobian[l] * flux.factor;
            for (int j = 0; j < np; j++) {
                dw[j][l] = ((b.dme(j)[l] * b.weight()[l] + b.me()[l] * b.dweight(j)[l]) * flux.factor
                        + mw * flux.derivative[j]) * jacobian[l];
            }
        }
        return new WeightedSample(w, dw, me.parameters());
    }

    /**
     * Weighs a resonance-channel pre-sample: w = f / g (pb) and its derivatives at fixed momenta (the
     * channels do not move with the parameters).
     */
    static WeightedSample of(MatrixElement me, ChannelSample s, Batch b) {
        CrossSection.Flux flux = new CrossSection.Flux(me);
        int n = s.size(), np = me.parameters().size();
        double[] w = new double[n];
        double[][] dw = new double[np][n];
        for (int l = 0; l < n; l++) {
            w[l] = s.weight(b.me(), flux.factor, l);
            for (int j = 0; j < np; j++) dw[j][l] = s.weight(b.dme(j), flux.factor, l);
        }
        return new WeightedSample(w, dw, me.parameters());
    }

    /** sigma in pb, with its Monte Carlo error. */
    public CrossSection.Estimate sigma() {
        return estimate(weights);
    }

    /** d sigma / d parameter j (the matrix element's order), with its Monte Carlo error. */
    public CrossSection.Estimate gradient(int j) {
        return estimate(dweights[j]);
    }

    /** The derivative parameters, in order. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * The maximum weight of the accept-reject step: the smallest w_max such that the weight above it,
     * sum of max(0, w - w_max) over the pre-sample, is at most {@code truncation} times the total. Events
     * above it are kept (with a weight w / w_max above one, counted); with {@code truncation = 0} it is
     * the largest weight seen.
     */
    public double maxWeight(double truncation) {
        if (!(truncation >= 0 && truncation < 1)) {
            throw new IllegalArgumentException("truncation must be in [0, 1), got " + truncation);
        }
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double total = 0;
        for (double w : sorted) total += w;
        if (!(total > 0)) {
            throw new IllegalStateException("every weight of the pre-sample is zero: no events can be generated"
                    + " (is the process allowed at this energy?)");
        }
        double allowed = truncation * total, above = 0;
        // walking down from the largest weight: k events lie above the threshold sorted[n - 1 - k]
        for (int k = 1; k < n; k++) {
            above += sorted[n - k];
            double threshold = sorted[n - 1 - k];
            if (above - k * threshold > allowed) {
                // the threshold that leaves exactly the allowed excess lies between sorted[n-1-k] and sorted[n-k]
                return Math.max(threshold, (above - allowed) / k);
            }
        }
        return sorted[n - 1];
    }

    private static CrossSection.Estimate estimate(double[] f) {
        int n = f.length;
        double sum = 0, sum2 = 0;
        for (double v : f) {
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / n;
        return new CrossSection.Estimate(mean, Math.sqrt(Math.max(0, sum2 / n - mean * mean) / (n - 1)));
    }
}
