package madvec.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * the outputs asked for) and waiting for the answer before the next.
 *
 * @param process catalog name or process string (with its default sqrt(s))
 * @param batch events per request
 * @param clients concurrent clients
 * @param seconds timed seconds per side (after a warm-up of as long, at least 1 s)
 * @param maxRequests at most this many timed requests through the service
 * @param workers evaluation threads, both sides
 * @param outputs the outputs requested (e.g. {@code me}, or {@code log_p,grad_u_log_p})
 */
public record LoadGenerator(String process, int batch, int clients, double seconds, int maxRequests, int workers,
                            List<String> outputs) {
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
                .withBatching(Math.max(ServeConfig.DEFAULT_MAX_BATCH, batch), ServeConfig.DEFAULT_DELAY, w,
                        Math.max(ServeConfig.DEFAULT_MAX_QUEUE, 2 * clients * batch));
        try (InferenceServer server = InferenceServer.start(config)) {
            Service s = service(server.uri(), rows, d);
            long[] lat = Arrays.copyOf(s.latencies, s.count);
            Arrays.sort(lat);
            double rate = (double) s.count * batch / s.seconds;
            out.println("# mode events_per_s requests latency_p50_ms latency_p99_ms ratio");
            out.printf(Locale.ROOT, "in-process %.4g - - - 1%n", inProcess);
            out.printf(Locale.ROOT, "service %.4g %d %.3g %.3g %.3f%n", rate, s.count, pct(lat, 0.50) / 1e6,
                    pct(lat, 0.99) / 1e6, rate / inProcess);
            out.printf(Locale.ROOT, "# service errors: %d; batches coalesced: %d%n", s.errors, server.batches("m"));
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
        HttpRequest request = HttpRequest.newBuilder(base.resolve("v2/models/m/infer"))
                .header("Inference-Header-Content-Length", Integer.toString(header.length))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.array())).build();
        long[] latencies = new long[maxRequests];
        AtomicLong next = new AtomicLong(), errors = new AtomicLong();
        // the client's own threads: daemons, and shut down with it, so that the JVM exits afterwards
        ExecutorService io = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "madvec-bench-client");
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(io).build();
        long warm = Math.max(1_000_000_000L, (long) (seconds * 1e9));
        try (client; io) {
            for (int phase = 0; phase < 2; phase++) {
                long span = phase == 0 ? warm : (long) (seconds * 1e9);
                boolean timed = phase == 1;
                long t0 = System.nanoTime(), end = t0 + span;
                next.set(0);
                try (ExecutorService clientsPool = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int c = 0; c < clients; c++) {
                        clientsPool.submit(() -> {
                            while (System.nanoTime() < end) {
                                long slot = timed ? next.getAndIncrement() : 0;
                                if (slot >= maxRequests) {
                                    return null;
                                }
                                long s = System.nanoTime();
                                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                if (r.statusCode() != 200) {
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
        }
        throw new IllegalStateException();
    }
}
