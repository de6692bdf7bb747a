package madvec.helas.kernels;

import madvec.simd.Simd;

/**
 * Reverse-mode kernels: the parts of an adjoint sweep that are not the forward structure kernels
 * (which an executor calls with conjugated adjoints for the wavefunction inputs of a vertex).
 *
 * <p>Convention: the adjoint of a complex value z is zbar = dL/dRe z + i dL/dIm z, so that
 * dL = Re(conj(zbar) dz); real values (momenta, masses, widths) have ordinary adjoints. A wavefunction
 * adjoint is <em>stored</em> as eta conj(zbar), component by component, with eta the metric
 * (1, -1, -1, -1) for a vector and 1 for spinors and scalars: in that form the adjoint of a vertex's
 * input is the forward kernel with that leg open, fed the stored adjoint of its output in the output's
 * leg (accumulating), since L = X . K_X(Y, Z) = Y . K_Y(X, Z). Wavefunction adjoints use the blocks of
 * {@link Layout}: stored components in rows 0..7, the adjoint of the stored momentum (real) in rows
 * 8..11. Colour-flow values and scalars use 2-row blocks.
 *
 * <p>A dispatching facade over {@link SimdAdjointKernels} and its plain-Java twin
 * {@link PlainAdjointKernels}, chosen by {@link Simd#VECTOR}.
 */
public final class Adjoints {
    private Adjoints() {}

    /** dst (+)= conj(s) src on the four components, {@code s} a 2-row block (one complex number per lane). */
    public static void scaled(double[] w, int c, int src, int s, int dst, boolean acc) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.scaled(w, c, src, s, dst, acc);
        } else {
            PlainAdjointKernels.scaled(w, c, src, s, dst, acc);
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
     * {@code x1}, stored output adjoint at {@code ob}, coupling g): with ob' = conj(ob) = eta times the stored form,
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
     * Adjoint of the massless vector propagator Y = -i T / Q^2 ({@link Propagators}): T's stored adjoint
     * into {@code tb} (components; it is -i S / Q^2 for Y's stored adjoint S at {@code yb}), Q's added to
     * the momentum rows of {@code yb}.
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
     * for a row (F2): T's stored adjoint into {@code tb} from Y's at {@code yb}, Q's added to the momentum
     * rows of {@code yb}, and
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

    /**
     * Adjoint of the massive vector propagator Y = -i (T - Q (Q.T) / M^2) / D ({@link Propagators}): T's
     * stored adjoint into {@code tb} (-i (S - Q (Q.S) / M^2) / D for Y's stored adjoint S at {@code yb}:
     * the propagator is symmetric under the metric), Q's added to the momentum rows of {@code yb}, M's
     * and W's added to {@code mb[l]} and {@code wb[l]}. {@code t} is T's block.
     */
    public static void massiveVectorPropagator(double[] w, int c, int y, int yb, int t, int tb, double m, double wd,
            double[] mb, double[] wb) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.massiveVectorPropagator(w, c, y, yb, t, tb, m, wd, mb, wb);
        } else {
            PlainAdjointKernels.massiveVectorPropagator(w, c, y, yb, t, tb, m, wd, mb, wb);
        }
    }
}
