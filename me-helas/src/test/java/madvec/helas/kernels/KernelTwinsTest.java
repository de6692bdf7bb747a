package madvec.helas.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import madvec.simd.kernels.UlpDistance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Vector API kernel of the helicity-amplitude engine against its plain-Java twin, on random blocks
 * (the propagators' denominators, the products, the sums: all in general position) and chunks of one,
 * two and eight vectors. The twins apply the same IEEE operations in the same order, so the expected
 * distance is zero; {@link #MAX_ULPS} leaves a little room and says so if it is ever used.
 *
 * <p>Runs in both Surefire executions: the kernels are called directly, so the forced scalar path
 * still compares the two (as long as the vector module is readable, which both executions arrange).
 */
class KernelTwinsTest {
    /** Twins share operations and order: identical bits expected. */
    private static final long MAX_ULPS = 2;
    private static final int BLOCKS = 8;

    @BeforeAll
    static void vectorModule() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "jdk.incubator.vector is absent");
        assumeTrue(Layout.G == madvec.simd.vector.Species.LANES, "layout groups differ from the vector length");
    }

    /** A kernel applied to a workspace of {@link #BLOCKS} wavefunction blocks of {@code c} lanes. */
    interface Kernel {
        void run(double[] w, int c, int blk);
    }

    static Stream<Arguments> vertices() {
        double[] cpl = {0.31, -1.17, -0.42, 0.88};
        return Stream.of(
                named("FFV open F1", (w, c, b) -> PlainVertexKernels.ffvOpenF1(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], false),
                        (w, c, b) -> SimdVertexKernels.ffvOpenF1(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], false)),
                named("FFV open F1, accumulating", (w, c, b) -> PlainVertexKernels.ffvOpenF1(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], true),
                        (w, c, b) -> SimdVertexKernels.ffvOpenF1(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], true)),
                named("FFV open F2", (w, c, b) -> PlainVertexKernels.ffvOpenF2(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], false),
                        (w, c, b) -> SimdVertexKernels.ffvOpenF2(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], false)),
                named("FFV open F2, accumulating", (w, c, b) -> PlainVertexKernels.ffvOpenF2(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], true),
                        (w, c, b) -> SimdVertexKernels.ffvOpenF2(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], true)),
                named("FFV open V", (w, c, b) -> PlainVertexKernels.ffvOpenV(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], false),
                        (w, c, b) -> SimdVertexKernels.ffvOpenV(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], false)),
                named("FFV open V, accumulating", (w, c, b) -> PlainVertexKernels.ffvOpenV(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], true),
                        (w, c, b) -> SimdVertexKernels.ffvOpenV(w, c, 0, b, 3 * b, cpl[0], cpl[1], cpl[2], cpl[3], true)),
                named("VVV open V1", (w, c, b) -> PlainVertexKernels.vvvOpenV1(w, c, 0, 4 * b, b, 5 * b, 3 * b, cpl[0], cpl[1], false),
                        (w, c, b) -> SimdVertexKernels.vvvOpenV1(w, c, 0, 4 * b, b, 5 * b, 3 * b, cpl[0], cpl[1], false)),
                named("VVV open V1, accumulating", (w, c, b) -> PlainVertexKernels.vvvOpenV1(w, c, 0, 4 * b, b, 5 * b, 3 * b, cpl[0], cpl[1], true),
                        (w, c, b) -> SimdVertexKernels.vvvOpenV1(w, c, 0, 4 * b, b, 5 * b, 3 * b, cpl[0], cpl[1], true)),
                named("VVVV open", (w, c, b) -> PlainVertexKernels.vvvvOpen(w, c, 0, b, 2 * b, 3 * b, 1.0, -0.5, -0.5, cpl[0], cpl[1], false),
                        (w, c, b) -> SimdVertexKernels.vvvvOpen(w, c, 0, b, 2 * b, 3 * b, 1.0, -0.5, -0.5, cpl[0], cpl[1], false)),
                named("VVVV open, accumulating", (w, c, b) -> PlainVertexKernels.vvvvOpen(w, c, 0, b, 2 * b, 3 * b, 1.0, -0.5, -0.5, cpl[0], cpl[1], true),
                        (w, c, b) -> SimdVertexKernels.vvvvOpen(w, c, 0, b, 2 * b, 3 * b, 1.0, -0.5, -0.5, cpl[0], cpl[1], true)));
    }

    static Stream<Arguments> propagators() {
        double m = 1.73, wd = 0.15, dm = -0.31, dw = 0.07;
        return Stream.of(
                named("massive vector", (w, c, b) -> PlainPropagatorKernels.massiveVector(w, c, 0, 3 * b, m, wd),
                        (w, c, b) -> SimdPropagatorKernels.massiveVector(w, c, 0, 3 * b, m, wd)),
                named("massless vector", (w, c, b) -> PlainPropagatorKernels.masslessVector(w, c, 0, 3 * b),
                        (w, c, b) -> SimdPropagatorKernels.masslessVector(w, c, 0, 3 * b)),
                named("fermion, column", (w, c, b) -> PlainPropagatorKernels.fermion(w, c, 0, 3 * b, m, wd, 1, 1, 1, 1),
                        (w, c, b) -> SimdPropagatorKernels.fermion(w, c, 0, 3 * b, m, wd, 1, 1, 1, 1)),
                named("fermion, row", (w, c, b) -> PlainPropagatorKernels.fermion(w, c, 0, 3 * b, m, wd, -1, 1, -1, 1),
                        (w, c, b) -> SimdPropagatorKernels.fermion(w, c, 0, 3 * b, m, wd, -1, 1, -1, 1)),
                named("scalar", (w, c, b) -> PlainPropagatorKernels.scalar(w, c, 0, 3 * b, m, wd),
                        (w, c, b) -> SimdPropagatorKernels.scalar(w, c, 0, 3 * b, m, wd)),
                named("massive vector, tangent", (w, c, b) -> PlainPropagatorKernels.massiveVectorTangent(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw),
                        (w, c, b) -> SimdPropagatorKernels.massiveVectorTangent(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw)),
                named("massless vector, tangent", (w, c, b) -> PlainPropagatorKernels.masslessVectorTangent(w, c, 0, b, 3 * b, 4 * b),
                        (w, c, b) -> SimdPropagatorKernels.masslessVectorTangent(w, c, 0, b, 3 * b, 4 * b)),
                named("fermion, column, tangent", (w, c, b) -> PlainPropagatorKernels.fermionTangent(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw, 1, 1, 1, 1),
                        (w, c, b) -> {
                            SimdPropagatorKernels.fermionTangentUpper(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw, 1, 1, 1, 1);
                            SimdPropagatorKernels.fermionTangentLower(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw, 1, 1, 1, 1);
                        }),
                named("fermion, row, tangent", (w, c, b) -> PlainPropagatorKernels.fermionTangent(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw, -1, 1, -1, 1),
                        (w, c, b) -> {
                            SimdPropagatorKernels.fermionTangentUpper(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw, -1, 1, -1, 1);
                            SimdPropagatorKernels.fermionTangentLower(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw, -1, 1, -1, 1);
                        }),
                named("scalar, tangent", (w, c, b) -> PlainPropagatorKernels.scalarTangent(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw),
                        (w, c, b) -> SimdPropagatorKernels.scalarTangent(w, c, 0, b, 3 * b, 4 * b, m, wd, dm, dw)),
                // a negative Majorana mass: the signed mass in the numerator, the width with the mass's sign
                // (Bindings gives it so, M W = |M| W), as MadGraph binds them
                named("fermion, negative mass", (w, c, b) -> PlainPropagatorKernels.fermion(w, c, 0, 3 * b, -m, -wd, 1, 1, 1, 1),
                        (w, c, b) -> SimdPropagatorKernels.fermion(w, c, 0, 3 * b, -m, -wd, 1, 1, 1, 1)),
                named("fermion, negative mass, tangent",
                        (w, c, b) -> PlainPropagatorKernels.fermionTangent(w, c, 0, b, 3 * b, 4 * b, -m, -wd, dm, -dw, -1, 1, -1, 1),
                        (w, c, b) -> {
                            SimdPropagatorKernels.fermionTangentUpper(w, c, 0, b, 3 * b, 4 * b, -m, -wd, dm, -dw, -1, 1, -1, 1);
                            SimdPropagatorKernels.fermionTangentLower(w, c, 0, b, 3 * b, 4 * b, -m, -wd, dm, -dw, -1, 1, -1, 1);
                        }));
    }

    static Stream<Arguments> amplitudes() {
        int[] src = {0, 1, 2, 3, 4};
        double[] re = {1.0, -1.0, 0.0, 0.5, -0.25};
        double[] im = {0.0, 0.0, 1.0, -0.5, 2.0};
        double[] u = {5.0 / 3, -1.0 / 3, 0.25, 2.0, 0.5, 1.5};
        double[] s = {2.0, 0.25, -1.0, 0.25, 3.0, 0.5, -1.0, 0.5, 1.0};
        return Stream.of(
                named("contract, Minkowski", (w, c, b) -> PlainAmplitudeKernels.contract(w, c, 0, b, -1.0, 3 * b, false),
                        (w, c, b) -> SimdAmplitudeKernels.contract(w, c, 0, b, -1.0, 3 * b, false)),
                named("contract, plain, accumulating", (w, c, b) -> PlainAmplitudeKernels.contract(w, c, 0, b, 1.0, 3 * b, true),
                        (w, c, b) -> SimdAmplitudeKernels.contract(w, c, 0, b, 1.0, 3 * b, true)),
                named("contract two", (w, c, b) -> PlainAmplitudeKernels.contract2(w, c, 0, 5 * b, b, -1.0, 3 * b, 4 * b),
                        (w, c, b) -> SimdAmplitudeKernels.contract2(w, c, 0, 5 * b, b, -1.0, 3 * b, 4 * b)),
                named("contract two, plain", (w, c, b) -> PlainAmplitudeKernels.contract2(w, c, 0, 5 * b, b, 1.0, 3 * b, 4 * b),
                        (w, c, b) -> SimdAmplitudeKernels.contract2(w, c, 0, 5 * b, b, 1.0, 3 * b, 4 * b)),
                named("contract sum", (w, c, b) -> PlainAmplitudeKernels.contractSum(w, c, 0, b, 2 * b, 4 * b, -1.0, 3 * b, false),
                        (w, c, b) -> SimdAmplitudeKernels.contractSum(w, c, 0, b, 2 * b, 4 * b, -1.0, 3 * b, false)),
                named("contract sum, accumulating", (w, c, b) -> PlainAmplitudeKernels.contractSum(w, c, 0, b, 2 * b, 4 * b, 1.0, 3 * b, true),
                        (w, c, b) -> SimdAmplitudeKernels.contractSum(w, c, 0, b, 2 * b, 4 * b, 1.0, 3 * b, true)),
                named("combine", (w, c, b) -> PlainAmplitudeKernels.combine(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 0),
                        (w, c, b) -> SimdAmplitudeKernels.combine(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 0)),
                named("combine, shifted", (w, c, b) -> PlainAmplitudeKernels.combine(w, c, 6 * b, blocks(src, b), re, im, 1, 2, 4, 5, b / 2),
                        (w, c, b) -> SimdAmplitudeKernels.combine(w, c, 6 * b, blocks(src, b), re, im, 1, 2, 4, 5, b / 2)),
                named("combine complex, one block", (w, c, b) -> PlainAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 1, 2 * c),
                        (w, c, b) -> SimdAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 1, 2 * c)),
                named("combine complex, five blocks", (w, c, b) -> PlainAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 1, 2, 4, 5, 5, 2 * c),
                        (w, c, b) -> SimdAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 1, 2, 4, 5, 5, 2 * c)),
                named("combine complex, four blocks", (w, c, b) -> PlainAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 4, 2 * c),
                        (w, c, b) -> SimdAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 4, 2 * c)),
                named("combine complex, three blocks strided", (w, c, b) -> PlainAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 3, 4 * c),
                        (w, c, b) -> SimdAmplitudeKernels.combineComplex(w, c, 6 * b, blocks(src, b), re, im, 0, 2, 3, 5, 3, 4 * c)),
                named("colour sum", (w, c, b) -> PlainAmplitudeKernels.colourSum(w, c, 0, 2 * c, 3, u, 7 * b),
                        (w, c, b) -> SimdAmplitudeKernels.colourSum(w, c, 0, 2 * c, 3, u, 7 * b)),
                named("colour sum with tangents", (w, c, b) -> PlainAmplitudeKernels.colourSumWithTangents(w, c, 0, 6 * c, 3, s, 5 * b, 2, 7 * b),
                        (w, c, b) -> SimdAmplitudeKernels.colourSumWithTangents(w, c, 0, 6 * c, 3, s, 5 * b, 2, 7 * b)),
                named("momentum sum of two", (w, c, b) -> PlainAmplitudeKernels.momentumSum(w, c, 0, b, -1, 3 * b),
                        (w, c, b) -> SimdAmplitudeKernels.momentumSum(w, c, 0, b, -1, 3 * b)),
                named("momentum sum of three", (w, c, b) -> PlainAmplitudeKernels.momentumSum(w, c, 0, b, 2 * b, 3 * b),
                        (w, c, b) -> SimdAmplitudeKernels.momentumSum(w, c, 0, b, 2 * b, 3 * b)));
    }

    private static int[] blocks(int[] index, int blk) {
        return IntStream.of(index).map(i -> i * blk).toArray();
    }

    private static Arguments named(String name, Kernel scalar, Kernel vector) {
        return Arguments.of(name, scalar, vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vertices")
    void vertexStructuresAgree(String name, Kernel scalar, Kernel vector) {
        assertTwinsAgree(name, scalar, vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("propagators")
    void propagatorsAgree(String name, Kernel scalar, Kernel vector) {
        assertTwinsAgree(name, scalar, vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amplitudes")
    void amplitudeKernelsAgree(String name, Kernel scalar, Kernel vector) {
        assertTwinsAgree(name, scalar, vector);
    }

    /** Same random workspace into both twins, for chunks of one, two and eight vectors; every double compared. */
    static void assertTwinsAgree(String name, Kernel scalar, Kernel vector) {
        for (int groups : new int[] {1, 2, 8}) {
            int c = groups * Layout.G, blk = Layout.wfBlock(c);
            double[] a = new double[BLOCKS * blk];
            SplittableRandom rng = new SplittableRandom(17 + groups);
            for (int i = 0; i < a.length; i++) a[i] = rng.nextDouble(-1.0, 1.0);
            double[] b = a.clone();
            scalar.run(a, c, blk);
            vector.run(b, c, blk);
            assertSameBits(name + ", " + c + " lanes", a, b);
        }
    }

    static void assertSameBits(String what, double[] scalar, double[] vector) {
        long worst = 0;
        int at = -1;
        for (int i = 0; i < scalar.length; i++) {
            long d = UlpDistance.between(scalar[i], vector[i]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        assertEquals(true, worst <= MAX_ULPS, what + ": " + worst + " ulps at " + at + " (scalar "
                + (at < 0 ? 0 : scalar[at]) + ", vector " + (at < 0 ? 0 : vector[at]) + ")");
    }
}
