package madvec.ufo.formula;

import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;

/**
 * Complex dual arithmetic for UFO formulas, on {@link ComplexDualScalar}: what that class has
 * (sums, products, sqrt) and what UFO formulas need besides (powers, exp, log, trigonometric and
 * hyperbolic functions and their inverses, modulus, real and imaginary parts).
 *
 * <p>A value whose imaginary part is exactly 0 with no tangents is <em>real</em>, and real values
 * inside a real function's domain go through {@link DualScalar}'s real functions: the SM's formulas
 * then give the same numbers as the built-in SM's real derivation, to the last few ulps. Elsewhere a
 * holomorphic function f takes tangents {@code f'(z) dz}, with Python's principal branches.
 */
final class ComplexDuals {
    private ComplexDuals() {}

    static boolean isReal(ComplexDualScalar z) {
        return z.im().value() == 0.0 && !z.im().hasTangents();
    }

    static ComplexDualScalar real(DualScalar x) {
        return ComplexDualScalar.real(x);
    }

    static ComplexDualScalar times(ComplexDualScalar a, ComplexDualScalar b) {
        if (isReal(b)) {
            return isReal(a) ? real(a.re().times(b.re())) : a.times(b.re());
        }
        return isReal(a) ? b.times(a.re()) : a.times(b);
    }

    static ComplexDualScalar div(ComplexDualScalar a, ComplexDualScalar b) {
        if (isReal(b)) {
            DualScalar d = b.re();
            return isReal(a) ? real(a.re().div(d)) : ComplexDualScalar.of(a.re().div(d), a.im().div(d));
        }
        return a.div(b);
    }

    /** {@code f(z)} from the value {@code w = f(z)} and the derivative {@code d = f'(z)}. */
    static ComplexDualScalar holomorphic(ComplexDualScalar z, Complex w, Complex d) {
        int k = z.k();
        double[] tr = new double[k];
        double[] ti = new double[k];
        for (int j = 0; j < k; j++) {
            double dr = z.re().tangent(j);
            double di = z.im().tangent(j);
            if (dr == 0.0 && di == 0.0) {
                continue; // independent of direction j, even where f' is infinite
            }
            tr[j] = d.re() * dr - d.im() * di;
            ti[j] = d.re() * di + d.im() * dr;
        }
        return ComplexDualScalar.of(DualScalar.of(w.re(), tr), DualScalar.of(w.im(), ti));
    }

    /**
     * The value as a plain complex number; the zero imaginary part of a real value is +0 whatever its
     * sign bit (negating a real dual makes -0), so that branch cuts put a negative real on the side
     * of MadGraph's {@code dcmplx(x, 0)}: sqrt(-x) = +i sqrt(x), log(-x) = log(x) + i pi.
     */
    private static Complex value(ComplexDualScalar z) {
        double im = z.im().value();
        return new Complex(z.re().value(), im == 0.0 ? 0.0 : im);
    }

    static ComplexDualScalar pow(ComplexDualScalar z, ComplexDualScalar p) {
        boolean constantExponent = isReal(p) && !p.re().hasTangents();
        if (constantExponent) {
            double e = p.re().value();
            if (e == Math.rint(e) && Math.abs(e) <= 64) {
                return powInteger(z, (int) e);
            }
            if (isReal(z) && z.re().value() > 0) {
                return real(z.re().pow(e));
            }
        } else if (isReal(z) && isReal(p) && z.re().value() > 0) {
            return real(z.re().pow(p.re()));
        }
        if (z.re().value() == 0 && z.im().value() == 0) {
            if (p.re().value() > 0) {
                return ComplexDualScalar.constant(0, 0, z.k());
            }
            throw new ArithmeticException("0 raised to the power " + value(p) + " is undefined");
        }
        return exp(times(p, log(z)));
    }

