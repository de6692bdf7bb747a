package madvec.generator;

import madvec.processes.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import madvec.model.StandardModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A warmed-up executor allocates nothing per {@link Executor#evaluate} call: no boxed vectors
 * (a Vector API value that escapes a kernel or crosses a call C2 did not inline), no iterators, no
 * scratch arrays. Measured with the per-thread allocation counter of HotSpot around repeated calls;
 * calls keep being made until one round allocates nothing (C2 compiles in the background, and before
 * it has, interpreted and C1 code box vectors) or a deadline passes.
 */
class ExecutorAllocationTest {
    private static final int ROUND = 20;
    private static final long DEADLINE_NANOS = 30_000_000_000L;
    private static com.sun.management.ThreadMXBean threads;

    @BeforeAll
    static void allocationCounter() {
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "no per-thread allocation counter");
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    @ParameterizedTest(name = "{0}, d/d {1}, momentum tangents {2}")
    @CsvSource({
        "g g > t t~, '', false",
        "g g > t t~, mass.6, false",
        "g g > t t~, mass.6, true",
        "e+ e- > mu+ mu-, mass.23, false"
    })
    void steadyStateEvaluationAllocatesNothing(String process, String parameter, boolean momentumTangents) {
        StandardModel m = Fixtures.model(parameter.isEmpty() ? List.of() : List.of(parameter));
        Program p = Fixtures.program(process);
        List<double[]> events = Fixtures.randomEvents(p, m, 1000.0, 45, 1);
        int n = p.particles(), lanes = events.size(), k = m.k() + (momentumTangents ? 1 : 0);
        double[][] mom = new double[4 * n][(k + 1) * lanes];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
            if (momentumTangents) mom[4 * n - 1][k * lanes + l] = 1.0;
        }
        Executor ex = new Executor(p, m, k, momentumTangents);
        double[] me = new double[(k + 1) * lanes];
        long least = Long.MAX_VALUE, start = System.nanoTime();
        while (least > 0 && System.nanoTime() - start < DEADLINE_NANOS) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < ROUND; i++) ex.evaluate(mom, lanes, lanes, me);
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertEquals(0, least, "bytes allocated by " + ROUND + " evaluate calls of " + lanes + " events once compiled");
    }
}
