package madvec.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
     * @param threads threads that evaluate (at least 1): the calling thread and {@code threads - 1} workers
     */
    public ParallelEvaluator(MatrixElement me, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.me = me;
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "madvec-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Number of threads that evaluate, the caller's included. */
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
        // blocks of the workspace size, claimed in turn by the caller and the workers: the caller works
        // instead of waiting, and a small batch costs one wake-up per worker rather than one per block
        int block = CompiledProcess.BLOCK;
        int blocks = (lanes + block - 1) / block;
        AtomicInteger next = new AtomicInteger();
        Runnable claim = () -> {
            for (int b; (b = next.getAndIncrement()) < blocks; ) {
                range.run(b * block, Math.min(lanes, (b + 1) * block));
            }
        };
        int helpers = Math.min(threads - 1, blocks - 1);
        List<Future<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
        for (int i = 0; i < helpers; i++) tasks.add(pool.submit(claim));
        RuntimeException mine = null;
        try {
            claim.run();
        } catch (RuntimeException e) {
            next.set(blocks); // the workers stop after their current block
            mine = e;
        }
        try {
            for (Future<?> task : tasks) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            next.set(blocks);
            tasks.forEach(x -> x.cancel(true));
            if (mine == null) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }
        if (mine != null) throw mine;
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
