package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Once compiled, a loop of dual kernels allocates nothing: no boxed vectors (a Vector API value that
 * escapes or is not inlined becomes a heap object), no temporaries. Measured with the per-thread
 * allocation counter of HotSpot.
 */
class SteadyStateAllocationTest {
    private static final int LANES = 61;
    private static final int K = 3;

    @Test
    void kernelLoopAllocatesNothingOnceCompiled() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "no per-thread allocation counter");
        threads.setThreadAllocatedMemoryEnabled(true);
        Workspace w = new Workspace();
        long leastAllocated = Long.MAX_VALUE;
        // Warm-up compiles the kernels with C2; the first rounds may still run interpreted or in C1,
        // where vectors are boxed, so the steady state is the best of several measured rounds.
        for (int round = 0; round < 12 && leastAllocated > 0; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 4000; i++) {
                w.step();
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            leastAllocated = Math.min(leastAllocated, allocated);
        }
        assertEquals(0, leastAllocated, "bytes allocated by 4000 steady-state kernel steps");
        assertEquals(false, Double.isNaN(w.sink()), "the loop computed something");
    }

    /** Preallocated arrays and one step using a representative mix of kernels. */
    private static final class Workspace {
        final DualLanes x = DualLanes.create(LANES, K);
        final DualLanes y = DualLanes.create(LANES, K);
        final DualLanes t = DualLanes.create(LANES, K);
        final boolean[] mask = new boolean[LANES];
        final DualScalar mass = DualScalar.variable(173.0, K, 0);

        Workspace() {
            for (int lane = 0; lane < LANES; lane++) {
                x.set(lane, 0.5 + lane * 0.01);
                y.set(lane, 1.5 - lane * 0.01);
            }
            x.seed(1);
            y.seed(2);
        }

        void step() {
            DualLaneMath.mul(x, y, t);
            DualLaneMath.div(t, mass, t);
            DualLaneMath.exp(t, t);
            DualLaneMath.sqrt(t, t);
            DualLaneMath.atan2(t, x, t);
            DualLaneMath.powInt(t, 3, t);
            DualLaneMath.lessThan(x, y, mask);
            DualLaneMath.select(mask, x, t, t);
        }

        double sink() {
            return t.value(0);
        }
    }
}
