package madvec.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;

/**
 * The cross section of a matrix element and its exact gradient with respect to the matrix element's
 * derivative parameters, by VEGAS integration over the hypercube of its phase-space map.
 *
 * <p>sigma = 1/F int |M|^2 dPhi_n with F = 2 sqrt(lambda(s, ma^2, mb^2)) (2s for massless beams) and
 * dPhi_n = (2 pi)^(4 - 3n) times RAMBO's measure, whose density on the hypercube is the batch's weight.
 * The gradient differentiates under the integral at fixed hypercube point: the domain does not move
 * with the parameters, and the weight carries its own tangents (a mass moves the momenta), so
 * d sigma / d theta is the mean of d(|M|^2 weight)/d theta (plus the flux's derivative when theta is a
 * beam mass) over the same points, with its own Monte Carlo error.
 *
 * <p>Reproducible: the random numbers of an iteration are drawn on the calling thread from the seed
 * and the iteration number, and the evaluation is bit-identical on any number of threads, so a seed
 * gives the same result whatever {@code threads}.
 */
public final class CrossSection {
    /** hbar^2 c^2 in pb GeV^2: converts GeV^-2 to pb. */
    public static final double PB_GEV2 = 0.3893793721e9;
    private static final int BINS = 50;

    /** A Monte Carlo estimate and its standard error. */
    public record Estimate(double value, double error) {}

    /**
     * One iteration: its points and estimate, and the combination of the iterations counted so far.
     *
     * @param index 1-based
     * @param warmUp whether it only adapted the grid (not counted in the result)
     * @param chi2PerDof chi^2 per degree of freedom of the counted iterations' estimates about their
     *     combination (NaN before two are counted)
     */
    public record Iteration(int index, int points, boolean warmUp, Estimate sigma, Estimate combined, double chi2PerDof) {}

