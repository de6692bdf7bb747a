package madvec.autodiff.kernels;

/**
 * Plain-Java kernels over dual lane arrays: the twin of {@link SimdDualKernels} (same signatures,
 * same arithmetic in the same order, {@link Math#fma} where the SIMD kernel fuses), used as its test
 * oracle and as the fallback when the Vector API is unavailable (the scalar path).
 *
 * <p>Layout and contracts are those of {@link SimdDualKernels}: component c of lane i at
 * {@code c * stride + i}, lane-uniform operands as components value first, {@code out} may alias any
 * input (values are written after the tangents of the same lane).
 */
public final class PlainDualKernels {
    private PlainDualKernels() {}

    /** {@code out = a + b}, every component. */
    public static void add(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0, n = (k + 1) * stride; i < n; i++) {
            out[i] = a[i] + b[i];
        }
    }

    /** {@code out = a - b}, every component. */
    public static void sub(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0, n = (k + 1) * stride; i < n; i++) {
            out[i] = a[i] - b[i];
        }
    }

    /** {@code out = a * f} for a constant f, every component. */
    public static void scale(double[] a, double f, double[] out, int stride, int k) {
        for (int i = 0, n = (k + 1) * stride; i < n; i++) {
            out[i] = a[i] * f;
        }
    }

    /** {@code out = a + c} for a constant c: value shifted, tangents copied. */
    public static void addConstant(double[] a, double c, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            out[i] = a[i] + c;
        }
        if (a != out) {
            System.arraycopy(a, stride, out, stride, k * stride);
        }
    }

    /** {@code out = a + s} for a lane-uniform dual s. */
    public static void addUniform(double[] a, double[] s, double[] out, int stride, int k) {
        for (int c = 0; c <= k; c++) {
            double sc = s[c];
            for (int i = c * stride, end = i + stride; i < end; i++) {
                out[i] = a[i] + sc;
            }
        }
    }

    /** {@code out = a - s} for a lane-uniform dual s. */
    public static void subUniform(double[] a, double[] s, double[] out, int stride, int k) {
        for (int c = 0; c <= k; c++) {
            double sc = s[c];
            for (int i = c * stride, end = i + stride; i < end; i++) {
                out[i] = a[i] - sc;
            }
        }
    }

    /** {@code out = s - a} for a lane-uniform dual s. */
    public static void uniformSub(double[] s, double[] a, double[] out, int stride, int k) {
        for (int c = 0; c <= k; c++) {
            double sc = s[c];
            for (int i = c * stride, end = i + stride; i < end; i++) {
                out[i] = sc - a[i];
            }
        }
    }

    /** {@code out = a * b}: tangents {@code a b' + a' b}. */
    public static void mul(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double a0 = a[i];
            double b0 = b[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                out[o] = Math.fma(a0, b[o], a[o] * b0);
            }
            out[i] = a0 * b0;
        }
    }

    /** See {@link SimdDualKernels#mulAdd}. */
    public static void mulAdd(double[] a, double[] b, double[] c, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double a0 = a[i];
            double b0 = b[i];
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                out[o] = Math.fma(a0, b[o], a[o] * b0) + c[o];
            }
            out[i] = a0 * b0 + c[i];
        }
    }

    /** {@code out = a * s} for a lane-uniform dual s: tangents {@code a s' + a' s}. */
    public static void mulUniform(double[] a, double[] s, double[] out, int stride, int k) {
        double s0 = s[0];
        for (int i = 0; i < stride; i++) {
            double a0 = a[i];
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                out[o] = Math.fma(a0, s[c], a[o] * s0);
            }
            out[i] = a0 * s0;
        }
    }

    /** {@code out = a / s} for a lane-uniform dual s: tangents {@code (a' - q s') / s}. */
    public static void divUniform(double[] a, double[] s, double[] out, int stride, int k) {
        double s0 = s[0];
        for (int i = 0; i < stride; i++) {
            double q = a[i] / s0;
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                out[o] = Math.fma(-q, s[c], a[o]) / s0;
            }
            out[i] = q;
        }
    }

    /** {@code out = a / b}: tangents {@code (a' - q b') / b} with {@code q = a / b}. */
    public static void div(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double b0 = b[i];
            double q = a[i] / b0;
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                out[o] = Math.fma(-q, b[o], a[o]) / b0;
            }
            out[i] = q;
        }
    }

    /** {@code out = s / a} for a lane-uniform dual s: tangents {@code (s' - q a') / a}. */
    public static void uniformDiv(double[] s, double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double a0 = a[i];
            double q = s[0] / a0;
            for (int c = 1, o = i + stride; c <= k; c++, o += stride) {
                out[o] = Math.fma(-q, a[o], s[c]) / a0;
            }
            out[i] = q;
        }
    }

    /** {@code out = 1 / a}: derivative {@code -1/a^2}. */
    public static void reciprocal(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double r = 1.0 / a[i];
            applyDerivative(a, out, stride, k, i, -(r * r));
            out[i] = r;
        }
    }

    /** {@code out = a^2}: derivative {@code 2a}. */
    public static void square(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            applyDerivative(a, out, stride, k, i, x + x);
            out[i] = x * x;
        }
    }

    /** {@code out = sqrt(a)}: derivative {@code 1/(2 sqrt a)}; a zero tangent stays 0 at a = 0. */
    public static void sqrt(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double s = Math.sqrt(a[i]);
            applyDerivativeKeepingZeros(a, out, stride, k, i, 0.5 / s);
            out[i] = s;
        }
    }

    /** {@code out = a^n} for integer n by binary powering: derivative {@code n a^(n-1)}. */
    public static void powInt(double[] a, int n, double[] out, int stride, int k) {
        if (n == 0) {
            constantOne(out, stride, k);
            return;
        }
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            double v;
            double d;
            if (n > 0) {
                double p = power(x, n - 1);
                d = p * n;
                v = p * x;
            } else {
                v = 1.0 / power(x, -n);
                d = v * n / x;
            }
            applyDerivative(a, out, stride, k, i, d);
            out[i] = v;
        }
    }

    /** x^m for m >= 0 by squaring, in the same order as the SIMD kernel. */
    private static double power(double x, int m) {
        double r = 1.0;
        double b = x;
        int bits = 32 - Integer.numberOfLeadingZeros(m);
        for (int bit = 0; bit < bits; bit++) {
            if ((m >>> bit & 1) != 0) {
                r *= b;
            }
            b *= b;
        }
        return r;
    }

    private static void constantOne(double[] out, int stride, int k) {
        java.util.Arrays.fill(out, 0, stride, 1.0);
        java.util.Arrays.fill(out, stride, (k + 1) * stride, 0.0);
    }

    /**
     * {@code out = a^p} for a constant real p, as {@link Math#pow}: derivative {@code p a^p / a}
     * ({@code p 0^(p-1)} at a = 0); a zero tangent stays 0 where that is infinite.
     */
    public static void pow(double[] a, double p, double[] out, int stride, int k) {
        if (p == 0.0) {
            constantOne(out, stride, k);
            return;
        }
        double slopeAtZero = p * Math.pow(0.0, p - 1.0);
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            double v = Math.pow(x, p);
            applyDerivativeKeepingZeros(a, out, stride, k, i, x == 0.0 ? slopeAtZero : v / x * p);
            out[i] = v;
        }
    }

    /** {@code out = exp(a)}: derivative {@code exp(a)}. */
    public static void exp(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double e = Math.exp(a[i]);
            applyDerivative(a, out, stride, k, i, e);
            out[i] = e;
        }
    }

    /** {@code out = log(a)}: derivative {@code 1/a}. */
    public static void log(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            applyDerivative(a, out, stride, k, i, 1.0 / x);
            out[i] = Math.log(x);
        }
    }

    /** {@code out = sin(a)}: derivative {@code cos(a)}. */
    public static void sin(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            applyDerivative(a, out, stride, k, i, Math.cos(x));
            out[i] = Math.sin(x);
        }
    }

    /** {@code out = cos(a)}: derivative {@code -sin(a)}. */
    public static void cos(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            applyDerivative(a, out, stride, k, i, -Math.sin(x));
            out[i] = Math.cos(x);
        }
    }

    /** {@code s = sin(a)} and {@code c = cos(a)} in one pass; see {@link SimdDualKernels#sinCos}. */
    public static void sinCos(double[] a, double[] s, double[] c, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double x = a[i], sn = Math.sin(x), cs = Math.cos(x), nsn = -sn;
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                double t = a[o];
                s[o] = t * cs;
                c[o] = t * nsn;
            }
            s[i] = sn;
            c[i] = cs;
        }
    }

    /** {@code out = atan2(y, x)}: tangents {@code (x y' - y x') / (x^2 + y^2)}. */
    public static void atan2(double[] y, double[] x, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double y0 = y[i];
            double x0 = x[i];
            double inverseR2 = 1.0 / (x0 * x0 + y0 * y0);
            for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
                out[o] = (x0 * y[o] - y0 * x[o]) * inverseR2;
            }
            out[i] = Math.atan2(y0, x0);
        }
    }

    /** {@code out = |a|}: derivative {@code sign(a)}, 0 at a = 0 (and for NaN). */
    public static void abs(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double x = a[i];
            applyDerivative(a, out, stride, k, i, x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0);
            out[i] = Math.abs(x);
        }
    }

    /** {@code out = sign(a)} as Math.signum (±0 and NaN kept); all tangents 0. */
    public static void sign(double[] a, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            out[i] = Math.signum(a[i]);
        }
        java.util.Arrays.fill(out, stride, (k + 1) * stride, 0.0);
    }

    /** {@code out = min(a, b)} with the tangents of the operand chosen; a on ties, NaN propagates. */
    public static void min(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double a0 = a[i];
            double b0 = b[i];
            choose(b0 < a0 || Double.isNaN(b0) ? b : a, out, stride, k, i);
        }
    }

    /** {@code out = max(a, b)} with the tangents of the operand chosen; a on ties, NaN propagates. */
    public static void max(double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            double a0 = a[i];
            double b0 = b[i];
            choose(b0 > a0 || Double.isNaN(b0) ? b : a, out, stride, k, i);
        }
    }

    /**
     * {@code out = mask ? a : b} per lane, every component. {@code mask} covers lanes
     * {@code 0 .. mask.length - 1}; lanes beyond it (the padding) take b.
     */
    public static void select(boolean[] mask, double[] a, double[] b, double[] out, int stride, int k) {
        for (int i = 0; i < stride; i++) {
            choose(i < mask.length && mask[i] ? a : b, out, stride, k, i);
        }
    }

    private static void choose(double[] from, double[] out, int stride, int k, int i) {
        for (int o = i, end = i + (k + 1) * stride; o < end; o += stride) {
            out[o] = from[o];
        }
    }

    /** {@code mask[i] = a[i] < b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void lessThan(double[] a, double[] b, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] < b[i];
        }
    }

    /** {@code mask[i] = a[i] <= b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void lessOrEqual(double[] a, double[] b, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] <= b[i];
        }
    }

    /** {@code mask[i] = a[i] > b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void greaterThan(double[] a, double[] b, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] > b[i];
        }
    }

    /** {@code mask[i] = a[i] >= b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void greaterOrEqual(double[] a, double[] b, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] >= b[i];
        }
    }

    /** {@code mask[i] = a[i] == b[i]} on the values of lanes {@code 0 .. lanes-1}. */
    public static void equal(double[] a, double[] b, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] == b[i];
        }
    }

    /** {@code mask[i] = a[i] < c} on the values of lanes {@code 0 .. lanes-1}. */
    public static void lessThan(double[] a, double c, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] < c;
        }
    }

    /** {@code mask[i] = a[i] > c} on the values of lanes {@code 0 .. lanes-1}. */
    public static void greaterThan(double[] a, double c, boolean[] mask, int lanes) {
        for (int i = 0; i < lanes; i++) {
            mask[i] = a[i] > c;
        }
    }

    /** Tangents of lane i := {@code d * tangents of a} (the chain rule). */
    private static void applyDerivative(double[] a, double[] out, int stride, int k, int i, double d) {
        for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
            out[o] = a[o] * d;
        }
    }

    /** As {@link #applyDerivative}, but a zero tangent stays 0 where d is infinite. */
    private static void applyDerivativeKeepingZeros(double[] a, double[] out, int stride, int k, int i, double d) {
        for (int o = i + stride, end = i + (k + 1) * stride; o < end; o += stride) {
            double t = a[o];
            out[o] = t == 0.0 ? 0.0 : t * d;
        }
    }
}
