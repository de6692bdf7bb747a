package madvec.ufo;

/**
 * A plain complex double: the value and the complex derivative of an elementary function, from which
 * {@link ComplexDuals} builds the tangents of a holomorphic function ({@code df = f'(z) dz}).
 * Principal branches as Python's {@code cmath}.
 */
record Complex(double re, double im) {
    static final Complex ONE = new Complex(1, 0);
    static final Complex I = new Complex(0, 1);

    Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Complex times(double s) {
        return new Complex(re * s, im * s);
    }

    Complex div(Complex o) {
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

    Complex reciprocal() {
        return ONE.div(this);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    Complex exp() {
        double e = Math.exp(re);
        return im == 0 ? new Complex(e, 0) : new Complex(e * Math.cos(im), e * Math.sin(im));
    }

    Complex log() {
        return new Complex(Math.log(abs()), Math.atan2(im, re));
    }

    Complex sqrt() {
        if (re == 0 && im == 0) {
            return new Complex(0, im);
        }
        double t = Math.sqrt(0.5 * (Math.abs(re) + abs()));
        return re >= 0 ? new Complex(t, im / (2 * t)) : new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    Complex sin() {
        return new Complex(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
    }

    Complex cos() {
        return new Complex(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
    }

    Complex sinh() {
        return new Complex(Math.sinh(re) * Math.cos(im), Math.cosh(re) * Math.sin(im));
    }

    Complex cosh() {
        return new Complex(Math.cosh(re) * Math.cos(im), Math.sinh(re) * Math.sin(im));
    }

    /** asin z = -i log(iz + sqrt(1 - z^2)). */
    Complex asin() {
        Complex iz = I.times(this);
        Complex w = iz.plus(ONE.minus(times(this)).sqrt()).log();
        return new Complex(w.im, -w.re);
    }

    /** acos z = pi/2 - asin z. */
    Complex acos() {
        Complex a = asin();
        return new Complex(Math.PI / 2 - a.re, -a.im);
    }

    /** atan z = (i/2) (log(1 - iz) - log(1 + iz)). */
    Complex atan() {
        Complex iz = I.times(this);
        Complex d = ONE.minus(iz).log().minus(ONE.plus(iz).log());
        return new Complex(-d.im / 2, d.re / 2);
    }
}
