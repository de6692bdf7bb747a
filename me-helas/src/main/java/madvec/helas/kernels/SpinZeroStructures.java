package madvec.helas.kernels;

import madvec.simd.Simd;

/**
 * Lorentz structures of the Standard Model's vertices with a scalar leg (the Higgs), as amputated
 * currents in the conventions of {@link Structures}: VVS1 and VVSS1 (the metric between the two
 * vectors), SSS1 and SSSS1 (a constant), FFS with chiral couplings (left on the upper Weyl pair, as
 * ProjM acts in the HELAS chiral basis; the SM's Yukawas are vector-like).
 *
 * <p>A dispatching facade: {@link SimdSpinZeroKernels} when {@link Simd#VECTOR}; the per-lane
 * loops here are their plain-Java twins (the test forces them with {@code -Dmadvec.simd=off}).
 *
 * <p>A scalar occupies component 0 of a wavefunction block; kernels whose open leg is a scalar write
 * zeros to components 1..3 so that contractions over four components see only component 0.
 * All kernels are linear in each wavefunction argument and in the coupling (product rule).
 */
public final class SpinZeroStructures {
    private static final int G = Layout.G;

    private SpinZeroStructures() {}

    /** VVS, open vector: X = g V S, so that L = (V1 . X) = g (V1 . V) S. */
    public static void vvsOpenV(double[] w, int c, int v, int s, int out, double[] g, int gc, boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.vvsOpenV(w, c, v, s, out, g[2 * gc], g[2 * gc + 1], acc);
            return;
        }
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double sr = w[s + e], si = w[s + e + G];
            double fr = gr * sr - gi * si, fi = gr * si + gi * sr;
            for (int j = 0; j < 4; j++) {
                double vr = w[v + e + 2 * j * G], vi = w[v + e + (2 * j + 1) * G];
                put(w, out + e, j, fr * vr - fi * vi, fr * vi + fi * vr, acc);
            }
        }
    }

    /** VVS, open scalar: X = g (V1 . V2). */
    public static void vvsOpenS(double[] w, int c, int v1, int v2, int out, double[] g, int gc, boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.vvsOpenS(w, c, v1, v2, out, g[2 * gc], g[2 * gc + 1], acc);
            return;
        }
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double dr = dotRe(w, v1 + e, v2 + e), di = dotIm(w, v1 + e, v2 + e);
            putScalar(w, out + e, gr * dr - gi * di, gr * di + gi * dr, acc);
        }
    }

    /** VVSS, open vector: X = g V S1 S2. */
    public static void vvssOpenV(double[] w, int c, int v, int s1, int s2, int out, double[] g, int gc,
            boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.vvssOpenV(w, c, v, s1, s2, out, g[2 * gc], g[2 * gc + 1], acc);
            return;
        }
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double ar = w[s1 + e], ai = w[s1 + e + G], br = w[s2 + e], bi = w[s2 + e + G];
            double pr = ar * br - ai * bi, pi = ar * bi + ai * br;
            double fr = gr * pr - gi * pi, fi = gr * pi + gi * pr;
            for (int j = 0; j < 4; j++) {
                double vr = w[v + e + 2 * j * G], vi = w[v + e + (2 * j + 1) * G];
                put(w, out + e, j, fr * vr - fi * vi, fr * vi + fi * vr, acc);
            }
        }
    }

    /** VVSS, open scalar: X = g (V1 . V2) S. */
    public static void vvssOpenS(double[] w, int c, int v1, int v2, int s, int out, double[] g, int gc,
            boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.vvssOpenS(w, c, v1, v2, s, out, g[2 * gc], g[2 * gc + 1], acc);
            return;
        }
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double dr = dotRe(w, v1 + e, v2 + e), di = dotIm(w, v1 + e, v2 + e);
            double sr = w[s + e], si = w[s + e + G];
            double pr = dr * sr - di * si, pi = dr * si + di * sr;
            putScalar(w, out + e, gr * pr - gi * pi, gr * pi + gi * pr, acc);
        }
    }

    /** SSS, open scalar: X = g S1 S2; with {@code s3 >= 0} SSSS: X = g S1 S2 S3. */
    public static void scalarsOpenS(double[] w, int c, int s1, int s2, int s3, int out, double[] g, int gc,
            boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.scalarsOpenS(w, c, s1, s2, s3, out, g[2 * gc], g[2 * gc + 1], acc);
            return;
        }
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double ar = w[s1 + e], ai = w[s1 + e + G], br = w[s2 + e], bi = w[s2 + e + G];
            double pr = ar * br - ai * bi, pi = ar * bi + ai * br;
            if (s3 >= 0) {
                double cr = w[s3 + e], ci = w[s3 + e + G];
                double qr = pr * cr - pi * ci, qi = pr * ci + pi * cr;
                pr = qr;
                pi = qi;
            }
            putScalar(w, out + e, gr * pr - gi * pi, gr * pi + gi * pr, acc);
        }
    }

    /** FFS, open F1 leg: the column X = (gL P_L + gR P_R) F2 S, so that L = F1 . X. */
    public static void ffsOpenF1(double[] w, int c, int f2, int s, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        chiralTimesScalar(w, c, f2, s, out, gl[2 * glc], gl[2 * glc + 1], gr[2 * grc], gr[2 * grc + 1], acc);
    }

    /** FFS, open F2 leg: the row X = F1 (gL P_L + gR P_R) S, so that L = X . F2. */
    public static void ffsOpenF2(double[] w, int c, int f1, int s, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        chiralTimesScalar(w, c, f1, s, out, gl[2 * glc], gl[2 * glc + 1], gr[2 * grc], gr[2 * grc + 1], acc);
    }

    /** FFS, open scalar: X = F1 (gL P_L + gR P_R) F2. */
    public static void ffsOpenS(double[] w, int c, int f1, int f2, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.ffsOpenS(w, c, f1, f2, out, gl[2 * glc], gl[2 * glc + 1], gr[2 * grc], gr[2 * grc + 1], acc);
            return;
        }
        double glr = gl[2 * glc], gli = gl[2 * glc + 1], grr = gr[2 * grc], gri = gr[2 * grc + 1];
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double lr = 0, li = 0, rr = 0, ri = 0;
            for (int j = 0; j < 4; j++) {
                double ar = w[f1 + e + 2 * j * G], ai = w[f1 + e + (2 * j + 1) * G];
                double br = w[f2 + e + 2 * j * G], bi = w[f2 + e + (2 * j + 1) * G];
                double pr = ar * br - ai * bi, pi = ar * bi + ai * br;
                if (j < 2) {
                    lr += pr;
                    li += pi;
                } else {
                    rr += pr;
                    ri += pi;
                }
            }
            putScalar(w, out + e, glr * lr - gli * li + grr * rr - gri * ri,
                    glr * li + gli * lr + grr * ri + gri * rr, acc);
        }
    }

    /** Spinor times scalar, the upper Weyl pair scaled by gL and the lower by gR (P_L, P_R are diagonal). */
    private static void chiralTimesScalar(double[] w, int c, int f, int s, int out, double glr, double gli,
            double grr, double gri, boolean acc) {
        if (Simd.VECTOR) {
            SimdSpinZeroKernels.chiralTimesScalar(w, c, f, s, out, glr, gli, grr, gri, acc);
            return;
        }
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double sr = w[s + e], si = w[s + e + G];
            double lr = glr * sr - gli * si, li = glr * si + gli * sr;
            double rr = grr * sr - gri * si, ri = grr * si + gri * sr;
            for (int j = 0; j < 4; j++) {
                double fr = w[f + e + 2 * j * G], fi = w[f + e + (2 * j + 1) * G];
                double hr = j < 2 ? lr : rr, hi = j < 2 ? li : ri;
                put(w, out + e, j, hr * fr - hi * fi, hr * fi + hi * fr, acc);
            }
        }
    }

    /** Real part of the Minkowski product of the vectors of one lane at offsets a and b. */
    private static double dotRe(double[] w, int a, int b) {
        double s = 0;
        for (int j = 0; j < 4; j++) {
            double p = w[a + 2 * j * G] * w[b + 2 * j * G] - w[a + (2 * j + 1) * G] * w[b + (2 * j + 1) * G];
            s += j == 0 ? p : -p;
        }
        return s;
    }

    /** Imaginary part of the Minkowski product of the vectors of one lane at offsets a and b. */
    private static double dotIm(double[] w, int a, int b) {
        double s = 0;
        for (int j = 0; j < 4; j++) {
            double p = w[a + 2 * j * G] * w[b + (2 * j + 1) * G] + w[a + (2 * j + 1) * G] * w[b + 2 * j * G];
            s += j == 0 ? p : -p;
        }
        return s;
    }

    private static void putScalar(double[] w, int o, double re, double im, boolean acc) {
        put(w, o, 0, re, im, acc);
        if (!acc) {
            for (int j = 1; j < 4; j++) put(w, o, j, 0.0, 0.0, false);
        }
    }

    private static void put(double[] w, int o, int j, double re, double im, boolean acc) {
        int r = o + 2 * j * G, i = o + (2 * j + 1) * G;
        if (acc) {
            w[r] += re;
            w[i] += im;
        } else {
            w[r] = re;
            w[i] = im;
        }
    }
}
