package madvec.simd;

/**
 * Real values, one per lane, in an array padded to a multiple of {@link Simd#PAD} lanes.
 *
 * <p>The array is exposed so that kernels read and write it directly. Lanes {@code [length(),
 * paddedLength())} are padding: zero after construction and after {@link #zeroPadding()}, so that a
 * kernel running over the whole padded length (no tail) produces zeros, not garbage, there.
 */
public final class LaneBuffer {
    /** The lane values; its length is {@link #paddedLength()}. */
    public final double[] values;
    private final int length;

    /**
     * Allocates {@code length} lanes, padded to a multiple of {@link Simd#PAD}, all zero.
     *
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public LaneBuffer(int length) {
        this.values = new double[Simd.padded(length)];
        this.length = length;
    }

    /** Copies {@code lanes} into a new padded buffer of the same logical length. */
    public static LaneBuffer of(double... lanes) {
        LaneBuffer buffer = new LaneBuffer(lanes.length);
        System.arraycopy(lanes, 0, buffer.values, 0, lanes.length);
        return buffer;
    }

    /** Logical lane count: the events this buffer holds. */
    public int length() {
        return length;
    }

    /** Allocated lane count, a multiple of {@link Simd#PAD} and at least {@link #length()}. */
    public int paddedLength() {
        return values.length;
    }

    /** Value of lane {@code lane}. */
    public double get(int lane) {
        return values[checkedLane(lane)];
    }

    /** Sets lane {@code lane} to {@code value}. */
    public void set(int lane, double value) {
        values[checkedLane(lane)] = value;
    }

    /** Resets the padding lanes to zero, e.g. after a kernel ran over the padded length. */
    public void zeroPadding() {
        java.util.Arrays.fill(values, length, values.length, 0.0);
    }

    private int checkedLane(int lane) {
        if (lane < 0 || lane >= length) {
            throw new IndexOutOfBoundsException("lane " + lane + " outside [0, " + length + ")");
        }
        return lane;
    }
}
