package madvec.helas.kernels;

/**
 * Plain-Java twin of {@link SimdPropagatorKernels}: the propagators of {@link Propagators}, one lane at
 * a time, every expression in the same order as in the vector kernels.
 *
 * <p>Arguments: {@code t} the block of the amputated current T (its components), {@code out} the
 * block of the wavefunction Y, whose momentum rows already hold Q (the executor computes every
 * current's momentum once per chunk, not once per helicity); only Y's components are written.
 * Tangent kernels read T's value block {@code t}, its tangent block {@code dt}, Y's value block
 * {@code out} (written by the value kernel before) and Q's tangent from block {@code dout}, and write
 * the components of {@code dout}; {@code dm}, {@code dw} are the mass and width tangents.
 *
 * <p>The fermion kernels take the signs {@code s0..s3} of the momentum in the slash: (+,+,+,+) for a
 * column spinor, (S(Q) + M) T; (-,+,-,+) for a row spinor, because T (S(-Q) + M) equals
 * (S(-Q0, Q1, -Q2, Q3) + M) T with the components read as a column.
 */
final class PlainPropagatorKernels {
    private static final int G = Layout.G;

    private PlainPropagatorKernels() {}

    /** Massive vector in unitary gauge: Y = -i (T - Q (Q.T) / M^2) / D. */
    static void massiveVector(double[] w, int c, int t, int out, double m, double wd) {
        int q = out + 8 * G;
        double m2 = m * m, inv = 1.0 / m2, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            double t0r = w[t + ln], t0i = w[t + ln + G], t1r = w[t + ln + 2 * G], t1i = w[t + ln + 3 * G];
            double t2r = w[t + ln + 4 * G], t2i = w[t + ln + 5 * G], t3r = w[t + ln + 6 * G], t3i = w[t + ln + 7 * G];
            double qtr = (q0 * t0r - q1 * t1r - q2 * t2r - q3 * t3r) * inv;
            double qti = (q0 * t0i - q1 * t1i - q2 * t2i - q3 * t3i) * inv;
            vectorPhase(w, out + ln, G, t0r - q0 * qtr, t0i - q0 * qti, ir, ii);
            vectorPhase(w, out + ln + 2 * G, G, t1r - q1 * qtr, t1i - q1 * qti, ir, ii);
            vectorPhase(w, out + ln + 4 * G, G, t2r - q2 * qtr, t2i - q2 * qti, ir, ii);
            vectorPhase(w, out + ln + 6 * G, G, t3r - q3 * qtr, t3i - q3 * qti, ir, ii);
        }
    }

    /** Massless vector in Feynman gauge: Y = -i T / D. */
    static void masslessVector(double[] w, int c, int t, int out) {
        int q = out + 8 * G;
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3;
            double rden = 1.0 / dr;
            // D is real without a mass: -i T / D = (Ti, -Tr) / D
            for (int j = 0; j < 4; j++) {
                double tr = w[t + ln + 2 * j * G], ti = w[t + ln + (2 * j + 1) * G];
                w[out + ln + 2 * j * G] = ti * rden;
                w[out + ln + (2 * j + 1) * G] = -(tr * rden);
            }
        }
    }

    /** Fermion: Y = i (S(s Q) + M) T / D, the signs s as in the class comment. */
    static void fermion(double[] w, int c, int t, int out, double m, double wd, double s0, double s1, double s2,
            double s3) {
        int q = out + 8 * G;
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            double p0 = q0 * s0, p1 = q1 * s1, p2 = q2 * s2, p3 = q3 * s3;
            double sp = p0 + p3, dp = p0 - p3;
            double x0r = w[t + ln], x0i = w[t + ln + G], x1r = w[t + ln + 2 * G], x1i = w[t + ln + 3 * G];
            double x2r = w[t + ln + 4 * G], x2i = w[t + ln + 5 * G], x3r = w[t + ln + 6 * G], x3i = w[t + ln + 7 * G];
            fermionPhase(w, out + ln, G, sp * x2r + p1 * x3r - p2 * x3i + m * x0r,
                    sp * x2i + p1 * x3i + p2 * x3r + m * x0i, ir, ii);
            fermionPhase(w, out + ln + 2 * G, G, p1 * x2r + p2 * x2i + dp * x3r + m * x1r,
                    p1 * x2i - p2 * x2r + dp * x3i + m * x1i, ir, ii);
            fermionPhase(w, out + ln + 4 * G, G, dp * x0r - p1 * x1r + p2 * x1i + m * x2r,
                    dp * x0i - p1 * x1i - p2 * x1r + m * x2i, ir, ii);
            fermionPhase(w, out + ln + 6 * G, G, sp * x1r - p1 * x0r - p2 * x0i + m * x3r,
                    sp * x1i - p1 * x0i + p2 * x0r + m * x3i, ir, ii);
        }
    }

    /** Scalar: Y = i T / D on component 0, zero elsewhere. */
    static void scalar(double[] w, int c, int t, int out, double m, double wd) {
        int q = out + 8 * G;
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            fermionPhase(w, out + ln, G, w[t + ln], w[t + ln + G], ir, ii);
            for (int j = 2; j < 8; j++) w[out + ln + j * G] = 0.0;
        }
    }

    /** Tangent of {@link #massiveVector}: dY = N dT / D + dN T / D - Y dD / D. */
    static void massiveVectorTangent(double[] w, int c, int t, int dt, int out, int dout, double m, double wd,
            double dm, double dw) {
        int q = out + 8 * G, e = dout + 8 * G;
        double m2 = m * m, inv = 1.0 / m2, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm, dInv = 2 * dm / m;
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double e0 = w[e + ln], e1 = w[e + ln + G], e2 = w[e + ln + 2 * G], e3 = w[e + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            double ddr = 2 * (q0 * e0 - q1 * e1 - q2 * e2 - q3 * e3) - twoDm;
            double t0r = w[t + ln], t0i = w[t + ln + G], t1r = w[t + ln + 2 * G], t1i = w[t + ln + 3 * G];
            double t2r = w[t + ln + 4 * G], t2i = w[t + ln + 5 * G], t3r = w[t + ln + 6 * G], t3i = w[t + ln + 7 * G];
            double u0r = w[dt + ln], u0i = w[dt + ln + G], u1r = w[dt + ln + 2 * G], u1i = w[dt + ln + 3 * G];
            double u2r = w[dt + ln + 4 * G], u2i = w[dt + ln + 5 * G], u3r = w[dt + ln + 6 * G], u3i = w[dt + ln + 7 * G];
            // (Q.T)/M^2, (dQ.T)/M^2 - 2 dM (Q.T)/M^3 and (Q.dT)/M^2: the numerator is
            // dT - Q (Q.dT)/M^2 - dQ (Q.T)/M^2 - Q [(dQ.T)/M^2 - 2 dM (Q.T)/M^3]
            double qtr = (q0 * t0r - q1 * t1r - q2 * t2r - q3 * t3r) * inv;
            double qti = (q0 * t0i - q1 * t1i - q2 * t2i - q3 * t3i) * inv;
            double etr = (e0 * t0r - e1 * t1r - e2 * t2r - e3 * t3r) * inv - qtr * dInv;
            double eti = (e0 * t0i - e1 * t1i - e2 * t2i - e3 * t3i) * inv - qti * dInv;
            double qur = (q0 * u0r - q1 * u1r - q2 * u2r - q3 * u3r) * inv + etr;
            double qui = (q0 * u0i - q1 * u1i - q2 * u2i - q3 * u3i) * inv + eti;
            vectorTangent(w, out + ln, dout + ln, G, u0r - q0 * qur - e0 * qtr, u0i - q0 * qui - e0 * qti, ir, ii, ddr, ddi);
            vectorTangent(w, out + ln + 2 * G, dout + ln + 2 * G, G, u1r - q1 * qur - e1 * qtr, u1i - q1 * qui - e1 * qti,
                    ir, ii, ddr, ddi);
            vectorTangent(w, out + ln + 4 * G, dout + ln + 4 * G, G, u2r - q2 * qur - e2 * qtr, u2i - q2 * qui - e2 * qti,
                    ir, ii, ddr, ddi);
            vectorTangent(w, out + ln + 6 * G, dout + ln + 6 * G, G, u3r - q3 * qur - e3 * qtr, u3i - q3 * qui - e3 * qti,
                    ir, ii, ddr, ddi);
        }
    }

    /** Tangent of {@link #masslessVector} (the width of a massless line does not enter D). */
    static void masslessVectorTangent(double[] w, int c, int t, int dt, int out, int dout) {
        int q = out + 8 * G, e = dout + 8 * G;
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double e0 = w[e + ln], e1 = w[e + ln + G], e2 = w[e + ln + 2 * G], e3 = w[e + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3;
            double rden = 1.0 / dr;
            double ddr = 2 * (q0 * e0 - q1 * e1 - q2 * e2 - q3 * e3);
            // dY = (-i dT - Y dD) / D with a real D and dD
            for (int j = 0; j < 4; j++) {
                double ur = w[dt + ln + 2 * j * G], ui = w[dt + ln + (2 * j + 1) * G];
                double yr = w[out + ln + 2 * j * G], yi = w[out + ln + (2 * j + 1) * G];
                w[dout + ln + 2 * j * G] = (ui - yr * ddr) * rden;
                w[dout + ln + (2 * j + 1) * G] = -(ur + yi * ddr) * rden;
            }
        }
    }

    /** Tangent of {@link #fermion}: N(dT) + (S(s dQ) + dM) T, then as for vectors with phase +i. */
    static void fermionTangent(double[] w, int c, int t, int dt, int out, int dout, double m, double wd,
            double dm, double dw, double s0, double s1, double s2, double s3) {
        int q = out + 8 * G, e = dout + 8 * G;
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm;
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double e0 = w[e + ln], e1 = w[e + ln + G], e2 = w[e + ln + 2 * G], e3 = w[e + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            double ddr = 2 * (q0 * e0 - q1 * e1 - q2 * e2 - q3 * e3) - twoDm;
            double p0 = q0 * s0, p1 = q1 * s1, p2 = q2 * s2, p3 = q3 * s3;
            double f0 = e0 * s0, f1 = e1 * s1, f2 = e2 * s2, f3 = e3 * s3;
            double sp = p0 + p3, dp = p0 - p3, sf = f0 + f3, df = f0 - f3;
            double x0r = w[t + ln], x0i = w[t + ln + G], x1r = w[t + ln + 2 * G], x1i = w[t + ln + 3 * G];
            double x2r = w[t + ln + 4 * G], x2i = w[t + ln + 5 * G], x3r = w[t + ln + 6 * G], x3i = w[t + ln + 7 * G];
            double u0r = w[dt + ln], u0i = w[dt + ln + G], u1r = w[dt + ln + 2 * G], u1i = w[dt + ln + 3 * G];
            double u2r = w[dt + ln + 4 * G], u2i = w[dt + ln + 5 * G], u3r = w[dt + ln + 6 * G], u3i = w[dt + ln + 7 * G];
            fermionTangentComponent(w, out + ln, dout + ln, G,
                    sp * u2r + p1 * u3r - p2 * u3i + m * u0r + (sf * x2r + f1 * x3r - f2 * x3i + dm * x0r),
                    sp * u2i + p1 * u3i + p2 * u3r + m * u0i + (sf * x2i + f1 * x3i + f2 * x3r + dm * x0i),
                    ir, ii, ddr, ddi);
            fermionTangentComponent(w, out + ln + 2 * G, dout + ln + 2 * G, G,
                    p1 * u2r + p2 * u2i + dp * u3r + m * u1r + (f1 * x2r + f2 * x2i + df * x3r + dm * x1r),
                    p1 * u2i - p2 * u2r + dp * u3i + m * u1i + (f1 * x2i - f2 * x2r + df * x3i + dm * x1i),
                    ir, ii, ddr, ddi);
            fermionTangentComponent(w, out + ln + 4 * G, dout + ln + 4 * G, G,
                    dp * u0r - p1 * u1r + p2 * u1i + m * u2r + (df * x0r - f1 * x1r + f2 * x1i + dm * x2r),
                    dp * u0i - p1 * u1i - p2 * u1r + m * u2i + (df * x0i - f1 * x1i - f2 * x1r + dm * x2i),
                    ir, ii, ddr, ddi);
            fermionTangentComponent(w, out + ln + 6 * G, dout + ln + 6 * G, G,
                    sp * u1r - p1 * u0r - p2 * u0i + m * u3r + (sf * x1r - f1 * x0r - f2 * x0i + dm * x3r),
                    sp * u1i - p1 * u0i + p2 * u0r + m * u3i + (sf * x1i - f1 * x0i + f2 * x0r + dm * x3i),
                    ir, ii, ddr, ddi);
        }
    }

    /** Tangent of {@link #scalar}. */
    static void scalarTangent(double[] w, int c, int t, int dt, int out, int dout, double m, double wd, double dm,
            double dw) {
        int q = out + 8 * G, e = dout + 8 * G;
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm;
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double q0 = w[q + ln], q1 = w[q + ln + G], q2 = w[q + ln + 2 * G], q3 = w[q + ln + 3 * G];
            double e0 = w[e + ln], e1 = w[e + ln + G], e2 = w[e + ln + 2 * G], e3 = w[e + ln + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            double ddr = 2 * (q0 * e0 - q1 * e1 - q2 * e2 - q3 * e3) - twoDm;
            fermionTangentComponent(w, out + ln, dout + ln, G, w[dt + ln], w[dt + ln + G], ir, ii, ddr, ddi);
            for (int j = 2; j < 8; j++) w[dout + ln + j * G] = 0.0;
        }
    }

    /** Stores -i N / D, with 1/D = (ir, ii). */
    private static void vectorPhase(double[] w, int o, int g, double nr, double ni, double ir, double ii) {
        w[o] = nr * ii + ni * ir;
        w[o + g] = -(nr * ir - ni * ii);
    }

    /** Stores i N / D. */
    private static void fermionPhase(double[] w, int o, int g, double nr, double ni, double ir, double ii) {
        w[o] = -(nr * ii + ni * ir);
        w[o + g] = nr * ir - ni * ii;
    }

    /** Stores -i N / D - Y dD / D, Y read from {@code y}. */
    private static void vectorTangent(double[] w, int y, int o, int g, double nr, double ni, double ir, double ii,
            double ddr, double ddi) {
        double yr = w[y], yi = w[y + g];
        double ar = ni - (yr * ddr - yi * ddi), ai = -nr - (yr * ddi + yi * ddr);
        w[o] = ar * ir - ai * ii;
        w[o + g] = ar * ii + ai * ir;
    }

    /** Stores i N / D - Y dD / D, Y read from {@code y}. */
    private static void fermionTangentComponent(double[] w, int y, int o, int g, double nr, double ni, double ir,
            double ii, double ddr, double ddi) {
        double yr = w[y], yi = w[y + g];
        double ar = -ni - (yr * ddr - yi * ddi), ai = nr - (yr * ddi + yi * ddr);
        w[o] = ar * ir - ai * ii;
        w[o + g] = ar * ii + ai * ir;
    }
}
