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
                named("VVV momenta", (w, c, b) -> PlainAdjointKernels.vvvMomentum(w, c, 0, b, 3 * b, 4 * b, 2 * b, 0.31, -1.17),
                        (w, c, b) -> SimdAdjointKernels.vvvMomentum(w, c, 0, b, 3 * b, 4 * b, 2 * b, 0.31, -1.17)),
                named("massless vector propagator", (w, c, b) -> PlainAdjointKernels.masslessVectorPropagator(w, c, 0, b, 3 * b),
                        (w, c, b) -> SimdAdjointKernels.masslessVectorPropagator(w, c, 0, b, 3 * b)),
                named("fermion propagator, column", fermion(true, m, wd, 1.0), fermion(false, m, wd, 1.0)),
                named("fermion propagator, row", fermion(true, m, wd, -1.0), fermion(false, m, wd, -1.0)),
                named("fermion propagator, massless", fermion(true, 0.0, 0.0, 1.0), fermion(false, 0.0, 0.0, 1.0)),
                named("massive vector propagator", massiveVector(true, m, wd), massiveVector(false, m, wd)));
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void adjointKernelsAgree(String name, KernelTwinsTest.Kernel scalar, KernelTwinsTest.Kernel vector) {
        KernelTwinsTest.assertTwinsAgree(name, scalar, vector);
    }
}
