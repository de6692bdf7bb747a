package madvec.serve;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dynamic batching for one model: requests queue here (bounded in events: a full queue refuses, so
 * memory stays bounded under overload), and a dispatcher thread coalesces them into evaluations of at
 * most {@code maxBatch} events. It waits for an idle worker first, then at most {@code delay} after
 * the oldest request's arrival for more to join; under load the workers are busy, the queue fills
 * meanwhile and batches leave full without waiting. A batch goes to as many idle workers as its size
 * justifies.
 */
final class Batcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);
    /** Below this many events per worker, splitting costs more in hand-offs than it saves. */
    static final int MIN_SLICE = 128;

    private final Model model;
    private final WorkerPool pool;
    private final Metrics metrics;
    private final int maxBatch, maxQueue;
    private final long delayNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<InferJob> queue = new ArrayDeque<>();
    private int queuedEvents;
    private boolean closing;
    private final Thread dispatcher;

    Batcher(Model model, WorkerPool pool, Metrics metrics, int maxBatch, Duration delay, int maxQueue) {
        this.model = model;
        this.pool = pool;
        this.metrics = metrics;
        this.maxBatch = maxBatch;
        this.maxQueue = maxQueue;
        this.delayNanos = delay.toNanos();
        this.dispatcher = Thread.ofPlatform().daemon().name("madvec-serve-batcher-" + model.name()).start(this::run);
    }

    /** Queued events now (the queue-depth gauge). */
    int queuedEvents() {
        lock.lock();
        try {
            return queuedEvents;
        } finally {
            lock.unlock();
        }
    }

    /** Queues a job; false when the queue is full or closing (the caller answers 503). */
    boolean offer(InferJob job) {
        lock.lock();
        try {
            if (closing || (queuedEvents > 0 && (long) queuedEvents + job.events() > maxQueue)) {
                return false;
            }
            queue.add(job);
            queuedEvents += job.events();
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            while (true) {
                if (!awaitWork()) {
                    return;
                }
                pool.acquire();
                List<InferJob> batch;
                try {
                    batch = take();
                } catch (RuntimeException | Error e) {
                    pool.release();
                    throw e;
                }
                if (batch.isEmpty()) {
                    pool.release();
                } else {
                    dispatch(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // never reached by a request's problem (those complete their futures); a bug: log it loudly
            LOG.error("batcher of model {} stopped", model.name(), e);
        }
    }

    /** Waits until a job is queued; false once closing with an empty queue. */
    private boolean awaitWork() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (closing) {
                    return false;
                }
                changed.await();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next batch: up to maxBatch events (a larger request goes alone), after the delay window. */
    private List<InferJob> take() throws InterruptedException {
        lock.lock();
        try {
            InferJob oldest = queue.peekFirst();
            if (oldest == null) {
                return List.of();
            }
            long deadline = oldest.enqueuedNanos() + delayNanos;
            while (!closing && queuedEvents < maxBatch) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
            }
            List<InferJob> batch = new ArrayList<>();
            int events = 0;
            while (!queue.isEmpty()) {
                InferJob next = queue.peekFirst();
                if (!batch.isEmpty() && events + next.events() > maxBatch) {
                    break;
                }
                queue.pollFirst();
                queuedEvents -= next.events();
                // timed out (answered 503 already) while it waited: drop it
                if (!next.future().isDone()) {
                    batch.add(next);
                    events += next.events();
                }
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Groups the batch by matrix element and spreads its events over the workers it may use. */
    private void dispatch(List<InferJob> batch) {
        Map<InferJob.Key, List<InferJob>> groups = new LinkedHashMap<>();
        int total = 0;
        for (InferJob j : batch) {
            groups.computeIfAbsent(j.key(), k -> new ArrayList<>()).add(j);
            total += j.events();
        }
        metrics.batch(model.name(), total, batch.size());
        List<Evaluation> evaluations = new ArrayList<>();
        for (List<InferJob> g : groups.values()) {
            try {
                evaluations.add(new Evaluation(model, g));
            } catch (RuntimeException e) {
                // the parameter point was checked per request; anything here is unexpected
                LOG.error("cannot prepare an evaluation of model {}", model.name(), e);
                g.forEach(j -> j.future().complete(InferJob.Result.failed(500, "internal error: " + e)));
            }
        }
        int extra = total >= 2 * MIN_SLICE ? pool.tryAcquire(Math.min(pool.size() - 1, total / MIN_SLICE - 1)) : 0;
        int workers = 1 + extra;
        // cut the concatenated events into `workers` nearly equal runs of slices
        List<List<Runnable>> plans = new ArrayList<>();
        for (int w = 0; w < workers; w++) plans.add(new ArrayList<>());
        int perWorker = (total + workers - 1) / workers, w = 0, room = perWorker;
        for (Evaluation ev : evaluations) {
            int from = 0;
            while (from < ev.events()) {
                int len = Math.min(room, ev.events() - from);
                if (len < ev.events()) {
                    ev.markSliced();
                }
                int f = from, t = from + len;
                plans.get(w).add(() -> ev.slice(f, t));
                from = t;
                room -= len;
                if (room == 0 && w < workers - 1) {
                    w++;
                    room = perWorker;
                }
            }
        }
        AtomicInteger remaining = new AtomicInteger(workers);
        for (List<Runnable> plan : plans) {
            pool.execute(() -> {
                Throwable failed = null;
                boolean last;
                try {
                    for (Runnable r : plan) r.run();
                } catch (RuntimeException | Error e) {
                    failed = e;
                } finally {
                    last = remaining.decrementAndGet() == 0;
                    // the evaluation is over: the next batch may start while this thread writes answers
                    pool.release();
                }
                if (failed != null) {
                    LOG.error("worker failed on model {}", model.name(), failed);
                    String why = "internal error: " + failed;
                    for (Evaluation ev : evaluations) {
                        ev.jobs().forEach(j -> j.future().complete(InferJob.Result.failed(500, why)));
                    }
                } else if (last) {
                    for (Evaluation ev : evaluations) {
                        try {
                            // counted before the answers leave, so that a client reading /metrics next sees them
                            metrics.evaluated(model.name(), ev.events());
                            ev.complete();
                        } catch (RuntimeException | Error e) {
                            LOG.error("answering model {} failed", model.name(), e);
                            ev.jobs().forEach(j -> j.future().complete(InferJob.Result.failed(500, "internal error: " + e)));
                        }
                    }
                }
            });
        }
    }

    /** Stops taking jobs, lets the dispatcher hand out what is queued, and waits for it. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            dispatcher.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
