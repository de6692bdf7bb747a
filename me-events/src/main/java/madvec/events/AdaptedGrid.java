package madvec.events;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;

/**
 * A VEGAS grid adapted to a matrix element's integrand |M|^2 times the phase-space weight, then frozen:
 * a fixed map from the unit hypercube x to the phase-space coordinates u with its Jacobian, the
 * proposal density of an unweighted-event sampler. Frozen, it can be shared by threads and by
 * parameter points (a sampler at another point reuses the grid of a nearby one).
 */
public final class AdaptedGrid {
    private static final int BINS = 50;
    private final VegasGrid grid;
    private final int dimensions;

    private AdaptedGrid(VegasGrid grid, int dimensions) {
        this.grid = grid;
        this.dimensions = dimensions;
    }

    /**
     * Adapts a grid: {@code iterations} rounds of {@code points} uniform points, each round moving the
     * bins towards the integrand's importance.
     *
     * @param me a matrix element with a phase-space map
     * @param seed random seed (the grid depends on it and on nothing else)
     * @param threads evaluation threads (the grid does not depend on them)
     * @param progress one line per round, or null
     */
    public static AdaptedGrid adapt(MatrixElement me, int iterations, int points, long seed, int threads,
            Consumer<String> progress) {
        int dims = me.dimensions();
        if (Double.isNaN(me.sqrtS()) || dims <= 0) {
            throw new IllegalStateException("event generation needs sqrt(s) and at least two final-state particles");
        }
        if (iterations < 0 || points < 16) {
            throw new IllegalArgumentException("need iterations >= 0 and at least 16 points per iteration");
        }
        VegasGrid grid = new VegasGrid(dims, BINS);
        double[][] x = new double[dims][points], u = new double[dims][points];
        int[][] binOf = new int[dims][points];
        double[] f = new double[points];
        try (ParallelEvaluator parallel = new ParallelEvaluator(me, threads)) {
            for (int it = 1; it <= iterations; it++) {
                uniform(x, new SplittableRandom(mix(seed, 1, it)));
                double[] jacobian = grid.map(x, u, binOf);
                Batch b = parallel.evaluatePoints(u);
                double sum = 0;
                for (int l = 0; l < points; l++) {
                    f[l] = b.me()[l] * b.weight()[l] * jacobian[l];
                    sum += f[l];
                }
                grid.accumulate(f, binOf);
                grid.refine();
                if (progress != null) {
                    progress.accept(String.format(java.util.Locale.ROOT, "  adapting the grid: iteration %d of %d, %d points,"
                            + " mean weight %.4e", it, iterations, points, sum / points));
                }
            }
        }
        return new AdaptedGrid(grid, dims);
    }

    /** Number of hypercube coordinates. */
    public int dimensions() {
        return dimensions;
    }

    /**
     * Maps x to u (both {@code [coordinate][event]}).
     *
     * @return the Jacobian du/dx of each event
     */
    public double[] map(double[][] x, double[][] u) {
        int events = x.length == 0 ? 0 : x[0].length;
        return grid.map(x, u, new int[dimensions][events]);
    }

    /** Fills x with uniform points of the open unit hypercube. */
    static void uniform(double[][] x, SplittableRandom rng) {
        int events = x.length == 0 ? 0 : x[0].length;
        for (int l = 0; l < events; l++) {
            for (double[] column : x) column[l] = ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
        }
    }

    /** A seed for one use (stream) and one index from the user's seed, so that uses never share numbers. */
    static long mix(long seed, int stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }
}
