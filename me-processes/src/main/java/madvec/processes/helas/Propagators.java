package madvec.processes.helas;

/**
 * Propagators applied to an amputated current T (all 1 + k blocks of a slot), producing the off-shell
 * wavefunction of the internal line in ALOHA's conventions: denominator D = Q^2 - M^2 + i M W
 * (fixed width, in s- and t-channels alike, as MadGraph does), numerators
 * <ul>
 *   <li>vector: -i (T - Q (Q.T) / M^2) / D, unitary gauge; -i T / D when massless (Feynman gauge);</li>
 *   <li>open F1 leg: i (S(Q) + M) T / D (column); open F2 leg: i T (S(-Q) + M) / D (row);</li>
 *   <li>scalar: i T / D,</li>
 * </ul>
 * with Q the stored momentum of T (the sum of the stored momenta of the vertex's other legs).
 *
 * <p>Tangent c follows from differentiating numerator and denominator:
 * dY = N(Q, M) dT / D + dN T / D - Y dD / D with dD = 2 Q.dQ - 2 M dM + i (dM W + M dW).
 */
public final class Propagators {
    // Scratch for one lane's four components; an instance belongs to one executor (one thread).
    private final double[] yr = new double[4], yi = new double[4], nr = new double[4], ni = new double[4];
    private final double[] tr = new double[4], ti = new double[4], ar = new double[4], ai = new double[4];
    private final double[] q = new double[4], e = new double[4];

    /** Scratch for one thread. */
    public Propagators() {}

    /** Kinds of propagator. */
    public enum Kind {
        /** Massive vector in unitary gauge, or massless vector in Feynman gauge. */
        VECTOR,
        /** Fermion line whose wavefunction was the open F1 leg (it fills an F2 slot downstream). */
        FERMION_F1,
        /** Fermion line whose wavefunction was the open F2 leg (it fills an F1 slot downstream). */
        FERMION_F2,
        /** Scalar. */
        SCALAR
    }

    /**
     * Applies a propagator: reads T from slot {@code t}, writes slot {@code out} (components and
     * momentum, all blocks).
     */
    public void apply(Kind kind, double[] w, int c, int k, int t, int out, double[] mass, double[] width) {
        int blk = Layout.wfBlock(c);
        double m = mass[0], wd = width[0];
        for (int l = 0; l < c; l++) {
            double q0 = mom(w, c, t, 0, l), q1 = mom(w, c, t, 1, l), q2 = mom(w, c, t, 2, l), q3 = mom(w, c, t, 3, l);
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m * m, di = m * wd;
            double den = dr * dr + di * di;
            double ir = dr / den, ii = -di / den;
            // value block
            numerator(kind, w, c, t, l, q0, q1, q2, q3, m, nr, ni);
            for (int j = 0; j < 4; j++) {
                double pr = nr[j] * ir - ni[j] * ii, pi = nr[j] * ii + ni[j] * ir;
                // times the phase: -i for vectors, +i otherwise
                if (kind == Kind.VECTOR) {
                    yr[j] = pi;
                    yi[j] = -pr;
                } else {
                    yr[j] = -pi;
                    yi[j] = pr;
                }
                w[out + 2 * j * c + l] = yr[j];
                w[out + (2 * j + 1) * c + l] = yi[j];
            }
            for (int mu = 0; mu < 4; mu++) w[out + Layout.mom(mu, c) + l] = mom(w, c, t, mu, l);
            for (int tc = 1; tc <= k; tc++) {
                int tb = t + tc * blk, ob = out + tc * blk;
                double e0 = mom(w, c, tb, 0, l), e1 = mom(w, c, tb, 1, l), e2 = mom(w, c, tb, 2, l), e3 = mom(w, c, tb, 3, l);
                double dm = mass[tc], dw = width[tc];
                double ddr = 2 * (q0 * e0 - q1 * e1 - q2 * e2 - q3 * e3) - 2 * m * dm, ddi = dm * wd + m * dw;
                // N(Q, M) dT
                numerator(kind, w, c, tb, l, q0, q1, q2, q3, m, nr, ni);
                // + dN T (numerator derivative through Q and M, at the value block of T)
                numeratorTangent(kind, w, c, t, l, q0, q1, q2, q3, m, e0, e1, e2, e3, dm, nr, ni);
                for (int j = 0; j < 4; j++) {
                    double pr = nr[j] * ir - ni[j] * ii, pi = nr[j] * ii + ni[j] * ir;
                    double sr, si;
                    if (kind == Kind.VECTOR) {
                        sr = pi;
                        si = -pr;
                    } else {
                        sr = -pi;
                        si = pr;
                    }
                    // - Y dD / D
                    double ydr = yr[j] * ddr - yi[j] * ddi, ydi = yr[j] * ddi + yi[j] * ddr;
                    sr -= ydr * ir - ydi * ii;
                    si -= ydr * ii + ydi * ir;
                    w[ob + 2 * j * c + l] = sr;
                    w[ob + (2 * j + 1) * c + l] = si;
                }
                for (int mu = 0; mu < 4; mu++) w[ob + Layout.mom(mu, c) + l] = mom(w, c, tb, mu, l);
            }
        }
    }

