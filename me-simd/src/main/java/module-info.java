/**
 * The SIMD path of madvec: the start-up choice between Vector API kernels and their plain-Java twins
 * ({@link madvec.simd.Simd}), the lane padding all lane arrays share, the engine's single Vector API
 * species, and the ulp distance by which the twins are compared.
 */
module madvec.simd {
    // Optional at run time: without it (class path use, no --add-modules) the plain-Java twins run.
    requires static jdk.incubator.vector;
    requires org.slf4j;

    exports madvec.simd;
    // The species constant: for the modules with SIMD kernels (SimdXxxKernels), not for users.
    exports madvec.simd.vector to madvec.autodiff, madvec.rambo, madvec.helas;
    // UlpDistance: for the tests of the twin kernels in madvec.helas (they run inside that module).
    exports madvec.simd.kernels to madvec.helas;
}
