/**
 * JMH benchmarks and the throughput harness.
 */
module madvec.bench {
    requires madvec.api;
    requires madvec.generator;
    requires madvec.rambo;
    requires madvec.helas;
    requires madvec.simd;
    requires jmh.core;
    // thread CPU time for ReverseModeComparison
    requires java.management;
    requires static jdk.incubator.vector;
}
