package madvec.autodiff;

import madvec.autodiff.kernels.ScalarComplexDualKernels;
import madvec.autodiff.kernels.VectorComplexDualKernels;
import madvec.simd.Simd;

/**
 * Complex arithmetic of complex dual lane arrays with exact derivatives, lane by lane: each call runs
 * one SIMD kernel ({@link VectorComplexDualKernels}) or its scalar twin, chosen by {@link Simd#VECTOR}.
 *
 * <p>All arrays of a call must have the same lanes and k, and a scalar operand the same k, otherwise an
 * {@link IllegalArgumentException} names both shapes. {@code out} may be any of the inputs. Nothing is
 * allocated.
 */
public final class ComplexDualLaneMath {
    private ComplexDualLaneMath() {}

    /** {@code out = a + b}. */
    public static void add(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes out) {
        DualLaneMath.add(a.re(), b.re(), out.re());
        DualLaneMath.add(a.im(), b.im(), out.im());
    }

    /** {@code out = a - b}. */
    public static void sub(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes out) {
        DualLaneMath.sub(a.re(), b.re(), out.re());
        DualLaneMath.sub(a.im(), b.im(), out.im());
    }

    /** {@code out = a * b}. */
    public static void mul(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            VectorComplexDualKernels.mul(a.re().array(), a.im().array(), b.re().array(), b.im().array(),
                    out.re().array(), out.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.mul(a.re().array(), a.im().array(), b.re().array(), b.im().array(),
                    out.re().array(), out.im().array(), a.stride(), a.k());
        }
    }

    /** {@code out = a * conj(b)}. */
    public static void mulConj(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            VectorComplexDualKernels.mulConj(a.re().array(), a.im().array(), b.re().array(), b.im().array(),
                    out.re().array(), out.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.mulConj(a.re().array(), a.im().array(), b.re().array(), b.im().array(),
                    out.re().array(), out.im().array(), a.stride(), a.k());
        }
    }

    /** {@code acc += a * b}: the multiply-add of amplitude sums. */
    public static void mulAdd(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes acc) {
        check(a, b, acc);
        if (Simd.VECTOR) {
            VectorComplexDualKernels.mulAdd(a.re().array(), a.im().array(), b.re().array(), b.im().array(),
                    acc.re().array(), acc.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.mulAdd(a.re().array(), a.im().array(), b.re().array(), b.im().array(),
                    acc.re().array(), acc.im().array(), a.stride(), a.k());
        }
    }

    /** {@code out = a * s}, s a lane-uniform complex dual (a coupling). */
    public static void scale(ComplexDualLanes a, ComplexDualScalar s, ComplexDualLanes out) {
        check(a, out);
        double[] sr = a.re().checkK(s.re()).components();
        double[] si = s.im().components();
        if (Simd.VECTOR) {
            VectorComplexDualKernels.mulUniform(a.re().array(), a.im().array(), sr, si, out.re().array(),
                    out.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.mulUniform(a.re().array(), a.im().array(), sr, si, out.re().array(),
                    out.im().array(), a.stride(), a.k());
        }
    }

    /** {@code out = a * s}, s a lane-uniform real dual. */
    public static void scale(ComplexDualLanes a, DualScalar s, ComplexDualLanes out) {
        check(a, out);
        double[] sc = a.re().checkK(s).components();
        if (Simd.VECTOR) {
            VectorComplexDualKernels.mulRealUniform(a.re().array(), a.im().array(), sc, out.re().array(),
                    out.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.mulRealUniform(a.re().array(), a.im().array(), sc, out.re().array(),
                    out.im().array(), a.stride(), a.k());
        }
    }

    /** {@code out = a * f} for a real constant f. */
    public static void scale(ComplexDualLanes a, double f, ComplexDualLanes out) {
        DualLaneMath.scale(a.re(), f, out.re());
        DualLaneMath.scale(a.im(), f, out.im());
    }

    /** {@code out = a * r}, r a per-lane real dual (a propagator denominator, a weight). */
    public static void mul(ComplexDualLanes a, DualLanes r, ComplexDualLanes out) {
        check(a, out);
        a.re().checkSameShape(r);
        if (Simd.VECTOR) {
            VectorComplexDualKernels.mulReal(a.re().array(), a.im().array(), r.array(), out.re().array(),
                    out.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.mulReal(a.re().array(), a.im().array(), r.array(), out.re().array(),
                    out.im().array(), a.stride(), a.k());
        }
    }

    /** {@code out = 1 / a}, derivative {@code -a'/a^2}. */
    public static void reciprocal(ComplexDualLanes a, ComplexDualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            VectorComplexDualKernels.reciprocal(a.re().array(), a.im().array(), out.re().array(),
                    out.im().array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.reciprocal(a.re().array(), a.im().array(), out.re().array(),
                    out.im().array(), a.stride(), a.k());
        }
    }

    /** {@code out = |a|^2}, a real dual lane array. */
    public static void abs2(ComplexDualLanes a, DualLanes out) {
        a.re().checkSameShape(out);
        if (Simd.VECTOR) {
            VectorComplexDualKernels.abs2(a.re().array(), a.im().array(), out.array(), a.stride(), a.k());
        } else {
            ScalarComplexDualKernels.abs2(a.re().array(), a.im().array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = conj(a)}. */
    public static void conj(ComplexDualLanes a, ComplexDualLanes out) {
        check(a, out);
        if (a != out) {
            out.re().copyFrom(a.re());
        }
        DualLaneMath.neg(a.im(), out.im());
    }

    /** {@code out = i a}: {@code (-im) + i re}. */
    public static void timesI(ComplexDualLanes a, ComplexDualLanes out) {
        check(a, out);
        double[] re = a.re().array();
        double[] im = a.im().array();
        if (a == out) {
            for (int i = 0; i < re.length; i++) {
                double r = re[i];
                re[i] = -im[i];
                im[i] = r;
            }
        } else {
            DualLaneMath.neg(a.im(), out.re());
            out.im().copyFrom(a.re());
        }
    }

    /** {@code out = re(a)}, value and tangents. */
    public static void real(ComplexDualLanes a, DualLanes out) {
        out.copyFrom(a.re());
    }

    /** {@code out = im(a)}, value and tangents. */
    public static void imag(ComplexDualLanes a, DualLanes out) {
        out.copyFrom(a.im());
    }

    /** {@code out = r + i 0}: a real dual lane array as a complex one. */
    public static void fromReal(DualLanes r, ComplexDualLanes out) {
        out.re().copyFrom(r);
        java.util.Arrays.fill(out.im().array(), 0.0);
    }

    private static void check(ComplexDualLanes a, ComplexDualLanes out) {
        a.re().checkSameShape(out.re());
    }

    private static void check(ComplexDualLanes a, ComplexDualLanes b, ComplexDualLanes out) {
        a.re().checkSameShape(b.re());
        a.re().checkSameShape(out.re());
    }
}
