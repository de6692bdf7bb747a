package madvec.helas.kernels;

import madvec.simd.Simd;

/**
 * From currents to |M|^2: linear combinations of amputated currents (the colour-weighted sums that
 * feed a colour flow), their contraction with a last leg into a colour flow ("jamp"), and the colour
 * sum conj(J) C J; plus the momentum bookkeeping of currents. Jamp blocks hold 2 c doubles (real
 * parts, then imaginary parts); currents use the wavefunction blocks of {@link Layout}.
 *
 * <p>A dispatching facade over {@link SimdAmplitudeKernels} and its plain-Java twin
 * {@link PlainAmplitudeKernels}, chosen by {@link Simd#VECTOR}.
 */
public final class Amplitudes {
    /** Metric factor of the spatial components in a contraction of two vectors. */
    public static final double MINKOWSKI = -1.0;
    /** Metric factor for spinors and scalars (a plain sum over components). */
    public static final double EUCLIDEAN = 1.0;

    private Amplitudes() {}

    /**
     * amp = -i (x . y): x, y wavefunction blocks, {@code g} the factor of components 1..3
     * ({@link #MINKOWSKI} or {@link #EUCLIDEAN}); with {@code acc} added to {@code out}.
     */
    public static void contract(double[] w, int c, int x, int y, double g, int out, boolean acc) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.contract(w, c, x, y, g, out, acc);
        } else {
            PlainAmplitudeKernels.contract(w, c, x, y, g, out, acc);
        }
    }

    /**
     * Two contractions with a common factor y, as two calls of {@link #contract} without {@code acc}:
     * out0 = -i (x0 . y), out1 = -i (x1 . y) (y read once; the outputs must not overlap the inputs).
     */
    public static void contract2(double[] w, int c, int x0, int x1, int y, double g, int out0, int out1) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.contract2(w, c, x0, x1, y, g, out0, out1);
        } else {
            PlainAmplitudeKernels.contract2(w, c, x0, x1, y, g, out0, out1);
        }
    }

    /** amp = -i (x . y + x2 . y2): the tangent of a contraction whose two factors both carry tangents. */
    public static void contractSum(double[] w, int c, int x, int y, int x2, int y2, double g, int out,
            boolean acc) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.contractSum(w, c, x, y, x2, y2, g, out, acc);
        } else {
            PlainAmplitudeKernels.contractSum(w, c, x, y, x2, y2, g, out, acc);
        }
    }

    /**
     * A colour-weighted sum of currents: the four complex components at {@code out} become the sum
     * over terms n in [from, to) of (re[n] + i im[n]) times those of the block at {@code src[n] +
     * shift}. Terms come sorted by coefficient kind, which spares multiplications by zero: [from,
     * realEnd) real, [realEnd, imagEnd) imaginary, [imagEnd, to) general.
     */
    public static void combine(double[] w, int c, int out, int[] src, double[] re, double[] im, int from,
            int realEnd, int imagEnd, int to, int shift) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.combine(w, c, out, src, re, im, from, realEnd, imagEnd, to, shift);
        } else {
            PlainAmplitudeKernels.combine(w, c, out, src, re, im, from, realEnd, imagEnd, to, shift);
        }
    }

    /**
     * A colour-weighted sum of complex scalars (amplitudes, partial colour flows): each of
     * {@code blocks} blocks of 2 c doubles (real parts, then imaginary parts, as a jamp block) at
     * {@code out} becomes the sum over terms n in [from, to) of (re[n] + i im[n]) times the same block
     * at {@code src[n]}; blocks are {@code blockStride} doubles apart (at least 2 c) in {@code out} and
     * in every source. Terms sorted as in {@link #combine}.
     */
    public static void combineComplex(double[] w, int c, int out, int[] src, double[] re, double[] im, int from,
            int realEnd, int imagEnd, int to, int blocks, int blockStride) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.combineComplex(w, c, out, src, re, im, from, realEnd, imagEnd, to, blocks, blockStride);
        } else {
            PlainAmplitudeKernels.combineComplex(w, c, out, src, re, im, from, realEnd, imagEnd, to, blocks, blockStride);
        }
    }

    /**
     * Value of the colour sum, added to the c lanes at {@code me}: sum_ij C_ij Re(conj(J_i) J_j) from
     * the upper triangle {@code u} of C + C^T (row by row, the diagonal halved back to C_ii), jamp i
     * at {@code jamps + i * stride}.
     */
    public static void colourSum(double[] w, int c, int jamps, int stride, int n, double[] u, int me) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.colourSum(w, c, jamps, stride, n, u, me);
        } else {
            PlainAmplitudeKernels.colourSum(w, c, jamps, stride, n, u, me);
        }
    }

    /**
     * Value and k tangents of the colour sum: z = (C + C^T) J into the scratch at {@code z} (2 c per
     * jamp), value += J . z / 2 and tangent t += dJ_t . z; {@code s} is C + C^T, row-major n x n.
     */
    public static void colourSumWithTangents(double[] w, int c, int jamps, int stride, int n, double[] s, int z,
            int k, int me) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.colourSumWithTangents(w, c, jamps, stride, n, s, z, k, me);
        } else {
            PlainAmplitudeKernels.colourSumWithTangents(w, c, jamps, stride, n, s, z, k, me);
        }
    }

    /** The stored momentum of a current: that of block {@code out} = sum of x0's, x1's and (x2 >= 0) x2's. */
    public static void momentumSum(double[] w, int c, int x0, int x1, int x2, int out) {
        if (Simd.VECTOR) {
            SimdAmplitudeKernels.momentumSum(w, c, x0, x1, x2, out);
        } else {
            PlainAmplitudeKernels.momentumSum(w, c, x0, x1, x2, out);
        }
    }
}
