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
     * dst += sum over j < n of conj(s_j) src_j on the four components: {@link #scaled} accumulating n
     * times, with {@code src_j} at {@code src + j srcStride} and the 2-row block {@code s_j} at
     * {@code s + j sStride}, adding in the same order (the same bits) but loading and storing dst once.
     */
    public static void scaledSum(double[] w, int c, int src, int srcStride, int s, int sStride, int n, int dst) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.scaledSum(w, c, src, srcStride, s, sStride, n, dst);
        } else {
            PlainAdjointKernels.scaledSum(w, c, src, srcStride, s, sStride, n, dst);
        }
    }

    /**
     * {@code to[l] += Re(conj(xbar) dx)} over the 12 rows of a wavefunction block, from the stored adjoint
     * S = eta conj(xbar) at {@code bar} in {@code w} and the tangent dx at {@code jt} in {@code jet}:
     * eta (Sr dxr - Si dxi) per component (eta = 1 for component 0 and for spinors and scalars, -1 for
     * a vector's components 1..3) plus S dx on the real momentum rows, added row by row in order. The
     * step from an external wavefunction's adjoint to those of its momentum and mass.
     */
    public static void jetContraction(double[] w, int bar, double[] jet, int jt, int c, double eta, double[] to) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.jetContraction(w, bar, jet, jt, c, eta, to);
        } else {
            PlainAdjointKernels.jetContraction(w, bar, jet, jt, c, eta, to);
        }
    }

    /** The factor of row r in {@link #jetContraction}. */
    static double jetRowFactor(int r, double eta) {
        return r >= 8 ? 1.0 : (r < 2 ? 1.0 : eta) * ((r & 1) == 0 ? 1.0 : -1.0);
    }

    /**
     * For each run o of a group of amplitudes that close on the same last leg (at {@code last}):
     * {@code runs[o]} (+)= conj(beta_o) last, beta_o = sum over t of K_{js[o][t]} conj(re[o][t] + i im[o][t])
     * from the 2-row blocks K at {@code k + j 2 c}, accumulating where {@code acc[o]}. {@link #beta} and
     * {@link #scaled} for each run, the same operations in the same order (the same bits), with the last
     * leg loaded once per lane group for the whole group instead of once per run.
     */
    public static void amplitudeRuns(double[] w, int c, int last, int k, int[] runs, int[][] js, double[][] re,
            double[][] im, boolean[] acc) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.amplitudeRuns(w, c, last, k, runs, js, re, im, acc);
        } else {
            PlainAdjointKernels.amplitudeRuns(w, c, last, k, runs, js, re, im, acc);
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
     * The executor runs {@link #vvvAdjoint}, which includes this; this one stays as the separate form
     * that the fused kernel is tested against.
     */
    public static void vvvMomentum(double[] w, int c, int x0, int x1, int b0, int b1, int ob, double gr, double gi) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.vvvMomentum(w, c, x0, x1, b0, b1, ob, gr, gi);
        } else {
            PlainAdjointKernels.vvvMomentum(w, c, x0, x1, b0, b1, ob, gr, gi);
        }
    }

    /**
     * The whole adjoint of VVV1 ({@link Structures#vvvOpenV1} with inputs a = V2 at {@code x0}, momentum
     * P2, and b = V3 at {@code x1}, momentum P3; open leg momentum P1 = -(P2 + P3); stored output adjoint
     * o at {@code ob}; coupling g), added into the stored adjoints at {@code b0} (a's: components and
     * P2's momentum rows) and {@code b1} (b's). With c = -g and u = o.(P3 - P2), v = b.(2 P2 + P3),
     * t = a.(P2 + 2 P3):
     * Abar += c (u b + v o - (o.b) (P2 + 2 P3)), Bbar += c (u a - t o + (o.a) (2 P2 + P3)), and the
     * momenta as {@link #vvvMomentum}. It is the two input kernels and {@link #vvvMomentum} in one pass,
     * which share their six dot products and their loads (the VVV adjoints took a fifth of a
     * {@code g g > t t~ g g} gradient as three kernels).
     */
    public static void vvvAdjoint(double[] w, int c, int x0, int x1, int ob, int b0, int b1, double gr, double gi) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.vvvAdjoint(w, c, x0, x1, ob, b0, b1, gr, gi);
        } else {
            PlainAdjointKernels.vvvAdjoint(w, c, x0, x1, ob, b0, b1, gr, gi);
        }
    }

    /**
     * The adjoints of the three inputs of VVVV ({@link Structures#vvvvOpen} with legs x0, x1, x2,
     * pairing coefficients f0, f1, f2, coupling g; stored output adjoint O at {@code ob}), added into
     * {@code b0}, {@code b1}, {@code b2}: bar0 += g (f0 (x1.x2) O + f1 (O.x1) x2 + f2 (O.x2) x1) and its
     * two permutations. The three input kernels in one pass: six dot products instead of nine, each
     * leg loaded once per pass.
     */
    public static void vvvvAdjoint(double[] w, int c, int x0, int x1, int x2, int ob, int b0, int b1, int b2,
            double f0, double f1, double f2, double[] g) {
        if (Simd.VECTOR) {
            SimdAdjointKernels.vvvvAdjoint(w, c, x0, x1, x2, ob, b0, b1, b2, f0, f1, f2, g[0], g[1]);
        } else {
            PlainAdjointKernels.vvvvAdjoint(w, c, x0, x1, x2, ob, b0, b1, b2, f0, f1, f2, g[0], g[1]);
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
     * (massive lines only) M's and W's added to {@code mb[l]} and {@code wb[l]}, unless {@code mb} is
     * null (no derivative moves the mass or width). {@code t} is T's block.
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
