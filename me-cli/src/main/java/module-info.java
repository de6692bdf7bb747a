/**
 * The madvec command line.
 */
module madvec.cli {
    requires madvec.api;
    requires madvec.processes;
    requires madvec.model;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
}
