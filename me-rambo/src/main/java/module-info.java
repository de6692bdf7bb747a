/**
 * Phase space: RAMBO and RAMBO on diet, hypercube to momenta and back, massive, weighted and differentiable.
 */
module madvec.rambo {
    requires transitive madvec.autodiff;
    requires static jdk.incubator.vector;
    requires org.slf4j;

    exports madvec.rambo;
}
