package madvec.helas.kernels;

/**
 * Plain-Java twin of {@link SimdVertexKernels}: the vertex structures of {@link Structures}, one lane at
 * a time. It is the fallback when the Vector API is off and the oracle of the twin tests; every
 * expression is evaluated in the same order as in the vector kernels, so that the two agree bit for
 * bit. Couplings arrive as real and imaginary parts; {@code acc} adds to {@code out} instead of
 * replacing it.
 */
final class PlainVertexKernels {
    private static final int G = Layout.G;

    private PlainVertexKernels() {}

    /** FFV, open F1 leg: X = S(V) F2, left coupling on the upper Weyl pair, right on the lower. */
    static void ffvOpenF1(double[] w, int c, int f2, int v, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            // s = v0+v3, d = v0-v3, u = v1 + i v2, x = v1 - i v2 (all complex)
            double v0r = w[v + e], v0i = w[v + e + G], v1r = w[v + e + 2 * G], v1i = w[v + e + 3 * G];
            double v2r = w[v + e + 4 * G], v2i = w[v + e + 5 * G], v3r = w[v + e + 6 * G], v3i = w[v + e + 7 * G];
            double sr = v0r + v3r, si = v0i + v3i, dr = v0r - v3r, di = v0i - v3i;
            double ur = v1r - v2i, ui = v1i + v2r, xr = v1r + v2i, xi = v1i - v2r;
            double f0r = w[f2 + e], f0i = w[f2 + e + G], f1r = w[f2 + e + 2 * G], f1i = w[f2 + e + 3 * G];
            double f2r = w[f2 + e + 4 * G], f2i = w[f2 + e + 5 * G], f3r = w[f2 + e + 6 * G], f3i = w[f2 + e + 7 * G];
            // upper = gL (s f2 + u f3, x f2 + d f3); lower = gR (d f0 - u f1, -x f0 + s f1)
            double a0r = sr * f2r - si * f2i + ur * f3r - ui * f3i, a0i = sr * f2i + si * f2r + ur * f3i + ui * f3r;
            double a1r = xr * f2r - xi * f2i + dr * f3r - di * f3i, a1i = xr * f2i + xi * f2r + dr * f3i + di * f3r;
            double b0r = dr * f0r - di * f0i - ur * f1r + ui * f1i, b0i = dr * f0i + di * f0r - ur * f1i - ui * f1r;
            double b1r = sr * f1r - si * f1i - xr * f0r + xi * f0i, b1i = sr * f1i + si * f1r - xr * f0i - xi * f0r;
            put(w, out + e, glr * a0r - gli * a0i, acc);
            put(w, out + e + G, glr * a0i + gli * a0r, acc);
            put(w, out + e + 2 * G, glr * a1r - gli * a1i, acc);
            put(w, out + e + 3 * G, glr * a1i + gli * a1r, acc);
            put(w, out + e + 4 * G, grr * b0r - gri * b0i, acc);
            put(w, out + e + 5 * G, grr * b0i + gri * b0r, acc);
            put(w, out + e + 6 * G, grr * b1r - gri * b1i, acc);
            put(w, out + e + 7 * G, grr * b1i + gri * b1r, acc);
        }
    }

    /** FFV, open F2 leg: the row X = F1 S(V), so that L = X . F2. */
    static void ffvOpenF2(double[] w, int c, int f1, int v, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double v0r = w[v + e], v0i = w[v + e + G], v1r = w[v + e + 2 * G], v1i = w[v + e + 3 * G];
            double v2r = w[v + e + 4 * G], v2i = w[v + e + 5 * G], v3r = w[v + e + 6 * G], v3i = w[v + e + 7 * G];
            double sr = v0r + v3r, si = v0i + v3i, dr = v0r - v3r, di = v0i - v3i;
            double ur = v1r - v2i, ui = v1i + v2r, xr = v1r + v2i, xi = v1i - v2r;
            double f0r = w[f1 + e], f0i = w[f1 + e + G], f1r = w[f1 + e + 2 * G], f1i = w[f1 + e + 3 * G];
            double f2r = w[f1 + e + 4 * G], f2i = w[f1 + e + 5 * G], f3r = w[f1 + e + 6 * G], f3i = w[f1 + e + 7 * G];
            // lower (2,3) = gL (f0 s + f1 x, f0 u + f1 d); upper (0,1) = gR (f2 d - f3 x, f3 s - f2 u)
            double a0r = f0r * sr - f0i * si + f1r * xr - f1i * xi, a0i = f0r * si + f0i * sr + f1r * xi + f1i * xr;
            double a1r = f0r * ur - f0i * ui + f1r * dr - f1i * di, a1i = f0r * ui + f0i * ur + f1r * di + f1i * dr;
            double b0r = f2r * dr - f2i * di - f3r * xr + f3i * xi, b0i = f2r * di + f2i * dr - f3r * xi - f3i * xr;
            double b1r = f3r * sr - f3i * si - f2r * ur + f2i * ui, b1i = f3r * si + f3i * sr - f2r * ui - f2i * ur;
            put(w, out + e, grr * b0r - gri * b0i, acc);
            put(w, out + e + G, grr * b0i + gri * b0r, acc);
            put(w, out + e + 2 * G, grr * b1r - gri * b1i, acc);
            put(w, out + e + 3 * G, grr * b1i + gri * b1r, acc);
            put(w, out + e + 4 * G, glr * a0r - gli * a0i, acc);
            put(w, out + e + 5 * G, glr * a0i + gli * a0r, acc);
            put(w, out + e + 6 * G, glr * a1r - gli * a1i, acc);
            put(w, out + e + 7 * G, glr * a1i + gli * a1r, acc);
        }
    }

    /** FFV, open vector leg: J^mu = (c0, -c1, -c2, -c3) with c = gL a + gR b the two Weyl halves. */
    static void ffvOpenV(double[] w, int c, int f1, int f2, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double a0r = w[f1 + e], a0i = w[f1 + e + G], a1r = w[f1 + e + 2 * G], a1i = w[f1 + e + 3 * G];
            double a2r = w[f1 + e + 4 * G], a2i = w[f1 + e + 5 * G], a3r = w[f1 + e + 6 * G], a3i = w[f1 + e + 7 * G];
            double b0r = w[f2 + e], b0i = w[f2 + e + G], b1r = w[f2 + e + 2 * G], b1i = w[f2 + e + 3 * G];
            double b2r = w[f2 + e + 4 * G], b2i = w[f2 + e + 5 * G], b3r = w[f2 + e + 6 * G], b3i = w[f2 + e + 7 * G];
            // products p_ij = f1_i f2_j needed by the two Weyl halves
            double p02r = a0r * b2r - a0i * b2i, p02i = a0r * b2i + a0i * b2r;
            double p13r = a1r * b3r - a1i * b3i, p13i = a1r * b3i + a1i * b3r;
            double p03r = a0r * b3r - a0i * b3i, p03i = a0r * b3i + a0i * b3r;
            double p12r = a1r * b2r - a1i * b2i, p12i = a1r * b2i + a1i * b2r;
            double p20r = a2r * b0r - a2i * b0i, p20i = a2r * b0i + a2i * b0r;
            double p31r = a3r * b1r - a3i * b1i, p31i = a3r * b1i + a3i * b1r;
            double p21r = a2r * b1r - a2i * b1i, p21i = a2r * b1i + a2i * b1r;
            double p30r = a3r * b0r - a3i * b0i, p30i = a3r * b0i + a3i * b0r;
            // left half l^mu, right half r^mu (r1 and r2 carry their sign in the output below)
            double l0r = p02r + p13r, l0i = p02i + p13i, l1r = p03r + p12r, l1i = p03i + p12i;
            double l2r = p12i - p03i, l2i = p03r - p12r, l3r = p02r - p13r, l3i = p02i - p13i;
            double r0r = p20r + p31r, r0i = p20i + p31i, r1r = p21r + p30r, r1i = p21i + p30i;
            double r2r = p21i - p30i, r2i = p30r - p21r, r3r = p31r - p20r, r3i = p31i - p20i;
            put(w, out + e, glr * l0r - gli * l0i + (grr * r0r - gri * r0i), acc);
            put(w, out + e + G, glr * l0i + gli * l0r + (grr * r0i + gri * r0r), acc);
            put(w, out + e + 2 * G, grr * r1r - gri * r1i - (glr * l1r - gli * l1i), acc);
            put(w, out + e + 3 * G, grr * r1i + gri * r1r - (glr * l1i + gli * l1r), acc);
            put(w, out + e + 4 * G, -(glr * l2r - gli * l2i + (grr * r2r - gri * r2i)), acc);
            put(w, out + e + 5 * G, -(glr * l2i + gli * l2r + (grr * r2i + gri * r2r)), acc);
            put(w, out + e + 6 * G, -(glr * l3r - gli * l3i + (grr * r3r - gri * r3i)), acc);
            put(w, out + e + 7 * G, -(glr * l3i + gli * l3r + (grr * r3i + gri * r3r)), acc);
        }
    }

    /**
     * VVV1, open leg 1: X = -g [(V2.V3)(P3 - P2) + V2 (V3.(2 P2 + P3)) - V3 (V2.(P2 + 2 P3))], momenta
     * read from the {@code p2} and {@code p3} blocks.
     */
    static void vvvOpenV1(double[] w, int c, int v2, int p2, int v3, int p3, int out, double gr, double gi,
            boolean acc) {
        int m = 8 * G;
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double q20 = w[p2 + e + m], q21 = w[p2 + e + m + G], q22 = w[p2 + e + m + 2 * G], q23 = w[p2 + e + m + 3 * G];
            double q30 = w[p3 + e + m], q31 = w[p3 + e + m + G], q32 = w[p3 + e + m + 2 * G], q33 = w[p3 + e + m + 3 * G];
            double a0r = w[v2 + e], a0i = w[v2 + e + G], a1r = w[v2 + e + 2 * G], a1i = w[v2 + e + 3 * G];
            double a2r = w[v2 + e + 4 * G], a2i = w[v2 + e + 5 * G], a3r = w[v2 + e + 6 * G], a3i = w[v2 + e + 7 * G];
            double b0r = w[v3 + e], b0i = w[v3 + e + G], b1r = w[v3 + e + 2 * G], b1i = w[v3 + e + 3 * G];
            double b2r = w[v3 + e + 4 * G], b2i = w[v3 + e + 5 * G], b3r = w[v3 + e + 6 * G], b3i = w[v3 + e + 7 * G];
            double abr = a0r * b0r - a0i * b0i - (a1r * b1r - a1i * b1i) - (a2r * b2r - a2i * b2i) - (a3r * b3r - a3i * b3i);
            double abi = a0r * b0i + a0i * b0r - (a1r * b1i + a1i * b1r) - (a2r * b2i + a2i * b2r) - (a3r * b3i + a3i * b3r);
            double k0 = q20 + q20 + q30, k1 = q21 + q21 + q31, k2 = q22 + q22 + q32, k3 = q23 + q23 + q33;
            double bkr = b0r * k0 - b1r * k1 - b2r * k2 - b3r * k3, bki = b0i * k0 - b1i * k1 - b2i * k2 - b3i * k3;
            double m0 = q30 + q30 + q20, m1 = q31 + q31 + q21, m2 = q32 + q32 + q22, m3 = q33 + q33 + q23;
            double amr = a0r * m0 - a1r * m1 - a2r * m2 - a3r * m3, ami = a0i * m0 - a1i * m1 - a2i * m2 - a3i * m3;
            // minus the coupling, folded into the three coefficients
            double cr = -gr, ci = -gi;
            double pr = cr * abr - ci * abi, pi = cr * abi + ci * abr;
            double sr = cr * bkr - ci * bki, si = cr * bki + ci * bkr;
            double tr = cr * amr - ci * ami, ti = cr * ami + ci * amr;
            vvvComponent(w, out + e, G, acc, pr, pi, q30 - q20, sr, si, a0r, a0i, tr, ti, b0r, b0i);
            vvvComponent(w, out + e + 2 * G, G, acc, pr, pi, q31 - q21, sr, si, a1r, a1i, tr, ti, b1r, b1i);
            vvvComponent(w, out + e + 4 * G, G, acc, pr, pi, q32 - q22, sr, si, a2r, a2i, tr, ti, b2r, b2i);
            vvvComponent(w, out + e + 6 * G, G, acc, pr, pi, q33 - q23, sr, si, a3r, a3i, tr, ti, b3r, b3i);
        }
    }

    /** One component: p d + s a - t b (p, s, t, a, b complex, d real). */
    private static void vvvComponent(double[] w, int o, int g, boolean acc, double pr, double pi, double d,
            double sr, double si, double ar, double ai, double tr, double ti, double br, double bi) {
        put(w, o, pr * d + (sr * ar - si * ai) - (tr * br - ti * bi), acc);
        put(w, o + g, pi * d + (sr * ai + si * ar) - (tr * bi + ti * br), acc);
    }

    /** VVVV (metric pairings), open leg: X = g [cA A (B.C) + cB B (A.C) + cC C (A.B)]. */
    static void vvvvOpen(double[] w, int c, int va, int vb, int vc, int out, double ca, double cb, double cc,
            double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double a0r = w[va + e], a0i = w[va + e + G], a1r = w[va + e + 2 * G], a1i = w[va + e + 3 * G];
            double a2r = w[va + e + 4 * G], a2i = w[va + e + 5 * G], a3r = w[va + e + 6 * G], a3i = w[va + e + 7 * G];
            double b0r = w[vb + e], b0i = w[vb + e + G], b1r = w[vb + e + 2 * G], b1i = w[vb + e + 3 * G];
            double b2r = w[vb + e + 4 * G], b2i = w[vb + e + 5 * G], b3r = w[vb + e + 6 * G], b3i = w[vb + e + 7 * G];
            double x0r = w[vc + e], x0i = w[vc + e + G], x1r = w[vc + e + 2 * G], x1i = w[vc + e + 3 * G];
            double x2r = w[vc + e + 4 * G], x2i = w[vc + e + 5 * G], x3r = w[vc + e + 6 * G], x3i = w[vc + e + 7 * G];
            double bcr = b0r * x0r - b0i * x0i - (b1r * x1r - b1i * x1i) - (b2r * x2r - b2i * x2i) - (b3r * x3r - b3i * x3i);
            double bci = b0r * x0i + b0i * x0r - (b1r * x1i + b1i * x1r) - (b2r * x2i + b2i * x2r) - (b3r * x3i + b3i * x3r);
            double acr = a0r * x0r - a0i * x0i - (a1r * x1r - a1i * x1i) - (a2r * x2r - a2i * x2i) - (a3r * x3r - a3i * x3i);
            double aci = a0r * x0i + a0i * x0r - (a1r * x1i + a1i * x1r) - (a2r * x2i + a2i * x2r) - (a3r * x3i + a3i * x3r);
            double abr = a0r * b0r - a0i * b0i - (a1r * b1r - a1i * b1i) - (a2r * b2r - a2i * b2i) - (a3r * b3r - a3i * b3i);
            double abi = a0r * b0i + a0i * b0r - (a1r * b1i + a1i * b1r) - (a2r * b2i + a2i * b2r) - (a3r * b3i + a3i * b3r);
            // fold the coupling and the pairing coefficients into the three dot products
            double pr = (gr * bcr - gi * bci) * ca, pi = (gr * bci + gi * bcr) * ca;
            double qr = (gr * acr - gi * aci) * cb, qi = (gr * aci + gi * acr) * cb;
            double sr = (gr * abr - gi * abi) * cc, si = (gr * abi + gi * abr) * cc;
            vvvvComponent(w, out + e, G, acc, pr, pi, a0r, a0i, qr, qi, b0r, b0i, sr, si, x0r, x0i);
            vvvvComponent(w, out + e + 2 * G, G, acc, pr, pi, a1r, a1i, qr, qi, b1r, b1i, sr, si, x1r, x1i);
            vvvvComponent(w, out + e + 4 * G, G, acc, pr, pi, a2r, a2i, qr, qi, b2r, b2i, sr, si, x2r, x2i);
            vvvvComponent(w, out + e + 6 * G, G, acc, pr, pi, a3r, a3i, qr, qi, b3r, b3i, sr, si, x3r, x3i);
        }
    }

    /** One component: p a + q b + s x (all complex). */
    private static void vvvvComponent(double[] w, int o, int g, boolean acc, double pr, double pi, double ar,
            double ai, double qr, double qi, double br, double bi, double sr, double si, double xr, double xi) {
        put(w, o, pr * ar - pi * ai + (qr * br - qi * bi) + (sr * xr - si * xi), acc);
        put(w, o + g, pr * ai + pi * ar + (qr * bi + qi * br) + (sr * xi + si * xr), acc);
    }

    private static void put(double[] w, int i, double x, boolean acc) {
        w[i] = acc ? w[i] + x : x;
    }
}
