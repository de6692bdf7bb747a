/**
 * Forward-mode dual numbers with k tangents: lane-uniform dual scalars for model parameters and dual lane arrays for per-event quantities.
 */
module madvec.autodiff {
    requires transitive madvec.simd;
    requires static jdk.incubator.vector;
}