    private static double mom(double[] w, int c, int blockOff, int mu, int l) {
        return w[blockOff + Layout.mom(mu, c) + l];
    }

    /** n := N(Q, M) T for the T block at {@code tb}. */
    private void numerator(Kind kind, double[] w, int c, int tb, int l, double q0, double q1, double q2,
            double q3, double m, double[] nr, double[] ni) {
        for (int j = 0; j < 4; j++) {
            tr[j] = w[tb + 2 * j * c + l];
            ti[j] = w[tb + (2 * j + 1) * c + l];
        }
        switch (kind) {
            case VECTOR -> {
                double qtr = q0 * tr[0] - q1 * tr[1] - q2 * tr[2] - q3 * tr[3];
                double qti = q0 * ti[0] - q1 * ti[1] - q2 * ti[2] - q3 * ti[3];
                double inv = m == 0.0 ? 0.0 : 1.0 / (m * m);
                fill(q, q0, q1, q2, q3);
                for (int j = 0; j < 4; j++) {
                    nr[j] = tr[j] - q[j] * qtr * inv;
                    ni[j] = ti[j] - q[j] * qti * inv;
                }
            }
            case FERMION_F1 -> slashColumn(q0, q1, q2, q3, m, tr, ti, nr, ni);
            case FERMION_F2 -> slashRow(-q0, -q1, -q2, -q3, m, tr, ti, nr, ni);
            case SCALAR -> {
                nr[0] = tr[0];
                ni[0] = ti[0];
                for (int j = 1; j < 4; j++) {
                    nr[j] = 0.0;
                    ni[j] = 0.0;
                }
            }
        }
    }

