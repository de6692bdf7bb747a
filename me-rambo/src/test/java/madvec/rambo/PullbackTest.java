package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reverse mode of RAMBO on diet: the pullback of random adjoints of the momenta and of the weight
 * equals those adjoints contracted with the forward-mode Jacobian (coordinates, final-state masses,
 * beam masses), and the forward half gives the forward map's values.
 */
class PullbackTest {
    private static final double SQRT_S = 1000.0;
    private static final double TOLERANCE = 1e-11;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new double[] {173.0, 125.0}, 5),
                Arguments.of(new double[] {173.0, 4.7, 1.0}, 8),
                Arguments.of(new double[] {0.0, 0.0, 0.0, 0.0}, 3),
                Arguments.of(new double[] {173.0, 173.0, 91.19, 5.0, 80.4}, 13),
                Arguments.of(new double[] {4.7, 0.0, 0.0, 4.7, 0.0, 0.0}, 17),
                Arguments.of(new double[] {173.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, 9));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pullbackIsTheTransposedForwardJacobian(double[] masses, int lanes) {
        int n = masses.length, dims = 3 * n - 4, k = dims + n + 2;
        RamboOnDiet map = seededMap(masses, 0.5, 2.0, k);
        SplittableRandom rng = new SplittableRandom(31L * n + lanes);
        DualLanes[] u = Events.lanes(dims, lanes, k);
        AdjointTape tape = AdjointTape.create(n, lanes);
        double[][] points = tape.points();
        for (int c = 0; c < dims; c++) {
            for (int lane = 0; lane < lanes; lane++) {
                u[c].set(lane, 0.02 + 0.96 * rng.nextDouble());
                points[c][lane] = u[c].value(lane);
            }
            for (int lane = lanes; lane < tape.stride(); lane++) {
                points[c][lane] = points[c][0];
            }
            u[c].seed(c);
        }
        DualLanes[] momenta = Events.lanes(map.momentumComponents(), lanes, k);
        DualLanes weight = DualLanes.create(lanes, k);
        map.forward(u, momenta, weight);
        map.forward(tape);

        double[][] pBar = new double[map.momentumComponents()][tape.stride()];
        for (double[] a : pBar) {
            for (int lane = 0; lane < lanes; lane++) a[lane] = rng.nextDouble() - 0.5;
        }
        double wBar = 0.37;
        double[][] uBar = new double[dims][tape.stride()];
        double[] tangents = new double[(k + 1) * tape.stride()];
        map.pullback(tape, pBar, 0.0, uBar, tangents);
        double[][] uBarWeight = new double[dims][tape.stride()];
        double[] tangentsWeight = new double[(k + 1) * tape.stride()];
        map.pullback(tape, null, wBar, uBarWeight, tangentsWeight);

        for (int lane = 0; lane < lanes; lane++) {
            for (int c = 0; c < map.momentumComponents(); c++) {
                assertEquals(momenta[c].value(lane), tape.momenta()[c][lane], 1e-12 * SQRT_S, "momentum " + c);
            }
            assertEquals(weight.value(lane), tape.weight()[lane], 1e-12 * weight.value(lane), "weight");
            for (int t = 0; t < k; t++) {
                double expected = 0.0, scale = 0.0;
                for (int c = 0; c < map.momentumComponents(); c++) {
                    double term = pBar[c][lane] * momenta[c].tangent(t, lane);
                    expected += term;
                    scale += Math.abs(term);
                }
                double got = t < dims ? uBar[t][lane] : tangents[(t + 1) * tape.stride() + lane];
                assertEquals(expected, got, TOLERANCE * scale + 1e-13, "momenta, tangent " + t + ", lane " + lane);
                double expectedWeight = wBar * weight.tangent(t, lane);
                double gotWeight = t < dims ? uBarWeight[t][lane] : tangentsWeight[(t + 1) * tape.stride() + lane];
                assertEquals(expectedWeight, gotWeight, TOLERANCE * (Math.abs(expectedWeight) + wBar * weight.value(lane)),
                        "weight, tangent " + t + ", lane " + lane);
            }
        }
        for (int t = 1; t <= dims; t++) {
            for (int lane = 0; lane < lanes; lane++) {
                assertEquals(0.0, tangents[t * tape.stride() + lane], 0.0, "no mass term along coordinate " + t);
            }
        }
    }

    @Test
    void aTapeServesMapsOfItsParticleCountOnly() {
        RamboOnDiet three = new RamboOnDiet(SQRT_S, 1.0, 2.0, 3.0);
        RamboOnDiet four = new RamboOnDiet(SQRT_S, 1.0, 2.0, 3.0, 4.0);
        AdjointTape tape = AdjointTape.create(3, 4);
        assertEquals(4, tape.lanes());
        assertThrows(IllegalArgumentException.class, () -> four.forward(tape));
        double[][] points = tape.points();
        points[0][2] = 1.5;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> three.forward(tape));
        assertEquals("hypercube coordinate u[0] = 1.5 in lane 2 is outside [0, 1]", e.getMessage());
    }

    private static RamboOnDiet seededMap(double[] masses, double ma, double mb, int k) {
        int n = masses.length, dims = 3 * n - 4;
        DualScalar[] finalMasses = new DualScalar[n];
        for (int i = 0; i < n; i++) {
            finalMasses[i] = DualScalar.variable(masses[i], k, dims + i);
        }
        return new RamboOnDiet(SQRT_S, DualScalar.variable(ma, k, dims + n), DualScalar.variable(mb, k, dims + n + 1),
                finalMasses);
    }
}
