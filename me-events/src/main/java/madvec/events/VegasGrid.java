package madvec.events;

import java.util.Arrays;

/**
 * The adaptive map of VEGAS (G. P. Lepage, J. Comput. Phys. 27 (1978) 192): per dimension, bins of
 * the unit interval whose widths adapt so that each holds an equal share of the integrand's
 * importance. A point x of the unit hypercube maps to u = grid(x) with Jacobian prod n dx_bin; an
 * integral of f over u is the mean of f(grid(x)) J(x) over uniform x, with less variance the better the
 * bins follow f.
 *
 * <p>Not thread-safe; the integrator uses it from one thread.
 */
final class VegasGrid {
    /** Damping exponent of the refinement: smaller is more cautious. */
    private static final double ALPHA = 1.5;

    private final int dimensions, bins;
    /** Bin edges per dimension, 0 = e[0] < ... < e[bins] = 1. */
    private final double[][] edges;
    /** Per dimension and bin, the sum of (f J)^2 over the points of the current iteration. */
    private final double[][] importance;

    VegasGrid(int dimensions, int bins) {
        this.dimensions = dimensions;
        this.bins = bins;
        edges = new double[dimensions][bins + 1];
        importance = new double[dimensions][bins];
        for (double[] e : edges) {
            for (int i = 0; i <= bins; i++) e[i] = (double) i / bins;
        }
    }

    /**
     * Maps x to u (both [dimension][event]) and returns the Jacobians; {@code binOf} receives each
     * event's bin per dimension, for {@link #accumulate}.
     */
    double[] map(double[][] x, double[][] u, int[][] binOf) {
        int events = x.length == 0 ? 0 : x[0].length;
        double[] jacobian = new double[events];
        Arrays.fill(jacobian, 1.0);
        for (int d = 0; d < dimensions; d++) {
            double[] e = edges[d];
            for (int l = 0; l < events; l++) {
                double scaled = x[d][l] * bins;
                int i = Math.min(bins - 1, (int) scaled);
                double width = e[i + 1] - e[i];
                u[d][l] = e[i] + (scaled - i) * width;
                jacobian[l] *= bins * width;
                binOf[d][l] = i;
            }
        }
        return jacobian;
    }

    /**
     * The Jacobian {@link #map} gives at the point x that maps to u: the inverse of the grid's density
     * at u, which a multi-channel integrator needs for points another channel drew.
     *
     * @param u one point, a coordinate per dimension in [0, 1]
     */
    double jacobianAt(double[] u) {
        double jacobian = 1;
        for (int d = 0; d < dimensions; d++) {
            double[] e = edges[d];
            int i = Arrays.binarySearch(e, u[d]);
            // an exact edge belongs to the bin above it, as in map; the binary search's miss gives -(insertion) - 1
            int bin = i >= 0 ? Math.min(i, bins - 1) : Math.min(bins - 1, Math.max(0, -i - 2));
            jacobian *= bins * (e[bin + 1] - e[bin]);
        }
        return jacobian;
    }

    /** Adds the squared integrand values (f J) of the events to their bins' importance. */
    void accumulate(double[] fJ, int[][] binOf) {
        for (int d = 0; d < dimensions; d++) {
            for (int l = 0; l < fJ.length; l++) importance[d][binOf[d][l]] += fJ[l] * fJ[l];
        }
    }

    /** Moves the bin edges so that each bin holds an equal share of the smoothed, damped importance. */
    void refine() {
        for (int d = 0; d < dimensions; d++) {
            double[] imp = importance[d];
            double[] smooth = new double[bins];
            double total = 0;
            for (int i = 0; i < bins; i++) {
                double left = i > 0 ? imp[i - 1] : imp[i], right = i < bins - 1 ? imp[i + 1] : imp[i];
                smooth[i] = (left + imp[i] + right) / 3;
                total += smooth[i];
            }
            if (!(total > 0)) {
                Arrays.fill(imp, 0.0);
                continue;
            }
            double[] weight = new double[bins];
            double weightSum = 0;
            for (int i = 0; i < bins; i++) {
                double r = smooth[i] / total;
                // Lepage's damping: importance r becomes ((1 - r) / ln(1/r))^alpha, flattening the update
                weight[i] = r <= 0 ? 0 : r >= 1 ? 1 : Math.pow((1 - r) / Math.log(1 / r), ALPHA);
                weightSum += weight[i];
            }
            double[] e = edges[d], next = new double[bins + 1];
            double share = weightSum / bins, accumulated = 0;
            int j = 0;
            next[0] = 0;
            for (int i = 1; i < bins; i++) {
                double target = i * share;
                while (accumulated + weight[j] < target && j < bins - 1) {
                    accumulated += weight[j];
                    j++;
                }
                double fraction = weight[j] > 0 ? (target - accumulated) / weight[j] : 0;
                next[i] = e[j] + Math.min(1, Math.max(0, fraction)) * (e[j + 1] - e[j]);
            }
            next[bins] = 1;
            for (int i = 1; i <= bins; i++) {
                // keep edges strictly increasing so that no bin has zero width
                if (next[i] <= next[i - 1]) next[i] = Math.nextUp(next[i - 1]);
            }
            next[bins] = 1;
            System.arraycopy(next, 0, e, 0, bins + 1);
            Arrays.fill(imp, 0.0);
        }
    }

    /** The width of bin i of dimension d (for tests). */
    double width(int d, int i) {
        return edges[d][i + 1] - edges[d][i];
    }
}