    /**
     * The result of an integration.
     *
     * @param sigma the cross section, pb
     * @param gradient d sigma / d name, pb per unit of the parameter, in the matrix element's parameter order
     * @param iterations every iteration, warm-up ones included
     * @param points the points evaluated in all
     */
    public record Result(Estimate sigma, Map<String, Estimate> gradient, List<Iteration> iterations, long points) {
        /** Copies the collections. */
        public Result {
            gradient = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gradient));
            iterations = List.copyOf(iterations);
        }

        /** chi^2 per degree of freedom of the last iteration (NaN with fewer than two counted). */
        public double chi2PerDof() {
            return iterations.isEmpty() ? Double.NaN : iterations.get(iterations.size() - 1).chi2PerDof();
        }
    }

    /**
     * How to integrate.
     *
     * @param precision target relative error of sigma
     * @param seed random seed
     * @param threads evaluation threads (results do not depend on it)
     * @param pointsPerIteration points per iteration
     * @param warmUp iterations that only adapt the grid
     * @param maxIterations iterations at most, warm-up included; the result then carries the error reached
     * @param progress receives one line per iteration (a table), or null
     */
    public record Options(double precision, long seed, int threads, int pointsPerIteration, int warmUp, int maxIterations,
            Consumer<String> progress) {
        /** Checks the ranges. */
        public Options {
            if (!(precision > 0 && precision < 1)) {
                throw new IllegalArgumentException("precision must be in (0, 1), got " + precision);
            }
            if (threads < 1 || pointsPerIteration < 16 || warmUp < 0 || maxIterations <= warmUp + 1) {
                throw new IllegalArgumentException("need threads >= 1, at least 16 points per iteration and more"
                        + " iterations than warm-up ones + 1");
            }
        }

        /** Precision 1e-3, seed 1, one thread, 20000 points per iteration, 3 warm-up iterations, at most 100. */
        public static Options defaults() {
            return new Options(1e-3, 1, 1, 20_000, 3, 100, null);
        }

        /** With another precision. */
        public Options withPrecision(double p) {
            return new Options(p, seed, threads, pointsPerIteration, warmUp, maxIterations, progress);
        }

        /** With another seed. */
        public Options withSeed(long s) {
            return new Options(precision, s, threads, pointsPerIteration, warmUp, maxIterations, progress);
        }

        /** With another thread count. */
        public Options withThreads(int t) {
            return new Options(precision, seed, t, pointsPerIteration, warmUp, maxIterations, progress);
        }

        /** With other iteration sizes. */
        public Options withIterations(int points, int warm, int max) {
            return new Options(precision, seed, threads, points, warm, max, progress);
        }

        /** With a progress sink. */
        public Options withProgress(Consumer<String> p) {
            return new Options(precision, seed, threads, pointsPerIteration, warmUp, maxIterations, p);
        }
    }

    private CrossSection() {}

    /**
     * Integrates.
     *
     * @param me a matrix element with a sqrt(s) and at least two final-state particles; its derivative
     *     parameters are those of the gradient
     * @throws IllegalStateException without a phase-space map
     * @throws ArithmeticException when a point gives a non-finite result
     */
    public static Result integrate(MatrixElement me, Options options) {
        int dims = me.dimensions();
        if (Double.isNaN(me.sqrtS()) || dims <= 0) {
            throw new IllegalStateException("integration needs sqrt(s) and at least two final-state particles");
        }
        List<String> params = me.parameters();
        Flux flux = new Flux(me);
        VegasGrid grid = new VegasGrid(dims, BINS);
        int n = options.pointsPerIteration(), np = params.size();
        double[][] x = new double[dims][n], u = new double[dims][n];
        int[][] binOf = new int[dims][n];
        double[] f = new double[n];
        List<Iteration> iterations = new ArrayList<>();
        Combination sigma = new Combination();
        long points = 0;
        progress(options, String.format(Locale.ROOT, "# %-9s %9s %14s %12s %14s %12s %9s", "iteration", "points",
                "sigma_pb", "error_pb", "combined_pb", "error_pb", "chi2/dof"));
        ParallelEvaluator parallel = options.threads() > 1 ? new ParallelEvaluator(me, options.threads()) : null;
        try {
            for (int it = 1; it <= options.maxIterations(); it++) {
                draw(x, options.seed(), it);
                double[] jacobian = grid.map(x, u, binOf);
                Batch b = parallel != null ? parallel.evaluatePoints(u) : me.evaluatePoints(u);
                points += n;
                double sum = 0, sum2 = 0;
                double[] g = new double[np], g2 = new double[np];
                for (int l = 0; l < n; l++) {
                    double mw = b.me()[l] * b.weight()[l];
                    f[l] = mw * jacobian[l] * flux.factor;
                    sum += f[l];
                    sum2 += f[l] * f[l];
                    for (int j = 0; j < np; j++) {
                        double d = ((b.dme(j)[l] * b.weight()[l] + b.me()[l] * b.dweight(j)[l]) * flux.factor
                                + mw * flux.derivative[j]) * jacobian[l];
                        g[j] += d;
                        g2[j] += d * d;
                    }
                }
                Estimate est = estimate(sum, sum2, n);
                Estimate[] grads = new Estimate[np];
                for (int j = 0; j < np; j++) grads[j] = estimate(g[j], g2[j], n);
                grid.accumulate(f, binOf);
                grid.refine();
                boolean warm = it <= options.warmUp();
                if (!warm) {
                    sigma.add(est, grads);
                }
                Iteration row = new Iteration(it, n, warm, est, warm ? est : sigma.value(), warm ? Double.NaN : sigma.chi2PerDof());
                iterations.add(row);
                progress(options, String.format(Locale.ROOT, "  %-9s %9d %14.6e %12.4e %14.6e %12.4e %9.3f",
                        it + (warm ? " (warm)" : ""), n, est.value(), est.error(), row.combined().value(),
                        row.combined().error(), row.chi2PerDof()));
                if (!warm && sigma.count() >= 2 && sigma.value().error() <= options.precision() * Math.abs(sigma.value().value())) {
                    break;
                }
            }
        } finally {
            if (parallel != null) {
                parallel.close();
            }
        }
        if (sigma.count() == 0) {
            throw new IllegalStateException("no iteration was counted");
        }
        Map<String, Estimate> gradient = new LinkedHashMap<>();
        for (int j = 0; j < np; j++) gradient.put(params.get(j), sigma.gradient(j));
        return new Result(sigma.value(), gradient, iterations, points);
    }

    /** Uniform points in the open unit hypercube, from the seed and the iteration alone. */
    private static void draw(double[][] x, long seed, int iteration) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + iteration);
        int events = x[0].length;
        for (int l = 0; l < events; l++) {
            for (double[] column : x) column[l] = ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
        }
    }

    private static Estimate estimate(double sum, double sum2, int n) {
        double mean = sum / n;
        double variance = Math.max(0, sum2 / n - mean * mean) / (n - 1);
        return new Estimate(mean, Math.sqrt(variance));
    }

    private static void progress(Options options, String line) {
        if (options.progress() != null) {
            options.progress().accept(line);
        }
    }

    /**
     * Iterations combined with inverse-variance weights of sigma; the gradient's estimates with the same
     * weights, so that sigma and its gradient come from one weighting of one sample.
     */
    private static final class Combination {
        private final List<Estimate> sigmas = new ArrayList<>();
        private final List<Estimate[]> gradients = new ArrayList<>();

        void add(Estimate sigma, Estimate[] gradient) {
            sigmas.add(sigma);
            gradients.add(gradient);
        }

        int count() {
            return sigmas.size();
        }

        private double weight(int k) {
            double e = sigmas.get(k).error();
            return e > 0 ? 1 / (e * e) : 1e300;
        }

        Estimate value() {
            double w = 0, v = 0;
            for (int k = 0; k < sigmas.size(); k++) {
                w += weight(k);
                v += weight(k) * sigmas.get(k).value();
            }
            return new Estimate(v / w, Math.sqrt(1 / w));
        }

        Estimate gradient(int j) {
            double w = 0, v = 0, var = 0;
            for (int k = 0; k < sigmas.size(); k++) {
                double wk = weight(k), e = gradients.get(k)[j].error();
                w += wk;
                v += wk * gradients.get(k)[j].value();
                var += wk * wk * e * e;
            }
            return new Estimate(v / w, Math.sqrt(var) / w);
        }

        double chi2PerDof() {
            if (sigmas.size() < 2) {
                return Double.NaN;
            }
            double mean = value().value(), chi2 = 0;
            for (int k = 0; k < sigmas.size(); k++) {
                double d = sigmas.get(k).value() - mean;
                chi2 += d * d * weight(k);
            }
            return chi2 / (sigmas.size() - 1);
        }
    }

    /**
     * (2 pi)^(4 - 3n) / F in pb GeV^2, and its derivative along each parameter that is a beam mass.
     */
    static final class Flux {
        final double factor;
        final double[] derivative;

        Flux(MatrixElement me) {
            double[] m = me.externalMasses();
            int[] pdg = me.pdgs();
            int finals = m.length - 2;
            double s = me.sqrtS() * me.sqrtS(), ma2 = m[0] * m[0], mb2 = m[1] * m[1];
            double lambda = (s - ma2 - mb2) * (s - ma2 - mb2) - 4 * ma2 * mb2;
            double flux = 2 * Math.sqrt(lambda);
            factor = Math.pow(2 * Math.PI, 4 - 3 * finals) / flux * PB_GEV2;
            List<String> params = me.parameters();
            derivative = new double[params.size()];
            for (int j = 0; j < params.size(); j++) {
                double dLambda = 0;
                if (params.get(j).equals("mass." + Math.abs(pdg[0]))) {
                    dLambda += -4 * m[0] * (s - ma2 - mb2) - 8 * m[0] * mb2;
                }
                if (params.get(j).equals("mass." + Math.abs(pdg[1]))) {
                    dLambda += -4 * m[1] * (s - ma2 - mb2) - 8 * m[1] * ma2;
                }
                // d(1/F) = -dF/F^2 with dF = dLambda / sqrt(lambda)
                derivative[j] = -factor * (dLambda / Math.sqrt(lambda)) / flux;
            }
        }
    }
}
