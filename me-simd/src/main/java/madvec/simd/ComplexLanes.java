package madvec.simd;

import madvec.simd.kernels.ScalarComplexKernels;
import madvec.simd.kernels.VectorComplexKernels;

/**
 * Complex arithmetic over lanes (one event per lane), on the Vector API when {@link Simd#VECTOR} is
 * true and on the scalar twins otherwise; both give bit-identical results.
 *
 * <p>Slice methods: operand {@code x} is lanes {@code [xOff, xOff + n)} of {@code xRe} (real parts)
 * and {@code xIm} (imaginary parts), so they work on slices of a larger workspace; {@code n} may be
 * any length, though multiples of {@link Simd#PAD} avoid the tail. Buffer methods: whole
 * {@link ComplexLaneBuffer}s of equal logical length; their padding is not touched. An output may be
 * the same slice or buffer as an input (each lane is read before it is written); partially overlapping
 * slices are not supported. Bad slices throw {@link IndexOutOfBoundsException} and negative lengths
 * {@link IllegalArgumentException} before anything is written.
 *
 * <p>Products use fused multiply-adds: {@code a * b} has real part {@code fma(aRe, bRe, -(aIm bIm))}
 * and imaginary part {@code fma(aRe, bIm, aIm bRe)}, accurate to about one ulp of {@code |a||b|}.
 */
public final class ComplexLanes {
    private ComplexLanes() {}

    /** {@code out = a + b} on slices. */
    public static void add(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.add(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        } else {
            ScalarComplexKernels.add(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        }
    }

    /** {@code out = a - b} on slices. */
    public static void sub(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.sub(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        } else {
            ScalarComplexKernels.sub(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        }
    }

    /** {@code out = a * b} on slices. */
    public static void mul(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.mul(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        } else {
            ScalarComplexKernels.mul(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        }
    }

    /** {@code out = a * conj(b)} on slices. */
    public static void mulConj(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                               double[] outRe, double[] outIm, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.mulConj(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        } else {
            ScalarComplexKernels.mulConj(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        }
    }

    /** {@code acc += a * b} on slices. */
    public static void mulAdd(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                              double[] accRe, double[] accIm, int accOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.mulAdd(aRe, aIm, aOff, bRe, bIm, bOff, accRe, accIm, accOff, n);
        } else {
            ScalarComplexKernels.mulAdd(aRe, aIm, aOff, bRe, bIm, bOff, accRe, accIm, accOff, n);
        }
    }

    /** {@code out = factor * a} on slices, for a real {@code factor}. */
    public static void scale(double factor, double[] aRe, double[] aIm, int aOff,
                             double[] outRe, double[] outIm, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.scale(factor, aRe, aIm, aOff, outRe, outIm, outOff, n);
        } else {
            ScalarComplexKernels.scale(factor, aRe, aIm, aOff, outRe, outIm, outOff, n);
        }
    }

    /** {@code out = (sRe + i sIm) * a} on slices. */
    public static void scaleComplex(double sRe, double sIm, double[] aRe, double[] aIm, int aOff,
                                    double[] outRe, double[] outIm, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.scaleComplex(sRe, sIm, aRe, aIm, aOff, outRe, outIm, outOff, n);
        } else {
            ScalarComplexKernels.scaleComplex(sRe, sIm, aRe, aIm, aOff, outRe, outIm, outOff, n);
        }
    }

    /** {@code out = |a|^2} on slices, into a real slice. */
    public static void abs2(double[] aRe, double[] aIm, int aOff, double[] out, int outOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.abs2(aRe, aIm, aOff, out, outOff, n);
        } else {
            ScalarComplexKernels.abs2(aRe, aIm, aOff, out, outOff, n);
        }
    }

    /** Copies a real slice: pass {@code zRe} or {@code zIm} to take out a real or imaginary part. */
    public static void copy(double[] src, int srcOff, double[] dst, int dstOff, int n) {
        if (Simd.VECTOR) {
            VectorComplexKernels.copy(src, srcOff, dst, dstOff, n);
        } else {
            ScalarComplexKernels.copy(src, srcOff, dst, dstOff, n);
        }
    }

    /** {@code out = a + b}. */
    public static void add(ComplexLaneBuffer a, ComplexLaneBuffer b, ComplexLaneBuffer out) {
        int n = commonLength(a, b, out);
        add(a.re, a.im, 0, b.re, b.im, 0, out.re, out.im, 0, n);
    }

    /** {@code out = a - b}. */
    public static void sub(ComplexLaneBuffer a, ComplexLaneBuffer b, ComplexLaneBuffer out) {
        int n = commonLength(a, b, out);
        sub(a.re, a.im, 0, b.re, b.im, 0, out.re, out.im, 0, n);
    }

    /** {@code out = a * b}. */
    public static void mul(ComplexLaneBuffer a, ComplexLaneBuffer b, ComplexLaneBuffer out) {
        int n = commonLength(a, b, out);
        mul(a.re, a.im, 0, b.re, b.im, 0, out.re, out.im, 0, n);
    }

    /** {@code out = a * conj(b)}. */
    public static void mulConj(ComplexLaneBuffer a, ComplexLaneBuffer b, ComplexLaneBuffer out) {
        int n = commonLength(a, b, out);
        mulConj(a.re, a.im, 0, b.re, b.im, 0, out.re, out.im, 0, n);
    }

    /** {@code acc += a * b}. */
    public static void mulAdd(ComplexLaneBuffer a, ComplexLaneBuffer b, ComplexLaneBuffer acc) {
        int n = commonLength(a, b, acc);
        mulAdd(a.re, a.im, 0, b.re, b.im, 0, acc.re, acc.im, 0, n);
    }

    /** {@code out = factor * a} for a real {@code factor}. */
    public static void scale(double factor, ComplexLaneBuffer a, ComplexLaneBuffer out) {
        int n = commonLength(a, a, out);
        scale(factor, a.re, a.im, 0, out.re, out.im, 0, n);
    }

    /** {@code out = (sRe + i sIm) * a}. */
    public static void scaleComplex(double sRe, double sIm, ComplexLaneBuffer a, ComplexLaneBuffer out) {
        int n = commonLength(a, a, out);
        scaleComplex(sRe, sIm, a.re, a.im, 0, out.re, out.im, 0, n);
    }

    /** {@code out = |a|^2}. */
    public static void abs2(ComplexLaneBuffer a, LaneBuffer out) {
        abs2(a.re, a.im, 0, out.values, 0, commonLength(a, out));
    }

    /** {@code out = Re a}. */
    public static void realPart(ComplexLaneBuffer a, LaneBuffer out) {
        copy(a.re, 0, out.values, 0, commonLength(a, out));
    }

    /** {@code out = Im a}. */
    public static void imagPart(ComplexLaneBuffer a, LaneBuffer out) {
        copy(a.im, 0, out.values, 0, commonLength(a, out));
    }

    private static int commonLength(ComplexLaneBuffer a, ComplexLaneBuffer b, ComplexLaneBuffer out) {
        if (a.length() != b.length() || a.length() != out.length()) {
            throw new IllegalArgumentException("lane counts differ: " + a.length() + ", "
                    + b.length() + " and " + out.length());
        }
        return a.length();
    }

    private static int commonLength(ComplexLaneBuffer a, LaneBuffer out) {
        if (a.length() != out.length()) {
            throw new IllegalArgumentException("lane counts differ: " + a.length() + " and " + out.length());
        }
        return a.length();
    }
}
