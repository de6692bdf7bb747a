/**
 * The madvec command line.
 */
module madvec.cli {
    requires madvec.api;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
}
