package madvec.simd.kernels;

/**
 * Scalar twins of {@link VectorComplexKernels}: the fallback when the Vector API is unavailable and
 * the oracle the vector kernels are tested against.
 *
 * <p>Every kernel works on slices: operand {@code x} is lanes {@code [xOff, xOff + n)} of the arrays
 * {@code xRe} (real parts) and {@code xIm} (imaginary parts), so kernels run on buffers of their own
 * or on pieces of a larger workspace; {@code n} may be any length. Each operation is written in the
 * same order, with {@link Math#fma} in the same places, as its vector twin, so both round identically
 * and agree bit for bit. An output slice may be the very same slice as an input (same arrays, same
 * offset): each lane is read before it is written. Partially overlapping slices are not supported.
 * Every kernel throws {@link IndexOutOfBoundsException} if a slice does not fit its arrays and
 * {@link IllegalArgumentException} if {@code n} is negative, before writing anything.
 */
public final class ScalarComplexKernels {
    private ScalarComplexKernels() {}

    /** {@code out = a + b}, lane by lane. */
    public static void add(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        for (int i = 0; i < n; i++) {
            outRe[outOff + i] = aRe[aOff + i] + bRe[bOff + i];
            outIm[outOff + i] = aIm[aOff + i] + bIm[bOff + i];
        }
    }

    /** {@code out = a - b}, lane by lane. */
    public static void sub(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        for (int i = 0; i < n; i++) {
            outRe[outOff + i] = aRe[aOff + i] - bRe[bOff + i];
            outIm[outOff + i] = aIm[aOff + i] - bIm[bOff + i];
        }
    }

    /** {@code out = a * b}: real part {@code fma(aRe, bRe, -(aIm bIm))}, imaginary {@code fma(aRe, bIm, aIm bRe)}. */
    public static void mul(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                           double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        for (int i = 0; i < n; i++) {
            double ar = aRe[aOff + i];
            double ai = aIm[aOff + i];
            double br = bRe[bOff + i];
            double bi = bIm[bOff + i];
            outRe[outOff + i] = Math.fma(ar, br, -(ai * bi));
            outIm[outOff + i] = Math.fma(ar, bi, ai * br);
        }
    }

    /** {@code out = a * conj(b)}: real part {@code fma(aRe, bRe, aIm bIm)}, imaginary {@code fma(aIm, bRe, -(aRe bIm))}. */
    public static void mulConj(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                               double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, outRe, outIm, outOff, n);
        for (int i = 0; i < n; i++) {
            double ar = aRe[aOff + i];
            double ai = aIm[aOff + i];
            double br = bRe[bOff + i];
            double bi = bIm[bOff + i];
            outRe[outOff + i] = Math.fma(ar, br, ai * bi);
            outIm[outOff + i] = Math.fma(ai, br, -(ar * bi));
        }
    }

    /**
     * {@code acc += a * b}: real part {@code fma(aRe, bRe, fma(-aIm, bIm, accRe))}, imaginary
     * {@code fma(aRe, bIm, fma(aIm, bRe, accIm))}. The accumulator may be the same slice as a or b.
     */
    public static void mulAdd(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                              double[] accRe, double[] accIm, int accOff, int n) {
        Slices.check(aRe, aIm, aOff, bRe, bIm, bOff, accRe, accIm, accOff, n);
        for (int i = 0; i < n; i++) {
            double ar = aRe[aOff + i];
            double ai = aIm[aOff + i];
            double br = bRe[bOff + i];
            double bi = bIm[bOff + i];
            double cr = accRe[accOff + i];
            double ci = accIm[accOff + i];
            accRe[accOff + i] = Math.fma(ar, br, Math.fma(-ai, bi, cr));
            accIm[accOff + i] = Math.fma(ar, bi, Math.fma(ai, br, ci));
        }
    }

    /** {@code out = factor * a} for a real {@code factor}. */
    public static void scale(double factor, double[] aRe, double[] aIm, int aOff,
                             double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, n, "a");
        Slices.check(outRe, outIm, outOff, n, "out");
        for (int i = 0; i < n; i++) {
            outRe[outOff + i] = aRe[aOff + i] * factor;
            outIm[outOff + i] = aIm[aOff + i] * factor;
        }
    }

    /** {@code out = s * a} for a complex constant {@code s = sRe + i sIm}, rounded as {@link #mul}. */
    public static void scaleComplex(double sRe, double sIm, double[] aRe, double[] aIm, int aOff,
                                    double[] outRe, double[] outIm, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, n, "a");
        Slices.check(outRe, outIm, outOff, n, "out");
        for (int i = 0; i < n; i++) {
            double ar = aRe[aOff + i];
            double ai = aIm[aOff + i];
            outRe[outOff + i] = Math.fma(sRe, ar, -(sIm * ai));
            outIm[outOff + i] = Math.fma(sRe, ai, sIm * ar);
        }
    }

    /** {@code out = |a|^2 = fma(aRe, aRe, aIm aIm)} into a real slice. */
    public static void abs2(double[] aRe, double[] aIm, int aOff, double[] out, int outOff, int n) {
        Slices.check(aRe, aIm, aOff, n, "a");
        Slices.check(out, outOff, n, "out");
        for (int i = 0; i < n; i++) {
            double ai = aIm[aOff + i];
            out[outOff + i] = Math.fma(aRe[aOff + i], aRe[aOff + i], ai * ai);
        }
    }

    /**
     * Copies a real slice: how the real part ({@code src = zRe}) or the imaginary part
     * ({@code src = zIm}) of a complex slice is taken out.
     */
    public static void copy(double[] src, int srcOff, double[] dst, int dstOff, int n) {
        Slices.check(src, srcOff, n, "src");
        Slices.check(dst, dstOff, n, "dst");
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = src[srcOff + i];
        }
    }
}
