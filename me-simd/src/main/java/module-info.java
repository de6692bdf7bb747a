/**
 * Lane arithmetic for madvec: the one SIMD species of the engine, structure-of-arrays lane buffers,
 * and complex lane kernels, each with a scalar twin.
 */
module madvec.simd {
    // Optional at run time: without it (class path use, no --add-modules) the scalar twins run.
    requires static jdk.incubator.vector;
    requires org.slf4j;

    exports madvec.simd;
    // The species constant: only for the engine's own kernel modules, never for users.
    exports madvec.simd.vector to madvec.autodiff, madvec.rambo, madvec.processes, madvec.api, madvec.bench;
}
