package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import madvec.autodiff.DualCases.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dual operation, scalar and lane-wise, against the analytic derivative and against central
 * finite differences, for k = 0, 1, 3 and 17 random tangent directions.
 *
 * <p>Inputs are seeded as {@code x = x0 + sum_j e_j d_j} with random directions {@code d_j}, so
 * tangent j of the result must be {@code J(x0) d_j}.
 *
 * <p>Tolerances: against the analytic Jacobian only rounding separates the two, so
 * {@code 1e-12 (1 + sum |J| |d|)}. Against finite differences with step {@code h = 1e-6} on inputs of
 * order 1: the truncation error is {@code O(h^2 f''') ~ 1e-12 f'''} and the rounding error
 * {@code O(eps |f| / h) ~ 1e-10 |f|}, both far below the bound {@code 1e-6 (1 + |J d|)}; a wrong
 * derivative (a missing factor, a sign) misses it by orders of magnitude.
 */
class DerivativeTest {
    private static final int[] KS = {0, 1, 3, 17};
    private static final int[] LANE_COUNTS = {1, 13, 207};
    private static final double H = 1e-6;
    private static final double FD_TOLERANCE = 1e-6;
    private static final double ANALYTIC_TOLERANCE = 1e-12;
    private static final double VALUE_TOLERANCE = 1e-13;

    static Stream<Arguments> dualCases() {
        List<Arguments> args = new ArrayList<>();
        for (Case c : DualCases.all()) {
            if (c.dual() != null) {
                for (int k : KS) {
                    args.add(Arguments.of(c, k));
                }
            }
        }
        return args.stream();
    }

    static Stream<Arguments> laneCases() {
        List<Arguments> args = new ArrayList<>();
        for (Case c : DualCases.all()) {
            if (c.lanes() != null) {
                for (int k : KS) {
                    args.add(Arguments.of(c, k));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("dualCases")
    void dualScalarTangentsMatchAnalyticAndFiniteDifferences(Case c, int k) {
        Random random = new Random(c.name().hashCode() * 31L + k);
        for (int point = 0; point < 5; point++) {
            double[] x0 = c.domain().sample(random, c.inputs());
            double[][] d = directions(random, c.inputs(), k);
            DualScalar[] in = new DualScalar[c.inputs()];
            for (int i = 0; i < in.length; i++) {
                in[i] = DualScalar.of(x0[i], d[i]);
            }
            DualScalar[] out = c.dual().at(in);
            assertEquals(c.outputs(), out.length);
            double[][] got = new double[c.outputs()][k + 1];
            for (int o = 0; o < out.length; o++) {
                assertEquals(k, out[o].k(), "k of the result");
                got[o][0] = out[o].value();
                for (int t = 0; t < k; t++) {
                    got[o][t + 1] = out[o].tangent(t);
                }
            }
            check(c, x0, d, got, "point " + point);
        }
    }

    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("laneCases")
    void laneKernelTangentsMatchAnalyticAndFiniteDifferences(Case c, int k) {
        Random random = new Random(c.name().hashCode() * 17L + k);
        for (int lanes : LANE_COUNTS) {
            double[][] x0 = new double[lanes][];
            double[][][] d = new double[lanes][][];
            DualLanes[] in = new DualLanes[c.inputs()];
            for (int i = 0; i < in.length; i++) {
                in[i] = DualLanes.create(lanes, k);
            }
            for (int lane = 0; lane < lanes; lane++) {
                x0[lane] = c.domain().sample(random, c.inputs());
                d[lane] = directions(random, c.inputs(), k);
                for (int i = 0; i < in.length; i++) {
                    boolean uniform = c.uniform() != null && c.uniform()[i] && lane > 0;
                    if (uniform) {
                        x0[lane][i] = x0[0][i];
                        d[lane][i] = d[0][i];
                    }
                    in[i].set(lane, x0[lane][i]);
                    for (int t = 0; t < k; t++) {
                        in[i].setTangent(t, lane, d[lane][i][t]);
                    }
                }
            }
            DualLanes[] out = new DualLanes[c.outputs()];
            for (int o = 0; o < out.length; o++) {
                out[o] = DualLanes.create(lanes, k);
            }
            c.lanes().run(in, out);
            for (int lane = 0; lane < lanes; lane++) {
                double[][] got = new double[c.outputs()][k + 1];
                for (int o = 0; o < out.length; o++) {
                    got[o][0] = out[o].value(lane);
                    for (int t = 0; t < k; t++) {
                        got[o][t + 1] = out[o].tangent(t, lane);
                    }
                }
                check(c, x0[lane], d[lane], got, lanes + " lanes, lane " + lane);
            }
            if (c.outputs() == 1 && (c.uniform() == null || !c.uniform()[0])) {
                checkOutputMayAliasFirstInput(c, in, out[0]);
            }
        }
    }

    /** Running again with {@code out = in[0]} must give the same numbers bit for bit. */
    private static void checkOutputMayAliasFirstInput(Case c, DualLanes[] in, DualLanes expected) {
        DualLanes[] aliased = in.clone();
        aliased[0] = DualLanes.create(in[0].lanes(), in[0].k());
        aliased[0].copyFrom(in[0]);
        c.lanes().run(aliased, new DualLanes[] {aliased[0]});
        for (int lane = 0; lane < expected.lanes(); lane++) {
            assertEquals(expected.get(lane), aliased[0].get(lane), c.name() + ": out aliasing the first input, lane " + lane);
        }
    }

    /** {@code got[output][0]} is the value, {@code got[output][1 + t]} tangent t. */
    private static void check(Case c, double[] x0, double[][] d, double[][] got, String where) {
        double[] f0 = c.f().at(x0);
        double[][] jac = c.jacobian().at(x0);
        int k = got[0].length - 1;
        for (int o = 0; o < c.outputs(); o++) {
            double value = got[o][0];
            if (Math.abs(value - f0[o]) > VALUE_TOLERANCE * (1 + Math.abs(f0[o]))) {
                fail(c.name() + " value, output " + o + ", " + where + ": " + value + " != " + f0[o]);
            }
        }
        for (int t = 0; t < k; t++) {
            double[] plus = x0.clone();
            double[] minus = x0.clone();
            for (int i = 0; i < x0.length; i++) {
                plus[i] += H * d[i][t];
                minus[i] -= H * d[i][t];
            }
            double[] fPlus = c.f().at(plus);
            double[] fMinus = c.f().at(minus);
            for (int o = 0; o < c.outputs(); o++) {
                double analytic = 0;
                double magnitude = 0;
                for (int i = 0; i < x0.length; i++) {
                    analytic += jac[o][i] * d[i][t];
                    magnitude += Math.abs(jac[o][i] * d[i][t]);
                }
                double finiteDifference = (fPlus[o] - fMinus[o]) / (2 * H);
                double tangent = got[o][t + 1];
                String at = c.name() + " tangent " + t + " of output " + o + ", " + where + " at x0 = "
                        + java.util.Arrays.toString(x0) + ": ";
                if (Math.abs(tangent - analytic) > ANALYTIC_TOLERANCE * (1 + magnitude)) {
                    fail(at + tangent + " but analytic " + analytic);
                }
                if (Math.abs(tangent - finiteDifference) > FD_TOLERANCE * (1 + Math.abs(analytic))) {
                    fail(at + tangent + " but finite difference " + finiteDifference);
                }
            }
        }
    }

    private static double[][] directions(Random random, int inputs, int k) {
        double[][] d = new double[inputs][k];
        for (int i = 0; i < inputs; i++) {
            for (int t = 0; t < k; t++) {
                d[i][t] = 2 * random.nextDouble() - 1;
            }
        }
        return d;
    }
}
