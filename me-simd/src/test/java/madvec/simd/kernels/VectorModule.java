package madvec.simd.kernels;

/** Whether this test JVM can run the Vector API twins at all (in either test execution). */
final class VectorModule {
    private VectorModule() {}

    /** True when {@code jdk.incubator.vector} is in the boot layer and readable by madvec.simd. */
    static boolean readable() {
        Module simd = VectorComplexKernels.class.getModule();
        return ModuleLayer.boot().findModule("jdk.incubator.vector")
                .map(m -> !simd.isNamed() || simd.canRead(m))
                .orElse(false);
    }
}
