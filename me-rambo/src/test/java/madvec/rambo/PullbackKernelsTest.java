package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.simd.Simd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pullback's SIMD kernels against their plain-Java twins on a tape of real events, with random
 * adjoints in its scratch arrays: the same bits, since both run the same operations in the same order.
 */
class PullbackKernelsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 8, 13, 100, 207})
    void simdKernelsGiveThePlainKernelsBits(int lanes) {
        assumeTrue(Simd.VECTOR, "SIMD path off");
        double[] masses = {173.0, 0.0, 4.7, 0.0, 0.0, 80.4};
        int n = masses.length;
        RamboOnDiet map = new RamboOnDiet(1000.0, masses);
        AdjointTape tape = AdjointTape.create(n, lanes);
        SplittableRandom rng = new SplittableRandom(lanes);
        for (double[] c : tape.points()) {
            for (int l = 0; l < c.length; l++) c[l] = 0.02 + 0.96 * rng.nextDouble();
        }
        map.forward(tape);
        double[][] momentumBar = new double[map.momentumComponents()][tape.stride()];
        double[][] uBar = new double[map.dimensions()][tape.stride()];
        List<double[]> state = state(tape, momentumBar, uBar);
        for (double[] a : state) {
            for (int l = 0; l < a.length; l++) a[l] = rng.nextDouble() - 0.5;
        }
        for (int i = 0; i < n; i++) {
            int particle = i, base = 4 * (i + LaneChain.INCOMING);
            same(state, () -> PlainPullbackKernels.massive(tape, particle, momentumBar, base),
                    () -> SimdPullbackKernels.massive(tape, particle, momentumBar, base), "massive " + i);
            same(state, () -> PlainPullbackKernels.rootTerm(tape, particle),
                    () -> SimdPullbackKernels.rootTerm(tape, particle), "rootTerm " + i);
        }
        for (int j = 0; j < n - 1; j++) {
            int step = j, k = MasslessChain.ratioExponent(n, j);
            same(state, () -> PlainPullbackKernels.boost(tape, step, uBar[0], uBar[1]),
                    () -> SimdPullbackKernels.boost(tape, step, uBar[0], uBar[1]), "boost " + j);
            if (j < n - 2) {
                same(state, () -> PlainPullbackKernels.ratio(tape, step, k, uBar[2]),
                        () -> SimdPullbackKernels.ratio(tape, step, k, uBar[2]), "ratio " + j);
            }
        }
    }

    /** Runs both kernels from the same state and compares every array afterwards; leaves the plain result. */
    private static void same(List<double[]> state, Runnable plain, Runnable simd, String what) {
        List<double[]> before = copies(state);
        simd.run();
        List<double[]> simdResult = copies(state);
        restore(state, before);
        plain.run();
        for (int a = 0; a < state.size(); a++) {
            assertArrayEquals(state.get(a), simdResult.get(a), what + ", array " + a);
        }
    }

    /** Every array a kernel reads and writes besides the tape's recorded values. */
    private static List<double[]> state(AdjointTape t, double[][] momentumBar, double[][] uBar) {
        List<double[]> s = new ArrayList<>(List.of(momentumBar));
        s.addAll(List.of(uBar));
        for (double[][] q : t.masslessBar) s.addAll(List.of(q));
        s.addAll(List.of(t.clusterBar));
        s.addAll(List.of(t.massSquaredBar));
        s.addAll(List.of(t.squareBar));
        s.addAll(List.of(t.massBar, t.scaleBar, t.splitBar, t.stepMassBar));
        return s;
    }

    private static List<double[]> copies(List<double[]> state) {
        List<double[]> c = new ArrayList<>();
        for (double[] a : state) c.add(a.clone());
        return c;
    }

    private static void restore(List<double[]> state, List<double[]> from) {
        for (int a = 0; a < state.size(); a++) System.arraycopy(from.get(a), 0, state.get(a), 0, state.get(a).length);
    }
}
