/**
 * The public face of madvec and the one door to the engine: compile a process once, evaluate it at any
 * parameter point, batches of any size, with derivatives, on any number of threads.
 */
module madvec.api {
    requires transitive madvec.generator;
    requires transitive madvec.rambo;
    requires madvec.simd;
    requires org.slf4j;

    exports madvec.api;
    exports madvec.api.io;
}
