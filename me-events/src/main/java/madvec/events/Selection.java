package madvec.events;

/**
 * Picks one of several options with probability proportional to its weight, as MadGraph picks an
 * event's helicity (by |M_h|^2) and colour flow (by |J_j|^2).
 */
public final class Selection {
    private Selection() {}

    /**
     * @param weights {@code weights[option][event]}, non-negative (tiny negative rounding counts as 0)
     * @param event the event
     * @param random a uniform number in [0, 1)
     * @return the option, or -1 when there are no options
     * @throws IllegalArgumentException when every weight is zero or one is not finite
     */
    public static int pick(double[][] weights, int event, double random) {
        int n = weights.length;
        if (n == 0) {
            return -1;
        }
        double total = 0;
        for (double[] w : weights) {
            double v = w[event];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("event " + (event + 1) + ": a selection weight is " + v);
            }
            total += Math.max(0, v);
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("event " + (event + 1) + ": every selection weight is zero");
        }
        double target = random * total, acc = 0;
        int last = -1;
        for (int i = 0; i < n; i++) {
            double v = Math.max(0, weights[i][event]);
            if (v > 0) {
                acc += v;
                last = i;
                if (target < acc) {
                    return i;
                }
            }
        }
        return last;
    }
}
