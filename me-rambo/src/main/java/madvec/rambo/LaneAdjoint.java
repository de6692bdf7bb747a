package madvec.rambo;

/**
 * The pullback of RAMBO on diet on the values of an {@link AdjointTape}: adjoints of the momenta and of
 * the weight to adjoints of the hypercube coordinates and of the squared masses, lane by lane, in
 * loops over the lanes (one per particle or decay step) that the JIT can vectorize.
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
        if (momentumBar != null) {
            java.util.Arrays.fill(xiBar, 0.0);
            for (int i = 0; i < n; i++) {
                massive(t, i, momentumBar, 4 * (i + LaneChain.INCOMING));
            }
        } else {
            java.util.Arrays.fill(xiBar, 0.0);
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(t.squareBar[i], 0.0);
                java.util.Arrays.fill(t.massSquaredBar[i], 0.0);
                for (double[] q : t.masslessBar[i]) {
                    java.util.Arrays.fill(q, 0.0);
                }
            }
        }
        if (weightBar != 0.0) {
            double[] sum = t.weightSum, weight = t.weight.array();
            java.util.Arrays.fill(sum, 0.0);
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
        // xi's implicit adjoint: lambda = xibar / F_xi, kept in xiBar
        double[] slope = t.work.slope;
        for (int l = 0; l < t.stride; l++) {
            xiBar[l] = xiBar[l] / slope[l];
        }
        for (int i = 0; i < n; i++) {
            rootTerm(t, i);
        }
    }

    /** {@code sum} += |k|^2 / E per lane. */
    private static void addRatio(double[] k2, double[] e, double[] sum, int stride) {
        for (int l = 0; l < stride; l++) {
            sum[l] += k2[l] / e[l];
        }
    }

    /**
     * Particle i's momentum terms: E_i = sqrt(m_i^2 + K_i), K_i = xi^2 |q_i|^2 and k_i = xi q_i; writes K_i's
     * adjoint into {@code t.squareBar[i]}, m_i^2's and q_i's, adds into xi's.
     */
    private static void massive(AdjointTape t, int i, double[][] momentumBar, int base) {
        double[] xi = t.work.scale.array(), xiBar = t.scaleBar;
        double[] k2 = t.work.momentumSquared[i].array(), e = t.momentumValues[base];
        double[] qx = t.massless[i][0], qy = t.massless[i][1], qz = t.massless[i][2];
        double[] qbx = t.masslessBar[i][0], qby = t.masslessBar[i][1], qbz = t.masslessBar[i][2];
        double[] kBar = t.squareBar[i], m2Bar = t.massSquaredBar[i];
        double[] eb = momentumBar[base], kbx = momentumBar[base + 1], kby = momentumBar[base + 2], kbz = momentumBar[base + 3];
        for (int l = 0; l < t.stride; l++) {
            double half = 0.5 * eb[l] / e[l];
            double x = xi[l];
            m2Bar[l] = half;
            kBar[l] = half;
            xiBar[l] += 2.0 * half * k2[l] / x + kbx[l] * qx[l] + kby[l] * qy[l] + kbz[l] * qz[l];
            qbx[l] = x * kbx[l];
            qby[l] = x * kby[l];
            qbz[l] = x * kbz[l];
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

    /** Particle i's terms through xi's root (lambda in {@code t.scaleBar}) and through |q_i|^2 = q_i . q_i. */
    private static void rootTerm(AdjointTape t, int i) {
        double[] xi = t.work.scale.array(), lambda = t.scaleBar;
        double[] e = t.momentumValues[4 * (i + LaneChain.INCOMING)];
        double[] qx = t.massless[i][0], qy = t.massless[i][1], qz = t.massless[i][2];
        double[] qbx = t.masslessBar[i][0], qby = t.masslessBar[i][1], qbz = t.masslessBar[i][2];
        double[] kBar = t.squareBar[i], m2Bar = t.massSquaredBar[i];
        for (int l = 0; l < t.stride; l++) {
            // F = sum sqrt(m^2 + xi^2 q^2) - sqrt(s): F_{m^2} = 1/(2E), F_{q^2} = xi^2/(2E)
            double half = 0.5 * lambda[l] / e[l];
            m2Bar[l] -= half;
            double q2Bar = xi[l] * xi[l] * (kBar[l] - half);
            double twice = 2.0 * q2Bar;
            qbx[l] += twice * qx[l];
            qby[l] += twice * qy[l];
            qbz[l] += twice * qz[l];
        }
    }

    /**
     * The chain's pullback: from {@code t.masslessBar} (the massless three-momenta's adjoints; their
     * energies are not read by the reshuffling) to {@code uBar}, every coordinate written.
     */
    static void chain(AdjointTape t, double[][] uBar) {
        int n = t.n;
        double[][] qb = t.clusterBar;
        java.util.Arrays.fill(qb[0], 0.0);
        for (int mu = 1; mu < 4; mu++) {
            System.arraycopy(t.masslessBar[n - 1][mu - 1], 0, qb[mu], 0, t.stride);
        }
        java.util.Arrays.fill(t.massBar, 0.0);
        for (int j = n - 2; j >= 0; j--) {
            boost(t, j, uBar[MasslessChain.cosThetaCoordinate(n, j)], uBar[MasslessChain.phiCoordinate(n, j)]);
            if (j < n - 2) {
                ratio(t, j, MasslessChain.ratioExponent(n, j), uBar[MasslessChain.massCoordinate(j)]);
            } else {
                // the last split: |p| = M / 2
                double[] pb = t.splitBar, mb = t.massBar;
                for (int l = 0; l < t.stride; l++) {
                    mb[l] = t.stepMassBar[l] + 0.5 * pb[l];
                }
            }
        }
    }

    /**
     * Step j's boost q_j = B(Q_j, M_j) r_j, with r_j = |p| (1, sin theta cos phi, sin theta sin phi,
     * cos theta): q_j's adjoint is its own less Q_{j+1}'s; adds into Q_j's adjoint (which holds
     * Q_{j+1}'s), writes M_j's boost term into {@code t.stepMassBar}, |p|'s adjoint into
     * {@code t.splitBar} and the direction coordinates' adjoints.
     */
    private static void boost(AdjointTape t, int j, double[] cosBar, double[] phiBar) {
        double[] p0 = t.cluster[j][0], p1 = t.cluster[j][1], p2 = t.cluster[j][2], p3 = t.cluster[j][3];
        double[] mass = t.mass[j], momentum = t.momentum[j];
        double[] cosT = t.cosTheta[j], sinT = t.sinTheta[j], cosP = t.cosPhi[j], sinP = t.sinPhi[j];
        double[] b0 = t.clusterBar[0], b1 = t.clusterBar[1], b2 = t.clusterBar[2], b3 = t.clusterBar[3];
        double[] q1 = t.masslessBar[j][0], q2 = t.masslessBar[j][1], q3 = t.masslessBar[j][2];
        double[] mb = t.stepMassBar, pb = t.splitBar;
        double twoPi = 2.0 * Math.PI;
        for (int l = 0; l < t.stride; l++) {
            double p = momentum[l], s = sinT[l], c = cosT[l], cp = cosP[l], sp = sinP[l];
            double r1 = p * s * cp, r2 = p * s * sp, r3 = p * c;
            double e = p0[l], m = mass[l];
            // forward: e' = (E p + Q.r) / M, f = (p + e') / (E + M), q = r + Q f
            double ePrime = (e * p + (p1[l] * r1 + p2[l] * r2 + p3[l] * r3)) / m;
            double inverseB = 1.0 / (e + m);
            double f = (p + ePrime) * inverseB;
            double o0 = -b0[l], o1 = q1[l] - b1[l], o2 = q2[l] - b2[l], o3 = q3[l] - b3[l];
            double fBar = o1 * p1[l] + o2 * p2[l] + o3 * p3[l];
            double aBar = fBar * inverseB, bBar = -fBar * f * inverseB;
            double ePrimeBar = o0 + aBar;
            double dBar = ePrimeBar / m;
            mb[l] = bBar - ePrimeBar * ePrime / m;
            double rb0 = aBar + dBar * e;
            double rb1 = o1 + dBar * p1[l], rb2 = o2 + dBar * p2[l], rb3 = o3 + dBar * p3[l];
            b0[l] += bBar + dBar * p;
            b1[l] += o1 * f + dBar * r1;
            b2[l] += o2 * f + dBar * r2;
            b3[l] += o3 * f + dBar * r3;
            double transverse = rb1 * cp + rb2 * sp;
            pb[l] = rb0 + transverse * s + rb3 * c;
            double sBar = p * transverse;
            // sin theta = sqrt(1 - c^2): d/dc = -c / sin theta, infinite at the poles (as in forward mode)
            double cBar = p * rb3 - sBar * c / s;
            cosBar[l] = 2.0 * cBar;
            phiBar[l] = twoPi * p * s * (rb2 * cp - rb1 * sp);
        }
    }

    /**
     * Step j's mass ratio: |p| = M_j (1 - x) / 2 and M_{j+1} = M_j sqrt(x), x the root of F_k(x) = u_j;
     * {@code t.massBar} goes from M_{j+1}'s adjoint to M_j's.
     */
    private static void ratio(AdjointTape t, int j, int k, double[] uBar) {
        double[] x = t.ratio[j], mass = t.mass[j], pb = t.splitBar, boostBar = t.stepMassBar, mb = t.massBar;
        // F_k'(x) = k (k + 1) x^(k-1) (1 - x), its power by whole-lane passes so that every loop stays flat
        double[] density = t.density;
        java.util.Arrays.fill(density, k * (k + 1.0));
        for (int i = 1; i < k; i++) {
            for (int l = 0; l < t.stride; l++) {
                density[l] *= x[l];
            }
        }
        for (int l = 0; l < t.stride; l++) {
            double r = x[l], m = mass[l], root = Math.sqrt(r);
            double next = mb[l];
            mb[l] = boostBar[l] + 0.5 * pb[l] * (1.0 - r) + next * root;
            double xBar = 0.5 * m * (next / root - pb[l]);
            uBar[l] = xBar / (density[l] * (1.0 - r));
        }
    }
}
