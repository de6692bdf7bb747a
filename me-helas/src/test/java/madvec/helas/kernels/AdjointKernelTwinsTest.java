package madvec.helas.kernels;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Vector API kernel of reverse mode ({@link Adjoints}) against its plain-Java twin, as
 * {@link KernelTwinsTest} does for the forward kernels: same random workspace, chunks of one, two and
 * eight vectors, every double compared.
 */
class AdjointKernelTwinsTest {
    @BeforeAll
    static void vectorModule() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "jdk.incubator.vector is absent");
        assumeTrue(Layout.G == madvec.simd.vector.Species.LANES, "layout groups differ from the vector length");
    }

    static Stream<Arguments> kernels() {
        int[] js = {0, 2, 1, 2};
        double[] re = {1.0, -0.5, 0.0, 0.25}, im = {0.0, 0.5, -1.0, 2.0};
        double[] s = {2.0, 0.25, -1.0, 0.25, 3.0, 0.5, -1.0, 0.5, 1.0};
        double m = 1.73, wd = 0.15;
        return Stream.of(
                named("scaled", (w, c, b) -> PlainAdjointKernels.scaled(w, c, 0, b, 3 * b, false),
                        (w, c, b) -> SimdAdjointKernels.scaled(w, c, 0, b, 3 * b, false)),
                named("scaled, accumulating", (w, c, b) -> PlainAdjointKernels.scaled(w, c, 0, b, 3 * b, true),
                        (w, c, b) -> SimdAdjointKernels.scaled(w, c, 0, b, 3 * b, true)),
                named("i colour", (w, c, b) -> PlainAdjointKernels.iColour(w, c, 0, 3, s, 4 * b),
                        (w, c, b) -> SimdAdjointKernels.iColour(w, c, 0, 3, s, 4 * b)),
                named("beta", (w, c, b) -> PlainAdjointKernels.beta(w, c, b, js, re, im, 5 * b),
                        (w, c, b) -> SimdAdjointKernels.beta(w, c, b, js, re, im, 5 * b)),
                named("amplitude runs", (w, c, b) -> PlainAdjointKernels.amplitudeRuns(w, c, 0, b, new int[] {2 * b, 3 * b},
                        new int[][] {js, {1}}, new double[][] {re, {0.5}}, new double[][] {im, {-2.0}}, new boolean[] {true, false}),
                        (w, c, b) -> SimdAdjointKernels.amplitudeRuns(w, c, 0, b, new int[] {2 * b, 3 * b}, new int[][] {js, {1}},
                                new double[][] {re, {0.5}}, new double[][] {im, {-2.0}}, new boolean[] {true, false})),
                named("scaled sum", (w, c, b) -> PlainAdjointKernels.scaledSum(w, c, 0, b, 3 * b, 2 * c, 3, 6 * b),
                        (w, c, b) -> SimdAdjointKernels.scaledSum(w, c, 0, b, 3 * b, 2 * c, 3, 6 * b)),
                named("VVV adjoint", (w, c, b) -> PlainAdjointKernels.vvvAdjoint(w, c, 0, b, 2 * b, 3 * b, 4 * b, 0.31, -1.17),
                        (w, c, b) -> SimdAdjointKernels.vvvAdjoint(w, c, 0, b, 2 * b, 3 * b, 4 * b, 0.31, -1.17)),
                named("jet contraction, vector", jet(true, -1.0), jet(false, -1.0)),
                named("jet contraction, spinor", jet(true, 1.0), jet(false, 1.0)),
                named("VVVV adjoint", (w, c, b) -> PlainAdjointKernels.vvvvAdjoint(w, c, 0, b, 2 * b, 3 * b, 4 * b, 5 * b,
                        6 * b, 1.0, -0.5, 2.0, 0.31, -1.17),
                        (w, c, b) -> SimdAdjointKernels.vvvvAdjoint(w, c, 0, b, 2 * b, 3 * b, 4 * b, 5 * b, 6 * b, 1.0, -0.5,
                                2.0, 0.31, -1.17)),
                named("VVV momenta", (w, c, b) -> PlainAdjointKernels.vvvMomentum(w, c, 0, b, 3 * b, 4 * b, 2 * b, 0.31, -1.17),
                        (w, c, b) -> SimdAdjointKernels.vvvMomentum(w, c, 0, b, 3 * b, 4 * b, 2 * b, 0.31, -1.17)),
                named("massless vector propagator", (w, c, b) -> PlainAdjointKernels.masslessVectorPropagator(w, c, 0, b, 3 * b),
                        (w, c, b) -> SimdAdjointKernels.masslessVectorPropagator(w, c, 0, b, 3 * b)),
                named("fermion propagator, column", fermion(true, m, wd, 1.0), fermion(false, m, wd, 1.0)),
                named("fermion propagator, row", fermion(true, m, wd, -1.0), fermion(false, m, wd, -1.0)),
                named("fermion propagator, massless", fermion(true, 0.0, 0.0, 1.0), fermion(false, 0.0, 0.0, 1.0)),
                named("massive vector propagator", massiveVector(true, m, wd), massiveVector(false, m, wd)));
    }

    /** The jet contraction, into the workspace's last block so that the sums are compared too. */
    private static KernelTwinsTest.Kernel jet(boolean plain, double eta) {
        return (w, c, b) -> {
            int at = 7 * b;
            double[] to = Arrays.copyOfRange(w, at, at + c);
            if (plain) {
                PlainAdjointKernels.jetContraction(w, 0, w, 2 * b, c, eta, to);
            } else {
                SimdAdjointKernels.jetContraction(w, 0, w, 2 * b, c, eta, to);
            }
            System.arraycopy(to, 0, w, at, c);
        };
    }

    /** The fermion kernel, its mass and width adjoints kept in the workspace's last block so they are compared too. */
    private static KernelTwinsTest.Kernel fermion(boolean plain, double m, double wd, double sign) {
        return (w, c, b) -> {
            int at = 7 * b;
            double[] mb = Arrays.copyOfRange(w, at, at + c), wb = Arrays.copyOfRange(w, at + c, at + 2 * c);
            if (plain) {
                PlainAdjointKernels.fermionPropagator(w, c, 0, b, 2 * b, 3 * b, m, wd, sign, mb, wb);
            } else {
                SimdAdjointKernels.fermionPropagator(w, c, 0, b, 2 * b, 3 * b, m, wd, sign, mb, wb);
            }
            System.arraycopy(mb, 0, w, at, c);
            System.arraycopy(wb, 0, w, at + c, c);
        };
    }

    /** The massive vector kernel, its mass and width adjoints kept in the workspace's last block. */
    private static KernelTwinsTest.Kernel massiveVector(boolean plain, double m, double wd) {
        return (w, c, b) -> {
            int at = 7 * b;
            double[] mb = Arrays.copyOfRange(w, at, at + c), wb = Arrays.copyOfRange(w, at + c, at + 2 * c);
            if (plain) {
                PlainAdjointKernels.massiveVectorPropagator(w, c, 0, b, 2 * b, 3 * b, m, wd, mb, wb);
            } else {
                SimdAdjointKernels.massiveVectorPropagator(w, c, 0, b, 2 * b, 3 * b, m, wd, mb, wb);
            }
            System.arraycopy(mb, 0, w, at, c);
            System.arraycopy(wb, 0, w, at + c, c);
        };
    }

    private static Arguments named(String name, KernelTwinsTest.Kernel scalar, KernelTwinsTest.Kernel vector) {
        return Arguments.of(name, scalar, vector);
    }

    /**
     * The fused kernels against what they replace, on a random workspace: {@link Adjoints#scaledSum} gives
     * the bits of {@link Adjoints#scaled} accumulated in turn; {@link Adjoints#vvvAdjoint} the two input
     * kernels ({@link Structures#vvvOpenV1} with the output's adjoint in a leg, its momentum rows holding
     * P1 = -(P2 + P3)) and {@link Adjoints#vvvMomentum}, to rounding.
     */
    @org.junit.jupiter.api.Test
    void fusedKernelsMatchTheKernelsTheyReplace() {
        int c = 2 * Layout.G, blk = Layout.wfBlock(c);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        double[] w = new double[8 * blk];
        for (int i = 0; i < w.length; i++) w[i] = rng.nextDouble(-1.0, 1.0);
        double[] fused = w.clone(), parts = w.clone();
        Adjoints.scaledSum(fused, c, 0, blk, 3 * blk, 2 * c, 3, 6 * blk);
        for (int j = 0; j < 3; j++) Adjoints.scaled(parts, c, j * blk, 3 * blk + j * 2 * c, 6 * blk, true);
        // the same additions in the same order: equal bit for bit (the twins' comparison allows 2 ulps)
        org.junit.jupiter.api.Assertions.assertArrayEquals(parts, fused, 0.0, "scaled sum");

        // amplitude runs: beta into a scratch block, then scaled, run by run
        fused = w.clone();
        parts = w.clone();
        int[] js = {0, 2, 1}, js2 = {1};
        double[] re = {1.0, -0.5, 0.25}, im = {0.0, 0.5, 2.0}, re2 = {0.5}, im2 = {-2.0};
        Adjoints.amplitudeRuns(fused, c, 0, blk, new int[] {2 * blk, 3 * blk}, new int[][] {js, js2},
                new double[][] {re, re2}, new double[][] {im, im2}, new boolean[] {true, false});
        Adjoints.beta(parts, c, blk, js, re, im, 7 * blk);
        Adjoints.scaled(parts, c, 0, 7 * blk, 2 * blk, true);
        Adjoints.beta(parts, c, blk, js2, re2, im2, 7 * blk);
        Adjoints.scaled(parts, c, 0, 7 * blk, 3 * blk, false);
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.util.Arrays.copyOf(parts, 7 * blk),
                java.util.Arrays.copyOf(fused, 7 * blk), 0.0, "amplitude runs");

        fused = w.clone();
        parts = w.clone();
        double[] g = {0.31, -1.17};
        Adjoints.vvvAdjoint(fused, c, 0, blk, 2 * blk, 3 * blk, 4 * blk, g[0], g[1]);
        for (int l = 0; l < c; l++) {
            for (int mu = 0; mu < 4; mu++) {
                int row = Layout.lane(12, l) + (8 + mu) * Layout.G;
                parts[2 * blk + row] = -(parts[row] + parts[blk + row]);
            }
        }
        Structures.vvvOpenV1(parts, c, blk, blk, 2 * blk, 2 * blk, 3 * blk, g, 0, true);
        Structures.vvvOpenV1(parts, c, 2 * blk, 2 * blk, 0, 0, 4 * blk, g, 0, true);
        Adjoints.vvvMomentum(parts, c, 0, blk, 3 * blk, 4 * blk, 2 * blk, g[0], g[1]);
        assertClose("VVV adjoint", w, fused, parts, 3 * blk, 5 * blk);

        // VVVV: the input kernels with the output's adjoint in the open leg's place, factors permuted
        fused = w.clone();
        parts = w.clone();
        double f0 = 1.0, f1 = -0.5, f2 = 2.0;
        Adjoints.vvvvAdjoint(fused, c, 0, blk, 2 * blk, 3 * blk, 4 * blk, 5 * blk, 6 * blk, f0, f1, f2, g);
        Structures.vvvvOpen(parts, c, 3 * blk, blk, 2 * blk, 4 * blk, f0, f2, f1, g, 0, true);
        Structures.vvvvOpen(parts, c, 3 * blk, 0, 2 * blk, 5 * blk, f1, f2, f0, g, 0, true);
        Structures.vvvvOpen(parts, c, 3 * blk, 0, blk, 6 * blk, f2, f1, f0, g, 0, true);
        assertClose("VVVV adjoint", w, fused, parts, 4 * blk, 7 * blk);
    }

    private static void assertClose(String what, double[] before, double[] fused, double[] parts, int from, int to) {
        double worst = 0;
        for (int i = from; i < to; i++) {
            worst = Math.max(worst, Math.abs(fused[i] - parts[i]) / Math.max(1.0, Math.abs(parts[i])));
        }
        org.junit.jupiter.api.Assertions.assertTrue(worst < 1e-14, what + " against its parts: " + worst);
        // the change must be more than rounding for the comparison to mean something
        double moved = 0;
        for (int i = from; i < to; i++) moved = Math.max(moved, Math.abs(parts[i] - before[i]));
        org.junit.jupiter.api.Assertions.assertTrue(moved > 0.1, what + ": the kernels changed nothing: " + moved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void adjointKernelsAgree(String name, KernelTwinsTest.Kernel scalar, KernelTwinsTest.Kernel vector) {
        KernelTwinsTest.assertTwinsAgree(name, scalar, vector);
    }
}
