package madvec.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import madvec.api.MatrixElement;
import madvec.simd.Simd;

/**
 * A bounded load test: the same work in-process and through the service, on this machine only. It
 * starts its own server on an ephemeral loopback port (it never calls another host), runs for a fixed
 * time and at most a fixed number of requests, and prints events per second both ways and the
 * service's latency percentiles.
 *
 * <p>In-process: {@code workers} threads, each evaluating batches of {@code batch} events in a loop
 * (the best the cores do at that batch size). Through the service: {@code clients} concurrent
 * clients, each sending binary-extension requests of {@code batch} hypercube points (value only, or
 * the outputs asked for) and waiting for the answer before the next, each on its own keep-alive
 * connection ({@link LoopbackClient}). Then the same clients ask for readiness only: that rate times
 * the batch is the ceiling the HTTP round trip alone sets on this machine, reported as
 * {@code http-floor}.
 *
 * @param process catalog name or process string (with its default sqrt(s))
 * @param batch events per request
 * @param clients concurrent clients
 * @param seconds timed seconds per side (after a warm-up of as long, at least 1 s)
 * @param maxRequests at most this many timed requests through the service
 * @param workers evaluation threads, both sides
 * @param outputs the outputs requested (e.g. {@code me}, or {@code log_p,grad_u_log_p})
 * @param delay the server's batching delay ({@link ServeConfig#DEFAULT_DELAY} unless measuring it)
 */
