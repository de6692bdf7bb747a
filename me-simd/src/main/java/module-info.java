/**
 * Lane arithmetic for madvec: the one SIMD species of the engine, structure-of-arrays lane buffers,
 * and complex lane kernels, each with a scalar twin.
 */
module madvec.simd {
    // Optional at run time: without it (class path use, no --add-modules) the scalar twins run.
    requires static jdk.incubator.vector;
    requires org.slf4j;

    exports madvec.simd;
    // The species constant and the two kernel twins: for the engine's own kernel modules (and the
    // benchmarks that compare the twins), not for users, who go through madvec.simd.ComplexLanes.
    exports madvec.simd.vector to madvec.autodiff, madvec.rambo, madvec.model, madvec.processes, madvec.api, madvec.bench;
    exports madvec.simd.kernels to madvec.autodiff, madvec.rambo, madvec.model, madvec.processes, madvec.api, madvec.bench;
}
