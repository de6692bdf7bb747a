package madvec.rambo;

import java.util.SplittableRandom;

/** Test helpers: random hypercube points, four-vector algebra and tolerance checks on flat momenta arrays. */
final class Events {
    private Events() {}

    /** A point with every coordinate uniform in [lo, hi]. */
    static double[] point(SplittableRandom rng, int dimensions, double lo, double hi) {
        double[] u = new double[dimensions];
        for (int c = 0; c < dimensions; c++) {
            u[c] = lo + (hi - lo) * rng.nextDouble();
        }
        return u;
    }

    /** Minkowski square E^2 - |p|^2 of particle i in a flat momenta array. */
    static double massSquared(double[] p, int particle) {
        int o = 4 * particle;
        return p[o] * p[o] - p[o + 1] * p[o + 1] - p[o + 2] * p[o + 2] - p[o + 3] * p[o + 3];
    }

    /** Sum of the final-state four-momenta (particles 2 ..). */
    static double[] finalStateTotal(double[] p) {
        double[] total = new double[4];
        for (int o = 8; o < p.length; o += 4) {
            for (int mu = 0; mu < 4; mu++) {
                total[mu] += p[o + mu];
            }
        }
        return total;
    }

    /** |p| of particle i. */
    static double momentum(double[] p, int particle) {
        int o = 4 * particle;
        return Math.sqrt(p[o + 1] * p[o + 1] + p[o + 2] * p[o + 2] + p[o + 3] * p[o + 3]);
    }

    /** Masses as lane-uniform constants with k tangents. */
    static madvec.autodiff.DualScalar[] constants(double[] masses, int k) {
        madvec.autodiff.DualScalar[] d = new madvec.autodiff.DualScalar[masses.length];
        for (int i = 0; i < masses.length; i++) {
            d[i] = madvec.autodiff.DualScalar.constant(masses[i], k);
        }
        return d;
    }

    /** Fresh dual lane arrays. */
    static madvec.autodiff.DualLanes[] lanes(int count, int lanes, int k) {
        madvec.autodiff.DualLanes[] a = new madvec.autodiff.DualLanes[count];
        for (int c = 0; c < count; c++) {
            a[c] = madvec.autodiff.DualLanes.create(lanes, k);
        }
        return a;
    }

    /** Chi-square of counts against equal expected counts. */
    static double chiSquareFlat(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double expected = (double) total / counts.length;
        double chi2 = 0.0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        return chi2;
    }

    /**
     * A chi-square bound for {@code dof} degrees of freedom about five standard deviations above the
     * mean (Wilson-Hilferty: (chi2/dof)^(1/3) is close to normal with mean 1 - 2/(9 dof)).
     */
    static double chiSquareBound(int dof) {
        double a = 2.0 / (9.0 * dof);
        double z = 5.0;
        double cube = 1.0 - a + z * Math.sqrt(a);
        return dof * cube * cube * cube;
    }
}
