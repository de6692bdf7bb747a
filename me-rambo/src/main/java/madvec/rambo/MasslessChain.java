package madvec.rambo;

/**
 * RAMBO on diet for massless momenta, one event in plain doubles: the reference that the batched dual
 * implementation is tested against, and the engine of the single-event conveniences.
 *
 * <p>The total momentum (sqrt(s), 0, 0, 0) decays in a chain: cluster Q_j (mass M_j) goes to the
 * massless particle j and cluster Q_{j+1}, for j = 0 .. n-2, and the last cluster is particle n-1.
 * Hypercube layout (3n - 4 coordinates): {@code u[j]}, j &lt; n-2, fixes M_{j+1}^2 / M_j^2 through
 * {@link ClusterMassRatio}; {@code u[n-2+2j]} and {@code u[n-1+2j]} give cos(theta) = 2u - 1 and
 * phi = 2 pi u of particle j in the rest frame of Q_j, with axes parallel to the centre-of-mass axes.
 * The map is flat: its weight is the constant {@link PhaseSpaceVolume#massless}.
 */
final class MasslessChain {
    private MasslessChain() {}

    /** Hypercube dimension for n particles: n - 2 cluster masses and n - 1 directions. */
    static int dimensions(int n) {
        return 3 * n - 4;
    }

    /** Coordinate of the cluster-mass ratio of step j (j &lt; n - 2). */
    static int massCoordinate(int j) {
        return j;
    }

    /** Coordinate of cos(theta) of particle j. */
    static int cosThetaCoordinate(int n, int j) {
        return n - 2 + 2 * j;
    }

    /** Coordinate of phi of particle j. */
    static int phiCoordinate(int n, int j) {
        return n - 1 + 2 * j;
    }

    /** Exponent k of the ratio distribution of step j: cluster Q_{j+1} holds k + 1 = n - 1 - j particles. */
    static int ratioExponent(int n, int j) {
        return n - 2 - j;
    }

    /** Fills {@code q[4i + mu]} (4n entries) with the n massless momenta for hypercube point {@code u}. */
    static void forward(int n, double sqrtS, double[] u, double[] q) {
        double[] cluster = {sqrtS, 0.0, 0.0, 0.0};
        double mass = sqrtS;
        double[] rest = new double[4];
        for (int j = 0; j < n - 1; j++) {
            double ratio = j < n - 2 ? ClusterMassRatio.solve(ratioExponent(n, j), u[massCoordinate(j)]) : 0.0;
            double nextMass = mass * Math.sqrt(ratio);
            double momentum = 0.5 * mass * (1.0 - ratio);
            double c = 2.0 * u[cosThetaCoordinate(n, j)] - 1.0;
            double sinTheta = Math.sqrt((1.0 - c) * (1.0 + c));
            double phi = 2.0 * Math.PI * u[phiCoordinate(n, j)];
            double nx = sinTheta * Math.cos(phi);
            double ny = sinTheta * Math.sin(phi);
            rest[0] = momentum;
            rest[1] = momentum * nx;
            rest[2] = momentum * ny;
            rest[3] = momentum * c;
            Boost.fromRest(cluster, mass, rest, q, 4 * j);
            // the recoil Q_{j+1} = Q_j - q_j (see LaneChain.forward)
            for (int mu = 0; mu < 4; mu++) {
                cluster[mu] -= q[4 * j + mu];
            }
            mass = nextMass;
        }
        System.arraycopy(cluster, 0, q, 4 * (n - 1), 4);
    }

    /**
     * Inverse of {@link #forward}: the hypercube point of n massless momenta {@code q[4i + mu]} that
     * sum to (sqrt(s), 0, 0, 0); energies are taken as |q|. Clusters are summed from the last particle
     * up, so that light clusters keep their relative accuracy.
     */
    static void inverse(int n, double[] q, double[] u) {
        double[] cluster = new double[4];
        double[] particle = new double[4];
        double[] rest = new double[4];
        copyMassless(q, n - 1, cluster);
        double lighterMassSquared = 0.0;
        for (int j = n - 2; j >= 0; j--) {
            copyMassless(q, j, particle);
            for (int mu = 0; mu < 4; mu++) {
                cluster[mu] += particle[mu];
            }
            double massSquared = cluster[0] * cluster[0]
                    - (cluster[1] * cluster[1] + cluster[2] * cluster[2] + cluster[3] * cluster[3]);
            double mass = Math.sqrt(massSquared);
            if (j < n - 2) {
                double ratio = lighterMassSquared / massSquared;
                u[massCoordinate(j)] = ClusterMassRatio.cumulative(ratioExponent(n, j), ratio);
            }
            Boost.toRest(cluster, mass, particle, rest);
            double length = Math.sqrt(rest[1] * rest[1] + rest[2] * rest[2] + rest[3] * rest[3]);
            u[cosThetaCoordinate(n, j)] = 0.5 * (1.0 + rest[3] / length);
            u[phiCoordinate(n, j)] = phiCoordinate(Math.atan2(rest[2], rest[1]));
            lighterMassSquared = massSquared;
        }
    }

    /** phi in (-pi, pi] to its coordinate in [0, 1). */
    static double phiCoordinate(double phi) {
        double v = phi / (2.0 * Math.PI);
        return v < 0.0 ? v + 1.0 : v;
    }

    private static void copyMassless(double[] q, int i, double[] out) {
        out[1] = q[4 * i + 1];
        out[2] = q[4 * i + 2];
        out[3] = q[4 * i + 3];
        out[0] = Math.sqrt(out[1] * out[1] + out[2] * out[2] + out[3] * out[3]);
    }
}
