package madvec.autodiff.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import madvec.simd.Simd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each SIMD kernel against its plain-Java twin, on random inputs, for lane counts that are not multiples
 * of the vector length and for k = 0, 1, 3, 17.
 *
 * <p>Tolerances: the twins do the same IEEE operations in the same order (fma where fma), so
 * arithmetic kernels must agree bit for bit (0 ulp). The lanewise EXP, LOG, SIN, COS, POW and ATAN2
 * operators follow the accuracy specification of the corresponding {@link Math} method (EXP, LOG, SIN,
 * COS, POW within 1 ulp of the exact result, ATAN2 within 2 ulp), while the plain-Java twin calls that
 * method: the two may differ by 2 ulp (4 for atan2); a tangent multiplies such a derivative once more,
 * adding half an ulp of rounding on each side. The bound for these kernels is 4 ulp of the larger
 * magnitude, for values and tangents.
 */
class KernelTwinTest {
    private static final int[] LANE_COUNTS = {1, 3, 5, 13, 100, 207};
    private static final int[] KS = {0, 1, 3, 17};
    private static final double TRANSCENDENTAL_ULPS = 4;

    /** A kernel applied to raw inputs, writing raw outputs. */
    interface Kernel {
        void run(double[][] in, double[][] out, int stride, int k);
    }

    record Twin(String name, int inputs, int outputs, boolean positiveInputs, double ulps, Kernel simd,
            Kernel plain) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void vectorModulePresent() {
        // The SIMD kernels need the incubator module; on the forced scalar path it is still there.
        assumeTrue(KernelTwinTest.class.getModule().canRead(
                ModuleLayer.boot().findModule("jdk.incubator.vector").orElse(KernelTwinTest.class.getModule())),
                "jdk.incubator.vector not readable");
    }

