package madvec.events.channels;

/** Two-body kinematics on flat arrays of four-momenta (E, px, py, pz per particle). */
final class TwoBody {
    private TwoBody() {}

    /** |p*| of M to ma + mb in M's rest frame; 0 at or below threshold. */
    static double momentum(double m, double ma, double mb) {
        double sum = ma + mb, diff = ma - mb;
        // factored form of lambda(M^2, ma^2, mb^2): no cancellation near threshold
        double lambda = (m - sum) * (m + sum) * (m - diff) * (m + diff);
        return lambda > 0 ? Math.sqrt(lambda) / (2 * m) : 0;
    }

    /** The summed four-momentum of the particles in the bit set. */
    static double[] sum(double[] p, long particles) {
        double[] q = new double[4];
        for (long m = particles; m != 0; m &= m - 1) {
            int i = 4 * Long.numberOfTrailingZeros(m);
            for (int mu = 0; mu < 4; mu++) q[mu] += p[i + mu];
        }
        return q;
    }

    /** sqrt(q^2), 0 for a space-like or null q. */
    static double mass(double[] q) {
        double m2 = (q[0] - q[3]) * (q[0] + q[3]) - q[1] * q[1] - q[2] * q[2];
        return m2 > 0 ? Math.sqrt(m2) : 0;
    }

    /**
     * Boosts the particles in the bit set from the rest frame of q = (e, qx, qy, qz), of mass m, to the
     * frame in which it has that momentum (a pure boost).
     */
    static void boost(double[] p, long particles, double e, double qx, double qy, double qz, double m) {
        for (long bits = particles; bits != 0; bits &= bits - 1) {
            int i = 4 * Long.numberOfTrailingZeros(bits);
            double k0 = p[i], dot = qx * p[i + 1] + qy * p[i + 2] + qz * p[i + 3];
            double e2 = (e * k0 + dot) / m, f = (k0 + e2) / (e + m);
            p[i] = e2;
            p[i + 1] += f * qx;
            p[i + 2] += f * qy;
            p[i + 3] += f * qz;
        }
    }
}
