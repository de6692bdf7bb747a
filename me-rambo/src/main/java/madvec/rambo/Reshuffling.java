package madvec.rambo;

/**
 * RAMBO's massive reshuffling (Kleiss, Stirling, Ellis 1986), one event in plain doubles: massless
 * momenta q_i summing to (sqrt(s), 0) become massive momenta k_i = xi q_i, E_i = sqrt(m_i^2 + xi^2 |q_i|^2),
 * with xi fixed by energy conservation, sum_i E_i = sqrt(s). The map multiplies the flat massless
 * weight by xi^(2n-3) prod_i (|k_i| / E_i) sqrt(s) / sum_i (|k_i|^2 / E_i).
 */
final class Reshuffling {
    static final int MAX_ITERATIONS = 100;

    private Reshuffling() {}

    /**
     * The scale xi solving sum_i sqrt(m_i^2 + xi^2 |q_i|^2) = sqrt(s) by Newton's method. The sum is
     * convex and increasing in xi, so from the start sqrt(1 - (sum m / sqrt(s))^2) the first step lands
     * at or above the root and the rest descend to it monotonically; iterations stop when a step moves
     * xi by at most two ulps.
     */
    static double scale(double sqrtS, double[] massSquared, double[] momentumSquared) {
        double massSum = 0.0;
        for (double m2 : massSquared) {
            massSum += Math.sqrt(m2);
        }
        double fraction = massSum / sqrtS;
        double xi = Math.sqrt((1.0 - fraction) * (1.0 + fraction));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double energySum = 0.0;
            double slope = 0.0;
            for (int i = 0; i < massSquared.length; i++) {
                double energy = Math.sqrt(massSquared[i] + xi * xi * momentumSquared[i]);
                energySum += energy;
                slope += xi * momentumSquared[i] / energy;
            }
            double step = (energySum - sqrtS) / slope;
            xi -= step;
            if (!(Math.abs(step) > 2.0 * Math.ulp(xi))) {
                break;
            }
        }
        return xi;
    }

    /** xi^(2n-3) prod_i (|k_i| / E_i) sqrt(s) / sum_i (|k_i|^2 / E_i), for k_i = xi q_i. */
    static double weightFactor(double sqrtS, double xi, double[] massSquared, double[] momentumSquared) {
        int n = massSquared.length;
        double product = 1.0;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double k2 = xi * xi * momentumSquared[i];
            double energy = Math.sqrt(massSquared[i] + k2);
            product *= xi * Math.sqrt(momentumSquared[i]) / energy;
            sum += k2 / energy;
        }
        return ClusterMassRatio.power(xi, 2 * n - 3) * product * sqrtS / sum;
    }

    /**
     * Reshuffles the massless momenta {@code q[4i + mu]} (only their three-momenta are read) to the
     * masses {@code sqrt(massSquared[i])}, writing {@code out[offset + 4i + mu]}; returns the weight
     * factor.
     */
    static double apply(double sqrtS, double[] massSquared, double[] q, double[] out, int offset) {
        int n = massSquared.length;
        double[] momentumSquared = new double[n];
        for (int i = 0; i < n; i++) {
            momentumSquared[i] = q[4 * i + 1] * q[4 * i + 1] + q[4 * i + 2] * q[4 * i + 2] + q[4 * i + 3] * q[4 * i + 3];
        }
        double xi = scale(sqrtS, massSquared, momentumSquared);
        for (int i = 0; i < n; i++) {
            int o = offset + 4 * i;
            out[o] = Math.sqrt(massSquared[i] + xi * xi * momentumSquared[i]);
            out[o + 1] = xi * q[4 * i + 1];
            out[o + 2] = xi * q[4 * i + 2];
            out[o + 3] = xi * q[4 * i + 3];
        }
        return weightFactor(sqrtS, xi, massSquared, momentumSquared);
    }
}
