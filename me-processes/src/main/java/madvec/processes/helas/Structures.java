package madvec.processes.helas;

/**
 * Lorentz structures of the Standard Model's vertices as amputated currents: for a vertex with legs
 * (1, 2, 3[, 4]) and leg 1 open, the current X such that the vertex's Lorentz structure L equals the
 * contraction of leg 1 with X. Conventions are those of MadGraph's ALOHA (HELAS Weyl basis, vectors
 * with upper indices, metric (+,-,-,-)), so that amplitudes and their relative signs compare with
 * MadGraph.
 *
 * <p>Every structure is linear in each of its arguments (wavefunctions, the joint momenta, the
 * coupling), which is what lets the executor get exact tangents by calling the same kernel on tangent
 * blocks (product rule). Arguments are block offsets into the workspace (see {@link Layout}); the
 * coupling is {@code g[2*gc]} (real) and {@code g[2*gc+1]} (imaginary). With {@code acc} the result is
 * added to {@code out}, otherwise it replaces it.
 *
 * <p>Scalar twin: plain per-lane loops.
 */
public final class Structures {
    private Structures() {}

    /**
     * FFV with chiral couplings, open F1 leg: the column X = S(V) F2 with the left coupling on the
     * upper Weyl pair and the right one on the lower, so that L = F1 . X. {@code gl}/{@code gr} hold
     * the left and right couplings.
     */
    public static void ffvOpenF1(double[] w, int c, int f2, int v, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        double glr = gl[2 * glc], gli = gl[2 * glc + 1], grr = gr[2 * grc], gri = gr[2 * grc + 1];
        for (int l = 0; l < c; l++) {
            // s = v0+v3, d = v0-v3, u = v1 + i v2, x = v1 - i v2 (all complex)
            double v0r = w[v + l], v0i = w[v + c + l], v1r = w[v + 2 * c + l], v1i = w[v + 3 * c + l];
            double v2r = w[v + 4 * c + l], v2i = w[v + 5 * c + l], v3r = w[v + 6 * c + l], v3i = w[v + 7 * c + l];
            double sr = v0r + v3r, si = v0i + v3i, dr = v0r - v3r, di = v0i - v3i;
            double ur = v1r - v2i, ui = v1i + v2r, xr = v1r + v2i, xi = v1i - v2r;
            double f0r = w[f2 + l], f0i = w[f2 + c + l], f1r = w[f2 + 2 * c + l], f1i = w[f2 + 3 * c + l];
            double f2r = w[f2 + 4 * c + l], f2i = w[f2 + 5 * c + l], f3r = w[f2 + 6 * c + l], f3i = w[f2 + 7 * c + l];
            // upper = gL (s f2 + u f3, x f2 + d f3); lower = gR (d f0 - u f1, -x f0 + s f1)
            double a0r = sr * f2r - si * f2i + ur * f3r - ui * f3i, a0i = sr * f2i + si * f2r + ur * f3i + ui * f3r;
            double a1r = xr * f2r - xi * f2i + dr * f3r - di * f3i, a1i = xr * f2i + xi * f2r + dr * f3i + di * f3r;
            double b0r = dr * f0r - di * f0i - ur * f1r + ui * f1i, b0i = dr * f0i + di * f0r - ur * f1i - ui * f1r;
            double b1r = -xr * f0r + xi * f0i + sr * f1r - si * f1i, b1i = -xr * f0i - xi * f0r + sr * f1i + si * f1r;
            put(w, c, out, l, 0, glr * a0r - gli * a0i, glr * a0i + gli * a0r, acc);
            put(w, c, out, l, 1, glr * a1r - gli * a1i, glr * a1i + gli * a1r, acc);
            put(w, c, out, l, 2, grr * b0r - gri * b0i, grr * b0i + gri * b0r, acc);
            put(w, c, out, l, 3, grr * b1r - gri * b1i, grr * b1i + gri * b1r, acc);
        }
    }

