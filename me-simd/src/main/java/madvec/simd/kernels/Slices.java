package madvec.simd.kernels;

/**
 * Argument checks shared by both kernel twins: once per call, outside the lane loop, so that a bad
 * slice fails with a message naming the operand instead of half-way through the writes.
 */
final class Slices {
    private Slices() {}

    /** Checks the two complex inputs and the complex output of a binary kernel. */
    static void check(double[] aRe, double[] aIm, int aOff, double[] bRe, double[] bIm, int bOff,
                      double[] outRe, double[] outIm, int outOff, int n) {
        check(aRe, aIm, aOff, n, "a");
        check(bRe, bIm, bOff, n, "b");
        check(outRe, outIm, outOff, n, "out");
    }

    /** Checks that {@code [off, off + n)} lies inside both arrays of a complex operand. */
    static void check(double[] re, double[] im, int off, int n, String operand) {
        if (re == null || im == null || n < 0 || off < 0
                || off > re.length - n || off > im.length - n) {
            throw failure(re, im, off, n, operand);
        }
    }

    /** Checks that {@code [off, off + n)} lies inside a real operand. */
    static void check(double[] values, int off, int n, String operand) {
        if (values == null || n < 0 || off < 0 || off > values.length - n) {
            throw failure(values, values, off, n, operand);
        }
    }

    // Kept out of line so that the checks above stay a few bytes and inline into every kernel.
    private static RuntimeException failure(double[] re, double[] im, int off, int n, String operand) {
        if (re == null || im == null) {
            return new NullPointerException("operand " + operand + ": array is null");
        }
        if (n < 0) {
            return new IllegalArgumentException("negative lane count: " + n);
        }
        return new IndexOutOfBoundsException("operand " + operand + ": lanes [" + off + ", "
                + ((long) off + n) + ") outside arrays of length " + Math.min(re.length, im.length));
    }
}
