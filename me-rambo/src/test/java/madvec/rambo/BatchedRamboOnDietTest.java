package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batched dual implementation against the single-event plain-double oracle, lane by lane, for lane
 * counts around the SIMD width and k = 0 and k &gt; 0. Both agree to 1e-13 relative: they run the same
 * formulas in the same order, the vector kernels differing by at most a few ulps.
 */
class BatchedRamboOnDietTest {
    private static final double SQRT_S = 13000.0;
    private static final double TOLERANCE = 1e-13;

    static Stream<Arguments> shapes() {
        Stream.Builder<Arguments> b = Stream.builder();
        double[][] finalStates = {{0, 0}, {173, 173}, {0, 0, 0}, {173, 173, 0, 125}, {0, 0, 0, 0, 0, 0}, {91.19, 0, 4.7, 80.4, 0}};
        int[] laneCounts = {1, 3, 4, 7, 13, 100};
        int shape = 0;
        for (double[] masses : finalStates) {
            for (int k : new int[] {0, 3}) {
                b.add(Arguments.of(masses, laneCounts[shape++ % laneCounts.length], k));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "masses {0}, lanes {1}, k {2}")
    @MethodSource("shapes")
    void forwardMatchesTheSingleEventOracle(double[] masses, int lanes, int k) {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, DualScalar.constant(0.0, k), DualScalar.constant(0.0, k),
                Events.constants(masses, k));
        SplittableRandom rng = new SplittableRandom(lanes * 17L + k);
        DualLanes[] u = randomPoints(map, lanes, k, rng);
        DualLanes[] momenta = Events.lanes(map.momentumComponents(), lanes, k);
        DualLanes weight = DualLanes.create(lanes, k);
        map.forward(u, momenta, weight);
        double[] expected = new double[map.momentumComponents()];
        for (int lane = 0; lane < lanes; lane++) {
            double expectedWeight = map.forward(valuesOf(u, lane), expected);
            assertEquals(expectedWeight, weight.value(lane), TOLERANCE * expectedWeight, "weight, lane " + lane);
            for (int c = 0; c < expected.length; c++) {
                assertEquals(expected[c], momenta[c].value(lane), TOLERANCE * SQRT_S, "momentum component " + c + ", lane " + lane);
            }
        }
    }

    @ParameterizedTest(name = "masses {0}, lanes {1}, k {2}")
    @MethodSource("shapes")
    void inverseMatchesTheSingleEventOracle(double[] masses, int lanes, int k) {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, DualScalar.constant(0.0, k), DualScalar.constant(0.0, k),
                Events.constants(masses, k));
        SplittableRandom rng = new SplittableRandom(lanes * 29L + k);
        DualLanes[] momenta = Events.lanes(map.momentumComponents(), lanes, k);
        DualLanes weight = DualLanes.create(lanes, k);
        map.forward(randomPoints(map, lanes, k, rng), momenta, weight);
        DualLanes[] u = Events.lanes(map.dimensions(), lanes, k);
        DualLanes inverseWeight = DualLanes.create(lanes, k);
        map.inverse(momenta, u, inverseWeight);
        double[] expected = new double[map.dimensions()];
        for (int lane = 0; lane < lanes; lane++) {
            double expectedWeight = map.inverse(valuesOf(momenta, lane), expected);
            assertEquals(expectedWeight, inverseWeight.value(lane), TOLERANCE * expectedWeight, "weight, lane " + lane);
            assertEquals(weight.value(lane), inverseWeight.value(lane), 1e-10 * expectedWeight, "forward weight, lane " + lane);
            for (int c = 0; c < expected.length; c++) {
                assertEquals(expected[c], u[c].value(lane), TOLERANCE, "coordinate " + c + ", lane " + lane);
            }
        }
    }

    @Test
    void workspacesFollowTheBatchShapeAndTheThread() throws Exception {
        double[] masses = {173, 173, 0};
        RamboOnDiet map = new RamboOnDiet(SQRT_S, masses);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            java.util.List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int task = 0; task < 12; task++) {
                int lanes = 1 + 5 * (task % 4);
                long seed = task;
                results.add(pool.submit(() -> {
                    for (int repeat = 0; repeat < 20; repeat++) {
                        SplittableRandom rng = new SplittableRandom(seed * 1000 + repeat);
                        DualLanes[] u = randomPoints(map, lanes, 0, rng);
                        DualLanes[] momenta = Events.lanes(map.momentumComponents(), lanes, 0);
                        DualLanes weight = DualLanes.create(lanes, 0);
                        map.forward(u, momenta, weight);
                        double[] expected = new double[map.momentumComponents()];
                        for (int lane = 0; lane < lanes; lane++) {
                            double w = map.forward(valuesOf(u, lane), expected);
                            if (Math.abs(w - weight.value(lane)) > TOLERANCE * w
                                    || Math.abs(expected[9] - momenta[9].value(lane)) > TOLERANCE * SQRT_S) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(), "a concurrent batch differed from the oracle");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Random values in [0.02, 0.98] and, for k &gt; 0, random tangents (directions the map must carry). */
    static DualLanes[] randomPoints(RamboOnDiet map, int lanes, int k, SplittableRandom rng) {
        DualLanes[] u = Events.lanes(map.dimensions(), lanes, k);
        for (DualLanes coordinate : u) {
            for (int lane = 0; lane < lanes; lane++) {
                coordinate.set(lane, 0.02 + 0.96 * rng.nextDouble());
                for (int t = 0; t < k; t++) {
                    coordinate.setTangent(t, lane, rng.nextDouble() - 0.5);
                }
            }
        }
        return u;
    }

    static double[] valuesOf(DualLanes[] arrays, int lane) {
        double[] v = new double[arrays.length];
        for (int c = 0; c < arrays.length; c++) {
            v[c] = arrays[c].value(lane);
        }
        return v;
    }
}
