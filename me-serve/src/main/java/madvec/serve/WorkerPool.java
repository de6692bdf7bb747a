package madvec.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evaluation threads, shared by every model and bounded to the cores: the matrix elements are
 * CPU-bound, so more threads than cores only add switching. A permit stands for one idle worker; a
 * batcher takes one before it forms a batch (so batches grow while every worker is busy) and more,
 * when free, to split a large batch.
 */
final class WorkerPool implements AutoCloseable {
    private final int size;
    private final Semaphore idle;
    private final ThreadPoolExecutor threads;

    WorkerPool(int size) {
        this.size = size;
        // fair: models take turns when every worker is busy
        this.idle = new Semaphore(size, true);
        AtomicInteger n = new AtomicInteger();
        // never more tasks than permits, so the queue never holds more than `size` either
        this.threads = new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "madvec-serve-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    int size() {
        return size;
    }

    void acquire() throws InterruptedException {
        idle.acquire();
    }

    /** Takes up to {@code n} more permits without waiting; returns how many it got. */
    int tryAcquire(int n) {
        int got = 0;
        while (got < n && idle.tryAcquire()) got++;
        return got;
    }

    void release() {
        idle.release();
    }

    /** Workers busy now (for the metrics). */
    int busy() {
        return size - idle.availablePermits();
    }

    /** Runs a task on a worker whose permit the caller holds; the task releases it. */
    void execute(Runnable task) {
        threads.execute(task);
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.shutdownNow();
    }
}
