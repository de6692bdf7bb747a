package madvec.rambo;

/**
 * Plain-Java twin of {@link SimdPullbackKernels}: the loops of RAMBO's pullback over the lanes, the
 * scalar path and the test oracle. The same operations in the same order, so the twins agree bit for bit.
 */
final class PlainPullbackKernels {
    private PlainPullbackKernels() {}

    /** See {@link SimdPullbackKernels#massive}. */
    static void massive(AdjointTape t, int i, double[][] momentumBar, int base) {
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

    /** See {@link SimdPullbackKernels#rootTerm}. */
    static void rootTerm(AdjointTape t, int i) {
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

    /** See {@link SimdPullbackKernels#boost}. */
    static void boost(AdjointTape t, int j, double[] cosBar, double[] phiBar) {
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

    /** See {@link SimdPullbackKernels#ratio}. */
    static void ratio(AdjointTape t, int j, int k, double[] uBar) {
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
