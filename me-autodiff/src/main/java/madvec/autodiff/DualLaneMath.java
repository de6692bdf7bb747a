package madvec.autodiff;

import madvec.autodiff.kernels.PlainDualKernels;
import madvec.autodiff.kernels.SimdDualKernels;
import madvec.simd.Simd;

/**
 * Elementary functions of dual lane arrays with exact derivatives, lane by lane: each call runs one
 * SIMD kernel ({@link SimdDualKernels}) or, on the scalar path, its plain-Java twin
 * ({@link PlainDualKernels}), chosen by {@link Simd#VECTOR}.
 *
 * <p>All arrays of one call must have the same lanes and k, and a {@link DualScalar} operand the same
 * k, otherwise an {@link IllegalArgumentException} names both shapes. {@code out} may be any of the
 * inputs. Nothing is allocated. Padding lanes are computed like the others and mean nothing.
 *
 * <p>Conventions at non-differentiable points, shared with {@link DualScalar}: d|x|/dx = sign(x), so 0
 * at x = 0 (the symmetric subgradient, mean of the one-sided derivatives); sign(x) has derivative 0;
 * min and max return the first operand on ties (value and tangents) and propagate NaN; sqrt and pow
 * keep a zero tangent at 0 where f' is infinite.
 */
public final class DualLaneMath {
    private DualLaneMath() {}

