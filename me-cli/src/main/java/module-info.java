/**
 * The madvec command line: every command goes through {@code madvec.api}.
 */
module madvec.cli {
    requires madvec.api;
    requires madvec.simd;
    requires info.picocli;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;

    // picocli fills the options of the command classes by reflection
    opens madvec.cli to info.picocli;
}
