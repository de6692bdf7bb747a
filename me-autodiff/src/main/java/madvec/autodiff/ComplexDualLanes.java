package madvec.autodiff;

/**
 * Complex per-lane dual array: {@link #re()} and {@link #im()} are {@link DualLanes} of the same lanes
 * and k (wavefunction components, currents, amplitudes, one event per lane, each with k complex
 * tangents). The two parts are separate arrays, never shared with another complex array.
 */
public final class ComplexDualLanes {
    private final DualLanes re;
    private final DualLanes im;

    private ComplexDualLanes(DualLanes re, DualLanes im) {
        this.re = re;
        this.im = im;
    }

    /** A zeroed complex array of {@code lanes} lanes with k tangents. */
    public static ComplexDualLanes create(int lanes, int k) {
        return new ComplexDualLanes(DualLanes.create(lanes, k), DualLanes.create(lanes, k));
    }

    /** Real part (live storage, not a copy). */
    public DualLanes re() {
        return re;
    }

    /** Imaginary part (live storage, not a copy). */
    public DualLanes im() {
        return im;
    }

    /** Number of lanes. */
    public int lanes() {
        return re.lanes();
    }

    /** Number of tangent directions. */
    public int k() {
        return re.k();
    }

    /** Padded lane count of both parts' storage. */
    public int stride() {
        return re.stride();
    }

    /** Every lane := {@code z} (same k), padding included. */
    public void fill(ComplexDualScalar z) {
        re.fill(z.re());
        im.fill(z.im());
    }

    /** Lane {@code lane} as a lane-uniform complex dual. */
    public ComplexDualScalar get(int lane) {
        return ComplexDualScalar.of(re.get(lane), im.get(lane));
    }

    /** Sets lane {@code lane} to {@code z} (same k). */
    public void set(int lane, ComplexDualScalar z) {
        re.set(lane, z.re());
        im.set(lane, z.im());
    }

    /** Copies both parts of {@code src}, which must have the same lanes and k. */
    public void copyFrom(ComplexDualLanes src) {
        re.copyFrom(src.re);
        im.copyFrom(src.im);
    }

    /** {@code lanes=n, k=k}. */
    @Override
    public String toString() {
        return "ComplexDualLanes[lanes=" + lanes() + ", k=" + k() + "]";
    }
}
