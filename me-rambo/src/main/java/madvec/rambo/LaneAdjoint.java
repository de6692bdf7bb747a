package madvec.rambo;

import java.util.Arrays;
import madvec.simd.Simd;

/**
 * The pullback of RAMBO on diet on the values of an {@link AdjointTape}: adjoints of the momenta and of
 * the weight to adjoints of the hypercube coordinates and of the squared masses, lane by lane: per
 * particle and per decay step one kernel over the lanes ({@link SimdPullbackKernels}, or its twin
 * {@link PlainPullbackKernels}), the weight's terms in plain loops.
 *
 * <p>Two root solves are differentiated implicitly, never through their iterations: for a root x of
 * F(x, theta) = 0 the adjoint lambda = xbar / F_x gives thetabar -= lambda F_theta. The reshuffling scale
 * xi solves sum_i sqrt(m_i^2 + xi^2 |q_i|^2) = sqrt(s); the cluster-mass ratio x_j solves F_k(x) = u_j,
 * so that ubar_j = xbar_j / F_k'(x_j), infinite (or NaN) where F_k' vanishes, at u_j = 0 or 1, as the
 * forward mode's tangent is there.
 *
 * <p>The chain's boosts: Q_j decays to q_j = B(Q_j, M_j) r_j and Q_{j+1} = B(Q_j, M_j) r'_j with
 * r_j + r'_j = (M_j, 0), and the boost is linear in the vector it boosts, B(Q, M) (M, 0) = Q. Hence
 * Q_{j+1} = Q_j - q_j as functions, and one boost's adjoint per step serves both daughters.
 */
final class LaneAdjoint {
    private LaneAdjoint() {}

    /**
     * Into {@code t.masslessBar} and {@code t.massSquaredBar}: the adjoints of the massless three-momenta
     * and of m_i^2, from those of the massive momenta ({@code momentumBar}, 4(n + 2) arrays, null for
     * none) and of the weight (lane-uniform {@code weightBar}).
     */
    static void reshuffling(AdjointTape t, double[][] momentumBar, double weightBar) {
        int n = t.n;
        double[] xi = t.work.scale.array();
        double[] xiBar = t.scaleBar;
        Arrays.fill(xiBar, 0.0);
        if (momentumBar != null) {
            for (int i = 0; i < n; i++) {
                if (Simd.VECTOR) {
                    SimdPullbackKernels.massive(t, i, momentumBar, 4 * (i + LaneChain.INCOMING));
                } else {
                    PlainPullbackKernels.massive(t, i, momentumBar, 4 * (i + LaneChain.INCOMING));
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                Arrays.fill(t.squareBar[i], 0.0);
                Arrays.fill(t.massSquaredBar[i], 0.0);
                for (double[] q : t.masslessBar[i]) {
                    Arrays.fill(q, 0.0);
                }
            }
        }
        if (weightBar != 0.0) {
            double[] sum = t.weightSum, weight = t.weight.array();
            Arrays.fill(sum, 0.0);
            for (int i = 0; i < n; i++) {
                addRatio(t.work.momentumSquared[i].array(), t.momentumValues[4 * (i + LaneChain.INCOMING)], sum, t.stride);
            }
            // ln w = const + (2n - 3) ln xi + sum_i (ln |k_i| - ln E_i) - ln sum_i |k_i|^2 / E_i
            double power = 2 * n - 3;
            for (int l = 0; l < t.stride; l++) {
                xiBar[l] += weightBar * weight[l] * power / xi[l];
            }
            for (int i = 0; i < n; i++) {
                weightTerms(t, i, weightBar);
            }
        }
        // xi's implicit adjoint: lambda = xibar / F_xi, kept in xiBar; F_xi is the slope at the solved xi,
        // as in forward mode (the tape's forward pass takes it again at the root)
        double[] slope = t.work.slope;
        for (int l = 0; l < t.stride; l++) {
            xiBar[l] = xiBar[l] / slope[l];
        }
        for (int i = 0; i < n; i++) {
            if (Simd.VECTOR) {
                SimdPullbackKernels.rootTerm(t, i);
            } else {
                PlainPullbackKernels.rootTerm(t, i);
            }
        }
    }

    /** {@code sum} += |k|^2 / E per lane. */
    private static void addRatio(double[] k2, double[] e, double[] sum, int stride) {
        for (int l = 0; l < stride; l++) {
            sum[l] += k2[l] / e[l];
        }
    }


    /**
     * Particle i's terms of the weight's adjoint {@code weightBar} (ln w has sum_i (ln |k_i| - ln E_i) -
     * ln sum_i K_i / E_i); added into K_i's, m_i^2's and xi's adjoints.
     */
    private static void weightTerms(AdjointTape t, int i, double weightBar) {
        double[] xi = t.work.scale.array(), weight = t.weight.array(), sum = t.weightSum, xiBar = t.scaleBar;
        double[] k2 = t.work.momentumSquared[i].array(), e = t.momentumValues[4 * (i + LaneChain.INCOMING)];
        double[] kBar = t.squareBar[i], m2Bar = t.massSquaredBar[i];
        for (int l = 0; l < t.stride; l++) {
            double g = weightBar * weight[l];
            double inverseE = 1.0 / e[l];
            double share = g * inverseE / sum[l];
            double eBar = (share * k2[l] - g) * inverseE;
            double k2Bar = 0.5 * g / k2[l] - share + 0.5 * eBar * inverseE;
            m2Bar[l] += 0.5 * eBar * inverseE;
            kBar[l] += k2Bar;
            xiBar[l] += 2.0 * k2Bar * k2[l] / xi[l];
        }
    }


    /**
     * The chain's pullback: from {@code t.masslessBar} (the massless three-momenta's adjoints; their
     * energies are not read by the reshuffling) to {@code uBar}, every coordinate written.
     */
    static void chain(AdjointTape t, double[][] uBar) {
        int n = t.n;
        double[][] qb = t.clusterBar;
        Arrays.fill(qb[0], 0.0);
        for (int mu = 1; mu < 4; mu++) {
            System.arraycopy(t.masslessBar[n - 1][mu - 1], 0, qb[mu], 0, t.stride);
        }
        Arrays.fill(t.massBar, 0.0);
        for (int j = n - 2; j >= 0; j--) {
            double[] cosBar = uBar[MasslessChain.cosThetaCoordinate(n, j)], phiBar = uBar[MasslessChain.phiCoordinate(n, j)];
            if (Simd.VECTOR) {
                SimdPullbackKernels.boost(t, j, cosBar, phiBar);
            } else {
                PlainPullbackKernels.boost(t, j, cosBar, phiBar);
            }
            if (j < n - 2) {
                int k = MasslessChain.ratioExponent(n, j);
                double[] ratioBar = uBar[MasslessChain.massCoordinate(j)];
                if (Simd.VECTOR) {
                    SimdPullbackKernels.ratio(t, j, k, ratioBar);
                } else {
                    PlainPullbackKernels.ratio(t, j, k, ratioBar);
                }
            } else {
                // the last split: |p| = M / 2
                double[] pb = t.splitBar, mb = t.massBar;
                for (int l = 0; l < t.stride; l++) {
                    mb[l] = t.stepMassBar[l] + 0.5 * pb[l];
                }
            }
        }
    }


}