public record LoadGenerator(String process, int batch, int clients, double seconds, int maxRequests, int workers,
                            List<String> outputs, java.time.Duration delay) {
    public LoadGenerator {
        if (batch < 1 || batch > 65_536 || clients < 1 || clients > 256 || !(seconds > 0 && seconds <= 600)
                || maxRequests < 1 || maxRequests > 10_000_000 || workers < 1) {
            throw new IllegalArgumentException("load test bounds: batch 1..65536, clients 1..256, seconds (0, 600],"
                    + " requests 1..1e7, workers >= 1");
        }
        outputs = List.copyOf(outputs);
    }

    /** Runs both sides and prints a table on {@code out}, progress on {@code err}. */
    public void run(PrintWriter out, PrintWriter err) throws Exception {
        int w = Math.min(workers, Runtime.getRuntime().availableProcessors());
        MatrixElement me = MatrixElement.builder(process).build();
        int d = me.dimensions();
        double[] rows = new double[batch * d];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < rows.length; i++) rows[i] = 0.02 + 0.96 * rng.nextDouble();
        double[][] u = new double[d][batch];
        for (int e = 0; e < batch; e++) for (int c = 0; c < d; c++) u[c][e] = rows[e * d + c];
        err.printf(Locale.ROOT, "madvec serve bench: %s, batch %d, %d client(s), %d worker(s), %s; %.1f s per side%n",
                me.process(), batch, clients, w, Simd.describe(), seconds);
        double inProcess = inProcess(me, u, w);
        err.printf(Locale.ROOT, "in-process: %.4g events/s%n", inProcess);

        ServeConfig config = ServeConfig.defaults(List.of(ModelSpec.parse("m=" + process)))
                .withAddress("127.0.0.1", 0)
                .withBatching(Math.max(ServeConfig.DEFAULT_MAX_BATCH, batch), delay, w,
                        Math.max(ServeConfig.DEFAULT_MAX_QUEUE, 2 * clients * batch));
        try (InferenceServer server = InferenceServer.start(config)) {
            Service s = service(server.uri(), rows, d);
            Service f = floor(server.uri());
            long[] lat = Arrays.copyOf(s.latencies, s.count);
            Arrays.sort(lat);
            double rate = (double) s.count * batch / s.seconds;
            out.println("# mode events_per_s requests latency_p50_ms latency_p99_ms ratio");
            out.printf(Locale.ROOT, "in-process %.4g - - - 1%n", inProcess);
            out.printf(Locale.ROOT, "service %.4g %d %.3g %.3g %.3f%n", rate, s.count, pct(lat, 0.50) / 1e6,
                    pct(lat, 0.99) / 1e6, rate / inProcess);
            double floorRate = f.count / f.seconds;
            out.printf(Locale.ROOT, "http-floor %.4g %d - - %.3f%n", floorRate * batch, f.count, floorRate * batch / inProcess);
            out.printf(Locale.ROOT, "# service errors: %d; batches coalesced: %d; http-floor: %.4g round trips/s of"
                    + " GET /v2/health/ready by the same clients, times the batch (the ceiling HTTP alone sets)%n",
                    s.errors, server.batches("m"), floorRate);
        }
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private double inProcess(MatrixElement me, double[][] u, int w) throws Exception {
        long warm = Math.max(1_000_000_000L, (long) (seconds * 1e9));
        try (ExecutorService pool = Executors.newFixedThreadPool(w)) {
            for (int phase = 0; phase < 2; phase++) {
                long span = phase == 0 ? warm : (long) (seconds * 1e9);
                AtomicLong events = new AtomicLong();
                long t0 = System.nanoTime(), end = t0 + span;
                List<Future<?>> f = new ArrayList<>();
                for (int t = 0; t < w; t++) {
                    f.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            me.evaluatePoints(u);
                            events.addAndGet(u[0].length);
                        }
                    }));
                }
                for (Future<?> x : f) x.get();
                if (phase == 1) {
                    return events.get() / ((System.nanoTime() - t0) * 1e-9);
                }
            }
        }
        throw new IllegalStateException();
    }

    private record Service(long[] latencies, int count, long errors, double seconds) {}

    private Service service(URI base, double[] rows, int d) throws Exception {
        StringBuilder h = new StringBuilder("{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[").append(batch)
                .append(',').append(d).append("],\"parameters\":{\"binary_data_size\":").append(8L * rows.length)
                .append("}}],\"outputs\":[");
        for (int i = 0; i < outputs.size(); i++) {
            h.append(i == 0 ? "" : ",").append("{\"name\":\"").append(outputs.get(i)).append("\",\"parameters\":{\"binary_data\":true}}");
        }
        byte[] header = h.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer body = ByteBuffer.allocate(header.length + 8 * rows.length).order(ByteOrder.LITTLE_ENDIAN);
        body.put(header);
        body.asDoubleBuffer().put(rows);
        String headers = "Inference-Header-Content-Length: " + header.length + "\r\nContent-Type: application/octet-stream\r\n";
        return drive(() -> new LoopbackClient(base, "POST", "/v2/models/m/infer", headers, body.array()));
    }

    /** The HTTP round trip alone: the same clients asking for readiness, which the server answers at once. */
    private Service floor(URI base) throws Exception {
        return drive(() -> new LoopbackClient(base, "GET", "/v2/health/ready", "", null));
    }

    private interface Connect {
        LoopbackClient open() throws java.io.IOException;
    }

    /**
     * {@code clients} threads, each on its own connection, each sending its request and waiting for the
     * answer before the next: a warm-up, then the timed phase.
     */
    private Service drive(Connect connect) throws Exception {
        long[] latencies = new long[maxRequests];
        AtomicLong next = new AtomicLong(), errors = new AtomicLong();
        long warm = Math.max(1_000_000_000L, (long) (seconds * 1e9));
        List<LoopbackClient> connections = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) connections.add(connect.open());
            for (int phase = 0; phase < 2; phase++) {
                long span = phase == 0 ? warm : (long) (seconds * 1e9);
                boolean timed = phase == 1;
                long t0 = System.nanoTime(), end = t0 + span;
                next.set(0);
                try (ExecutorService clientsPool = Executors.newFixedThreadPool(clients, r -> {
                    Thread t = new Thread(r, "madvec-bench-client");
                    t.setDaemon(true);
                    return t;
                })) {
                    for (LoopbackClient client : connections) {
                        clientsPool.submit(() -> {
                            while (System.nanoTime() < end) {
                                long slot = timed ? next.getAndIncrement() : 0;
                                if (slot >= maxRequests) {
                                    return null;
                                }
                                long s = System.nanoTime();
                                if (client.exchange() != 200) {
                                    errors.incrementAndGet();
                                }
                                if (timed) {
                                    latencies[(int) slot] = System.nanoTime() - s;
                                }
                            }
                            return null;
                        });
                    }
                }
                if (timed) {
                    int count = (int) Math.min(next.get(), maxRequests);
                    return new Service(latencies, count, errors.get(), (System.nanoTime() - t0) * 1e-9);
                }
            }
        } finally {
            for (LoopbackClient c : connections) c.close();
        }
        throw new IllegalStateException();
    }
}
