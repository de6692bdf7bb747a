/**
 * The madvec command line: every command goes through {@code madvec.api}.
 */
module madvec.cli {
    requires madvec.api;
    // reweight: event samples at new parameter points
    requires madvec.reweight;
    // integrate: cross sections by VEGAS
    requires madvec.events;
    // madvec serve: the inference service
    requires madvec.serve;
    // the catalog of named processes
    requires madvec.generator;
    // the analytic phase-space volumes of sample's cross-section check (its tests)
    requires madvec.rambo;
    requires madvec.simd;
    requires info.picocli;
    // scan plots
    requires java.desktop;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;

    // picocli fills the options of the command classes by reflection
    opens madvec.cli to info.picocli;
}
