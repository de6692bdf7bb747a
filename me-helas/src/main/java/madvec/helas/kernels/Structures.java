package madvec.helas.kernels;

import madvec.simd.Simd;

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
 * added to {@code out}, otherwise it replaces it. Only the four components of {@code out} are
 * written, never its momentum.
 *
 * <p>A dispatching facade: {@link SimdVertexKernels} when {@link Simd#VECTOR}, else the plain-Java twin
 * {@link PlainVertexKernels}; on the vector path {@code c} must be a multiple of {@link Simd#PAD}.
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
        if (Simd.VECTOR) {
            SimdVertexKernels.ffvOpenF1(w, c, f2, v, out, glr, gli, grr, gri, acc);
        } else {
            PlainVertexKernels.ffvOpenF1(w, c, f2, v, out, glr, gli, grr, gri, acc);
        }
    }

    /** FFV, open F2 leg: the row X = F1 S(V) with chiral couplings, so that L = X . F2. */
    public static void ffvOpenF2(double[] w, int c, int f1, int v, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        double glr = gl[2 * glc], gli = gl[2 * glc + 1], grr = gr[2 * grc], gri = gr[2 * grc + 1];
        if (Simd.VECTOR) {
            SimdVertexKernels.ffvOpenF2(w, c, f1, v, out, glr, gli, grr, gri, acc);
        } else {
            PlainVertexKernels.ffvOpenF2(w, c, f1, v, out, glr, gli, grr, gri, acc);
        }
    }

    /** FFV, open vector leg: J^mu with L = J . V (Minkowski), from F1 and F2. */
    public static void ffvOpenV(double[] w, int c, int f1, int f2, int out, double[] gl, int glc, double[] gr,
            int grc, boolean acc) {
        double glr = gl[2 * glc], gli = gl[2 * glc + 1], grr = gr[2 * grc], gri = gr[2 * grc + 1];
        if (Simd.VECTOR) {
            SimdVertexKernels.ffvOpenV(w, c, f1, f2, out, glr, gli, grr, gri, acc);
        } else {
            PlainVertexKernels.ffvOpenV(w, c, f1, f2, out, glr, gli, grr, gri, acc);
        }
    }

    /**
     * Three vectors (UFO structure VVV1), open leg 1: X = dL/dV1 with P1 = -(P2 + P3). Linear in V2, in
     * V3, in the joint momenta (P2, P3) read from {@code p2}/{@code p3} blocks, and in the coupling.
     */
    public static void vvvOpenV1(double[] w, int c, int v2, int p2, int v3, int p3, int out, double[] g, int gc,
            boolean acc) {
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        if (Simd.VECTOR) {
            SimdVertexKernels.vvvOpenV1(w, c, v2, p2, v3, p3, out, gr, gi, acc);
        } else {
            PlainVertexKernels.vvvOpenV1(w, c, v2, p2, v3, p3, out, gr, gi, acc);
        }
    }

    /**
     * Four vectors (UFO structures VVVV1..5: sums of metric pairings), open leg: X = cA A (B . C) +
     * cB B (A . C) + cC C (A . B) times the coupling, with A, B, C the other three legs and cA, cB, cC
     * the coefficients of the pairings that tie the open leg to A, B and C.
     */
    public static void vvvvOpen(double[] w, int c, int va, int vb, int vc, int out, double ca, double cb,
            double cc, double[] g, int gc, boolean acc) {
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        if (Simd.VECTOR) {
            SimdVertexKernels.vvvvOpen(w, c, va, vb, vc, out, ca, cb, cc, gr, gi, acc);
        } else {
            PlainVertexKernels.vvvvOpen(w, c, va, vb, vc, out, ca, cb, cc, gr, gi, acc);
        }
    }
}
