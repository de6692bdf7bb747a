/**
 * The process generator: MadGraph process strings parsed and expanded, tree diagrams with shared
 * sub-currents and fermion signs, decay chains, exact colour, the Standard Model's vertex table, and
 * the catalog of named processes; it turns a process string into programs.
 */
module madvec.generator {
    requires transitive madvec.processes;
    requires transitive madvec.model;
    requires transitive madvec.ufo;
    requires madvec.colour;
    requires madvec.helas;
    requires org.slf4j;

    exports madvec.generator;
}
