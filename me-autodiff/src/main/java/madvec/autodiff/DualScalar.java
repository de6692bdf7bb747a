package madvec.autodiff;

import java.util.Arrays;

/**
 * Immutable lane-uniform dual number: a value and k tangents, the derivatives of that value along k
 * chosen directions (model parameters, couplings: anything that is the same for every event).
 *
 * <p>Every operation applies the chain rule exactly: for {@code y = f(x)},
 * {@code tangent_j(y) = f'(x) * tangent_j(x)}; binary operations use the product and quotient rules.
 * Operands of a binary operation must have the same k, otherwise an {@link IllegalArgumentException}
 * names both.
 *
 * <p>Non-differentiable points follow one convention throughout the module: {@link #abs()} has
 * derivative {@code sign(x)}, so 0 at {@code x = 0}; {@link #sign()} has derivative 0;
 * {@link #min}/{@link #max} take the tangents of the operand whose value they return, the receiver on
 * ties. Where f'(x) is infinite (sqrt at 0) a zero tangent stays exactly 0 (a quantity that does
 * not depend on a direction keeps not depending on it, so a massless particle's {@code sqrt(m^2)} does
 * not poison gradients); nonzero tangents follow IEEE arithmetic (infinite or NaN).
 */
public final class DualScalar {
    /** Component 0 is the value, component 1 + j is tangent j; never exposed, never mutated. */
    private final double[] components;

    private DualScalar(double[] components) {
        this.components = components;
    }

    /** A dual with the given value and k zero tangents: a quantity that depends on no direction. */
    public static DualScalar constant(double value, int k) {
        double[] c = new double[checkK(k) + 1];
        c[0] = value;
        return new DualScalar(c);
    }

    /**
     * Seeds input number {@code index}: the value with tangent {@code index} equal to 1 and every
     * other tangent 0, so that derivatives downstream are derivatives with respect to this input.
     */
    public static DualScalar variable(double value, int k, int index) {
        checkK(k);
        if (index < 0 || index >= k) {
            throw new IllegalArgumentException("tangent index " + index + " out of range for k = " + k);
        }
        double[] c = new double[k + 1];
        c[0] = value;
        c[1 + index] = 1.0;
        return new DualScalar(c);
    }

    /** A dual with the given value and tangents; k is the number of tangents given (0 allowed). */
    public static DualScalar of(double value, double... tangents) {
        if (tangents == null) {
            throw new IllegalArgumentException("tangents must not be null (pass none for k = 0)");
        }
        double[] c = new double[tangents.length + 1];
        c[0] = value;
        System.arraycopy(tangents, 0, c, 1, tangents.length);
        return new DualScalar(c);
    }

    /** Wraps raw components (value first) without copying; the caller hands over the array. */
    static DualScalar wrap(double[] components) {
        return new DualScalar(components);
    }

    /**
     * Raw components, value first, not copied: for kernels in this module that broadcast a
     * lane-uniform operand. Callers must not write to it.
     */
    double[] components() {
        return components;
    }

    /** The value (component 0). */
    public double value() {
        return components[0];
    }

    /** The number of tangent directions. */
    public int k() {
        return components.length - 1;
    }

    /** Tangent {@code i}: the derivative of the value along direction {@code i}. */
    public double tangent(int i) {
        if (i < 0 || i >= k()) {
            throw new IndexOutOfBoundsException("tangent index " + i + " out of range for k = " + k());
        }
        return components[1 + i];
    }

    /** A copy of the k tangents. */
    public double[] tangents() {
        return Arrays.copyOfRange(components, 1, components.length);
    }

    /** The same tangents with another value: for quantities whose value is known by other means. */
    public DualScalar withValue(double value) {
        double[] c = components.clone();
        c[0] = value;
        return new DualScalar(c);
    }

    /**
     * This number with {@code k} tangents: its own first, then zeros (for directions it does not depend
     * on, such as phase-space coordinates seeded after the model's parameters).
     *
     * @throws IllegalArgumentException if {@code k} is less than {@link #k()}
     */
    public DualScalar padded(int k) {
        if (k < k()) {
            throw new IllegalArgumentException("cannot pad " + k() + " tangents to " + k);
        }
        return new DualScalar(Arrays.copyOf(components, k + 1));
    }

