package madvec.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The functions under test, each with a plain double implementation, its analytic Jacobian, and the
 * dual implementations (DualScalar or ComplexDualScalar, and/or lane kernels) that must reproduce
 * both. Complex functions are written over (re, im) pairs of real inputs and outputs.
 */
final class DualCases {
    private DualCases() {}

    /** Plain evaluation: inputs to outputs. */
    interface Fn {
        double[] at(double[] x);
    }

    /** Analytic Jacobian: {@code J[output][input]}. */
    interface Jacobian {
        double[][] at(double[] x);
    }

    /** The same function on lane-uniform duals. */
    interface DualFn {
        DualScalar[] at(DualScalar[] x);
    }

    /** The same function on dual lane arrays: reads {@code in}, writes {@code out}. */
    interface LaneFn {
        void run(DualLanes[] in, DualLanes[] out);
    }

    /** Where inputs are drawn from (whole vectors, so constraints between inputs can be met). */
    interface Domain {
        double[] sample(Random random, int inputs);
    }

    /**
     * One function. {@code uniform[i]} marks an input that is lane-uniform in the lane version (a
     * DualScalar operand); dual or lanes may be null when there is no such version.
     */
    record Case(String name, int inputs, int outputs, Domain domain, Fn f, Jacobian jacobian, DualFn dual,
            LaneFn lanes, boolean[] uniform) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Domain ANY = (r, n) -> fill(r, n, -2, 2);
    static final Domain POSITIVE = (r, n) -> fill(r, n, 0.5, 3);
    static final Domain NONZERO = (r, n) -> {
        double[] x = fill(r, n, 0.5, 2);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextBoolean() ? x[i] : -x[i];
        }
        return x;
    };
    /** Pairs (or complex numbers) at least 0.3 from the origin and 0.1 from each other. */
    static final Domain SEPARATED = (r, n) -> {
        while (true) {
            double[] x = fill(r, n, -2, 2);
            if (Math.hypot(x[0], x[1]) > 0.3 && Math.abs(x[0] - x[1]) > 0.1) {
                return x;
            }
        }
    };
    /** Complex numbers off the negative real axis (the branch cut of sqrt) and away from 0. */
    static final Domain OFF_CUT = (r, n) -> {
        while (true) {
            double[] x = fill(r, n, -2, 2);
            if (x[0] > 0.2 || Math.abs(x[1]) > 0.2) {
                return x;
            }
        }
    };

    static double[] fill(Random r, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * r.nextDouble();
        }
        return x;
    }

    private static double[] v(double... x) {
        return x;
    }

    private static double[][] j(double[]... rows) {
        return rows;
    }

    private static DualScalar[] d(DualScalar... x) {
        return x;
    }

    private static final boolean[] NONE = null;

    /** Real functions of one real input. */
    static List<Case> realUnary() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("negate", 1, 1, ANY, x -> v(-x[0]), x -> j(v(-1)), x -> d(x[0].negate()),
                (in, out) -> DualLaneMath.neg(in[0], out[0]), NONE));
        c.add(new Case("reciprocal", 1, 1, NONZERO, x -> v(1 / x[0]), x -> j(v(-1 / (x[0] * x[0]))),
                x -> d(x[0].reciprocal()), (in, out) -> DualLaneMath.reciprocal(in[0], out[0]), NONE));
        c.add(new Case("square", 1, 1, ANY, x -> v(x[0] * x[0]), x -> j(v(2 * x[0])), x -> d(x[0].square()),
                (in, out) -> DualLaneMath.square(in[0], out[0]), NONE));
        c.add(new Case("sqrt", 1, 1, POSITIVE, x -> v(Math.sqrt(x[0])), x -> j(v(0.5 / Math.sqrt(x[0]))),
                x -> d(x[0].sqrt()), (in, out) -> DualLaneMath.sqrt(in[0], out[0]), NONE));
        for (int n : new int[] {0, 1, 2, 3, 7, -1, -2, -5}) {
            c.add(new Case("powInt(" + n + ")", 1, 1, NONZERO, x -> v(Math.pow(x[0], n)),
                    x -> j(v(n == 0 ? 0 : n * Math.pow(x[0], n - 1))), x -> d(x[0].pow(n)),
                    (in, out) -> DualLaneMath.powInt(in[0], n, out[0]), NONE));
        }
        for (double p : new double[] {0.0, 0.5, 1.7, -0.3, 2.0, -2.5}) {
            c.add(new Case("pow(" + p + ")", 1, 1, POSITIVE, x -> v(Math.pow(x[0], p)),
                    x -> j(v(p * Math.pow(x[0], p - 1))), x -> d(x[0].pow(p)),
                    (in, out) -> DualLaneMath.pow(in[0], p, out[0]), NONE));
        }
        c.add(new Case("exp", 1, 1, ANY, x -> v(Math.exp(x[0])), x -> j(v(Math.exp(x[0]))), x -> d(x[0].exp()),
                (in, out) -> DualLaneMath.exp(in[0], out[0]), NONE));
        c.add(new Case("log", 1, 1, POSITIVE, x -> v(Math.log(x[0])), x -> j(v(1 / x[0])), x -> d(x[0].log()),
                (in, out) -> DualLaneMath.log(in[0], out[0]), NONE));
        c.add(new Case("sin", 1, 1, ANY, x -> v(Math.sin(x[0])), x -> j(v(Math.cos(x[0]))), x -> d(x[0].sin()),
                (in, out) -> DualLaneMath.sin(in[0], out[0]), NONE));
        c.add(new Case("cos", 1, 1, ANY, x -> v(Math.cos(x[0])), x -> j(v(-Math.sin(x[0]))), x -> d(x[0].cos()),
                (in, out) -> DualLaneMath.cos(in[0], out[0]), NONE));
        c.add(new Case("abs", 1, 1, NONZERO, x -> v(Math.abs(x[0])), x -> j(v(Math.signum(x[0]))),
                x -> d(x[0].abs()), (in, out) -> DualLaneMath.abs(in[0], out[0]), NONE));
        c.add(new Case("sign", 1, 1, NONZERO, x -> v(Math.signum(x[0])), x -> j(v(0)), x -> d(x[0].sign()),
                (in, out) -> DualLaneMath.sign(in[0], out[0]), NONE));
        c.add(new Case("scale(-2.5)", 1, 1, ANY, x -> v(-2.5 * x[0]), x -> j(v(-2.5)), x -> d(x[0].times(-2.5)),
                (in, out) -> DualLaneMath.scale(in[0], -2.5, out[0]), NONE));
        c.add(new Case("plus(1.25)", 1, 1, ANY, x -> v(x[0] + 1.25), x -> j(v(1)), x -> d(x[0].plus(1.25)),
                (in, out) -> DualLaneMath.add(in[0], 1.25, out[0]), NONE));
        c.add(new Case("minus(0.75)", 1, 1, ANY, x -> v(x[0] - 0.75), x -> j(v(1)), x -> d(x[0].minus(0.75)),
                null, NONE));
        c.add(new Case("div(3.5)", 1, 1, ANY, x -> v(x[0] / 3.5), x -> j(v(1 / 3.5)), x -> d(x[0].div(3.5)),
                null, NONE));
        return c;
    }

    /** Real functions of two real inputs; the lane version with a uniform operand where there is one. */
    static List<Case> realBinary() {
        List<Case> c = new ArrayList<>();
        boolean[] secondUniform = {false, true};
        boolean[] firstUniform = {true, false};
        c.add(new Case("add", 2, 1, ANY, x -> v(x[0] + x[1]), x -> j(v(1, 1)), x -> d(x[0].plus(x[1])),
                (in, out) -> DualLaneMath.add(in[0], in[1], out[0]), NONE));
        c.add(new Case("add(lanes, uniform)", 2, 1, ANY, x -> v(x[0] + x[1]), x -> j(v(1, 1)), null,
                (in, out) -> DualLaneMath.add(in[0], in[1].get(0), out[0]), secondUniform));
        c.add(new Case("add(uniform, lanes)", 2, 1, ANY, x -> v(x[0] + x[1]), x -> j(v(1, 1)), null,
                (in, out) -> DualLaneMath.add(in[0].get(0), in[1], out[0]), firstUniform));
        c.add(new Case("sub", 2, 1, ANY, x -> v(x[0] - x[1]), x -> j(v(1, -1)), x -> d(x[0].minus(x[1])),
                (in, out) -> DualLaneMath.sub(in[0], in[1], out[0]), NONE));
        c.add(new Case("sub(lanes, uniform)", 2, 1, ANY, x -> v(x[0] - x[1]), x -> j(v(1, -1)), null,
                (in, out) -> DualLaneMath.sub(in[0], in[1].get(0), out[0]), secondUniform));
        c.add(new Case("sub(uniform, lanes)", 2, 1, ANY, x -> v(x[0] - x[1]), x -> j(v(1, -1)), null,
                (in, out) -> DualLaneMath.sub(in[0].get(0), in[1], out[0]), firstUniform));
        c.add(new Case("mul", 2, 1, ANY, x -> v(x[0] * x[1]), x -> j(v(x[1], x[0])), x -> d(x[0].times(x[1])),
                (in, out) -> DualLaneMath.mul(in[0], in[1], out[0]), NONE));
        c.add(new Case("mul(lanes, uniform)", 2, 1, ANY, x -> v(x[0] * x[1]), x -> j(v(x[1], x[0])), null,
                (in, out) -> DualLaneMath.mul(in[0], in[1].get(0), out[0]), secondUniform));
        c.add(new Case("mul(uniform, lanes)", 2, 1, ANY, x -> v(x[0] * x[1]), x -> j(v(x[1], x[0])), null,
                (in, out) -> DualLaneMath.mul(in[0].get(0), in[1], out[0]), firstUniform));
        Jacobian quotient = x -> j(v(1 / x[1], -x[0] / (x[1] * x[1])));
        c.add(new Case("div", 2, 1, NONZERO, x -> v(x[0] / x[1]), quotient, x -> d(x[0].div(x[1])),
                (in, out) -> DualLaneMath.div(in[0], in[1], out[0]), NONE));
        c.add(new Case("div(lanes, uniform)", 2, 1, NONZERO, x -> v(x[0] / x[1]), quotient, null,
                (in, out) -> DualLaneMath.div(in[0], in[1].get(0), out[0]), secondUniform));
        c.add(new Case("div(uniform, lanes)", 2, 1, NONZERO, x -> v(x[0] / x[1]), quotient, null,
                (in, out) -> DualLaneMath.div(in[0].get(0), in[1], out[0]), firstUniform));
        c.add(new Case("atan2", 2, 1, SEPARATED, x -> v(Math.atan2(x[0], x[1])),
                x -> {
                    double r2 = x[0] * x[0] + x[1] * x[1];
                    return j(v(x[1] / r2, -x[0] / r2));
                }, x -> d(DualScalar.atan2(x[0], x[1])), (in, out) -> DualLaneMath.atan2(in[0], in[1], out[0]), NONE));
        c.add(new Case("min", 2, 1, SEPARATED, x -> v(Math.min(x[0], x[1])),
                x -> x[0] < x[1] ? j(v(1, 0)) : j(v(0, 1)), x -> d(x[0].min(x[1])),
                (in, out) -> DualLaneMath.min(in[0], in[1], out[0]), NONE));
        c.add(new Case("max", 2, 1, SEPARATED, x -> v(Math.max(x[0], x[1])),
                x -> x[0] > x[1] ? j(v(1, 0)) : j(v(0, 1)), x -> d(x[0].max(x[1])),
                (in, out) -> DualLaneMath.max(in[0], in[1], out[0]), NONE));
        c.add(new Case("select(x < y)", 2, 1, SEPARATED, x -> v(x[0] < x[1] ? x[0] : x[1]),
                x -> x[0] < x[1] ? j(v(1, 0)) : j(v(0, 1)), null, (in, out) -> {
                    boolean[] mask = new boolean[in[0].lanes()];
                    DualLaneMath.lessThan(in[0], in[1], mask);
                    DualLaneMath.select(mask, in[0], in[1], out[0]);
                }, NONE));
        Domain positiveBase = (r, n) -> v(0.5 + 2.5 * r.nextDouble(), -2 + 4 * r.nextDouble());
        c.add(new Case("pow(dual)", 2, 1, positiveBase, x -> v(Math.pow(x[0], x[1])),
                x -> j(v(x[1] * Math.pow(x[0], x[1] - 1), Math.pow(x[0], x[1]) * Math.log(x[0]))),
                x -> d(x[0].pow(x[1])), null, NONE));
        return c;
    }

    /** Complex functions over (re, im) pairs: {@link ComplexDualScalar}, which has no lane version. */
    static List<Case> complex() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("complex add", 4, 2, ANY, x -> v(x[0] + x[2], x[1] + x[3]),
                x -> j(v(1, 0, 1, 0), v(0, 1, 0, 1)), x -> parts(z(x, 0).plus(z(x, 2))), null, NONE));
        c.add(new Case("complex sub", 4, 2, ANY, x -> v(x[0] - x[2], x[1] - x[3]),
                x -> j(v(1, 0, -1, 0), v(0, 1, 0, -1)), x -> parts(z(x, 0).minus(z(x, 2))), null, NONE));
        c.add(new Case("complex mul", 4, 2, ANY, x -> v(x[0] * x[2] - x[1] * x[3], x[0] * x[3] + x[1] * x[2]),
                x -> j(v(x[2], -x[3], x[0], -x[1]), v(x[3], x[2], x[1], x[0])),
                x -> parts(z(x, 0).times(z(x, 2))), null, NONE));
        c.add(new Case("complex mulConj", 4, 2, ANY, x -> v(x[0] * x[2] + x[1] * x[3], x[1] * x[2] - x[0] * x[3]),
                x -> j(v(x[2], x[3], x[0], x[1]), v(-x[3], x[2], x[1], -x[0])),
                x -> parts(z(x, 0).times(z(x, 2).conj())), null, NONE));
        c.add(new Case("complex mulAdd", 6, 2, ANY,
                x -> v(x[0] + x[2] * x[4] - x[3] * x[5], x[1] + x[2] * x[5] + x[3] * x[4]),
                x -> j(v(1, 0, x[4], -x[5], x[2], -x[3]), v(0, 1, x[5], x[4], x[3], x[2])),
                x -> parts(z(x, 0).plus(z(x, 2).times(z(x, 4)))), null, NONE));
        c.add(new Case("complex times real", 3, 2, ANY, x -> v(x[0] * x[2], x[1] * x[2]),
                x -> j(v(x[2], 0, x[0]), v(0, x[2], x[1])), x -> parts(z(x, 0).times(x[2])), null, NONE));
        c.add(new Case("complex scale(-1.5)", 2, 2, ANY, x -> v(-1.5 * x[0], -1.5 * x[1]),
                x -> j(v(-1.5, 0), v(0, -1.5)), x -> parts(z(x, 0).times(-1.5)), null, NONE));
        c.add(new Case("complex abs2", 2, 1, ANY, x -> v(x[0] * x[0] + x[1] * x[1]), x -> j(v(2 * x[0], 2 * x[1])),
                x -> d(z(x, 0).abs2()), null, NONE));
        c.add(new Case("complex conj", 2, 2, ANY, x -> v(x[0], -x[1]), x -> j(v(1, 0), v(0, -1)),
                x -> parts(z(x, 0).conj()), null, NONE));
        c.add(new Case("complex timesI", 2, 2, ANY, x -> v(-x[1], x[0]), x -> j(v(0, -1), v(1, 0)),
                x -> parts(z(x, 0).timesI()), null, NONE));
        c.add(new Case("complex negate", 2, 2, ANY, x -> v(-x[0], -x[1]), x -> j(v(-1, 0), v(0, -1)),
                x -> parts(z(x, 0).negate()), null, NONE));
        c.add(new Case("complex reciprocal", 2, 2, OFF_CUT, x -> {
            double n = x[0] * x[0] + x[1] * x[1];
            return v(x[0] / n, -x[1] / n);
        }, x -> holomorphic(x, -1), x -> parts(z(x, 0).reciprocal()), null, NONE));
        c.add(new Case("complex sqrt", 2, 2, OFF_CUT, x -> {
            double r = Math.sqrt(Math.hypot(x[0], x[1]));
            double half = 0.5 * Math.atan2(x[1], x[0]);
            return v(r * Math.cos(half), r * Math.sin(half));
        }, x -> holomorphic(x, 0.5), x -> parts(z(x, 0).sqrt()), null, NONE));
        c.add(new Case("complex div", 4, 2, OFF_CUT, x -> {
            double n = x[2] * x[2] + x[3] * x[3];
            return v((x[0] * x[2] + x[1] * x[3]) / n, (x[1] * x[2] - x[0] * x[3]) / n);
        }, x -> {
            // d(a/b) = da / b - (a / b^2) db
            double n = x[2] * x[2] + x[3] * x[3];
            double ir = x[2] / n;
            double ii = -x[3] / n;
            double qr = (x[0] * x[2] + x[1] * x[3]) / n;
            double qi = (x[1] * x[2] - x[0] * x[3]) / n;
            double gr = -(qr * ir - qi * ii);
            double gi = -(qr * ii + qi * ir);
            return j(v(ir, -ii, gr, -gi), v(ii, ir, gi, gr));
        }, x -> parts(z(x, 0).div(z(x, 2))), null, NONE));
        c.add(new Case("complex plus/minus real dual and constants", 3, 2, ANY,
                x -> v(x[0] + 2 * x[2] - 0.5, x[1]), x -> j(v(1, 0, 2), v(0, 1, 0)),
                x -> parts(z(x, 0).plus(x[2]).minus(x[2].times(-1.0)).plus(1.0).minus(1.5)), null, NONE));
        return c;
    }

    /** Jacobian of the holomorphic power z^p over (re, im): df = p z^(p-1) dz as a 2x2 real matrix. */
    private static double[][] holomorphic(double[] x, double p) {
        double r = Math.hypot(x[0], x[1]);
        double phi = Math.atan2(x[1], x[0]);
        double m = p * Math.pow(r, p - 1);
        double gr = m * Math.cos((p - 1) * phi);
        double gi = m * Math.sin((p - 1) * phi);
        return j(v(gr, -gi), v(gi, gr));
    }

    private static ComplexDualScalar z(DualScalar[] x, int at) {
        return ComplexDualScalar.of(x[at], x[at + 1]);
    }

    private static DualScalar[] parts(ComplexDualScalar z) {
        return d(z.re(), z.im());
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>(realUnary());
        all.addAll(realBinary());
        all.addAll(complex());
        return all;
    }
}
