package madvec.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Events per second of the calling thread's CPU time, for the comparisons that time several modes in
 * turns on a shared machine: CPU time leaves out the time the thread waited for a core.
 */
final class CpuTimeRate {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeRate() {}

    /** Events per CPU second of whole batches of {@code events} over about {@code seconds} of CPU time. */
    static double of(Runnable batch, int events, double seconds) {
        long start = THREADS.getCurrentThreadCpuTime();
        long batches = 0, used;
        do {
            batch.run();
            batches++;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < seconds * 1e9);
        return batches * (double) events / (used * 1e-9);
    }
}
