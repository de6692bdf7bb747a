/**
 * The physics: helicity-amplitude kernels, process programs and their executor, and the programs of the
 * first processes.
 */
module madvec.processes {
    requires transitive madvec.model;
    requires madvec.colour;
    requires static jdk.incubator.vector;
    requires org.slf4j;

    exports madvec.processes;
    exports madvec.processes.generator;
    exports madvec.processes.program;
    exports madvec.processes.sm;
    // Kernels are engine internals; the benchmarks measure them directly.
    exports madvec.processes.helas to madvec.api, madvec.bench;
}
