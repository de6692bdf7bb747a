package madvec.ufo.formula;

/**
 * A plain complex double (internal to the module): the value and the complex derivative of an elementary function, from which
 * the formula evaluators build the tangents of a holomorphic function ({@code df = f'(z) dz}).
 * Principal branches as Python's {@code cmath}.
 */
public record Complex(double re, double im) {
    public static final Complex ONE = new Complex(1, 0);
    public static final Complex I = new Complex(0, 1);

    public Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    public Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    public Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Complex times(double s) {
        return new Complex(re * s, im * s);
    }

    public Complex div(Complex o) {
        // Smith's algorithm: no overflow of |o|^2 for large or small o
        if (Math.abs(o.re) >= Math.abs(o.im)) {
            double r = o.im / o.re;
            double d = o.re + o.im * r;
            return new Complex((re + im * r) / d, (im - re * r) / d);
        }
        double r = o.re / o.im;
        double d = o.re * r + o.im;
        return new Complex((re * r + im) / d, (im * r - re) / d);
    }

    public Complex reciprocal() {
        return ONE.div(this);
    }

    public double abs() {
        return Math.hypot(re, im);
    }

    public Complex exp() {
        double e = Math.exp(re);
        return im == 0 ? new Complex(e, 0) : new Complex(e * Math.cos(im), e * Math.sin(im));
    }

    public Complex log() {
        return new Complex(Math.log(abs()), Math.atan2(im, re));
    }

    public Complex sqrt() {
        if (re == 0 && im == 0) {
            return new Complex(0, im);
        }
        double t = Math.sqrt(0.5 * (Math.abs(re) + abs()));
        return re >= 0 ? new Complex(t, im / (2 * t)) : new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    public Complex sin() {
        return new Complex(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
    }

    public Complex cos() {
        return new Complex(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
    }

    public Complex sinh() {
        return new Complex(Math.sinh(re) * Math.cos(im), Math.cosh(re) * Math.sin(im));
    }

    public Complex cosh() {
        return new Complex(Math.cosh(re) * Math.cos(im), Math.sinh(re) * Math.sin(im));
    }

    /** asin z = -i log(iz + sqrt(1 - z^2)). */
    public Complex asin() {
        Complex iz = I.times(this);
        Complex w = iz.plus(ONE.minus(times(this)).sqrt()).log();
        return new Complex(w.im, -w.re);
    }

    /** acos z = pi/2 - asin z. */
    public Complex acos() {
        Complex a = asin();
        return new Complex(Math.PI / 2 - a.re, -a.im);
    }

    /** atan z = (i/2) (log(1 - iz) - log(1 + iz)). */
    public Complex atan() {
        Complex iz = I.times(this);
        Complex d = ONE.minus(iz).log().minus(ONE.plus(iz).log());
        return new Complex(-d.im / 2, d.re / 2);
    }
}
