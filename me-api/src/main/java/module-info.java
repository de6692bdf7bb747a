/**
 * The public face of madvec: load a process, set parameters, evaluate batches with gradients.
 */
module madvec.api {
    requires transitive madvec.processes;
    requires transitive madvec.rambo;
    requires org.slf4j;

    exports madvec.api;
    exports madvec.api.io;
}
