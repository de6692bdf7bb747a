package madvec.api;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits batches across threads. Events are cut into fixed blocks whatever the thread count, and each
 * event is computed on its own, so the results are bit-identical for any number of threads and any
 * batch size. Close it to stop its threads.
 */
public final class ParallelEvaluator implements AutoCloseable {
    private final MatrixElement me;
    private final Crew crew;
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
        this.crew = threads == 1 ? null : new Crew(threads - 1);
    }

    /** Number of threads that evaluate, the caller's included. */
    public int threads() {
        return threads;
    }

    /** As {@link MatrixElement#evaluatePoints}, in parallel. */
    public Batch evaluatePoints(double[][] u) {
        int lanes = me.checkPoints(u);
        Batch out = me.newPointBatch(lanes);
        try {
            run(lanes, (from, to) -> me.evaluatePoints(u, from, to, out));
        } catch (RuntimeException e) {
            // as evaluateMomenta: the first failing event, whichever block failed first
            me.evaluatePoints(u, 0, lanes, out);
            throw e;
        }
        return out;
    }

    /** As {@link MatrixElement#evaluateMomenta}, in parallel. */
    public Batch evaluateMomenta(double[][] momenta) {
        int lanes = me.checkMomentumShape(momenta);
        Batch out = me.newMomentumBatch(momenta, lanes);
        try {
            // each block checks its own events: a serial check costs small processes a sixth of their time
            run(lanes, (from, to) -> {
                me.checkMomentumValues(momenta, from, to);
                me.evaluateMomenta(momenta, from, to, out);
            });
        } catch (RuntimeException e) {
            // the blocks fail in any order: the serial pass names the first bad event, as one thread does
            me.checkMomentumValues(momenta, 0, lanes);
            me.evaluateMomenta(momenta, 0, lanes, out);
            throw e;
        }
        return out;
    }

    private interface Range {
        void run(int from, int to);
    }

    private synchronized void run(int lanes, Range range) {
        // blocks of the workspace size, claimed in turn by the caller and the workers: the caller works
        // instead of waiting, and the workers, spinning for a while after each batch, take the next one
        // without being woken (a wake-up costs about as much as a small batch)
        int block = CompiledProcess.BLOCK;
        int blocks = (lanes + block - 1) / block;
        if (crew == null || blocks == 1) {
            for (int b = 0; b < blocks; b++) range.run(b * block, Math.min(lanes, (b + 1) * block));
            return;
        }
        crew.run(b -> range.run(b * block, Math.min(lanes, (b + 1) * block)), blocks);
    }

    @Override
    public void close() {
        if (crew != null) crew.close();
    }

    /**
     * Worker threads that take part in one job at a time. A job is a number of blocks claimed from a
     * shared cursor; the thread that posts it claims blocks too and returns when every block is done.
     * Between jobs a worker spins for {@link #SPIN_NANOS}, then parks for at most a millisecond at a
     * time, so a lost wake-up costs a millisecond, never a hang.
     */
    private static final class Crew implements AutoCloseable {
        private static final long SPIN_NANOS = 200_000;
        private final Thread[] workers;
        private volatile long generation;
        private volatile boolean closed;
        private volatile java.util.function.IntConsumer job;
        private volatile int blocks;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger active = new AtomicInteger();
        private final java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        private volatile Thread poster;

        Crew(int size) {
            workers = new Thread[size];
            for (int i = 0; i < size; i++) {
                workers[i] = new Thread(this::work, "madvec-worker-" + i);
                workers[i].setDaemon(true);
                workers[i].start();
            }
        }

        /** Runs {@code job} on blocks 0 .. blocks-1, on the calling thread and the workers. */
        void run(java.util.function.IntConsumer job, int blocks) {
            failure.set(null);
            this.job = job;
            this.blocks = blocks;
            next.set(0);
            active.set(workers.length);
            poster = Thread.currentThread();
            generation++; // publishes the job: the fields above are written before this volatile write
            for (Thread w : workers) java.util.concurrent.locks.LockSupport.unpark(w);
            claim(job, blocks);
            await(() -> active.get() == 0, 50_000);
            Throwable t = failure.get();
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException(t);
        }

        /** Spins for {@link #SPIN_NANOS}, then parks {@code parkNanos} at a time, until {@code done} holds. */
        private void await(java.util.function.BooleanSupplier done, long parkNanos) {
            long start = System.nanoTime();
            while (!done.getAsBoolean()) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(this, parkNanos);
                }
            }
        }

        private void claim(java.util.function.IntConsumer job, int blocks) {
            try {
                for (int b; (b = next.getAndIncrement()) < blocks; ) job.accept(b);
            } catch (Throwable t) {
                next.set(blocks); // the others stop after their current block
                failure.compareAndSet(null, t);
            }
        }

        private void work() {
            long seen = 0;
            while (!closed) {
                long last = seen;
                await(() -> generation != last || closed, 1_000_000);
                if (closed) return;
                seen = generation;
                claim(job, blocks);
                if (active.decrementAndGet() == 0) java.util.concurrent.locks.LockSupport.unpark(poster);
            }
        }

        @Override
        public void close() {
            closed = true;
            for (Thread w : workers) java.util.concurrent.locks.LockSupport.unpark(w);
        }
    }
}
