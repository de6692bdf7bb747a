package madvec.api;

import java.util.SplittableRandom;

/** Reproducible hypercube points away from the edges, for the API tests. */
final class RandomPoints {
    private RandomPoints() {}

    /** {@code u[coordinate][event]} in [0.05, 0.95]. */
    static double[][] of(int dim, int lanes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] u = new double[dim][lanes];
        for (int l = 0; l < lanes; l++) {
            for (int c = 0; c < dim; c++) u[c][l] = 0.05 + 0.9 * rng.nextDouble();
        }
        return u;
    }
}