    /** FFV, open F2 leg: the row X = F1 S(V) with chiral couplings, so that L = X . F2. */
    public static void ffvOpenF2(double[] w, int c, int f1, int v, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        double glr = gl[2 * glc], gli = gl[2 * glc + 1], grr = gr[2 * grc], gri = gr[2 * grc + 1];
        for (int l = 0; l < c; l++) {
            double v0r = w[v + l], v0i = w[v + c + l], v1r = w[v + 2 * c + l], v1i = w[v + 3 * c + l];
            double v2r = w[v + 4 * c + l], v2i = w[v + 5 * c + l], v3r = w[v + 6 * c + l], v3i = w[v + 7 * c + l];
            double sr = v0r + v3r, si = v0i + v3i, dr = v0r - v3r, di = v0i - v3i;
            double ur = v1r - v2i, ui = v1i + v2r, xr = v1r + v2i, xi = v1i - v2r;
            double f0r = w[f1 + l], f0i = w[f1 + c + l], f1r = w[f1 + 2 * c + l], f1i = w[f1 + 3 * c + l];
            double f2r = w[f1 + 4 * c + l], f2i = w[f1 + 5 * c + l], f3r = w[f1 + 6 * c + l], f3i = w[f1 + 7 * c + l];
            // lower (2,3) = gL (f0 s + f1 x, f0 u + f1 d); upper (0,1) = gR (f2 d - f3 x, -f2 u + f3 s)
            double a0r = f0r * sr - f0i * si + f1r * xr - f1i * xi, a0i = f0r * si + f0i * sr + f1r * xi + f1i * xr;
            double a1r = f0r * ur - f0i * ui + f1r * dr - f1i * di, a1i = f0r * ui + f0i * ur + f1r * di + f1i * dr;
            double b0r = f2r * dr - f2i * di - f3r * xr + f3i * xi, b0i = f2r * di + f2i * dr - f3r * xi - f3i * xr;
            double b1r = -f2r * ur + f2i * ui + f3r * sr - f3i * si, b1i = -f2r * ui - f2i * ur + f3r * si + f3i * sr;
            put(w, c, out, l, 0, grr * b0r - gri * b0i, grr * b0i + gri * b0r, acc);
            put(w, c, out, l, 1, grr * b1r - gri * b1i, grr * b1i + gri * b1r, acc);
            put(w, c, out, l, 2, glr * a0r - gli * a0i, glr * a0i + gli * a0r, acc);
            put(w, c, out, l, 3, glr * a1r - gli * a1i, glr * a1i + gli * a1r, acc);
        }
    }

    /** FFV, open vector leg: J^mu with L = J . V (Minkowski), from F1 and F2. */
    public static void ffvOpenV(double[] w, int c, int f1, int f2, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        double glr = gl[2 * glc], gli = gl[2 * glc + 1], grr = gr[2 * grc], gri = gr[2 * grc + 1];
        for (int l = 0; l < c; l++) {
            double a0r = w[f1 + l], a0i = w[f1 + c + l], a1r = w[f1 + 2 * c + l], a1i = w[f1 + 3 * c + l];
            double a2r = w[f1 + 4 * c + l], a2i = w[f1 + 5 * c + l], a3r = w[f1 + 6 * c + l], a3i = w[f1 + 7 * c + l];
            double b0r = w[f2 + l], b0i = w[f2 + c + l], b1r = w[f2 + 2 * c + l], b1i = w[f2 + 3 * c + l];
            double b2r = w[f2 + 4 * c + l], b2i = w[f2 + 5 * c + l], b3r = w[f2 + 6 * c + l], b3i = w[f2 + 7 * c + l];
            // products p_ij = f_i g_j needed by the two Weyl halves
            double p02r = a0r * b2r - a0i * b2i, p02i = a0r * b2i + a0i * b2r;
            double p13r = a1r * b3r - a1i * b3i, p13i = a1r * b3i + a1i * b3r;
            double p03r = a0r * b3r - a0i * b3i, p03i = a0r * b3i + a0i * b3r;
            double p12r = a1r * b2r - a1i * b2i, p12i = a1r * b2i + a1i * b2r;
            double p20r = a2r * b0r - a2i * b0i, p20i = a2r * b0i + a2i * b0r;
            double p31r = a3r * b1r - a3i * b1i, p31i = a3r * b1i + a3i * b1r;
            double p21r = a2r * b1r - a2i * b1i, p21i = a2r * b1i + a2i * b1r;
            double p30r = a3r * b0r - a3i * b0i, p30i = a3r * b0i + a3i * b0r;
            // left half a^mu, right half b^mu; J = (c0, -c1, -c2, -c3) with c = gL a + gR b
            double l0r = p02r + p13r, l0i = p02i + p13i, l1r = p03r + p12r, l1i = p03i + p12i;
            double l2r = -(p03i - p12i), l2i = p03r - p12r, l3r = p02r - p13r, l3i = p02i - p13i;
            double r0r = p20r + p31r, r0i = p20i + p31i, r1r = -(p21r + p30r), r1i = -(p21i + p30i);
            double r2r = -(p30i - p21i), r2i = p30r - p21r, r3r = p31r - p20r, r3i = p31i - p20i;
            put(w, c, out, l, 0, glr * l0r - gli * l0i + grr * r0r - gri * r0i, glr * l0i + gli * l0r + grr * r0i + gri * r0r, acc);
            put(w, c, out, l, 1, -(glr * l1r - gli * l1i + grr * r1r - gri * r1i), -(glr * l1i + gli * l1r + grr * r1i + gri * r1r), acc);
            put(w, c, out, l, 2, -(glr * l2r - gli * l2i + grr * r2r - gri * r2i), -(glr * l2i + gli * l2r + grr * r2i + gri * r2r), acc);
            put(w, c, out, l, 3, -(glr * l3r - gli * l3i + grr * r3r - gri * r3i), -(glr * l3i + gli * l3r + grr * r3i + gri * r3r), acc);
        }
    }

