package madvec.autodiff.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * Vector API kernels over complex dual lane arrays (real and imaginary parts as two dual lane arrays
 * of the layout of {@link VectorDualKernels}); twin of {@link ScalarComplexDualKernels}, with the same
 * arithmetic in the same order, so the two agree bit for bit.
 *
 * <p>A complex tangent is {@code re_c + i im_c}; every product follows the product rule on complex
 * numbers. A lane-uniform complex operand is given as the components of its real and imaginary
 * {@code DualScalar}s. Outputs may alias inputs: each component of both parts is loaded before
 * either is stored, and values are stored after the tangents.
 */
public final class VectorComplexDualKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private VectorComplexDualKernels() {}

    /** {@code out = a * b}: {@code (ar br - ai bi) + i (ar bi + ai br)} and its product rule. */
    public static void mul(double[] ar, double[] ai, double[] br, double[] bi, double[] outRe, double[] outIm,
            int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            DoubleVector br0 = DoubleVector.fromArray(D, br, i);
            DoubleVector bi0 = DoubleVector.fromArray(D, bi, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector arc = DoubleVector.fromArray(D, ar, o);
                DoubleVector aic = DoubleVector.fromArray(D, ai, o);
                DoubleVector brc = DoubleVector.fromArray(D, br, o);
                DoubleVector bic = DoubleVector.fromArray(D, bi, o);
                DoubleVector re = ar0.mul(brc).add(arc.mul(br0)).sub(ai0.mul(bic).add(aic.mul(bi0)));
                DoubleVector im = ar0.mul(bic).add(arc.mul(bi0)).add(ai0.mul(brc).add(aic.mul(br0)));
                re.intoArray(outRe, o);
                im.intoArray(outIm, o);
            }
            DoubleVector re = ar0.mul(br0).sub(ai0.mul(bi0));
            ar0.mul(bi0).add(ai0.mul(br0)).intoArray(outIm, i);
            re.intoArray(outRe, i);
        }
    }

    /** {@code out = a * conj(b)}: {@code (ar br + ai bi) + i (ai br - ar bi)} and its product rule. */
    public static void mulConj(double[] ar, double[] ai, double[] br, double[] bi, double[] outRe, double[] outIm,
            int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            DoubleVector br0 = DoubleVector.fromArray(D, br, i);
            DoubleVector bi0 = DoubleVector.fromArray(D, bi, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector arc = DoubleVector.fromArray(D, ar, o);
                DoubleVector aic = DoubleVector.fromArray(D, ai, o);
                DoubleVector brc = DoubleVector.fromArray(D, br, o);
                DoubleVector bic = DoubleVector.fromArray(D, bi, o);
                DoubleVector re = ar0.mul(brc).add(arc.mul(br0)).add(ai0.mul(bic).add(aic.mul(bi0)));
                DoubleVector im = ai0.mul(brc).add(aic.mul(br0)).sub(ar0.mul(bic).add(arc.mul(bi0)));
                re.intoArray(outRe, o);
                im.intoArray(outIm, o);
            }
            DoubleVector re = ar0.mul(br0).add(ai0.mul(bi0));
            ai0.mul(br0).sub(ar0.mul(bi0)).intoArray(outIm, i);
            re.intoArray(outRe, i);
        }
    }

    /** {@code acc += a * b}, value and tangents. */
    public static void mulAdd(double[] ar, double[] ai, double[] br, double[] bi, double[] accRe, double[] accIm,
            int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            DoubleVector br0 = DoubleVector.fromArray(D, br, i);
            DoubleVector bi0 = DoubleVector.fromArray(D, bi, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector arc = DoubleVector.fromArray(D, ar, o);
                DoubleVector aic = DoubleVector.fromArray(D, ai, o);
                DoubleVector brc = DoubleVector.fromArray(D, br, o);
                DoubleVector bic = DoubleVector.fromArray(D, bi, o);
                DoubleVector re = ar0.mul(brc).add(arc.mul(br0)).sub(ai0.mul(bic).add(aic.mul(bi0)));
                DoubleVector im = ar0.mul(bic).add(arc.mul(bi0)).add(ai0.mul(brc).add(aic.mul(br0)));
                re = DoubleVector.fromArray(D, accRe, o).add(re);
                im = DoubleVector.fromArray(D, accIm, o).add(im);
                re.intoArray(accRe, o);
                im.intoArray(accIm, o);
            }
            DoubleVector re = DoubleVector.fromArray(D, accRe, i).add(ar0.mul(br0).sub(ai0.mul(bi0)));
            DoubleVector im = DoubleVector.fromArray(D, accIm, i).add(ar0.mul(bi0).add(ai0.mul(br0)));
            re.intoArray(accRe, i);
            im.intoArray(accIm, i);
        }
    }

    /** {@code out = a * s} for a lane-uniform complex dual s (components {@code sr}, {@code si}). */
    public static void mulUniform(double[] ar, double[] ai, double[] sr, double[] si, double[] outRe,
            double[] outIm, int stride, int k) {
        double sr0 = sr[0];
        double si0 = si[0];
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                DoubleVector arc = DoubleVector.fromArray(D, ar, o);
                DoubleVector aic = DoubleVector.fromArray(D, ai, o);
                double src = sr[c];
                double sic = si[c];
                DoubleVector re = ar0.mul(src).add(arc.mul(sr0)).sub(ai0.mul(sic).add(aic.mul(si0)));
                DoubleVector im = ar0.mul(sic).add(arc.mul(si0)).add(ai0.mul(src).add(aic.mul(sr0)));
                re.intoArray(outRe, o);
                im.intoArray(outIm, o);
            }
            DoubleVector re = ar0.mul(sr0).sub(ai0.mul(si0));
            ar0.mul(si0).add(ai0.mul(sr0)).intoArray(outIm, i);
            re.intoArray(outRe, i);
        }
    }

    /** {@code out = a * r} for a per-lane real dual r. */
    public static void mulReal(double[] ar, double[] ai, double[] r, double[] outRe, double[] outIm, int stride,
            int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            DoubleVector r0 = DoubleVector.fromArray(D, r, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector rc = DoubleVector.fromArray(D, r, o);
                DoubleVector re = ar0.fma(rc, DoubleVector.fromArray(D, ar, o).mul(r0));
                DoubleVector im = ai0.fma(rc, DoubleVector.fromArray(D, ai, o).mul(r0));
                re.intoArray(outRe, o);
                im.intoArray(outIm, o);
            }
            DoubleVector re = ar0.mul(r0);
            ai0.mul(r0).intoArray(outIm, i);
            re.intoArray(outRe, i);
        }
    }

    /** {@code out = a * s} for a lane-uniform real dual s. */
    public static void mulRealUniform(double[] ar, double[] ai, double[] s, double[] outRe, double[] outIm,
            int stride, int k) {
        double s0 = s[0];
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                DoubleVector sc = DoubleVector.broadcast(D, s[c]);
                DoubleVector re = ar0.fma(sc, DoubleVector.fromArray(D, ar, o).mul(s0));
                DoubleVector im = ai0.fma(sc, DoubleVector.fromArray(D, ai, o).mul(s0));
                re.intoArray(outRe, o);
                im.intoArray(outIm, o);
            }
            DoubleVector re = ar0.mul(s0);
            ai0.mul(s0).intoArray(outIm, i);
            re.intoArray(outRe, i);
        }
    }

    /** {@code out = |a|^2 = ar^2 + ai^2}, a real dual: tangents {@code 2 (ar ar' + ai ai')}. */
    public static void abs2(double[] ar, double[] ai, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector t = ar0.mul(DoubleVector.fromArray(D, ar, o)).add(ai0.mul(DoubleVector.fromArray(D, ai, o)));
                t.add(t).intoArray(out, o);
            }
            ar0.mul(ar0).add(ai0.mul(ai0)).intoArray(out, i);
        }
    }

    /** {@code out = 1 / a = conj(a) / |a|^2}: tangents {@code -a' / a^2}. */
    public static void reciprocal(double[] ar, double[] ai, double[] outRe, double[] outIm, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector ar0 = DoubleVector.fromArray(D, ar, i);
            DoubleVector ai0 = DoubleVector.fromArray(D, ai, i);
            DoubleVector inverseNorm = DoubleVector.broadcast(D, 1.0).div(ar0.mul(ar0).add(ai0.mul(ai0)));
            DoubleVector wr = ar0.mul(inverseNorm);
            DoubleVector wi = ai0.mul(inverseNorm).neg();
            // -w^2, the complex derivative of 1/z
            DoubleVector gr = wi.mul(wi).sub(wr.mul(wr));
            DoubleVector gi = wr.mul(wi).mul(-2.0);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector dr = DoubleVector.fromArray(D, ar, o);
                DoubleVector di = DoubleVector.fromArray(D, ai, o);
                DoubleVector re = dr.mul(gr).sub(di.mul(gi));
                DoubleVector im = dr.mul(gi).add(di.mul(gr));
                re.intoArray(outRe, o);
                im.intoArray(outIm, o);
            }
            wr.intoArray(outRe, i);
            wi.intoArray(outIm, i);
        }
    }
}
