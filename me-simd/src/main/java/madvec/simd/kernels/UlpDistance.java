package madvec.simd.kernels;

/**
 * Distance between doubles in units in the last place: how many representable doubles lie between
 * two values. The measure a SIMD kernel and its plain-Java twin are compared with: scale-free, unlike
 * an absolute or relative tolerance, and exactly 0 for bit-identical results.
 */
public final class UlpDistance {
    private UlpDistance() {}

    /**
     * Number of steps of {@link Math#nextUp} from the smaller to the larger of {@code a} and {@code b}.
     * {@code +0.0} and {@code -0.0} are the same point (distance 0); the infinities are one step past
     * {@link Double#MAX_VALUE}; two NaNs are at distance 0 and a NaN is {@link Long#MAX_VALUE} from any
     * number. Distances too large for a long (across nearly the whole range) saturate at
     * {@link Long#MAX_VALUE}.
     */
    public static long between(double a, double b) {
        boolean aNaN = Double.isNaN(a);
        boolean bNaN = Double.isNaN(b);
        if (aNaN || bNaN) {
            return aNaN && bNaN ? 0 : Long.MAX_VALUE;
        }
        long low = Math.min(ordinal(a), ordinal(b));
        long high = Math.max(ordinal(a), ordinal(b));
        long distance = high - low;
        // The true distance is in [0, 2^64): it wraps to a negative long exactly when it exceeds
        // Long.MAX_VALUE, which happens only across most of the range of doubles.
        return distance >= 0 ? distance : Long.MAX_VALUE;
    }

    /**
     * The same for floats, counted in float steps (for the single-precision twins): the floats'
     * ordinals, widened, differ by at most 2^32, so no saturation is needed.
     */
    public static long between(float a, float b) {
        boolean aNaN = Float.isNaN(a);
        boolean bNaN = Float.isNaN(b);
        if (aNaN || bNaN) {
            return aNaN && bNaN ? 0 : Long.MAX_VALUE;
        }
        return Math.abs((long) ordinal(a) - ordinal(b));
    }

    private static int ordinal(float x) {
        int bits = Float.floatToRawIntBits(x);
        return bits >= 0 ? bits : -(bits & Integer.MAX_VALUE);
    }

    /** Whether {@code a} and {@code b} are at most {@code maxUlps} apart. */
    public static boolean within(double a, double b, long maxUlps) {
        return between(a, b) <= maxUlps;
    }

    /**
     * Maps a non-NaN double to a long whose order is the order of the doubles and whose difference
     * counts the representable doubles in between: IEEE bit patterns of non-negative values already
     * increase with the value; negative values are reflected so that -0.0 and +0.0 both map to 0.
     */
    private static long ordinal(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }
}