    /** True when some tangent is not zero. */
    public boolean hasTangents() {
        for (int i = 1; i < components.length; i++) {
            if (components[i] != 0.0) {
                return true;
            }
        }
        return false;
    }

    /** {@code this + o}. */
    public DualScalar plus(DualScalar o) {
        checkSameK(o);
        double[] c = new double[components.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i] + o.components[i];
        }
        return new DualScalar(c);
    }

    /** {@code this + c}: tangents unchanged. */
    public DualScalar plus(double c) {
        return withValue(components[0] + c);
    }

    /** {@code this - o}. */
    public DualScalar minus(DualScalar o) {
        checkSameK(o);
        double[] c = new double[components.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i] - o.components[i];
        }
        return new DualScalar(c);
    }

    /** {@code this - c}: tangents unchanged. */
    public DualScalar minus(double c) {
        return withValue(components[0] - c);
    }

    /** {@code this * o}, product rule. */
    public DualScalar times(DualScalar o) {
        checkSameK(o);
        double a = components[0];
        double b = o.components[0];
        double[] c = new double[components.length];
        c[0] = a * b;
        for (int i = 1; i < c.length; i++) {
            c[i] = Math.fma(a, o.components[i], components[i] * b);
        }
        return new DualScalar(c);
    }

    /** {@code this * s}. */
    public DualScalar times(double s) {
        double[] c = new double[components.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i] * s;
        }
        return new DualScalar(c);
    }

    /** {@code this / o}, quotient rule: {@code (a' - (a/b) b') / b}. */
    public DualScalar div(DualScalar o) {
        checkSameK(o);
        double b = o.components[0];
        double q = components[0] / b;
        double[] c = new double[components.length];
        c[0] = q;
        for (int i = 1; i < c.length; i++) {
            c[i] = (components[i] - q * o.components[i]) / b;
        }
        return new DualScalar(c);
    }

    /** {@code this / s}. */
    public DualScalar div(double s) {
        double[] c = new double[components.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i] / s;
        }
        return new DualScalar(c);
    }

    /** {@code -this}. */
    public DualScalar negate() {
        return times(-1.0);
    }

    /** {@code 1 / this}, derivative {@code -1/x^2}. */
    public DualScalar reciprocal() {
        double r = 1.0 / components[0];
        return chain(r, -r * r);
    }

    /** {@code this^2}, derivative {@code 2x}. */
    public DualScalar square() {
        double x = components[0];
        return chain(x * x, 2.0 * x);
    }

    /** Square root, derivative {@code 1/(2 sqrt x)}: infinite at 0, NaN below. */
    public DualScalar sqrt() {
        double s = Math.sqrt(components[0]);
        return chain(s, 0.5 / s);
    }

    /** {@code this^n} for integer n (any sign), derivative {@code n x^(n-1)}; {@code x^0 = 1} exactly. */
    public DualScalar pow(int n) {
        double x = components[0];
        if (n == 0) {
            return constant(1.0, k());
        }
        return chain(Math.pow(x, n), n * Math.pow(x, n - 1));
    }

    /** {@code this^p} for a constant real exponent, derivative {@code p x^(p-1)} (x^p as Math.pow). */
    public DualScalar pow(double p) {
        double x = components[0];
        if (p == 0.0) {
            return constant(1.0, k());
        }
        return chain(Math.pow(x, p), p * Math.pow(x, p - 1.0));
    }

    /**
     * {@code this^p} for a dual exponent: {@code d(x^p) = p x^(p-1) dx + x^p ln(x) dp}. The dp term
     * needs {@code x > 0} (NaN otherwise, where x^p is not differentiable in p), except that it is 0
     * where {@code x^p = 0}, the limit of {@code x^p ln x} as x goes to 0 from above with p > 0.
     */
    public DualScalar pow(DualScalar p) {
        checkSameK(p);
        double x = components[0];
        double e = p.components[0];
        double v = Math.pow(x, e);
        double dx = e == 0.0 ? 0.0 : e * Math.pow(x, e - 1.0);
        double dp = v == 0.0 ? 0.0 : v * Math.log(x);
        double[] c = new double[components.length];
        c[0] = v;
        for (int i = 1; i < c.length; i++) {
            double tp = p.components[i];
            // A constant exponent must not pull in ln(x) (NaN for x < 0) through 0 * NaN.
            c[i] = tp == 0.0 ? dx * components[i] : Math.fma(dx, components[i], dp * tp);
        }
        return new DualScalar(c);
    }

    /** {@code e^this}, derivative {@code e^x}. */
    public DualScalar exp() {
        double e = Math.exp(components[0]);
        return chain(e, e);
    }

    /** Natural logarithm, derivative {@code 1/x}. */
    public DualScalar log() {
        double x = components[0];
        return chain(Math.log(x), 1.0 / x);
    }

    /** Sine, derivative cosine. */
    public DualScalar sin() {
        double x = components[0];
        return chain(Math.sin(x), Math.cos(x));
    }

    /** Cosine, derivative minus sine. */
    public DualScalar cos() {
        double x = components[0];
        return chain(Math.cos(x), -Math.sin(x));
    }

    /**
     * {@code |this|}, derivative {@code sign(x)}: at the kink x = 0 the derivative is 0, the mean of
     * the two one-sided derivatives (a symmetric subgradient), which keeps {@code d|x| = sign(x) dx}.
     */
    public DualScalar abs() {
        double x = components[0];
        return chain(Math.abs(x), Math.signum(x));
    }

    /** {@code sign(this)} in {-1, 0, 1} (NaN for NaN); a step function, so all tangents are 0. */
    public DualScalar sign() {
        return constant(Math.signum(components[0]), k());
    }

    /**
     * The smaller operand, with its tangents. On ties the receiver wins; a NaN operand is returned
     * (NaN propagates as in {@link Math#min}).
     */
    public DualScalar min(DualScalar o) {
        checkSameK(o);
        double a = components[0];
        double b = o.components[0];
        return b < a || Double.isNaN(b) ? o : this;
    }

    /**
     * The larger operand, with its tangents. On ties the receiver wins; a NaN operand is returned
     * (NaN propagates as in {@link Math#max}).
     */
    public DualScalar max(DualScalar o) {
        checkSameK(o);
        double a = components[0];
        double b = o.components[0];
        return b > a || Double.isNaN(b) ? o : this;
    }

    /**
     * The angle of the point (x, y), in (-pi, pi], as {@link Math#atan2}; derivative
     * {@code (x dy - y dx) / (x^2 + y^2)}.
     */
    public static DualScalar atan2(DualScalar y, DualScalar x) {
        y.checkSameK(x);
        double yv = y.components[0];
        double xv = x.components[0];
        double r2 = xv * xv + yv * yv;
        double[] c = new double[y.components.length];
        c[0] = Math.atan2(yv, xv);
        for (int i = 1; i < c.length; i++) {
            c[i] = (xv * y.components[i] - yv * x.components[i]) / r2;
        }
        return new DualScalar(c);
    }

    /** Equal when k, value and every tangent are equal in the sense of {@link Double#equals}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DualScalar d && Arrays.equals(components, d.components);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(components);
    }

    /** {@code value [t0, t1, ...]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(components[0]).append(" [");
        for (int i = 1; i < components.length; i++) {
            s.append(i > 1 ? ", " : "").append(components[i]);
        }
        return s.append(']').toString();
    }

    /** {@code f(x)} with tangents {@code fPrime * tangent_j}: the chain rule for a unary function. */
    private DualScalar chain(double f, double fPrime) {
        double[] c = new double[components.length];
        c[0] = f;
        for (int i = 1; i < c.length; i++) {
            double t = components[i];
            // Independence of direction i survives an infinite f'(x): sqrt(0) of a constant mass.
            c[i] = t == 0.0 ? 0.0 : fPrime * t;
        }
        return new DualScalar(c);
    }

    void checkSameK(DualScalar o) {
        if (o.components.length != components.length) {
            throw new IllegalArgumentException("dual numbers with different k: " + k() + " and " + o.k());
        }
    }

    static int checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("number of tangents k must be >= 0, got " + k);
        }
        return k;
    }
}
