package madvec.rambo;

/**
 * The squared-mass ratio of consecutive clusters in RAMBO on diet (Platzer, arXiv:1308.2922).
 *
 * <p>The chain P = Q_0 -> p_0 + Q_1, Q_1 -> p_1 + Q_2, ... splits off one massless particle per step.
 * With x = M_{j+1}^2 / M_j^2 and Q_{j+1} holding {@code k + 1} massless particles, flat phase space
 * gives x the density proportional to x^(k-1) (1 - x) (the two-body factor 1 - x times the massless
 * (k+1)-body volume, proportional to M_{j+1}^(2k-2)), whose cumulative distribution is
 * F_k(x) = (k+1) x^k - k x^(k+1). A uniform coordinate r is mapped to x by solving F_k(x) = r.
 */
final class ClusterMassRatio {
    /**
     * Smallest ratio returned: r = 0 would give a massless cluster with no rest frame to boost from;
     * 1e-300 keeps every later mass and boost finite (a degenerate, measure-zero corner).
     */
    static final double SMALLEST = 1e-300;
    private static final int MAX_ITERATIONS = 200;

    private ClusterMassRatio() {}

    /** F_k(x) = (k+1) x^k - k x^(k+1): the coordinate r that maps to ratio x. */
    static double cumulative(int k, double x) {
        return power(x, k) * ((k + 1) - k * x);
    }

    /** dF_k/dx = k (k+1) x^(k-1) (1 - x), the Jacobian dr/dx (zero at both ends). */
    static double density(int k, double x) {
        return k * (k + 1.0) * power(x, k - 1) * (1.0 - x);
    }

    /**
     * The ratio x in [SMALLEST, 1] with F_k(x) = r, to machine precision. Halley's method inside the bracket
     * [(r/(k+1))^(1/k), 1 - sqrt(2 (1-r) / (k (k+1)))], which holds the root because
     * F_k(x) <= (k+1) x^k and 1 - F_k(x) <= k (k+1)/2 (1-x)^2; a step leaving it bisects instead. It
     * starts at the bound on r's side of 1/2, each the root's leading behaviour at its end, so that
     * it needs at most {@link #LOCKSTEP_ITERATIONS} steps for every r in practice (the lane kernels
     * run that many in lockstep and finish the rare rest here).
     */
    static double solve(int k, double r) {
        if (k < 1) {
            throw new IllegalArgumentException("cluster-mass exponent must be >= 1, got " + k);
        }
        if (!(r > 0.0)) {
            return SMALLEST;
        }
        if (r >= 1.0) {
            return 1.0;
        }
        if (k == 1) {
            // 2x - x^2 = r, written without the cancellation of 1 - sqrt(1 - r).
            return Math.max(SMALLEST, r / (1.0 + Math.sqrt(1.0 - r)));
        }
        double lo = Math.pow(r / (k + 1), 1.0 / k);
        double hi = 1.0 - Math.sqrt(2.0 * (1.0 - r) / (k * (k + 1.0)));
        lo = Math.min(lo, hi);
        double x = r < 0.5 ? lo : hi;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double residual = residual(k, x, r);
            if (residual > 0.0) {
                hi = x;
            } else {
                lo = x;
            }
            double next = halley(k, x, residual);
            if (!(next >= lo && next <= hi)) {
                next = 0.5 * (lo + hi);
            }
            boolean converged = converged(x, next);
            x = next;
            if (converged) {
                break;
            }
        }
        return Math.max(SMALLEST, x);
    }

    /**
     * One Halley step for F_k(x) - r = {@code residual}: cubic convergence, so that at most four steps
     * reach the root from the start for every k up to 12 (Newton needs six).
     */
    static double halley(int k, double x, double residual) {
        double p = power(x, k - 2);
        double c = k * (k + 1.0);
        double slope = c * (p * x) * (1.0 - x);
        double curvature = c * p * ((k - 1) - k * x);
        return x - 2.0 * residual * slope / (2.0 * slope * slope - residual * curvature);
    }

    /** Steps the lane kernels take in lockstep before they hand unconverged lanes to {@link #solve}. */
    static final int LOCKSTEP_ITERATIONS = 6;

    /**
     * The stopping rule shared by {@link #solve} and the lane kernels: a step of at most 2^-51 x, about
     * two units in the last place (a residual of exactly zero gives a zero step), or a step of at most
     * 2^-20 of the distance to the nearer end of [0, 1]. Halley's error after a step is about K e^3 for
     * an error e before it, e being about the step, with K below 30 (times the squared distance to the
     * end) for k up to 12: a step of 2^-20 of that distance leaves an error near 2^-55 of it, below
     * rounding, so the confirming step the first rule would need (a quarter of the solve) is skipped.
     */
    static boolean converged(double x, double next) {
        double step = Math.abs(next - x);
        return step <= 0x1p-51 * x || step <= 0x1p-20 * Math.min(x, 1.0 - x);
    }

    /**
     * F_k(x) - r; above r = 1/2 evaluated as (1 - r) - (1-x)^2 P(x) with P(x) = sum (j+1) x^j, which
     * keeps its relative accuracy where F_k is flat near x = 1.
     */
    static double residual(int k, double x, double r) {
        if (r <= 0.5) {
            return cumulative(k, x) - r;
        }
        double polynomial = 0.0;
        for (int j = k - 1; j >= 0; j--) {
            polynomial = polynomial * x + (j + 1);
        }
        double gap = 1.0 - x;
        return (1.0 - r) - gap * gap * polynomial;
    }

    /** x^m for m >= 0 by repeated multiplication (m is small: at most n - 2). */
    static double power(double x, int m) {
        double p = 1.0;
        for (int i = 0; i < m; i++) {
            p *= x;
        }
        return p;
    }
}
