/**
 * The madvec inference service: the Open Inference Protocol (KServe v2) over HTTP, JSON and binary
 * tensors, dynamic batching onto a bounded worker pool, Prometheus metrics. Jetty and Jackson stay in
 * this module (and the command line through it), never in the library modules.
 */
module madvec.serve {
    requires madvec.api;
    // the SIMD path named in the start-up line
    requires madvec.simd;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    // sun.misc.Signal: SIGTERM drains and exits 0 instead of the JVM's 143
    requires jdk.unsupported;
    // the load generator's client
    requires java.net.http;

    exports madvec.serve;
}