    /** {@code out = a + b}. */
    public static void add(DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            SimdDualKernels.add(a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.add(a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a + s}, s lane-uniform. */
    public static void add(DualLanes a, DualScalar s, DualLanes out) {
        check(a, out);
        double[] sc = a.checkK(s).components();
        if (Simd.VECTOR) {
            SimdDualKernels.addUniform(a.array(), sc, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.addUniform(a.array(), sc, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = s + a}, s lane-uniform. */
    public static void add(DualScalar s, DualLanes a, DualLanes out) {
        add(a, s, out);
    }

    /** {@code out = a + c} for a constant c: tangents unchanged. */
    public static void add(DualLanes a, double c, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.addConstant(a.array(), c, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.addConstant(a.array(), c, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a - b}. */
    public static void sub(DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            SimdDualKernels.sub(a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.sub(a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a - s}, s lane-uniform. */
    public static void sub(DualLanes a, DualScalar s, DualLanes out) {
        check(a, out);
        double[] sc = a.checkK(s).components();
        if (Simd.VECTOR) {
            SimdDualKernels.subUniform(a.array(), sc, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.subUniform(a.array(), sc, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = s - a}, s lane-uniform. */
    public static void sub(DualScalar s, DualLanes a, DualLanes out) {
        check(a, out);
        double[] sc = a.checkK(s).components();
        if (Simd.VECTOR) {
            SimdDualKernels.uniformSub(sc, a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.uniformSub(sc, a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a * b} (product rule). */
    public static void mul(DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            SimdDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /**
     * {@code out = a * b + c} in one pass, with the numbers of {@code mul(a, b, t); add(t, c, out)} (the
     * product is rounded before the sum, not fused).
     */
    public static void mulAdd(DualLanes a, DualLanes b, DualLanes c, DualLanes out) {
        check(a, b, out);
        a.checkSameShape(c);
        if (Simd.VECTOR) {
            SimdDualKernels.mulAdd(a.array(), b.array(), c.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.mulAdd(a.array(), b.array(), c.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a * s}, s lane-uniform (product rule). */
    public static void mul(DualLanes a, DualScalar s, DualLanes out) {
        check(a, out);
        double[] sc = a.checkK(s).components();
        if (Simd.VECTOR) {
            SimdDualKernels.mulUniform(a.array(), sc, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.mulUniform(a.array(), sc, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = s * a}, s lane-uniform. */
    public static void mul(DualScalar s, DualLanes a, DualLanes out) {
        mul(a, s, out);
    }

    /** {@code out = a * f} for a constant f. */
    public static void scale(DualLanes a, double f, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.scale(a.array(), f, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.scale(a.array(), f, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = -a}. */
    public static void neg(DualLanes a, DualLanes out) {
        scale(a, -1.0, out);
    }

    /** {@code out = a / b} (quotient rule). */
    public static void div(DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            SimdDualKernels.div(a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.div(a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a / s}, s lane-uniform. */
    public static void div(DualLanes a, DualScalar s, DualLanes out) {
        check(a, out);
        double[] sc = a.checkK(s).components();
        if (Simd.VECTOR) {
            SimdDualKernels.divUniform(a.array(), sc, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.divUniform(a.array(), sc, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = s / a}, s lane-uniform. */
    public static void div(DualScalar s, DualLanes a, DualLanes out) {
        check(a, out);
        double[] sc = a.checkK(s).components();
        if (Simd.VECTOR) {
            SimdDualKernels.uniformDiv(sc, a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.uniformDiv(sc, a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = 1 / a}. */
    public static void reciprocal(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.reciprocal(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.reciprocal(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a^2}. */
    public static void square(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.square(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.square(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = sqrt(a)}; at a = 0 nonzero tangents become infinite, zero tangents stay 0. */
    public static void sqrt(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.sqrt(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.sqrt(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a^n} for an integer n of any sign, by binary powering; {@code a^0 = 1}. */
    public static void powInt(DualLanes a, int n, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.powInt(a.array(), n, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.powInt(a.array(), n, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = a^p} for a constant real p, lane by lane {@link Math#pow}; {@code a^0 = 1}. */
    public static void pow(DualLanes a, double p, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.pow(a.array(), p, out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.pow(a.array(), p, out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = exp(a)}. */
    public static void exp(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.exp(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.exp(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = log(a)}, the natural logarithm. */
    public static void log(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.log(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.log(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = sin(a)}. */
    public static void sin(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.sin(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.sin(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = cos(a)}. */
    public static void cos(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.cos(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.cos(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code s = sin(a)} and {@code c = cos(a)}: the numbers {@link #sin} and {@link #cos} give, at the cost of one. */
    public static void sinCos(DualLanes a, DualLanes s, DualLanes c) {
        check(a, s, c);
        if (Simd.VECTOR) {
            SimdDualKernels.sinCos(a.array(), s.array(), c.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.sinCos(a.array(), s.array(), c.array(), a.stride(), a.k());
        }
    }

    /** {@code out = atan2(y, x)}, the angle of (x, y) in (-pi, pi]. */
    public static void atan2(DualLanes y, DualLanes x, DualLanes out) {
        check(y, x, out);
        if (Simd.VECTOR) {
            SimdDualKernels.atan2(y.array(), x.array(), out.array(), y.stride(), y.k());
        } else {
            PlainDualKernels.atan2(y.array(), x.array(), out.array(), y.stride(), y.k());
        }
    }

    /** {@code out = |a|}, derivative sign(a): 0 at a = 0 (see the class comment). */
    public static void abs(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.abs(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.abs(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = sign(a)} in {-1, ±0, 1} as {@link Math#signum}; tangents 0. */
    public static void sign(DualLanes a, DualLanes out) {
        check(a, out);
        if (Simd.VECTOR) {
            SimdDualKernels.sign(a.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.sign(a.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = min(a, b)}, value and tangents of the smaller; a on ties; NaN propagates. */
    public static void min(DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            SimdDualKernels.min(a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.min(a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code out = max(a, b)}, value and tangents of the larger; a on ties; NaN propagates. */
    public static void max(DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        if (Simd.VECTOR) {
            SimdDualKernels.max(a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.max(a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /**
     * {@code out = mask[i] ? a : b} lane by lane (value and tangents); {@code mask} has at least
     * {@code lanes()} entries; padding lanes take b.
     */
    public static void select(boolean[] mask, DualLanes a, DualLanes b, DualLanes out) {
        check(a, b, out);
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.select(mask, a.array(), b.array(), out.array(), a.stride(), a.k());
        } else {
            PlainDualKernels.select(mask, a.array(), b.array(), out.array(), a.stride(), a.k());
        }
    }

    /** {@code mask[i] = value(a, i) < value(b, i)} for every lane; mask has at least lanes() entries. */
    public static void lessThan(DualLanes a, DualLanes b, boolean[] mask) {
        check(a, b);
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.lessThan(a.array(), b.array(), mask, a.lanes());
        } else {
            PlainDualKernels.lessThan(a.array(), b.array(), mask, a.lanes());
        }
    }

    /** {@code mask[i] = value(a, i) <= value(b, i)} for every lane. */
    public static void lessOrEqual(DualLanes a, DualLanes b, boolean[] mask) {
        check(a, b);
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.lessOrEqual(a.array(), b.array(), mask, a.lanes());
        } else {
            PlainDualKernels.lessOrEqual(a.array(), b.array(), mask, a.lanes());
        }
    }

    /** {@code mask[i] = value(a, i) > value(b, i)} for every lane. */
    public static void greaterThan(DualLanes a, DualLanes b, boolean[] mask) {
        check(a, b);
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.greaterThan(a.array(), b.array(), mask, a.lanes());
        } else {
            PlainDualKernels.greaterThan(a.array(), b.array(), mask, a.lanes());
        }
    }

    /** {@code mask[i] = value(a, i) >= value(b, i)} for every lane. */
    public static void greaterOrEqual(DualLanes a, DualLanes b, boolean[] mask) {
        check(a, b);
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.greaterOrEqual(a.array(), b.array(), mask, a.lanes());
        } else {
            PlainDualKernels.greaterOrEqual(a.array(), b.array(), mask, a.lanes());
        }
    }

    /** {@code mask[i] = value(a, i) == value(b, i)} for every lane. */
    public static void equal(DualLanes a, DualLanes b, boolean[] mask) {
        check(a, b);
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.equal(a.array(), b.array(), mask, a.lanes());
        } else {
            PlainDualKernels.equal(a.array(), b.array(), mask, a.lanes());
        }
    }

    /** {@code mask[i] = value(a, i) < c} for every lane. */
    public static void lessThan(DualLanes a, double c, boolean[] mask) {
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.lessThan(a.array(), c, mask, a.lanes());
        } else {
            PlainDualKernels.lessThan(a.array(), c, mask, a.lanes());
        }
    }

    /** {@code mask[i] = value(a, i) > c} for every lane. */
    public static void greaterThan(DualLanes a, double c, boolean[] mask) {
        checkMask(mask, a);
        if (Simd.VECTOR) {
            SimdDualKernels.greaterThan(a.array(), c, mask, a.lanes());
        } else {
            PlainDualKernels.greaterThan(a.array(), c, mask, a.lanes());
        }
    }

    private static void check(DualLanes a, DualLanes b) {
        a.checkSameShape(b);
    }

    private static void check(DualLanes a, DualLanes b, DualLanes out) {
        a.checkSameShape(b);
        a.checkSameShape(out);
    }

    private static void checkMask(boolean[] mask, DualLanes a) {
        if (mask.length < a.lanes()) {
            throw new IllegalArgumentException("mask of length " + mask.length + " for " + a.lanes() + " lanes");
        }
    }
}
