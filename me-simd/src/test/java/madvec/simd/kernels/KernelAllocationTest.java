package madvec.simd.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A steady-state kernel loop allocates nothing: no boxed vectors (which would mean a species that is
 * not constant, or a kernel C2 did not inline and intrinsify), no hidden temporaries.
 *
 * <p>Allocation is read from the thread's allocation counter around {@link #CALLS} calls. C2 compiles
 * in the background, so the first calls may still run interpreted or C1 code that boxes vectors; the
 * test therefore warms up first and then requires exactly zero bytes beyond what reading the counter
 * itself costs (measured with an empty round). A kernel that boxes in C2-compiled code never gets
 * there: every call would cost at least one 16-byte object.
 */
class KernelAllocationTest {
    private static final int CALLS = 10_000;
    private static final int MEASURED_ROUNDS = 3;
    private static final int WARM_UP_CALLS = 1_000;
    /**
     * Upper bound on warm-up time: C2 compiles in the background and, on a busy machine, may need
     * seconds to get to a kernel; a healthy kernel reaches zero allocation long before this.
     */
    private static final long MAX_WARM_UP_NANOS = 20_000_000_000L;
    /**
     * Not a multiple of 4 or 8 lanes, so that the scalar tail of the vector kernels runs too; small,
     * because the calls before C2 has compiled a kernel run boxed vectors, which is slow.
     */
    private static final int LANES = 13;

    private static com.sun.management.ThreadMXBean threads;

    @BeforeAll
    static void allocationCounter() {
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
    }

    @ParameterizedTest
    @EnumSource(ComplexKernel.class)
    void facadeAllocatesNothingInSteadyState(ComplexKernel kernel) {
        Measurement m = steadyState(kernel, Path.FACADE);
        assertEquals(0, m.bytes(), kernel + " via the facade, " + m);
    }

    @ParameterizedTest
    @EnumSource(ComplexKernel.class)
    void vectorTwinAllocatesNothingInSteadyState(ComplexKernel kernel) {
        assumeTrue(VectorModule.readable(), "jdk.incubator.vector is not readable");
        Measurement m = steadyState(kernel, Path.VECTOR);
        assertEquals(0, m.bytes(), kernel + " vector twin, " + m);
    }

    @ParameterizedTest
    @EnumSource(ComplexKernel.class)
    void scalarTwinAllocatesNothingInSteadyState(ComplexKernel kernel) {
        Measurement m = steadyState(kernel, Path.SCALAR);
        assertEquals(0, m.bytes(), kernel + " scalar twin, " + m);
    }

    private enum Path { FACADE, VECTOR, SCALAR }

    /** Least bytes allocated by {@link #CALLS} calls after warm-up, and how long warm-up took. */
    private record Measurement(long bytes, long warmUpMillis) {
        @Override
        public String toString() {
            return bytes + " bytes per " + CALLS + " calls after " + warmUpMillis + " ms of warm-up";
        }
    }

    /**
     * Warms the kernel up in short rounds until one allocates nothing (C2 has compiled it), then
     * returns the least allocation of up to {@link #MEASURED_ROUNDS} rounds of {@link #CALLS} calls;
     * more than one round only so that a recompilation in the background cannot fail the test.
     */
    private static Measurement steadyState(ComplexKernel kernel, Path path) {
        Workspace w = Workspace.random(3, LANES, 1, 2, 3);
        long overhead = emptyRoundBytes();
        long start = System.nanoTime();
        long deadline = start + MAX_WARM_UP_NANOS;
        long warmUpBytes;
        do {
            warmUpBytes = bytesOfRound(kernel, path, w, WARM_UP_CALLS, overhead);
        } while (warmUpBytes > 0 && System.nanoTime() < deadline);
        long warmUpMillis = (System.nanoTime() - start) / 1_000_000;
        long least = Long.MAX_VALUE;
        for (int round = 0; round < MEASURED_ROUNDS && least > 0; round++) {
            least = Math.min(least, bytesOfRound(kernel, path, w, CALLS, overhead));
        }
        return new Measurement(least, warmUpMillis);
    }

    private static long bytesOfRound(ComplexKernel kernel, Path path, Workspace w, int calls, long overhead) {
        long before = threads.getCurrentThreadAllocatedBytes();
        switch (path) {
            case FACADE -> facadeRound(kernel, w, calls);
            case VECTOR -> vectorRound(kernel, w, calls);
            case SCALAR -> scalarRound(kernel, w, calls);
        }
        long after = threads.getCurrentThreadAllocatedBytes();
        return Math.max(0, after - before - overhead);
    }

    private static long emptyRoundBytes() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long after = threads.getCurrentThreadAllocatedBytes();
            least = Math.min(least, after - before);
        }
        return least;
    }

    // One loop per path, so that each loop's call site sees one kind of kernel. mulAdd accumulates
    // across calls: its products are at most about 1e302, far from overflow over these few rounds.
    private static void facadeRound(ComplexKernel kernel, Workspace w, int calls) {
        for (int i = 0; i < calls; i++) {
            kernel.facade(w);
        }
    }

    private static void vectorRound(ComplexKernel kernel, Workspace w, int calls) {
        for (int i = 0; i < calls; i++) {
            kernel.vector(w);
        }
    }

    private static void scalarRound(ComplexKernel kernel, Workspace w, int calls) {
        for (int i = 0; i < calls; i++) {
            kernel.scalar(w);
        }
    }
}