    /** n += dN T: the numerator's derivative along (dQ, dM) applied to the value block T. */
    private void numeratorTangent(Kind kind, double[] w, int c, int t, int l, double q0, double q1,
            double q2, double q3, double m, double e0, double e1, double e2, double e3, double dm, double[] nr,
            double[] ni) {
        for (int j = 0; j < 4; j++) {
            tr[j] = w[t + 2 * j * c + l];
            ti[j] = w[t + (2 * j + 1) * c + l];
        }
        switch (kind) {
            case VECTOR -> {
                if (m == 0.0) {
                    return;
                }
                double inv = 1.0 / (m * m);
                double qtr = q0 * tr[0] - q1 * tr[1] - q2 * tr[2] - q3 * tr[3];
                double qti = q0 * ti[0] - q1 * ti[1] - q2 * ti[2] - q3 * ti[3];
                double etr = e0 * tr[0] - e1 * tr[1] - e2 * tr[2] - e3 * tr[3];
                double eti = e0 * ti[0] - e1 * ti[1] - e2 * ti[2] - e3 * ti[3];
                fill(q, q0, q1, q2, q3);
                fill(e, e0, e1, e2, e3);
                // d[-Q (Q.T)/M^2] = -dQ (Q.T)/M^2 - Q (dQ.T)/M^2 + 2 Q (Q.T) dM / M^3
                for (int j = 0; j < 4; j++) {
                    nr[j] += -e[j] * qtr * inv - q[j] * etr * inv + 2 * q[j] * qtr * inv * dm / m;
                    ni[j] += -e[j] * qti * inv - q[j] * eti * inv + 2 * q[j] * qti * inv * dm / m;
                }
            }
            case FERMION_F1 -> {
                slashColumn(e0, e1, e2, e3, dm, tr, ti, ar, ai);
                for (int j = 0; j < 4; j++) {
                    nr[j] += ar[j];
                    ni[j] += ai[j];
                }
            }
            case FERMION_F2 -> {
                slashRow(-e0, -e1, -e2, -e3, dm, tr, ti, ar, ai);
                for (int j = 0; j < 4; j++) {
                    nr[j] += ar[j];
                    ni[j] += ai[j];
                }
            }
            case SCALAR -> { }
        }
    }

    private static void fill(double[] v, double v0, double v1, double v2, double v3) {
        v[0] = v0;
        v[1] = v1;
        v[2] = v2;
        v[3] = v3;
    }

    /** (S(P) + M) X for a column spinor X, S(P) = [[0, A(P)], [B(P), 0]] in the HELAS Weyl basis. */
    static void slashColumn(double p0, double p1, double p2, double p3, double m, double[] xr, double[] xi,
            double[] nr, double[] ni) {
        // A(P) = [[p0+p3, p1+i p2], [p1-i p2, p0-p3]], B(P) = [[p0-p3, -p1-i p2], [-p1+i p2, p0+p3]]
        double s = p0 + p3, d = p0 - p3;
        nr[0] = s * xr[2] + p1 * xr[3] - p2 * xi[3] + m * xr[0];
        ni[0] = s * xi[2] + p1 * xi[3] + p2 * xr[3] + m * xi[0];
        nr[1] = p1 * xr[2] + p2 * xi[2] + d * xr[3] + m * xr[1];
        ni[1] = p1 * xi[2] - p2 * xr[2] + d * xi[3] + m * xi[1];
        nr[2] = d * xr[0] - p1 * xr[1] + p2 * xi[1] + m * xr[2];
        ni[2] = d * xi[0] - p1 * xi[1] - p2 * xr[1] + m * xi[2];
        nr[3] = -p1 * xr[0] - p2 * xi[0] + s * xr[1] + m * xr[3];
        ni[3] = -p1 * xi[0] + p2 * xr[0] + s * xi[1] + m * xi[3];
    }

    /** X (S(P) + M) for a row spinor X. */
    static void slashRow(double p0, double p1, double p2, double p3, double m, double[] xr, double[] xi,
            double[] nr, double[] ni) {
        double s = p0 + p3, d = p0 - p3;
        // (X S)_b for b in the upper pair uses B (rows from the lower half of X); lower pair uses A
        nr[0] = xr[2] * d - xr[3] * p1 - xi[3] * p2 + m * xr[0];
        ni[0] = xi[2] * d - xi[3] * p1 + xr[3] * p2 + m * xi[0];
        nr[1] = -xr[2] * p1 + xi[2] * p2 + xr[3] * s + m * xr[1];
        ni[1] = -xi[2] * p1 - xr[2] * p2 + xi[3] * s + m * xi[1];
        nr[2] = xr[0] * s + xr[1] * p1 + xi[1] * p2 + m * xr[2];
        ni[2] = xi[0] * s + xi[1] * p1 - xr[1] * p2 + m * xi[2];
        nr[3] = xr[0] * p1 - xi[0] * p2 + xr[1] * d + m * xr[3];
        ni[3] = xi[0] * p1 + xr[0] * p2 + xi[1] * d + m * xi[3];
    }
}
