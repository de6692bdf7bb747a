package madvec.simd;

/**
 * Entry point of a child JVM started by {@link SimdPathTest} without the vector module: prints the
 * chosen path and one complex product computed through the facade, one item per line.
 */
public final class ScalarFallbackProbe {
    private ScalarFallbackProbe() {}

    /** Prints {@link Simd#VECTOR}, {@link Simd#REASON}, then Re and Im of (1.5 - 2i)(0.25 + 3i). */
    public static void main(String[] args) {
        System.out.println(Simd.VECTOR);
        System.out.println(Simd.REASON);
        ComplexLaneBuffer a = ComplexLaneBuffer.of(new double[] {1.5}, new double[] {-2.0});
        ComplexLaneBuffer b = ComplexLaneBuffer.of(new double[] {0.25}, new double[] {3.0});
        ComplexLaneBuffer product = new ComplexLaneBuffer(1);
        ComplexLanes.mul(a, b, product);
        System.out.println(product.re(0));
        System.out.println(product.im(0));
    }
}
