package madvec.simd.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented aliasing: an output may be the very same slice as an input. Each aliased call must
 * give bit for bit what the call with a separate output gives, on both twins, for lengths with and
 * without a tail.
 */
class ComplexKernelAliasingTest {
    private static final int OFF = 2;

    /** One way of running a binary kernel: (a, b, out) slices all at offset {@link #OFF}. */
    private interface Binary {
        void run(double[] aRe, double[] aIm, double[] bRe, double[] bIm, double[] outRe, double[] outIm, int n);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 101})
    void scalarTwinsAllowOutputEqualToAnInput(int n) {
        checkAllKernels(n, false);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 101})
    void vectorTwinsAllowOutputEqualToAnInput(int n) {
        assumeTrue(VectorModule.readable(), "jdk.incubator.vector is not readable");
        checkAllKernels(n, true);
    }

    private static void checkAllKernels(int n, boolean vector) {
        checkBinary(n, vector ? (ar, ai, br, bi, or, oi, m) -> VectorComplexKernels.add(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m)
                : (ar, ai, br, bi, or, oi, m) -> ScalarComplexKernels.add(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m));
        checkBinary(n, vector ? (ar, ai, br, bi, or, oi, m) -> VectorComplexKernels.sub(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m)
                : (ar, ai, br, bi, or, oi, m) -> ScalarComplexKernels.sub(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m));
        checkBinary(n, vector ? (ar, ai, br, bi, or, oi, m) -> VectorComplexKernels.mul(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m)
                : (ar, ai, br, bi, or, oi, m) -> ScalarComplexKernels.mul(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m));
        checkBinary(n, vector ? (ar, ai, br, bi, or, oi, m) -> VectorComplexKernels.mulConj(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m)
                : (ar, ai, br, bi, or, oi, m) -> ScalarComplexKernels.mulConj(ar, ai, OFF, br, bi, OFF, or, oi, OFF, m));
        checkBinary(n, vector ? (ar, ai, br, bi, or, oi, m) -> VectorComplexKernels.scaleComplex(-0.75, 2.5, ar, ai, OFF, or, oi, OFF, m)
                : (ar, ai, br, bi, or, oi, m) -> ScalarComplexKernels.scaleComplex(-0.75, 2.5, ar, ai, OFF, or, oi, OFF, m));
        checkBinary(n, vector ? (ar, ai, br, bi, or, oi, m) -> VectorComplexKernels.scale(-3.25, ar, ai, OFF, or, oi, OFF, m)
                : (ar, ai, br, bi, or, oi, m) -> ScalarComplexKernels.scale(-3.25, ar, ai, OFF, or, oi, OFF, m));
        checkMulAdd(n, vector);
        checkAbs2(n, vector);
    }

    /** out = f(a, b) with out separate, out == a, and out == b. */
    private static void checkBinary(int n, Binary kernel) {
        Workspace w = Workspace.random(n, n, OFF, OFF, OFF);
        double[] sepRe = w.outRe.clone();
        double[] sepIm = w.outIm.clone();
        kernel.run(w.aRe, w.aIm, w.bRe, w.bIm, sepRe, sepIm, n);

        double[] aRe = w.aRe.clone();
        double[] aIm = w.aIm.clone();
        kernel.run(aRe, aIm, w.bRe, w.bIm, aRe, aIm, n);
        assertArrayEquals(slice(sepRe, n), slice(aRe, n), "out == a (real parts)");
        assertArrayEquals(slice(sepIm, n), slice(aIm, n), "out == a (imaginary parts)");

        double[] bRe = w.bRe.clone();
        double[] bIm = w.bIm.clone();
        kernel.run(w.aRe, w.aIm, bRe, bIm, bRe, bIm, n);
        assertArrayEquals(slice(sepRe, n), slice(bRe, n), "out == b (real parts)");
        assertArrayEquals(slice(sepIm, n), slice(bIm, n), "out == b (imaginary parts)");
    }

    /** acc += a * b with the accumulator being a itself: acc = a + a * b. */
    private static void checkMulAdd(int n, boolean vector) {
        Workspace w = Workspace.random(7L * n, n, OFF, OFF, OFF);
        double[] accRe = w.aRe.clone();
        double[] accIm = w.aIm.clone();
        double[] aRe = w.aRe.clone();
        double[] aIm = w.aIm.clone();
        if (vector) {
            VectorComplexKernels.mulAdd(w.aRe, w.aIm, OFF, w.bRe, w.bIm, OFF, accRe, accIm, OFF, n);
            VectorComplexKernels.mulAdd(aRe, aIm, OFF, w.bRe, w.bIm, OFF, aRe, aIm, OFF, n);
        } else {
            ScalarComplexKernels.mulAdd(w.aRe, w.aIm, OFF, w.bRe, w.bIm, OFF, accRe, accIm, OFF, n);
            ScalarComplexKernels.mulAdd(aRe, aIm, OFF, w.bRe, w.bIm, OFF, aRe, aIm, OFF, n);
        }
        assertArrayEquals(slice(accRe, n), slice(aRe, n), "acc == a (real parts)");
        assertArrayEquals(slice(accIm, n), slice(aIm, n), "acc == a (imaginary parts)");
    }

    /** |a|^2 written over the real parts of a. */
    private static void checkAbs2(int n, boolean vector) {
        Workspace w = Workspace.random(11L * n, n, OFF, OFF, OFF);
        double[] separate = w.real.clone();
        double[] aRe = w.aRe.clone();
        if (vector) {
            VectorComplexKernels.abs2(w.aRe, w.aIm, OFF, separate, OFF, n);
            VectorComplexKernels.abs2(aRe, w.aIm, OFF, aRe, OFF, n);
        } else {
            ScalarComplexKernels.abs2(w.aRe, w.aIm, OFF, separate, OFF, n);
            ScalarComplexKernels.abs2(aRe, w.aIm, OFF, aRe, OFF, n);
        }
        assertArrayEquals(slice(separate, n), slice(aRe, n), "|a|^2 over a.re");
    }

    private static double[] slice(double[] values, int n) {
        return java.util.Arrays.copyOfRange(values, OFF, OFF + n);
    }
}