    /**
     * Three vectors (UFO structure VVV1), open leg 1: X = dL/dV1 with P1 = -(P2 + P3). Linear in V2, in
     * V3, in the joint momenta (P2, P3) read from {@code p2}/{@code p3} blocks, and in the coupling.
     */
    public static void vvvOpenV1(double[] w, int c, int v2, int p2, int v3, int p3, int out, double[] g, int gc,
            boolean acc) {
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            double q20 = w[p2 + Layout.mom(0, c) + l], q21 = w[p2 + Layout.mom(1, c) + l];
            double q22 = w[p2 + Layout.mom(2, c) + l], q23 = w[p2 + Layout.mom(3, c) + l];
            double q30 = w[p3 + Layout.mom(0, c) + l], q31 = w[p3 + Layout.mom(1, c) + l];
            double q32 = w[p3 + Layout.mom(2, c) + l], q33 = w[p3 + Layout.mom(3, c) + l];
            // X = -[(V2.V3)(P3 - P2) + V2 (V3.(2 P2 + P3)) - V3 (V2.(P2 + 2 P3))]
            double a0r = w[v2 + l], a0i = w[v2 + c + l], a1r = w[v2 + 2 * c + l], a1i = w[v2 + 3 * c + l];
            double a2r = w[v2 + 4 * c + l], a2i = w[v2 + 5 * c + l], a3r = w[v2 + 6 * c + l], a3i = w[v2 + 7 * c + l];
            double b0r = w[v3 + l], b0i = w[v3 + c + l], b1r = w[v3 + 2 * c + l], b1i = w[v3 + 3 * c + l];
            double b2r = w[v3 + 4 * c + l], b2i = w[v3 + 5 * c + l], b3r = w[v3 + 6 * c + l], b3i = w[v3 + 7 * c + l];
            double abr = a0r * b0r - a0i * b0i - (a1r * b1r - a1i * b1i) - (a2r * b2r - a2i * b2i) - (a3r * b3r - a3i * b3i);
            double abi = a0r * b0i + a0i * b0r - (a1r * b1i + a1i * b1r) - (a2r * b2i + a2i * b2r) - (a3r * b3i + a3i * b3r);
            double k0 = 2 * q20 + q30, k1 = 2 * q21 + q31, k2 = 2 * q22 + q32, k3 = 2 * q23 + q33;
            double bkr = b0r * k0 - b1r * k1 - b2r * k2 - b3r * k3, bki = b0i * k0 - b1i * k1 - b2i * k2 - b3i * k3;
            double m0 = q20 + 2 * q30, m1 = q21 + 2 * q31, m2 = q22 + 2 * q32, m3 = q23 + 2 * q33;
            double amr = a0r * m0 - a1r * m1 - a2r * m2 - a3r * m3, ami = a0i * m0 - a1i * m1 - a2i * m2 - a3i * m3;
            vvvComponent(w, c, out, l, 0, gr, gi, abr, abi, q30 - q20, a0r, a0i, b0r, b0i, bkr, bki, amr, ami, acc);
            vvvComponent(w, c, out, l, 1, gr, gi, abr, abi, q31 - q21, a1r, a1i, b1r, b1i, bkr, bki, amr, ami, acc);
            vvvComponent(w, c, out, l, 2, gr, gi, abr, abi, q32 - q22, a2r, a2i, b2r, b2i, bkr, bki, amr, ami, acc);
            vvvComponent(w, c, out, l, 3, gr, gi, abr, abi, q33 - q23, a3r, a3i, b3r, b3i, bkr, bki, amr, ami, acc);
        }
    }

    /** Component mu of -g [(V2.V3) d + V2 (V3.k) - V3 (V2.m)], with d = P3 - P2, k = 2 P2 + P3, m = P2 + 2 P3. */
    private static void vvvComponent(double[] w, int c, int out, int l, int mu, double gr, double gi, double abr,
            double abi, double d, double ar, double ai, double br, double bi, double bkr, double bki, double amr,
            double ami, boolean acc) {
        double xr = abr * d + (ar * bkr - ai * bki) - (br * amr - bi * ami);
        double xi = abi * d + (ar * bki + ai * bkr) - (br * ami + bi * amr);
        put(w, c, out, l, mu, -(gr * xr - gi * xi), -(gr * xi + gi * xr), acc);
    }

    /**
     * Four vectors (UFO structures VVVV1..5: sums of metric pairings), open leg: X = cA A (B . C) +
     * cB B (A . C) + cC C (A . B) times the coupling, with A, B, C the other three legs and cA, cB, cC
     * the coefficients of the pairings that tie the open leg to A, B and C.
     */
    public static void vvvvOpen(double[] w, int c, int va, int vb, int vc, int out, double ca, double cb,
            double cc, double[] g, int gc, boolean acc) {
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        for (int l = 0; l < c; l++) {
            double bcr = 0, bci = 0, acr = 0, aci = 0, abr = 0, abi = 0;
            for (int j = 0; j < 4; j++) {
                double ar = w[va + 2 * j * c + l], ai = w[va + (2 * j + 1) * c + l];
                double br = w[vb + 2 * j * c + l], bi = w[vb + (2 * j + 1) * c + l];
                double xr = w[vc + 2 * j * c + l], xi = w[vc + (2 * j + 1) * c + l];
                double sign = j == 0 ? 1.0 : -1.0;
                bcr += sign * (br * xr - bi * xi);
                bci += sign * (br * xi + bi * xr);
                acr += sign * (ar * xr - ai * xi);
                aci += sign * (ar * xi + ai * xr);
                abr += sign * (ar * br - ai * bi);
                abi += sign * (ar * bi + ai * br);
            }
            // fold the coupling and the pairing coefficients into the three dot products
            double pr = ca * (gr * bcr - gi * bci), pi = ca * (gr * bci + gi * bcr);
            double qr = cb * (gr * acr - gi * aci), qi = cb * (gr * aci + gi * acr);
            double sr = cc * (gr * abr - gi * abi), si = cc * (gr * abi + gi * abr);
            for (int j = 0; j < 4; j++) {
                double ar = w[va + 2 * j * c + l], ai = w[va + (2 * j + 1) * c + l];
                double br = w[vb + 2 * j * c + l], bi = w[vb + (2 * j + 1) * c + l];
                double xr = w[vc + 2 * j * c + l], xi = w[vc + (2 * j + 1) * c + l];
                double re = pr * ar - pi * ai + qr * br - qi * bi + sr * xr - si * xi;
                double im = pr * ai + pi * ar + qr * bi + qi * br + sr * xi + si * xr;
                put(w, c, out, l, j, re, im, acc);
            }
        }
    }

    private static void put(double[] w, int c, int out, int l, int j, double re, double im, boolean acc) {
        int r = out + 2 * j * c + l, i = out + (2 * j + 1) * c + l;
        if (acc) {
            w[r] += re;
            w[i] += im;
        } else {
            w[r] = re;
            w[i] = im;
        }
    }
}
