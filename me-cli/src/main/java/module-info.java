/**
 * The madvec command line: every command goes through {@code madvec.api}.
 */
module madvec.cli {
    requires madvec.api;
    // madvec serve: the inference service
    requires madvec.serve;
    // the catalog of named processes
    requires madvec.generator;
    // the analytic phase-space volumes of sample's cross-section check (its tests)
    requires madvec.rambo;
    requires madvec.simd;
    requires info.picocli;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;

    // picocli fills the options of the command classes by reflection
    opens madvec.cli to info.picocli;
}
