/**
 * JMH benchmarks and the throughput harness.
 */
module madvec.bench {
    requires madvec.api;
    requires jmh.core;
    requires static jdk.incubator.vector;
}
