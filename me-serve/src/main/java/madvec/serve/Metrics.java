package madvec.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * The service's Prometheus metrics, in the text exposition format (version 0.0.4). Hand-written: a
 * handful of counters and histograms need no client library (and no extra module on the module path).
 *
 * <ul>
 *   <li>{@code madvec_requests_total{model,code}}: inference requests by model and HTTP status</li>
 *   <li>{@code madvec_request_duration_seconds{model}}: inference latency, arrival to answer</li>
 *   <li>{@code madvec_events_total{model}}: events evaluated</li>
 *   <li>{@code madvec_queue_events{model}}: events waiting for a worker</li>
 *   <li>{@code madvec_batch_events{model}}, {@code madvec_batch_requests{model}}: size of each
 *       coalesced batch in events and in requests</li>
 *   <li>{@code madvec_workers_busy}, {@code madvec_workers}: the pool</li>
 * </ul>
 */
public final class Metrics {
    private static final double[] LATENCY = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    private static final double[] EVENTS = {1, 4, 16, 64, 256, 1024, 4096, 16384, 65536};
    private static final double[] REQUESTS = {1, 2, 4, 8, 16, 32, 64, 128, 256};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> events = new ConcurrentHashMap<>();
    private final Map<String, Histogram> batchEvents = new ConcurrentHashMap<>();
    private final Map<String, Histogram> batchRequests = new ConcurrentHashMap<>();
    private volatile Map<String, ToLongFunction<String>> gauges = Map.of();

    /** A fixed-bucket histogram; observations are lock-free. */
    static final class Histogram {
        private final double[] bounds;
        private final AtomicLongArray counts;
        private final DoubleAdder sum = new DoubleAdder();
        private final LongAdder count = new LongAdder();

        Histogram(double[] bounds) {
            this.bounds = bounds;
            this.counts = new AtomicLongArray(bounds.length);
        }

        void observe(double v) {
            for (int i = 0; i < bounds.length; i++) {
                if (v <= bounds[i]) {
                    counts.incrementAndGet(i);
                    break;
                }
            }
            sum.add(v);
            count.increment();
        }

        long count() {
            return count.sum();
        }

        void write(StringBuilder out, String name, String labels) {
            long cumulative = 0;
            for (int i = 0; i < bounds.length; i++) {
                cumulative += counts.get(i);
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(number(bounds[i])).append("\"} ")
                        .append(cumulative).append('\n');
            }
            long n = count.sum();
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(n).append('\n');
            out.append(name).append("_sum{").append(labels).append("} ").append(number(sum.sum())).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(n).append('\n');
        }
    }

    /** Gauges read when scraped: name to a function of the model name (queue depth). */
    void gauges(Map<String, ToLongFunction<String>> g) {
        gauges = Map.copyOf(g);
    }

    /** One answered inference request. */
    void request(String model, int status, double seconds) {
        requests.computeIfAbsent(model + "\u0000" + status, k -> new LongAdder()).increment();
        if (!model.isEmpty()) {
            latency.computeIfAbsent(model, k -> new Histogram(LATENCY)).observe(seconds);
        }
    }

    void evaluated(String model, int n) {
        events.computeIfAbsent(model, k -> new LongAdder()).add(n);
    }

    void batch(String model, int nEvents, int nRequests) {
        batchEvents.computeIfAbsent(model, k -> new Histogram(EVENTS)).observe(nEvents);
        batchRequests.computeIfAbsent(model, k -> new Histogram(REQUESTS)).observe(nRequests);
    }

    /** Batches coalesced so far for a model (tests). */
    long batches(String model) {
        Histogram h = batchEvents.get(model);
        return h == null ? 0 : h.count();
    }

    /** The text exposition. */
    String scrape(Iterable<String> models, int workers, int busy) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP madvec_requests_total Inference requests by model and HTTP status.\n");
        out.append("# TYPE madvec_requests_total counter\n");
        requests.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] k = e.getKey().split("\u0000");
            out.append("madvec_requests_total{model=\"").append(escape(k[0])).append("\",code=\"").append(k[1]).append("\"} ")
                    .append(e.getValue().sum()).append('\n');
        });
        histograms(out, "madvec_request_duration_seconds", "Inference latency from arrival to answer, seconds.", latency);
        out.append("# HELP madvec_events_total Events evaluated.\n# TYPE madvec_events_total counter\n");
        for (String m : models) {
            LongAdder n = events.get(m);
            out.append("madvec_events_total{model=\"").append(escape(m)).append("\"} ").append(n == null ? 0 : n.sum()).append('\n');
        }
        for (Map.Entry<String, ToLongFunction<String>> g : gauges.entrySet()) {
            out.append("# HELP ").append(g.getKey()).append(" Events waiting for a worker.\n# TYPE ").append(g.getKey())
                    .append(" gauge\n");
            for (String m : models) {
                out.append(g.getKey()).append("{model=\"").append(escape(m)).append("\"} ").append(g.getValue().applyAsLong(m))
                        .append('\n');
            }
        }
        histograms(out, "madvec_batch_events", "Events per coalesced batch.", batchEvents);
        histograms(out, "madvec_batch_requests", "Requests per coalesced batch.", batchRequests);
        out.append("# HELP madvec_workers Evaluation threads.\n# TYPE madvec_workers gauge\nmadvec_workers ").append(workers)
                .append('\n');
        out.append("# HELP madvec_workers_busy Evaluation threads at work.\n# TYPE madvec_workers_busy gauge\nmadvec_workers_busy ")
                .append(busy).append('\n');
        return out.toString();
    }

    private static void histograms(StringBuilder out, String name, String help, Map<String, Histogram> byModel) {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" histogram\n");
        byModel.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().write(out, name, "model=\"" + escape(e.getKey()) + "\""));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).toPlainString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
