package madvec.rambo;

/**
 * Pure Lorentz boosts between the rest frame of a cluster and the frame where it has four-momentum
 * (E, P), one event in plain doubles. Written as p0' = (E p0 + P.p)/M, p' = p + P (p0 + p0')/(E + M),
 * which needs no division by |P| and so stays finite for a cluster at rest.
 */
final class Boost {
    private Boost() {}

    /** {@code out[off..off+3]} := rest-frame vector {@code rest} seen where the cluster is {@code cluster}. */
    static void fromRest(double[] cluster, double mass, double[] rest, double[] out, int off) {
        double dot = cluster[1] * rest[1] + cluster[2] * rest[2] + cluster[3] * rest[3];
        double energy = (cluster[0] * rest[0] + dot) / mass;
        double f = (rest[0] + energy) / (cluster[0] + mass);
        out[off] = energy;
        out[off + 1] = rest[1] + cluster[1] * f;
        out[off + 2] = rest[2] + cluster[2] * f;
        out[off + 3] = rest[3] + cluster[3] * f;
    }

    /** {@code out} := {@code p} seen in the rest frame of the cluster {@code cluster} of mass {@code mass}. */
    static void toRest(double[] cluster, double mass, double[] p, double[] out) {
        double dot = cluster[1] * p[1] + cluster[2] * p[2] + cluster[3] * p[3];
        double energy = (cluster[0] * p[0] - dot) / mass;
        double f = (p[0] + energy) / (cluster[0] + mass);
        out[0] = energy;
        out[1] = p[1] - cluster[1] * f;
        out[2] = p[2] - cluster[2] * f;
        out[3] = p[3] - cluster[3] * f;
    }
}
