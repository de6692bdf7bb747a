/**
 * Phase space: RAMBO and RAMBO on diet, hypercube to momenta and back, massive, weighted and differentiable.
 */
module madvec.rambo {
    // Transitive: RamboOnDiet's public signatures take DualScalar and DualLanes.
    requires transitive madvec.autodiff;
    // Simd (the path choice) and the vector species of the reshuffling kernel; no madvec.simd type
    // appears in a public signature.
    requires madvec.simd;
    requires static jdk.incubator.vector;
    requires org.slf4j;

    exports madvec.rambo;
}
