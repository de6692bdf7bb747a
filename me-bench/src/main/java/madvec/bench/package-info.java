/**
 * JMH benchmarks and the throughput harness.
 */
package madvec.bench;
