package madvec.autodiff.kernels;

import static jdk.incubator.vector.VectorOperators.ATAN2;
import static jdk.incubator.vector.VectorOperators.COS;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.EXP;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.IS_NAN;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LOG;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.SIN;
import static jdk.incubator.vector.VectorOperators.SQRT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * Vector API kernels over dual lane arrays, one lane per phase-space point; the twin of
 * {@link PlainDualKernels}, which is its test oracle and fallback, with the same arithmetic in the
 * same order (so the two agree bit for bit except in the lanewise transcendental operators).
 *
 * <p>Arrays use the layout of {@code madvec.autodiff.DualLanes}: component c (0 = value, 1..k =
 * tangents) of lane i at {@code c * stride + i}; {@code stride} must be a multiple of
 * {@link Species#LANES}, and every array at least {@code (k + 1) * stride} long. A lane-uniform dual
 * operand {@code s} is its components, value first ({@code k + 1} entries). Callers (the facades in
 * {@code madvec.autodiff}) check shapes; {@code out} may alias any input, which is why every kernel
 * writes the value component of a chunk last. Each kernel computes f(x) and f'(x) once per chunk and
 * applies f'(x) to all k tangents.
 */
public final class SimdDualKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdDualKernels() {}

    /** {@code out = a + b}, every component. */
    public static void add(double[] a, double[] b, double[] out, int stride, int k) {
        int n = (k + 1) * stride;
        for (int i = 0; i < n; i += L) {
            DoubleVector.fromArray(D, a, i).add(DoubleVector.fromArray(D, b, i)).intoArray(out, i);
        }
    }

    /** {@code out = a - b}, every component. */
    public static void sub(double[] a, double[] b, double[] out, int stride, int k) {
        int n = (k + 1) * stride;
        for (int i = 0; i < n; i += L) {
            DoubleVector.fromArray(D, a, i).sub(DoubleVector.fromArray(D, b, i)).intoArray(out, i);
        }
    }

    /** {@code out = a * f} for a constant f, every component. */
    public static void scale(double[] a, double f, double[] out, int stride, int k) {
        int n = (k + 1) * stride;
        for (int i = 0; i < n; i += L) {
            DoubleVector.fromArray(D, a, i).mul(f).intoArray(out, i);
        }
    }

    /** {@code out = a + c} for a constant c: value shifted, tangents copied. */
    public static void addConstant(double[] a, double c, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector.fromArray(D, a, i).add(c).intoArray(out, i);
        }
        if (a != out) {
            System.arraycopy(a, stride, out, stride, k * stride);
        }
    }

    /** {@code out = a + s} for a lane-uniform dual s. */
    public static void addUniform(double[] a, double[] s, double[] out, int stride, int k) {
        for (int c = 0; c <= k; c++) {
            double sc = s[c];
            for (int i = c * stride, end = i + stride; i < end; i += L) {
                DoubleVector.fromArray(D, a, i).add(sc).intoArray(out, i);
            }
        }
    }

    /** {@code out = a - s} for a lane-uniform dual s. */
    public static void subUniform(double[] a, double[] s, double[] out, int stride, int k) {
        for (int c = 0; c <= k; c++) {
            double sc = s[c];
            for (int i = c * stride, end = i + stride; i < end; i += L) {
                DoubleVector.fromArray(D, a, i).sub(sc).intoArray(out, i);
            }
        }
    }

    /** {@code out = s - a} for a lane-uniform dual s. */
    public static void uniformSub(double[] s, double[] a, double[] out, int stride, int k) {
        for (int c = 0; c <= k; c++) {
            DoubleVector sc = DoubleVector.broadcast(D, s[c]);
            for (int i = c * stride, end = i + stride; i < end; i += L) {
                sc.sub(DoubleVector.fromArray(D, a, i)).intoArray(out, i);
            }
        }
    }

    /** {@code out = a * b}: tangents {@code a b' + a' b}. */
    public static void mul(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, i);
            DoubleVector b0 = DoubleVector.fromArray(D, b, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector bc = DoubleVector.fromArray(D, b, o);
                a0.fma(bc, DoubleVector.fromArray(D, a, o).mul(b0)).intoArray(out, o);
            }
            a0.mul(b0).intoArray(out, i);
        }
    }

    /**
     * {@code out = a * b + c}: the value and tangents of {@link #mul} followed by {@link #add}, rounded as
     * they are (the value's product is not fused), in one pass; {@code out} may be any input.
     */
    public static void mulAdd(double[] a, double[] b, double[] c, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, i);
            DoubleVector b0 = DoubleVector.fromArray(D, b, i);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector bc = DoubleVector.fromArray(D, b, o);
                a0.fma(bc, DoubleVector.fromArray(D, a, o).mul(b0)).add(DoubleVector.fromArray(D, c, o)).intoArray(out, o);
            }
            a0.mul(b0).add(DoubleVector.fromArray(D, c, i)).intoArray(out, i);
        }
    }

    /** {@code out = a * s} for a lane-uniform dual s: tangents {@code a s' + a' s}. */
    public static void mulUniform(double[] a, double[] s, double[] out, int stride, int k) {
        double s0 = s[0];
        for (int i = 0; i < stride; i += L) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, i);
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                DoubleVector sc = DoubleVector.broadcast(D, s[c]);
                a0.fma(sc, DoubleVector.fromArray(D, a, o).mul(s0)).intoArray(out, o);
            }
            a0.mul(s0).intoArray(out, i);
        }
    }

    /** {@code out = a / s} for a lane-uniform dual s: tangents {@code (a' - q s') / s}. */
    public static void divUniform(double[] a, double[] s, double[] out, int stride, int k) {
        double s0 = s[0];
        for (int i = 0; i < stride; i += L) {
            DoubleVector q = DoubleVector.fromArray(D, a, i).div(s0);
            DoubleVector negQ = q.neg();
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                DoubleVector sc = DoubleVector.broadcast(D, s[c]);
                negQ.fma(sc, DoubleVector.fromArray(D, a, o)).div(s0).intoArray(out, o);
            }
            q.intoArray(out, i);
        }
    }

    /** {@code out = a / b}: tangents {@code (a' - q b') / b} with {@code q = a / b}. */
    public static void div(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector b0 = DoubleVector.fromArray(D, b, i);
            DoubleVector q = DoubleVector.fromArray(D, a, i).div(b0);
            DoubleVector negQ = q.neg();
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector bc = DoubleVector.fromArray(D, b, o);
                negQ.fma(bc, DoubleVector.fromArray(D, a, o)).div(b0).intoArray(out, o);
            }
            q.intoArray(out, i);
        }
    }

    /** {@code out = s / a} for a lane-uniform dual s: tangents {@code (s' - q a') / a}. */
    public static void uniformDiv(double[] s, double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, i);
            DoubleVector q = DoubleVector.broadcast(D, s[0]).div(a0);
            DoubleVector negQ = q.neg();
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                DoubleVector ac = DoubleVector.fromArray(D, a, o);
                negQ.fma(ac, DoubleVector.broadcast(D, s[c])).div(a0).intoArray(out, o);
            }
            q.intoArray(out, i);
        }
    }

    /** {@code out = 1 / a}: derivative {@code -1/a^2}. */
    public static void reciprocal(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector r = DoubleVector.broadcast(D, 1.0).div(DoubleVector.fromArray(D, a, i));
            applyDerivative(a, out, stride, k, i, r.mul(r).neg());
            r.intoArray(out, i);
        }
    }

    /** {@code out = a^2}: derivative {@code 2a}. */
    public static void square(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            applyDerivative(a, out, stride, k, i, x.add(x));
            x.mul(x).intoArray(out, i);
        }
    }

    /** {@code out = sqrt(a)}: derivative {@code 1/(2 sqrt a)}; a zero tangent stays 0 at a = 0. */
    public static void sqrt(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector s = DoubleVector.fromArray(D, a, i).lanewise(SQRT);
            applyDerivativeKeepingZeros(a, out, stride, k, i, DoubleVector.broadcast(D, 0.5).div(s));
            s.intoArray(out, i);
        }
    }

    /** {@code out = a^n} for integer n by binary powering: derivative {@code n a^(n-1)}. */
    public static void powInt(double[] a, int n, double[] out, int stride, int k) {
        if (n == 0) {
            constantOne(out, stride, k);
        } else if (n > 0) {
            powPositive(a, n, out, stride, k);
        } else {
            powNegative(a, n, out, stride, k);
        }
    }

    private static void powPositive(double[] a, int n, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            DoubleVector p = power(x, n - 1);
            applyDerivative(a, out, stride, k, i, p.mul(n));
            p.mul(x).intoArray(out, i);
        }
    }

    private static void powNegative(double[] a, int n, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            DoubleVector v = DoubleVector.broadcast(D, 1.0).div(power(x, -n));
            applyDerivative(a, out, stride, k, i, v.mul(n).div(x));
            v.intoArray(out, i);
        }
    }

    /**
     * x^m for m >= 0 by squaring, in the same order as {@link PlainDualKernels}. Shaped for C2: a
     * counted loop over the bits of m, and b squared unconditionally (the last square is unused),
     * since a conditional update of b made C2 box the vectors (measured: 128 bytes per chunk).
     */
    private static DoubleVector power(DoubleVector x, int m) {
        DoubleVector r = DoubleVector.broadcast(D, 1.0);
        DoubleVector b = x;
        int bits = 32 - Integer.numberOfLeadingZeros(m);
        for (int bit = 0; bit < bits; bit++) {
            if ((m >>> bit & 1) != 0) {
                r = r.mul(b);
            }
            b = b.mul(b);
        }
        return r;
    }

    private static void constantOne(double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector.broadcast(D, 1.0).intoArray(out, i);
        }
        for (int i = stride, n = (k + 1) * stride; i < n; i += L) {
            DoubleVector.zero(D).intoArray(out, i);
        }
    }

    /**
     * {@code out = a^p} for a constant real p, as {@link Math#pow}: derivative {@code p a^p / a}
     * ({@code p 0^(p-1)} at a = 0); a zero tangent stays 0 where that is infinite.
     *
     * <p>The value is {@link Math#pow} lane by lane: JDK 25 has no SVML POW below AVX-512, and the
     * Java fallback of {@code lanewise(POW)} allocates on every call. The value is staged in the
     * value slot of {@code out} (each lane of a read before it is overwritten), then the derivative
     * is vectorised.
     */
    public static void pow(double[] a, double p, double[] out, int stride, int k) {
        if (p == 0.0) {
            constantOne(out, stride, k);
            return;
        }
        double slopeAtZero = p * Math.pow(0.0, p - 1.0);
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            for (int j = i; j < i + L; j++) {
                out[j] = Math.pow(a[j], p);
            }
            DoubleVector v = DoubleVector.fromArray(D, out, i);
            DoubleVector d = v.div(x).mul(p).blend(slopeAtZero, x.compare(EQ, 0.0));
            applyDerivativeKeepingZeros(a, out, stride, k, i, d);
        }
    }

    /** {@code out = exp(a)}: derivative {@code exp(a)}. */
    public static void exp(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector e = DoubleVector.fromArray(D, a, i).lanewise(EXP);
            applyDerivative(a, out, stride, k, i, e);
            e.intoArray(out, i);
        }
    }

    /** {@code out = log(a)}: derivative {@code 1/a}. */
    public static void log(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            applyDerivative(a, out, stride, k, i, DoubleVector.broadcast(D, 1.0).div(x));
            x.lanewise(LOG).intoArray(out, i);
        }
    }

    /** {@code out = sin(a)}: derivative {@code cos(a)}. */
    public static void sin(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            applyDerivative(a, out, stride, k, i, x.lanewise(COS));
            x.lanewise(SIN).intoArray(out, i);
        }
    }

    /** {@code out = cos(a)}: derivative {@code -sin(a)}. */
    public static void cos(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            applyDerivative(a, out, stride, k, i, x.lanewise(SIN).neg());
            x.lanewise(COS).intoArray(out, i);
        }
    }

    /**
     * {@code s = sin(a)} and {@code c = cos(a)} in one pass, each transcendental once (as {@link #sin}
     * and {@link #cos} give them: the same numbers, half the work).
     */
    public static void sinCos(double[] a, double[] s, double[] c, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            DoubleVector sn = x.lanewise(SIN), cs = x.lanewise(COS), nsn = sn.neg();
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector t = DoubleVector.fromArray(D, a, o);
                t.mul(cs).intoArray(s, o);
                t.mul(nsn).intoArray(c, o);
            }
            sn.intoArray(s, i);
            cs.intoArray(c, i);
        }
    }

    /** {@code out = atan2(y, x)}: tangents {@code (x y' - y x') / (x^2 + y^2)}. */
    public static void atan2(double[] y, double[] x, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector y0 = DoubleVector.fromArray(D, y, i);
            DoubleVector x0 = DoubleVector.fromArray(D, x, i);
            DoubleVector inverseR2 = DoubleVector.broadcast(D, 1.0).div(x0.mul(x0).add(y0.mul(y0)));
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                DoubleVector dy = DoubleVector.fromArray(D, y, o);
                DoubleVector dx = DoubleVector.fromArray(D, x, o);
                x0.mul(dy).sub(y0.mul(dx)).mul(inverseR2).intoArray(out, o);
            }
            y0.lanewise(ATAN2, x0).intoArray(out, i);
        }
    }

    /** {@code out = |a|}: derivative {@code sign(a)}, 0 at a = 0 (and for NaN). */
    public static void abs(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            applyDerivative(a, out, stride, k, i, unitStep(x, DoubleVector.zero(D)));
            x.abs().intoArray(out, i);
        }
    }

    /** {@code out = sign(a)} as Math.signum (±0 and NaN kept); all tangents 0. */
    public static void sign(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector x = DoubleVector.fromArray(D, a, i);
            unitStep(x, x).intoArray(out, i);
        }
        for (int i = stride, n = (k + 1) * stride; i < n; i += L) {
            DoubleVector.zero(D).intoArray(out, i);
        }
    }

    /** 1 where x > 0, -1 where x < 0, elsewhere (zeros, NaN) the lane of {@code otherwise}. */
    private static DoubleVector unitStep(DoubleVector x, DoubleVector otherwise) {
        return otherwise.blend(1.0, x.compare(GT, 0.0)).blend(-1.0, x.compare(LT, 0.0));
    }

    /** {@code out = min(a, b)} with the tangents of the operand chosen; a on ties, NaN propagates. */
    public static void min(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, i);
            DoubleVector b0 = DoubleVector.fromArray(D, b, i);
            choose(a, b, out, stride, k, i, b0.compare(LT, a0).or(b0.test(IS_NAN)));
        }
    }

    /** {@code out = max(a, b)} with the tangents of the operand chosen; a on ties, NaN propagates. */
    public static void max(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i += L) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, i);
            DoubleVector b0 = DoubleVector.fromArray(D, b, i);
            choose(a, b, out, stride, k, i, b0.compare(GT, a0).or(b0.test(IS_NAN)));
        }
    }

    /**
     * {@code out = mask ? a : b} per lane, every component. {@code mask} covers lanes
     * {@code 0 .. mask.length - 1}; lanes beyond it (the padding) take b.
     */
    public static void select(boolean[] mask, double[] a, double[] b, double[] out, int stride, int k) {
        int covered = Math.min(stride, mask.length);
        int full = covered / L * L;
        for (int i = 0; i < full; i += L) {
            choose(b, a, out, stride, k, i, VectorMask.fromArray(D, mask, i));
        }
        for (int i = full; i < stride; i += L) {
            // A chunk only partly covered by the mask: its bits, 0 (pick b) beyond the mask's end.
            long bits = 0;
            for (int j = i, end = Math.min(i + L, covered); j < end; j++) {
                bits |= mask[j] ? 1L << (j - i) : 0L;
            }
            choose(b, a, out, stride, k, i, VectorMask.fromLong(D, bits));
        }
    }

    /** Component by component, b where {@code pickB}, else a, for the chunk at lane i. */
    private static void choose(double[] a, double[] b, double[] out, int stride, int k, int i,
            VectorMask<Double> pickB) {
        for (int o = i + k * stride; o >= i; o -= stride) {
            DoubleVector.fromArray(D, a, o).blend(DoubleVector.fromArray(D, b, o), pickB).intoArray(out, o);
        }
    }

    /** {@code mask[i] = a[i] < b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void lessThan(double[] a, double[] b, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(LT, DoubleVector.fromArray(D, b, i)).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] < b[i];
        }
    }

    /** {@code mask[i] = a[i] <= b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void lessOrEqual(double[] a, double[] b, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(LE, DoubleVector.fromArray(D, b, i)).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] <= b[i];
        }
    }

    /** {@code mask[i] = a[i] > b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void greaterThan(double[] a, double[] b, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(GT, DoubleVector.fromArray(D, b, i)).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] > b[i];
        }
    }

    /** {@code mask[i] = a[i] >= b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void greaterOrEqual(double[] a, double[] b, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(GE, DoubleVector.fromArray(D, b, i)).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] >= b[i];
        }
    }

    /** {@code mask[i] = a[i] == b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void equal(double[] a, double[] b, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(EQ, DoubleVector.fromArray(D, b, i)).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] == b[i];
        }
    }

    /** {@code mask[i] = a[i] < c} on the values of lanes {@code 0 .. lanes-1}. */
    public static void lessThan(double[] a, double c, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(LT, c).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] < c;
        }
    }

    /** {@code mask[i] = a[i] > c} on the values of lanes {@code 0 .. lanes-1}. */
    public static void greaterThan(double[] a, double c, boolean[] mask, int lanes) {
        int full = lanes / L * L;
        for (int i = 0; i < full; i += L) {
            DoubleVector.fromArray(D, a, i).compare(GT, c).intoArray(mask, i);
        }
        for (int i = full; i < lanes; i++) {
            mask[i] = a[i] > c;
        }
    }

    /** Tangents of the chunk at lane i := {@code d * tangents of a} (the chain rule). */
    private static void applyDerivative(double[] a, double[] out, int stride, int k, int i, DoubleVector d) {
        for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
            DoubleVector.fromArray(D, a, o).mul(d).intoArray(out, o);
        }
    }

    /** As {@link #applyDerivative}, but a zero tangent stays 0 where d is infinite. */
    private static void applyDerivativeKeepingZeros(double[] a, double[] out, int stride, int k, int i, DoubleVector d) {
        for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
            DoubleVector t = DoubleVector.fromArray(D, a, o);
            t.mul(d).blend(0.0, t.compare(EQ, 0.0)).intoArray(out, o);
        }
    }
}
