package madvec.autodiff;

import java.util.Objects;

/**
 * Immutable lane-uniform complex dual number {@code re + i im}, where re and im are
 * {@link DualScalar}s of the same k: couplings and complex masses, with their derivatives along k
 * directions. A tangent of a complex dual is itself complex: {@code re.tangent(j) + i im.tangent(j)}.
 */
public final class ComplexDualScalar {
    private final DualScalar re;
    private final DualScalar im;

    private ComplexDualScalar(DualScalar re, DualScalar im) {
        this.re = re;
        this.im = im;
    }

    /** {@code re + i im}; both parts must have the same k. */
    public static ComplexDualScalar of(DualScalar re, DualScalar im) {
        Objects.requireNonNull(re, "re");
        Objects.requireNonNull(im, "im");
        re.checkSameK(im);
        return new ComplexDualScalar(re, im);
    }

    /** A real number as a complex dual: imaginary part 0 with zero tangents. */
    public static ComplexDualScalar real(DualScalar re) {
        Objects.requireNonNull(re, "re");
        return new ComplexDualScalar(re, DualScalar.constant(0.0, re.k()));
    }

    /** {@code re + i im} with k zero tangents. */
    public static ComplexDualScalar constant(double re, double im, int k) {
        return new ComplexDualScalar(DualScalar.constant(re, k), DualScalar.constant(im, k));
    }

    /** Real part. */
    public DualScalar re() {
        return re;
    }

    /** Imaginary part. */
    public DualScalar im() {
        return im;
    }

    /** Number of tangent directions. */
    public int k() {
        return re.k();
    }

    /** {@code this + o}. */
    public ComplexDualScalar plus(ComplexDualScalar o) {
        return new ComplexDualScalar(re.plus(o.re), im.plus(o.im));
    }

    /** {@code this + r} for a real dual r. */
    public ComplexDualScalar plus(DualScalar r) {
        return new ComplexDualScalar(re.plus(r), im);
    }

    /** {@code this + c} for a real constant c. */
    public ComplexDualScalar plus(double c) {
        return new ComplexDualScalar(re.plus(c), im);
    }

    /** {@code this - o}. */
    public ComplexDualScalar minus(ComplexDualScalar o) {
        return new ComplexDualScalar(re.minus(o.re), im.minus(o.im));
    }

    /** {@code this - r} for a real dual r. */
    public ComplexDualScalar minus(DualScalar r) {
        re.checkSameK(r);
        return new ComplexDualScalar(re.minus(r), im);
    }

    /** {@code this - c} for a real constant c. */
    public ComplexDualScalar minus(double c) {
        return new ComplexDualScalar(re.minus(c), im);
    }

    /** {@code this * o}: {@code (ac - bd) + i (ad + bc)}, each product a dual product. */
    public ComplexDualScalar times(ComplexDualScalar o) {
        return new ComplexDualScalar(re.times(o.re).minus(im.times(o.im)), re.times(o.im).plus(im.times(o.re)));
    }

    /** {@code this * r} for a real dual r. */
    public ComplexDualScalar times(DualScalar r) {
        return new ComplexDualScalar(re.times(r), im.times(r));
    }

    /** {@code this * s} for a real constant s. */
    public ComplexDualScalar times(double s) {
        return new ComplexDualScalar(re.times(s), im.times(s));
    }

    /** {@code this / o = this * conj(o) / |o|^2}. */
    public ComplexDualScalar div(ComplexDualScalar o) {
        DualScalar inverseNorm = o.abs2().reciprocal();
        return times(o.conj()).times(inverseNorm);
    }

    /** {@code 1 / this = conj(this) / |this|^2}. */
    public ComplexDualScalar reciprocal() {
        return conj().times(abs2().reciprocal());
    }

    /** {@code -this}. */
    public ComplexDualScalar negate() {
        return new ComplexDualScalar(re.negate(), im.negate());
    }

    /** Complex conjugate {@code re - i im}. */
    public ComplexDualScalar conj() {
        return new ComplexDualScalar(re, im.negate());
    }

    /** {@code i * this = -im + i re}. */
    public ComplexDualScalar timesI() {
        return new ComplexDualScalar(im.negate(), re);
    }

    /** Squared modulus {@code re^2 + im^2}, a real dual. */
    public DualScalar abs2() {
        return re.square().plus(im.square());
    }

    /**
     * Principal square root: real part {@code >= 0}, branch cut on the negative real axis, where the
     * sign of the imaginary part (including -0.0) picks the side. The tangents use the complex
     * derivative {@code d sqrt(z) = dz / (2 sqrt(z))} (sqrt is holomorphic off the cut); at z = 0
     * the derivative is infinite: nonzero tangents become infinite or NaN, zero tangents stay 0.
     */
    public ComplexDualScalar sqrt() {
        double a = re.value();
        double b = im.value();
        double r = Math.hypot(a, b);
        // t = sqrt((|a| + r) / 2) avoids the cancellation of r - |a| for z near the real axis.
        double t = Math.sqrt(0.5 * (Math.abs(a) + r));
        double wr;
        double wi;
        if (t == 0.0) {
            wr = 0.0;
            wi = b;
        } else if (a >= 0.0) {
            wr = t;
            wi = b / (2.0 * t);
        } else {
            wr = Math.abs(b) / (2.0 * t);
            wi = Math.copySign(t, b);
        }
        // 1 / (2 w) = conj(w) / (2 |w|^2)
        double n = 2.0 * (wr * wr + wi * wi);
        double gr = wr / n;
        double gi = -wi / n;
        int k = k();
        double[] cr = new double[k + 1];
        double[] ci = new double[k + 1];
        cr[0] = wr;
        ci[0] = wi;
        double[] dr = re.components();
        double[] di = im.components();
        for (int j = 1; j <= k; j++) {
            if (dr[j] == 0.0 && di[j] == 0.0) {
                // Independence of direction j survives z = 0 (a massless particle's complex mass).
                continue;
            }
            cr[j] = dr[j] * gr - di[j] * gi;
            ci[j] = dr[j] * gi + di[j] * gr;
        }
        return new ComplexDualScalar(DualScalar.wrap(cr), DualScalar.wrap(ci));
    }

    /** Equal when both parts are equal ({@link DualScalar#equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ComplexDualScalar c && re.equals(c.re) && im.equals(c.im);
    }

    @Override
    public int hashCode() {
        return 31 * re.hashCode() + im.hashCode();
    }

    /** {@code (re) + i (im)} with each part as {@link DualScalar#toString()}. */
    @Override
    public String toString() {
        return "(" + re + ") + i (" + im + ")";
    }
}
