package madvec.autodiff;

import java.util.Arrays;
import madvec.simd.Simd;

/**
 * Per-lane dual real array: for each of {@code lanes()} lanes (one phase-space point per lane) a value
 * and k tangents, stored as a structure of arrays in one flat array.
 *
 * <p>Layout: component {@code c} (0 = value, {@code 1..k} = tangent {@code c - 1}) of lane {@code i}
 * is at {@code array()[c * stride() + i]}, with {@code stride() = strideFor(lanes())}, a multiple of
 * {@link Simd#PAD} at least {@code lanes()}. The padding lanes {@code lanes() .. stride() - 1} exist
 * so that kernels run whole vectors without a tail; they start at 0, kernels compute on them like on
 * any lane, and their contents carry no meaning. Always index with {@link #stride()}: from 64 lanes
 * on it may exceed {@code Simd.padded(lanes())} (see {@link #strideFor}).
 *
 * <p>Mutable and not thread-safe: one array belongs to one thread's workspace.
 */
public final class DualLanes {
    private final int lanes;
    private final int stride;
    private final int k;
    private final double[] data;

    private DualLanes(int lanes, int k) {
        if (lanes < 0) {
            throw new IllegalArgumentException("lane count must be >= 0, got " + lanes);
        }
        this.lanes = lanes;
        this.stride = strideFor(lanes);
        this.k = DualScalar.checkK(k);
        long size = (long) stride * (k + 1);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too large: " + lanes + " lanes x (1 + " + k + ") components");
        }
        this.data = new double[(int) size];
    }

    /**
     * The component stride of a batch of {@code lanes} lanes: {@code Simd.padded(lanes)} below 64
     * lanes; from 64 lanes on, rounded up to an odd number of 64-byte cache lines (8 doubles).
     *
     * <p>Why: a kernel reads and writes all k + 1 components of a lane chunk together. With a stride
     * of a power of two (1024, 4096 lanes) those addresses are multiples of 4 KiB apart, so they fall
     * in one L1 set and alias in the store-to-load forwarding check: the dual multiply at k = 4 and
     * 1024 lanes ran at 64 M lanes/s with stride 1024 and at 635 M lanes/s with stride 1032. An odd
     * number of lines puts the components of a lane in distinct sets. The cost is at most 15 padding
     * lanes per component.
     */
    public static int strideFor(int lanes) {
        int padded = Simd.padded(lanes);
        if (padded < 64) {
            return padded;
        }
        int lines = (padded + 7) / 8;
        return (lines | 1) * 8;
    }

    /** A zeroed array of {@code lanes} lanes with k tangents each. */
    public static DualLanes create(int lanes, int k) {
        return new DualLanes(lanes, k);
    }

    /** Number of lanes (events). */
    public int lanes() {
        return lanes;
    }

    /** Distance in {@link #array()} between consecutive components: {@link #strideFor strideFor(lanes())}. */
    public int stride() {
        return stride;
    }

    /** Number of tangent directions. */
    public int k() {
        return k;
    }

    /**
     * Raw storage, not a copy: component c (0 = value, 1..k = tangent c-1) of lane i is at
     * {@code array()[c * stride() + i]}. For kernels and bulk I/O.
     */
    public double[] array() {
        return data;
    }

    /** Value of lane {@code lane}. */
    public double value(int lane) {
        return data[checkLane(lane)];
    }

    /** Tangent {@code t} of lane {@code lane}. */
    public double tangent(int t, int lane) {
        return data[index(t, lane)];
    }

    /** Sets the value of lane {@code lane}; its tangents are unchanged. */
    public void set(int lane, double value) {
        data[checkLane(lane)] = value;
    }

    /** Sets tangent {@code t} of lane {@code lane}. */
    public void setTangent(int t, int lane, double d) {
        data[index(t, lane)] = d;
    }

    /** Lane {@code lane} as a lane-uniform dual (value and tangents copied). */
    public DualScalar get(int lane) {
        checkLane(lane);
        double[] c = new double[k + 1];
        for (int j = 0; j <= k; j++) {
            c[j] = data[j * stride + lane];
        }
        return DualScalar.wrap(c);
    }

    /** Sets value and tangents of lane {@code lane} from {@code s} (same k). */
    public void set(int lane, DualScalar s) {
        checkLane(lane);
        double[] c = checkK(s).components();
        for (int j = 0; j <= k; j++) {
            data[j * stride + lane] = c[j];
        }
    }

    /**
     * Marks this array as input number {@code t}: tangent {@code t} := 1 on every lane, so that
     * derivatives downstream are taken with respect to it. Other tangents are left as they are (0 for
     * a fresh array); several seeds on one array give a directional derivative.
     */
    public void seed(int t) {
        int from = (checkTangent(t) + 1) * stride;
        Arrays.fill(data, from, from + lanes, 1.0);
    }

    /** Every lane, padding included, := {@code s} (same k). */
    public void fill(DualScalar s) {
        double[] c = checkK(s).components();
        for (int j = 0; j <= k; j++) {
            Arrays.fill(data, j * stride, (j + 1) * stride, c[j]);
        }
    }

    /** Values of the lanes := {@code values} (length {@code lanes()}); tangents unchanged. */
    public void setValues(double[] values) {
        if (values.length != lanes) {
            throw new IllegalArgumentException("got " + values.length + " values for " + lanes + " lanes");
        }
        System.arraycopy(values, 0, data, 0, lanes);
    }

    /** Copies values and tangents of {@code src}, which must have the same lanes and k. */
    public void copyFrom(DualLanes src) {
        checkSameShape(src);
        System.arraycopy(src.data, 0, data, 0, data.length);
    }

    /** A copy of the value component, length {@code lanes()}. */
    public double[] values() {
        return Arrays.copyOf(data, lanes);
    }

    /** A copy of tangent {@code t} over the lanes, length {@code lanes()}. */
    public double[] tangents(int t) {
        int from = (checkTangent(t) + 1) * stride;
        return Arrays.copyOfRange(data, from, from + lanes);
    }

    /** {@code lanes=n, k=k}, and up to the first lanes' values. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("DualLanes[lanes=").append(lanes).append(", k=").append(k).append(", values=");
        int shown = Math.min(lanes, 4);
        s.append(Arrays.toString(Arrays.copyOf(data, shown)));
        return s.append(lanes > shown ? "...]" : "]").toString();
    }

    /** Throws unless {@code o} has the same lanes and k, naming both. */
    void checkSameShape(DualLanes o) {
        if (o.lanes != lanes || o.k != k) {
            throw new IllegalArgumentException("dual lane arrays differ in shape: lanes=" + lanes + ", k=" + k
                    + " and lanes=" + o.lanes + ", k=" + o.k);
        }
    }

    /** Returns {@code s} after checking it has this array's k. */
    DualScalar checkK(DualScalar s) {
        if (s.k() != k) {
            throw new IllegalArgumentException("dual scalar with k=" + s.k() + " for dual lanes with k=" + k);
        }
        return s;
    }

    private int checkLane(int lane) {
        if (lane < 0 || lane >= lanes) {
            throw new IndexOutOfBoundsException("lane " + lane + " out of range for " + lanes + " lanes");
        }
        return lane;
    }

    private int checkTangent(int t) {
        if (t < 0 || t >= k) {
            throw new IndexOutOfBoundsException("tangent index " + t + " out of range for k = " + k);
        }
        return t;
    }

    private int index(int t, int lane) {
        return (checkTangent(t) + 1) * stride + checkLane(lane);
    }
}
