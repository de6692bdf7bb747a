package madvec.helas.kernels;

/**
 * A mutable real dual number for one lane: a value and k tangents. The external-wavefunction kernels
 * use a few preallocated jets per workspace so that spinors and polarisation vectors carry their
 * derivatives with respect to momenta and masses without allocating.
 */
final class Jet {
    double v;
    final double[] t;

    Jet(int k) {
        t = new double[k];
    }

    Jet constant(double value) {
        v = value;
        java.util.Arrays.fill(t, 0.0);
        return this;
    }

    Jet set(Jet a) {
        v = a.v;
        System.arraycopy(a.t, 0, t, 0, t.length);
        return this;
    }

    Jet add(Jet a, Jet b) {
        v = a.v + b.v;
        for (int i = 0; i < t.length; i++) t[i] = a.t[i] + b.t[i];
        return this;
    }

    Jet sub(Jet a, Jet b) {
        v = a.v - b.v;
        for (int i = 0; i < t.length; i++) t[i] = a.t[i] - b.t[i];
        return this;
    }

    Jet mul(Jet a, Jet b) {
        double av = a.v, bv = b.v;
        for (int i = 0; i < t.length; i++) t[i] = a.t[i] * bv + av * b.t[i];
        v = av * bv;
        return this;
    }

    Jet div(Jet a, Jet b) {
        double q = a.v / b.v;
        for (int i = 0; i < t.length; i++) t[i] = (a.t[i] - q * b.t[i]) / b.v;
        v = q;
        return this;
    }

    Jet scale(Jet a, double s) {
        v = a.v * s;
        for (int i = 0; i < t.length; i++) t[i] = a.t[i] * s;
        return this;
    }

    Jet sqrt(Jet a) {
        double r = Math.sqrt(a.v);
        double d = r == 0.0 ? 0.0 : 0.5 / r;
        for (int i = 0; i < t.length; i++) t[i] = a.t[i] * d;
        v = r;
        return this;
    }

    /** sqrt(a^2 + b^2 + c^2) with its derivative (zero tangent at the origin, where it has a kink). */
    Jet norm3(Jet a, Jet b, Jet c) {
        double r = Math.sqrt(a.v * a.v + b.v * b.v + c.v * c.v);
        for (int i = 0; i < t.length; i++) {
            t[i] = r == 0.0 ? 0.0 : (a.v * a.t[i] + b.v * b.t[i] + c.v * c.t[i]) / r;
        }
        v = r;
        return this;
    }

    /** sqrt(a^2 + b^2) with its derivative. */
    Jet norm2(Jet a, Jet b) {
        double r = Math.sqrt(a.v * a.v + b.v * b.v);
        for (int i = 0; i < t.length; i++) {
            t[i] = r == 0.0 ? 0.0 : (a.v * a.t[i] + b.v * b.t[i]) / r;
        }
        v = r;
        return this;
    }
}