    static Stream<Arguments> twins() {
        List<Twin> t = new ArrayList<>();
        t.add(new Twin("add", 2, 1, false, 0, (i, o, s, k) -> SimdDualKernels.add(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.add(i[0], i[1], o[0], s, k)));
        t.add(new Twin("sub", 2, 1, false, 0, (i, o, s, k) -> SimdDualKernels.sub(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.sub(i[0], i[1], o[0], s, k)));
        t.add(new Twin("scale", 1, 1, false, 0, (i, o, s, k) -> SimdDualKernels.scale(i[0], 1.7, o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.scale(i[0], 1.7, o[0], s, k)));
        t.add(new Twin("addConstant", 1, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.addConstant(i[0], -0.3, o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.addConstant(i[0], -0.3, o[0], s, k)));
        t.add(new Twin("addUniform", 2, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.addUniform(i[0], uniform(i[1], s, k), o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.addUniform(i[0], uniform(i[1], s, k), o[0], s, k)));
        t.add(new Twin("subUniform", 2, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.subUniform(i[0], uniform(i[1], s, k), o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.subUniform(i[0], uniform(i[1], s, k), o[0], s, k)));
        t.add(new Twin("uniformSub", 2, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.uniformSub(uniform(i[1], s, k), i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.uniformSub(uniform(i[1], s, k), i[0], o[0], s, k)));
        t.add(new Twin("mulAdd", 3, 1, false, 0, (i, o, s, k) -> SimdDualKernels.mulAdd(i[0], i[1], i[2], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.mulAdd(i[0], i[1], i[2], o[0], s, k)));
        t.add(new Twin("mul", 2, 1, false, 0, (i, o, s, k) -> SimdDualKernels.mul(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.mul(i[0], i[1], o[0], s, k)));
        t.add(new Twin("mulUniform", 2, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.mulUniform(i[0], uniform(i[1], s, k), o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.mulUniform(i[0], uniform(i[1], s, k), o[0], s, k)));
        t.add(new Twin("div", 2, 1, true, 0, (i, o, s, k) -> SimdDualKernels.div(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.div(i[0], i[1], o[0], s, k)));
        t.add(new Twin("divUniform", 2, 1, true, 0,
                (i, o, s, k) -> SimdDualKernels.divUniform(i[0], uniform(i[1], s, k), o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.divUniform(i[0], uniform(i[1], s, k), o[0], s, k)));
        t.add(new Twin("uniformDiv", 2, 1, true, 0,
                (i, o, s, k) -> SimdDualKernels.uniformDiv(uniform(i[1], s, k), i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.uniformDiv(uniform(i[1], s, k), i[0], o[0], s, k)));
        t.add(new Twin("reciprocal", 1, 1, true, 0, (i, o, s, k) -> SimdDualKernels.reciprocal(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.reciprocal(i[0], o[0], s, k)));
        t.add(new Twin("square", 1, 1, false, 0, (i, o, s, k) -> SimdDualKernels.square(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.square(i[0], o[0], s, k)));
        t.add(new Twin("sqrt", 1, 1, true, 0, (i, o, s, k) -> SimdDualKernels.sqrt(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.sqrt(i[0], o[0], s, k)));
        for (int n : new int[] {0, 1, 4, 7, -1, -3}) {
            t.add(new Twin("powInt(" + n + ")", 1, 1, false, 0,
                    (i, o, s, k) -> SimdDualKernels.powInt(i[0], n, o[0], s, k),
                    (i, o, s, k) -> PlainDualKernels.powInt(i[0], n, o[0], s, k)));
        }
        t.add(new Twin("pow(1.3)", 1, 1, true, 0,
                (i, o, s, k) -> SimdDualKernels.pow(i[0], 1.3, o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.pow(i[0], 1.3, o[0], s, k)));
        t.add(new Twin("exp", 1, 1, false, TRANSCENDENTAL_ULPS, (i, o, s, k) -> SimdDualKernels.exp(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.exp(i[0], o[0], s, k)));
        t.add(new Twin("log", 1, 1, true, TRANSCENDENTAL_ULPS, (i, o, s, k) -> SimdDualKernels.log(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.log(i[0], o[0], s, k)));
        t.add(new Twin("sin", 1, 1, false, TRANSCENDENTAL_ULPS, (i, o, s, k) -> SimdDualKernels.sin(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.sin(i[0], o[0], s, k)));
        t.add(new Twin("cos", 1, 1, false, TRANSCENDENTAL_ULPS, (i, o, s, k) -> SimdDualKernels.cos(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.cos(i[0], o[0], s, k)));
        t.add(new Twin("sinCos", 1, 2, false, TRANSCENDENTAL_ULPS, (i, o, s, k) -> SimdDualKernels.sinCos(i[0], o[0], o[1], s, k),
                (i, o, s, k) -> PlainDualKernels.sinCos(i[0], o[0], o[1], s, k)));
        t.add(new Twin("atan2", 2, 1, false, TRANSCENDENTAL_ULPS,
                (i, o, s, k) -> SimdDualKernels.atan2(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.atan2(i[0], i[1], o[0], s, k)));
        t.add(new Twin("abs", 1, 1, false, 0, (i, o, s, k) -> SimdDualKernels.abs(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.abs(i[0], o[0], s, k)));
        t.add(new Twin("sign", 1, 1, false, 0, (i, o, s, k) -> SimdDualKernels.sign(i[0], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.sign(i[0], o[0], s, k)));
        t.add(new Twin("min", 2, 1, false, 0, (i, o, s, k) -> SimdDualKernels.min(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.min(i[0], i[1], o[0], s, k)));
        t.add(new Twin("max", 2, 1, false, 0, (i, o, s, k) -> SimdDualKernels.max(i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.max(i[0], i[1], o[0], s, k)));
        t.add(new Twin("select", 2, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.select(maskOf(i[0], s), i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.select(maskOf(i[0], s), i[0], i[1], o[0], s, k)));
        t.add(new Twin("select, mask shorter than the padded lanes", 2, 1, false, 0,
                (i, o, s, k) -> SimdDualKernels.select(shortMaskOf(i[0], s), i[0], i[1], o[0], s, k),
                (i, o, s, k) -> PlainDualKernels.select(shortMaskOf(i[0], s), i[0], i[1], o[0], s, k)));
        List<Arguments> args = new ArrayList<>();
        for (Twin twin : t) {
            for (int k : KS) {
                args.add(Arguments.of(twin, k));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("twins")
    void simdKernelMatchesPlainTwin(Twin twin, int k) {
        Random random = new Random(twin.name().hashCode() + 1000L * k);
        for (int lanes : LANE_COUNTS) {
            int stride = Simd.padded(lanes);
            double[][] in = new double[twin.inputs()][];
            for (int i = 0; i < in.length; i++) {
                in[i] = randomDual(random, lanes, stride, k, twin.positiveInputs());
            }
            double[][] simdOut = new double[twin.outputs()][(k + 1) * stride];
            double[][] plainOut = new double[twin.outputs()][(k + 1) * stride];
            twin.simd().run(in, simdOut, stride, k);
            twin.plain().run(in, plainOut, stride, k);
            for (int o = 0; o < twin.outputs(); o++) {
                for (int c = 0; c <= k; c++) {
                    for (int lane = 0; lane < lanes; lane++) {
                        double v = simdOut[o][c * stride + lane];
                        double s = plainOut[o][c * stride + lane];
                        double ulps = Math.abs(v - s) / Math.ulp(Math.max(Math.abs(v), Math.abs(s)));
                        boolean same = Double.compare(v, s) == 0 || v == s;
                        if (!same && !(ulps <= twin.ulps())) {
                            fail(twin.name() + ", k=" + k + ", " + lanes + " lanes: output " + o + " component " + c
                                    + " lane " + lane + ": SIMD " + v + " vs plain " + s + " (" + ulps + " ulp)");
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "lanes={0}")
    @MethodSource("laneCounts")
    void comparisonMasksMatchPlainTwin(int lanes) {
        Random random = new Random(lanes);
        int stride = Simd.padded(lanes);
        double[] a = randomDual(random, lanes, stride, 0, false);
        double[] b = randomDual(random, lanes, stride, 0, false);
        // Exact ties must be seen as ties by both.
        for (int i = 0; i < lanes; i += 3) {
            b[i] = a[i];
        }
        List<boolean[]> simd = new ArrayList<>();
        List<boolean[]> plain = new ArrayList<>();
        for (int op = 0; op < 7; op++) {
            boolean[] mv = new boolean[lanes];
            boolean[] ms = new boolean[lanes];
            switch (op) {
                case 0 -> { SimdDualKernels.lessThan(a, b, mv, lanes); PlainDualKernels.lessThan(a, b, ms, lanes); }
                case 1 -> { SimdDualKernels.lessOrEqual(a, b, mv, lanes); PlainDualKernels.lessOrEqual(a, b, ms, lanes); }
                case 2 -> { SimdDualKernels.greaterThan(a, b, mv, lanes); PlainDualKernels.greaterThan(a, b, ms, lanes); }
                case 3 -> { SimdDualKernels.greaterOrEqual(a, b, mv, lanes); PlainDualKernels.greaterOrEqual(a, b, ms, lanes); }
                case 4 -> { SimdDualKernels.equal(a, b, mv, lanes); PlainDualKernels.equal(a, b, ms, lanes); }
                case 5 -> { SimdDualKernels.lessThan(a, 0.25, mv, lanes); PlainDualKernels.lessThan(a, 0.25, ms, lanes); }
                default -> { SimdDualKernels.greaterThan(a, 0.25, mv, lanes); PlainDualKernels.greaterThan(a, 0.25, ms, lanes); }
            }
            simd.add(mv);
            plain.add(ms);
        }
        for (int op = 0; op < simd.size(); op++) {
            assertArrayEquals(plain.get(op), simd.get(op), "comparison " + op + " with " + lanes + " lanes");
        }
        boolean[] lt = plain.get(0);
        for (int i = 0; i < lanes; i++) {
            if (lt[i] != (a[i] < b[i])) {
                fail("lessThan wrong at lane " + i);
            }
        }
    }

    static Stream<Integer> laneCounts() {
        return Stream.of(1, 3, 5, 13, 100, 207);
    }

    /** Random values (positive in [0.5, 3] or any in [-3, 3]) and tangents in [-1, 1]; padding 0. */
    private static double[] randomDual(Random random, int lanes, int stride, int k, boolean positive) {
        double[] x = new double[(k + 1) * stride];
        for (int lane = 0; lane < lanes; lane++) {
            x[lane] = positive ? 0.5 + 2.5 * random.nextDouble() : 6 * random.nextDouble() - 3;
            for (int c = 1; c <= k; c++) {
                x[c * stride + lane] = 2 * random.nextDouble() - 1;
            }
        }
        // Padding lanes divide and take logs too: keep them harmless, as DualLanes.create does not.
        for (int lane = lanes; lane < stride; lane++) {
            x[lane] = 1.0;
        }
        return x;
    }

    /** Lane 0's components as a lane-uniform operand. */
    private static double[] uniform(double[] lanesArray, int stride, int k) {
        double[] s = new double[k + 1];
        for (int c = 0; c <= k; c++) {
            s[c] = lanesArray[c * stride];
        }
        return s;
    }

    private static boolean[] maskOf(double[] a, int stride) {
        boolean[] mask = new boolean[stride];
        for (int i = 0; i < stride; i++) {
            mask[i] = a[i] > 0;
        }
        return mask;
    }

    /** A mask ending inside the last vector chunk: the rest of the lanes take b. */
    private static boolean[] shortMaskOf(double[] a, int stride) {
        boolean[] mask = new boolean[Math.max(0, stride - 3)];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = a[i] > 0;
        }
        return mask;
    }
}
