/**
 * The public face of madvec and the one door to the engine: compile a process once, evaluate it at any
 * parameter point, batches of any size, with derivatives, on any number of threads.
 */
module madvec.api {
    // transitive where the API's signatures show their types: Program (and its Wavefunction, DualScalar)
    // from madvec.processes, ParamCard from madvec.model
    requires transitive madvec.processes;
    requires transitive madvec.model;
    requires madvec.generator;
    requires madvec.rambo;
    requires madvec.simd;
    requires org.slf4j;

    exports madvec.api;
    exports madvec.api.io;
    exports madvec.api.lhe;
}
