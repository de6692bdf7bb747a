package madvec.simd.kernels;

import static madvec.simd.vector.Species.D;
import static madvec.simd.vector.Species.LANES;

import jdk.incubator.vector.DoubleVector;

/**
 * Complex lane kernels on the Vector API: {@link madvec.simd.vector.Species#LANES} events per step.
 *
 * <p>Same slices, aliasing rules, checks and rounding as {@link ScalarComplexKernels}: each kernel
 * applies the same operations in the same order, so the two agree bit for bit. Lanes past the last
 * whole vector (slices of any length are allowed) are handed to the scalar twin: padded buffers never
 * have such a tail, and reusing the twin keeps one copy of the formula. Only call this class when
 * {@link madvec.simd.Simd#VECTOR} is true, or at least when {@code jdk.incubator.vector} is readable.
 */
public final class VectorComplexKernels {
    private VectorComplexKernels() {}

    /** {@code out = a + b}, lane by lane. */
    public static void add(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            DoubleVector br = DoubleVector.fromArray(D, bRe, bOff + i);
            DoubleVector bi = DoubleVector.fromArray(D, bIm, bOff + i);
            ar.add(br).intoArray(outRe, outOff + i);
            ai.add(bi).intoArray(outIm, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.add(aRe, aIm, aOff + i, bRe, bIm, bOff + i, outRe, outIm, outOff + i, n - i);
        }
    }

    /** {@code out = a - b}, lane by lane. */
    public static void sub(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            DoubleVector br = DoubleVector.fromArray(D, bRe, bOff + i);
            DoubleVector bi = DoubleVector.fromArray(D, bIm, bOff + i);
            ar.sub(br).intoArray(outRe, outOff + i);
            ai.sub(bi).intoArray(outIm, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.sub(aRe, aIm, aOff + i, bRe, bIm, bOff + i, outRe, outIm, outOff + i, n - i);
        }
    }

    /** {@code out = a * b}, rounded as {@link ScalarComplexKernels#mul}. */
    public static void mul(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            DoubleVector br = DoubleVector.fromArray(D, bRe, bOff + i);
            DoubleVector bi = DoubleVector.fromArray(D, bIm, bOff + i);
            ar.fma(br, ai.mul(bi).neg()).intoArray(outRe, outOff + i);
            ar.fma(bi, ai.mul(br)).intoArray(outIm, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.mul(aRe, aIm, aOff + i, bRe, bIm, bOff + i, outRe, outIm, outOff + i, n - i);
        }
    }

    /** {@code out = a * conj(b)}, rounded as {@link ScalarComplexKernels#mulConj}. */
    public static void mulConj(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                               double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            DoubleVector br = DoubleVector.fromArray(D, bRe, bOff + i);
            DoubleVector bi = DoubleVector.fromArray(D, bIm, bOff + i);
            ar.fma(br, ai.mul(bi)).intoArray(outRe, outOff + i);
            ai.fma(br, ar.mul(bi).neg()).intoArray(outIm, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.mulConj(aRe, aIm, aOff + i, bRe, bIm, bOff + i, outRe, outIm, outOff + i, n - i);
        }
    }

    /** {@code acc += a * b}, rounded as {@link ScalarComplexKernels#mulAdd}. */
    public static void mulAdd(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                              double[] accRe, double[] accIm, int accOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, accRe, accIm, accOff, n);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            DoubleVector br = DoubleVector.fromArray(D, bRe, bOff + i);
            DoubleVector bi = DoubleVector.fromArray(D, bIm, bOff + i);
            DoubleVector cr = DoubleVector.fromArray(D, accRe, accOff + i);
            DoubleVector ci = DoubleVector.fromArray(D, accIm, accOff + i);
            ar.fma(br, ai.neg().fma(bi, cr)).intoArray(accRe, accOff + i);
            ar.fma(bi, ai.fma(br, ci)).intoArray(accIm, accOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.mulAdd(aRe, aIm, aOff + i, bRe, bIm, bOff + i, accRe, accIm, accOff + i, n - i);
        }
    }

    /** {@code out = factor * a} for a real {@code factor}. */
    public static void scale(double factor, double[] aRe, double[] aIm, int aOff,
                             double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, n, "a");
        Slices.check(outRe, outIm, outOff, n, "out");
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector.fromArray(D, aRe, aOff + i).mul(factor).intoArray(outRe, outOff + i);
            DoubleVector.fromArray(D, aIm, aOff + i).mul(factor).intoArray(outIm, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.scale(factor, aRe, aIm, aOff + i, outRe, outIm, outOff + i, n - i);
        }
    }

    /** {@code out = s * a} for a complex constant {@code s}, rounded as {@link ScalarComplexKernels#scaleComplex}. */
    public static void scaleComplex(double sRe, double sIm, double[] aRe, double[] aIm, int aOff,
                                    double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, n, "a");
        Slices.check(outRe, outIm, outOff, n, "out");
        DoubleVector sReLanes = DoubleVector.broadcast(D, sRe);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            ar.fma(sReLanes, ai.mul(sIm).neg()).intoArray(outRe, outOff + i);
            ai.fma(sReLanes, ar.mul(sIm)).intoArray(outIm, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.scaleComplex(sRe, sIm, aRe, aIm, aOff + i, outRe, outIm, outOff + i, n - i);
        }
    }

    /** {@code out = |a|^2} into a real slice, rounded as {@link ScalarComplexKernels#abs2}. */
    public static void abs2(double[] aRe, double[] aIm, int aOff, double[] out, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, n, "a");
        Slices.check(out, outOff, n, "out");
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector ar = DoubleVector.fromArray(D, aRe, aOff + i);
            DoubleVector ai = DoubleVector.fromArray(D, aIm, aOff + i);
            ar.fma(ar, ai.mul(ai)).intoArray(out, outOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.abs2(aRe, aIm, aOff + i, out, outOff + i, n - i);
        }
    }

    /** Copies a real slice, e.g. the real or imaginary part of a complex slice. */
    public static void copy(double[] src, int srcOff, double[] dst, int dstOff, int n) {
        Slices.check(src, srcOff, n, "src");
        Slices.check(dst, dstOff, n, "dst");
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += LANES) {
            DoubleVector.fromArray(D, src, srcOff + i).intoArray(dst, dstOff + i);
        }
        if (i < n) {
            ScalarComplexKernels.copy(src, srcOff + i, dst, dstOff + i, n - i);
        }
    }
}
