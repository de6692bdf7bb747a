/**
 * Forward-mode dual numbers with k tangents: lane-uniform dual scalars (real and complex) for model
 * parameters and couplings, and real dual lane arrays for per-event quantities, whose elementary
 * functions run as SIMD kernels or their plain-Java twins.
 */
module madvec.autodiff {
    // Not transitive: no public signature of madvec.autodiff uses a madvec.simd type.
    requires madvec.simd;
    requires static jdk.incubator.vector;

    exports madvec.autodiff;
    // SimdDualKernels and PlainDualKernels, called directly: for the benchmark that compares the
    // twins, not for users, who go through madvec.autodiff.DualLaneMath.
    exports madvec.autodiff.kernels to madvec.bench;
}
