/**
 * The physics: the Standard Model, helicity-amplitude kernels, process programs and their executor.
 */
module madvec.processes {
    requires transitive madvec.model;
    requires static jdk.incubator.vector;
    requires org.slf4j;
}
