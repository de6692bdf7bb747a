package madvec.simd;

/**
 * Entry point of a child JVM started by {@link SimdPathTest} without the vector module: prints the
 * chosen path and the lane layout of the scalar path, one item per line.
 */
public final class ScalarFallbackProbe {
    private ScalarFallbackProbe() {}

    /** Prints {@link Simd#VECTOR}, {@link Simd#REASON}, {@link Simd#LANES}, {@link Simd#PAD}, then {@code Simd.padded(5)}. */
    public static void main(String[] args) {
        System.out.println(Simd.VECTOR);
        System.out.println(Simd.REASON);
        System.out.println(Simd.LANES);
        System.out.println(Simd.PAD);
        System.out.println(Simd.padded(5));
    }
}
