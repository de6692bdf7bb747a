package madvec.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits batches across threads. Events are cut into fixed blocks whatever the thread count, and each
 * event is computed on its own, so the results are bit-identical for any number of threads and any
 * batch size. Close it to stop its threads.
 */
public final class ParallelEvaluator implements AutoCloseable {
    private final MatrixElement me;
    private final ExecutorService pool;
    private final int threads;

    /**
     * @param me the matrix element
     * @param threads worker threads (at least 1)
     */
    public ParallelEvaluator(MatrixElement me, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.me = me;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "madvec-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Number of worker threads. */
    public int threads() {
        return threads;
    }

    /** As {@link MatrixElement#evaluatePoints}, in parallel. */
    public Batch evaluatePoints(double[][] u) {
        int lanes = me.checkPoints(u);
        Batch out = me.newPointBatch(lanes);
        run(lanes, (from, to) -> me.evaluatePoints(u, from, to, out));
        return out;
    }

    /** As {@link MatrixElement#evaluateMomenta}, in parallel. */
    public Batch evaluateMomenta(double[][] momenta) {
        int lanes = me.checkMomenta(momenta);
        Batch out = me.newMomentumBatch(momenta, lanes);
        run(lanes, (from, to) -> me.evaluateMomenta(momenta, from, to, out));
        return out;
    }

    private interface Range {
        void run(int from, int to);
    }

    private void run(int lanes, Range range) {
        // blocks of the workspace size: enough tasks to balance the threads, none shared
        int block = CompiledProcess.BLOCK;
        List<Future<?>> tasks = new ArrayList<>();
        for (int from = 0; from < lanes; from += block) {
            int f = from, t = Math.min(lanes, from + block);
            tasks.add(pool.submit(() -> range.run(f, t)));
        }
        try {
            for (Future<?> task : tasks) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            tasks.forEach(x -> x.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
