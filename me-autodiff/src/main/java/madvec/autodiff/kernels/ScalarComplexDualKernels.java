package madvec.autodiff.kernels;

/**
 * Plain-Java kernels over complex dual lane arrays: the scalar twin of
 * {@link VectorComplexDualKernels} (same signatures, same arithmetic in the same order), its test
 * oracle and the fallback without the Vector API. Contracts as there.
 */
public final class ScalarComplexDualKernels {
    private ScalarComplexDualKernels() {}

    /** {@code out = a * b}: {@code (ar br - ai bi) + i (ar bi + ai br)} and its product rule. */
    public static void mul(double[] ar, double[] ai, double[] br, double[] bi, double[] outRe, double[] outIm,
            int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            double br0 = br[i];
            double bi0 = bi[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double arc = ar[o];
                double aic = ai[o];
                double brc = br[o];
                double bic = bi[o];
                outRe[o] = ar0 * brc + arc * br0 - (ai0 * bic + aic * bi0);
                outIm[o] = ar0 * bic + arc * bi0 + (ai0 * brc + aic * br0);
            }
            outRe[i] = ar0 * br0 - ai0 * bi0;
            outIm[i] = ar0 * bi0 + ai0 * br0;
        }
    }

    /** {@code out = a * conj(b)}: {@code (ar br + ai bi) + i (ai br - ar bi)} and its product rule. */
    public static void mulConj(double[] ar, double[] ai, double[] br, double[] bi, double[] outRe, double[] outIm,
            int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            double br0 = br[i];
            double bi0 = bi[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double arc = ar[o];
                double aic = ai[o];
                double brc = br[o];
                double bic = bi[o];
                outRe[o] = ar0 * brc + arc * br0 + (ai0 * bic + aic * bi0);
                outIm[o] = ai0 * brc + aic * br0 - (ar0 * bic + arc * bi0);
            }
            outRe[i] = ar0 * br0 + ai0 * bi0;
            outIm[i] = ai0 * br0 - ar0 * bi0;
        }
    }

    /** {@code acc += a * b}, value and tangents. */
    public static void mulAdd(double[] ar, double[] ai, double[] br, double[] bi, double[] accRe, double[] accIm,
            int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            double br0 = br[i];
            double bi0 = bi[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double arc = ar[o];
                double aic = ai[o];
                double brc = br[o];
                double bic = bi[o];
                double re = ar0 * brc + arc * br0 - (ai0 * bic + aic * bi0);
                double im = ar0 * bic + arc * bi0 + (ai0 * brc + aic * br0);
                accRe[o] = accRe[o] + re;
                accIm[o] = accIm[o] + im;
            }
            double re = accRe[i] + (ar0 * br0 - ai0 * bi0);
            double im = accIm[i] + (ar0 * bi0 + ai0 * br0);
            accRe[i] = re;
            accIm[i] = im;
        }
    }

    /** {@code out = a * s} for a lane-uniform complex dual s (components {@code sr}, {@code si}). */
    public static void mulUniform(double[] ar, double[] ai, double[] sr, double[] si, double[] outRe,
            double[] outIm, int stride, int k) {
        double sr0 = sr[0];
        double si0 = si[0];
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                double arc = ar[o];
                double aic = ai[o];
                double src = sr[c];
                double sic = si[c];
                outRe[o] = ar0 * src + arc * sr0 - (ai0 * sic + aic * si0);
                outIm[o] = ar0 * sic + arc * si0 + (ai0 * src + aic * sr0);
            }
            outRe[i] = ar0 * sr0 - ai0 * si0;
            outIm[i] = ar0 * si0 + ai0 * sr0;
        }
    }

    /** {@code out = a * r} for a per-lane real dual r. */
    public static void mulReal(double[] ar, double[] ai, double[] r, double[] outRe, double[] outIm, int stride,
            int k) {
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            double r0 = r[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double rc = r[o];
                double re = Math.fma(ar0, rc, ar[o] * r0);
                double im = Math.fma(ai0, rc, ai[o] * r0);
                outRe[o] = re;
                outIm[o] = im;
            }
            outRe[i] = ar0 * r0;
            outIm[i] = ai0 * r0;
        }
    }

    /** {@code out = a * s} for a lane-uniform real dual s. */
    public static void mulRealUniform(double[] ar, double[] ai, double[] s, double[] outRe, double[] outIm,
            int stride, int k) {
        double s0 = s[0];
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                double sc = s[c];
                double re = Math.fma(ar0, sc, ar[o] * s0);
                double im = Math.fma(ai0, sc, ai[o] * s0);
                outRe[o] = re;
                outIm[o] = im;
            }
            outRe[i] = ar0 * s0;
            outIm[i] = ai0 * s0;
        }
    }

    /** {@code out = |a|^2 = ar^2 + ai^2}, a real dual: tangents {@code 2 (ar ar' + ai ai')}. */
    public static void abs2(double[] ar, double[] ai, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double t = ar0 * ar[o] + ai0 * ai[o];
                out[o] = t + t;
            }
            out[i] = ar0 * ar0 + ai0 * ai0;
        }
    }

    /** {@code out = 1 / a = conj(a) / |a|^2}: tangents {@code -a' / a^2}. */
    public static void reciprocal(double[] ar, double[] ai, double[] outRe, double[] outIm, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double ar0 = ar[i];
            double ai0 = ai[i];
            double inverseNorm = 1.0 / (ar0 * ar0 + ai0 * ai0);
            double wr = ar0 * inverseNorm;
            double wi = -(ai0 * inverseNorm);
            // -w^2, the complex derivative of 1/z
            double gr = wi * wi - wr * wr;
            double gi = wr * wi * -2.0;
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double dr = ar[o];
                double di = ai[o];
                outRe[o] = dr * gr - di * gi;
                outIm[o] = dr * gi + di * gr;
            }
            outRe[i] = wr;
            outIm[i] = wi;
        }
    }
}
