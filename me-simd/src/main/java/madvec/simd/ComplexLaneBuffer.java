package madvec.simd;

/**
 * Complex values, one per lane, as a structure of arrays: real parts in {@link #re}, imaginary parts
 * in {@link #im}, both padded to a multiple of {@link Simd#PAD} lanes.
 *
 * <p>Two flat arrays, not an array of complex objects, so that a vector load fetches the real (or
 * imaginary) parts of {@link Simd#LANES} consecutive events at once. The padding lanes
 * {@code [length(), paddedLength())} are zero after construction and after {@link #zeroPadding()}.
 */
public final class ComplexLaneBuffer {
    /** Real parts, one per lane; length {@link #paddedLength()}. */
    public final double[] re;
    /** Imaginary parts, one per lane; length {@link #paddedLength()}. */
    public final double[] im;
    private final int length;

    /**
     * Allocates {@code length} lanes, padded to a multiple of {@link Simd#PAD}, all zero.
     *
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public ComplexLaneBuffer(int length) {
        int padded = Simd.padded(length);
        this.re = new double[padded];
        this.im = new double[padded];
        this.length = length;
    }

    /**
     * Copies real and imaginary parts into a new padded buffer.
     *
     * @throws IllegalArgumentException if the two arrays differ in length
     */
    public static ComplexLaneBuffer of(double[] re, double[] im) {
        if (re.length != im.length) {
            throw new IllegalArgumentException(
                    "real and imaginary parts differ in length: " + re.length + " vs " + im.length);
        }
        ComplexLaneBuffer buffer = new ComplexLaneBuffer(re.length);
        System.arraycopy(re, 0, buffer.re, 0, re.length);
        System.arraycopy(im, 0, buffer.im, 0, im.length);
        return buffer;
    }

    /** Logical lane count: the events this buffer holds. */
    public int length() {
        return length;
    }

    /** Allocated lane count, a multiple of {@link Simd#PAD} and at least {@link #length()}. */
    public int paddedLength() {
        return re.length;
    }

    /** Real part of lane {@code lane}. */
    public double re(int lane) {
        return re[checkedLane(lane)];
    }

    /** Imaginary part of lane {@code lane}. */
    public double im(int lane) {
        return im[checkedLane(lane)];
    }

    /** Sets lane {@code lane} to {@code real + i imag}. */
    public void set(int lane, double real, double imag) {
        checkedLane(lane);
        re[lane] = real;
        im[lane] = imag;
    }

    /** Resets the padding lanes to zero, e.g. after a kernel ran over the padded length. */
    public void zeroPadding() {
        java.util.Arrays.fill(re, length, re.length, 0.0);
        java.util.Arrays.fill(im, length, im.length, 0.0);
    }

    private int checkedLane(int lane) {
        if (lane < 0 || lane >= length) {
            throw new IndexOutOfBoundsException("lane " + lane + " outside [0, " + length + ")");
        }
        return lane;
    }
}
