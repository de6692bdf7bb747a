package madvec.simd.kernels;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Vector API kernels against their scalar twins, called directly (so this runs in both test
 * executions): same inputs, every output lane within {@link #MAX_ULPS}.
 *
 * <p>Both twins apply the same IEEE operations (fma included) in the same order, so they should agree
 * bit for bit; 4 ulp is the project's agreed tolerance for twins and leaves room for a future kernel
 * whose vector version reassociates, while still catching any wrong formula, lane or offset (those
 * are off by far more than 4 ulp on these random magnitudes). That the twins compute the right
 * thing at all (and not, say, both nothing) is {@link ComplexKernelTextbookTest}'s job.
 */
class ComplexKernelTwinsTest {
    static final long MAX_ULPS = 4;
    /** Includes lengths below, at and above one vector, and ones not a multiple of 4 or 8 lanes. */
    static final int[] LENGTHS = {1, 3, 4, 5, 7, 13, 100, 207, 4098};
    /** Offsets of a, b and out: aligned, misaligned by different amounts, and all equal and nonzero. */
    static final int[][] OFFSETS = {{0, 0, 0}, {1, 3, 2}, {5, 0, 7}, {3, 3, 3}};

    @BeforeAll
    static void requireVectorModule() {
        assumeTrue(VectorModule.readable(), "jdk.incubator.vector is not readable: no vector twin to compare");
    }

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
    void vectorKernelMatchesScalarTwin(ComplexKernel kernel, int n, int aOff, int bOff, int outOff) {
        Workspace vector = Workspace.random(31L * n + aOff + 7L * kernel.ordinal(), n, aOff, bOff, outOff);
        Workspace scalar = vector.copy();

        kernel.vector(vector);
        kernel.scalar(scalar);

        assertWithinUlps(kernel + " re", vector.outRe, scalar.outRe);
        assertWithinUlps(kernel + " im", vector.outIm, scalar.outIm);
        assertWithinUlps(kernel + " real", vector.real, scalar.real);
    }

    private static void assertWithinUlps(String what, double[] vector, double[] scalar) {
        for (int i = 0; i < vector.length; i++) {
            long ulps = UlpDistance.between(vector[i], scalar[i]);
            if (ulps > MAX_ULPS) {
                fail(what + " lane " + i + ": vector " + vector[i] + " vs scalar " + scalar[i]
                        + " (" + ulps + " ulp apart)");
            }
        }
    }
}