    private static ComplexDualScalar powInteger(ComplexDualScalar z, int n) {
        if (isReal(z)) {
            if (n < 0 && z.re().value() == 0) {
                throw new ArithmeticException("0 raised to the negative power " + n);
            }
            return real(z.re().pow(n));
        }
        ComplexDualScalar result = ComplexDualScalar.constant(1, 0, z.k());
        ComplexDualScalar base = z;
        for (int m = Math.abs(n); m > 0; m >>= 1) {
            if ((m & 1) == 1) {
                result = result.times(base);
            }
            if (m > 1) {
                base = base.times(base);
            }
        }
        return n < 0 ? ComplexDualScalar.constant(1, 0, z.k()).div(result) : result;
    }

    static ComplexDualScalar sqrt(ComplexDualScalar z) {
        if (isReal(z) && z.re().value() > 0) {
            return real(z.re().sqrt());
        }
        if (isReal(z) && z.re().value() < 0) {
            return real(z.re().negate().sqrt()).timesI(); // +i sqrt(-x): see value()
        }
        return z.sqrt();
    }

    static ComplexDualScalar exp(ComplexDualScalar z) {
        if (isReal(z)) {
            return real(z.re().exp());
        }
        Complex w = value(z).exp();
        return holomorphic(z, w, w);
    }

    static ComplexDualScalar log(ComplexDualScalar z) {
        if (isReal(z) && z.re().value() > 0) {
            return real(z.re().log());
        }
        Complex v = value(z);
        if (v.re() == 0 && v.im() == 0) {
            throw new ArithmeticException("log(0) is undefined");
        }
        return holomorphic(z, v.log(), v.reciprocal());
    }

    static ComplexDualScalar sin(ComplexDualScalar z) {
        if (isReal(z)) {
            return real(z.re().sin());
        }
        Complex v = value(z);
        return holomorphic(z, v.sin(), v.cos());
    }

    static ComplexDualScalar cos(ComplexDualScalar z) {
        if (isReal(z)) {
            return real(z.re().cos());
        }
        Complex v = value(z);
        return holomorphic(z, v.cos(), v.sin().times(-1));
    }

    static ComplexDualScalar tan(ComplexDualScalar z) {
        return div(sin(z), cos(z));
    }

    static ComplexDualScalar sinh(ComplexDualScalar z) {
        Complex v = value(z);
        return holomorphic(z, v.sinh(), v.cosh());
    }

    static ComplexDualScalar cosh(ComplexDualScalar z) {
        Complex v = value(z);
        return holomorphic(z, v.cosh(), v.sinh());
    }

    static ComplexDualScalar tanh(ComplexDualScalar z) {
        return div(sinh(z), cosh(z));
    }

    /** 1/sqrt(1 - z^2), the derivative of asin. */
    private static Complex asinDerivative(Complex v) {
        return Complex.ONE.minus(v.times(v)).sqrt().reciprocal();
    }

    static ComplexDualScalar asin(ComplexDualScalar z) {
        Complex v = value(z);
        if (isReal(z) && Math.abs(v.re()) <= 1) {
            return holomorphic(z, new Complex(Math.asin(v.re()), 0), new Complex(1 / Math.sqrt(1 - v.re() * v.re()), 0));
        }
        return holomorphic(z, v.asin(), asinDerivative(v));
    }

    static ComplexDualScalar acos(ComplexDualScalar z) {
        Complex v = value(z);
        if (isReal(z) && Math.abs(v.re()) <= 1) {
            return holomorphic(z, new Complex(Math.acos(v.re()), 0), new Complex(-1 / Math.sqrt(1 - v.re() * v.re()), 0));
        }
        return holomorphic(z, v.acos(), asinDerivative(v).times(-1));
    }

    static ComplexDualScalar atan(ComplexDualScalar z) {
        Complex v = value(z);
        if (isReal(z)) {
            return holomorphic(z, new Complex(Math.atan(v.re()), 0), new Complex(1 / (1 + v.re() * v.re()), 0));
        }
        return holomorphic(z, v.atan(), Complex.ONE.plus(v.times(v)).reciprocal());
    }

    /** |z|, real; for z = 0 the tangents are 0 (a symmetric subgradient), as {@link DualScalar#abs()}. */
    static ComplexDualScalar abs(ComplexDualScalar z) {
        if (isReal(z)) {
            return real(z.re().abs());
        }
        DualScalar m = z.abs2().sqrt();
        return real(m);
    }
}
