package madvec.helas.kernels;

import madvec.simd.Simd;

/**
 * Reverse-mode kernels: the parts of an adjoint sweep that are not the forward structure kernels
 * (which an executor calls with conjugated adjoints for the wavefunction inputs of a vertex).
 *
 * <p>Convention: the adjoint of a complex value z is zbar = dL/dRe z + i dL/dIm z, so that
 * dL = Re(conj(zbar) dz); real values (momenta, masses, widths) have ordinary adjoints. Wavefunction
 * adjoints use the wavefunction blocks of {@link Layout}: components in rows 0..7, the adjoint of the
 * stored momentum in rows 8..11. Colour-flow adjoints use 2-row blocks.
 *
 * <p>A dispatching facade over {@link SimdAdjointKernels} and its plain-Java twin
 * {@link PlainAdjointKernels}, chosen by {@link Simd#VECTOR}.
 */
public final class Adjoints {
    private Adjoints() {}

    /** dst (+)= eta conj(src) on the four components (eta 1 on component 0, {@code eta} on 1..3). */
    public static void conjugate(double[] w, int c, int src, int dst, double eta, boolean acc) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.conjugate(w, c, src, dst, eta, acc);
        } else {
            PlainAdjointKernels.conjugate(w, c, src, dst, eta, acc);
        }
    }

    /** dst (+)= eta s conj(src), {@code s} a 2-row block (one complex number per lane). */
    public static void scaledConjugate(double[] w, int c, int src, int s, int dst, double eta, boolean acc) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.scaledConjugate(w, c, src, s, dst, eta, acc);
        } else {
            PlainAdjointKernels.scaledConjugate(w, c, src, s, dst, eta, acc);
        }
    }

    /**
     * i times the adjoint of the n colour flows of f = sum_ij C_ij Re(conj(J_i) J_j): out_j = i (S J)_j
     * with S = C + C^T ({@code s} row-major), flows at {@code jamps + j 2 c}, results at {@code out + j 2 c}.
     */
    public static void iColour(double[] w, int c, int jamps, int n, double[] s, int out) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.iColour(w, c, jamps, n, s, out);
        } else {
            PlainAdjointKernels.iColour(w, c, jamps, n, s, out);
        }
    }

    /** out = sum over t of K_{js[t]} conj(re[t] + i im[t]), K the 2-row blocks at {@code k + j 2 c}. */
    public static void beta(double[] w, int c, int k, int[] js, double[] re, double[] im, int out) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.beta(w, c, k, js, re, im, out);
        } else {
            PlainAdjointKernels.beta(w, c, k, js, re, im, out);
        }
    }

    /**
     * Momentum adjoints of VVV1 ({@link Structures#vvvOpenV1} with inputs a = V2 at {@code x0}, b = V3 at
     * {@code x1}, output adjoint at {@code ob}, coupling g): with ob' = conj(ob),
     * P2bar += Re[-g (-(a.b) ob' + 2 (ob'.a) eta b - (ob'.b) eta a)] into the momentum rows of
     * {@code b0}, P3bar += Re[-g ((a.b) ob' + (ob'.a) eta b - 2 (ob'.b) eta a)] into those of {@code b1}.
     */
    public static void vvvMomentum(double[] w, int c, int x0, int x1, int b0, int b1, int ob, double gr, double gi) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.vvvMomentum(w, c, x0, x1, b0, b1, ob, gr, gi);
        } else {
            PlainAdjointKernels.vvvMomentum(w, c, x0, x1, b0, b1, ob, gr, gi);
        }
    }

    /**
     * Adjoint of the massless vector propagator Y = -i T / Q^2 ({@link Propagators}): T's adjoint into
     * {@code tb} (components), Q's added to the momentum rows of Y's adjoint {@code yb}.
     */
    public static void masslessVectorPropagator(double[] w, int c, int y, int yb, int tb) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.masslessVectorPropagator(w, c, y, yb, tb);
        } else {
            PlainAdjointKernels.masslessVectorPropagator(w, c, y, yb, tb);
        }
    }

    /**
     * Adjoint of the fermion propagator Y = i (S(s Q) + M) T / D, {@code sign} +1 for a column (F1), -1
     * for a row (F2): T's adjoint into {@code tb}, Q's added to the momentum rows of {@code yb}, and
     * (massive lines only) M's and W's added to {@code mb[l]} and {@code wb[l]}. {@code t} is T's block.
     */
    public static void fermionPropagator(double[] w, int c, int y, int yb, int t, int tb, double m, double wd,
            double sign, double[] mb, double[] wb) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.fermionPropagator(w, c, y, yb, t, tb, m, wd, sign, mb, wb);
        } else {
            PlainAdjointKernels.fermionPropagator(w, c, y, yb, t, tb, m, wd, sign, mb, wb);
        }
    }
}
