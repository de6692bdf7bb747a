package madvec.simd.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kernel, through the facade and both twins, against its textbook formula evaluated exactly:
 * single-rounding kernels (add, sub, real scale, copies) must return the exact value correctly
 * rounded; fused products must be within 2 ulp of the sum of the absolute terms (see
 * {@link ComplexKernel#exact}). Lanes outside the output slice and all inputs must be left unchanged.
 */
class ComplexKernelTextbookTest {
    static final int[][] OFFSETS = {{0, 0, 0}, {1, 3, 2}};
    /**
     * The twin test's lengths but the longest: the exact reference expands doubles of magnitude up
     * to 10^+-150 into decimals of hundreds of digits, and lengths past 207 add time, not coverage.
     */
    static final int[] LENGTHS = {1, 3, 4, 5, 7, 13, 100, 207};

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ComplexKernel kernel : ComplexKernel.values()) {
            for (int n : LENGTHS) {
                for (int[] offsets : OFFSETS) {
                    cases.add(Arguments.of(kernel, n, offsets[0], offsets[1], offsets[2]));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} n={1} offsets a={2} b={3} out={4}")
    @MethodSource("cases")
    void matchesExactTextbookFormula(ComplexKernel kernel, int n, int aOff, int bOff, int outOff) {
        Workspace inputs = Workspace.random(1000L + 17L * n + aOff + 101L * kernel.ordinal(), n, aOff, bOff, outOff);
        List<ComplexKernel.Expected> expected = new ArrayList<>(n);
        for (int lane = 0; lane < n; lane++) {
            expected.add(kernel.exact(new ComplexKernel.Lane(inputs, lane)));
        }
        check(kernel, "facade", kernel::facade, inputs, expected);
        check(kernel, "scalar twin", kernel::scalar, inputs, expected);
        if (VectorModule.readable()) {
            check(kernel, "vector twin", kernel::vector, inputs, expected);
        }
    }

    private static void check(ComplexKernel kernel, String path, Consumer<Workspace> run, Workspace inputs,
                              List<ComplexKernel.Expected> expected) {
        Workspace w = inputs.copy();
        run.accept(w);
        String what = kernel + " via " + path + " (" + w + ")";
        for (int lane = 0; lane < w.n; lane++) {
            ComplexKernel.Expected e = expected.get(lane);
            int at = w.outOff + lane;
            if (kernel.realOutput) {
                checkLane(kernel, what + " lane " + lane, w.real[at], e.re(), e.magnitudeRe());
            } else {
                checkLane(kernel, what + " lane " + lane + " re", w.outRe[at], e.re(), e.magnitudeRe());
                checkLane(kernel, what + " lane " + lane + " im", w.outIm[at], e.im(), e.magnitudeIm());
            }
        }
        assertArrayEquals(inputs.aRe, w.aRe, what + ": a.re changed");
        assertArrayEquals(inputs.aIm, w.aIm, what + ": a.im changed");
        assertArrayEquals(inputs.bRe, w.bRe, what + ": b.re changed");
        assertArrayEquals(inputs.bIm, w.bIm, what + ": b.im changed");
        assertOutsideSliceUnchanged(what + ": out.re", inputs.outRe, w.outRe, kernel.realOutput ? 0 : w.n, w.outOff);
        assertOutsideSliceUnchanged(what + ": out.im", inputs.outIm, w.outIm, kernel.realOutput ? 0 : w.n, w.outOff);
        assertOutsideSliceUnchanged(what + ": real out", inputs.real, w.real, kernel.realOutput ? w.n : 0, w.outOff);
    }

    private static void checkLane(ComplexKernel kernel, String what, double got, BigDecimal exact, double magnitude) {
        if (kernel.correctlyRounded) {
            if (got != exact.doubleValue()) {
                fail(what + ": got " + got + ", exact value rounds to " + exact.doubleValue());
            }
            return;
        }
        BigDecimal error = new BigDecimal(got).subtract(exact).abs();
        BigDecimal bound = new BigDecimal(2 * Math.ulp(magnitude));
        if (error.compareTo(bound) > 0) {
            fail(what + ": got " + got + ", exact " + exact.doubleValue() + ", error " + error.doubleValue()
                    + " > 2 ulp(" + magnitude + ")");
        }
    }

    /** Lanes {@code [off, off + written)} may change; every other lane must keep its value. */
    private static void assertOutsideSliceUnchanged(String what, double[] before, double[] after, int written, int off) {
        for (int i = 0; i < before.length; i++) {
            boolean inSlice = i >= off && i < off + written;
            if (!inSlice && Double.doubleToRawLongBits(before[i]) != Double.doubleToRawLongBits(after[i])) {
                fail(what + " lane " + i + " outside the output slice was overwritten");
            }
        }
    }
}
