/**
 * Forward-mode dual numbers with k tangents: lane-uniform dual scalars for model parameters and dual lane arrays for per-event quantities.
 */
module madvec.autodiff {
    requires transitive madvec.simd;
    requires static jdk.incubator.vector;

    exports madvec.autodiff;
    // Raw-array kernels and their scalar twins: for the engine's own kernel modules, not for users.
    exports madvec.autodiff.kernels to madvec.rambo, madvec.model, madvec.processes, madvec.api, madvec.bench;
}
