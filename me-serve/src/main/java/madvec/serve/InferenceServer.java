package madvec.serve;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToLongFunction;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inference service: compiles the models, starts the workers, the batchers and the HTTP server
 * (Jetty), and shuts them down in order: stop accepting, let in-flight requests finish (up to the
 * drain timeout), then stop the batchers and workers.
 *
 * <pre>{@code
 * try (InferenceServer s = InferenceServer.start(ServeConfig.defaults(List.of(ModelSpec.parse("gg=gg_tt"))))) {
 *     System.out.println(s.uri());   // http://127.0.0.1:8000/
 *     s.awaitSignal();               // SIGTERM or SIGINT: drain and return
 * }
 * }</pre>
 */
public final class InferenceServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InferenceServer.class);

    private final ServeConfig config;
    private final ModelRegistry models;
    private final WorkerPool pool;
    private final Metrics metrics = new Metrics();
    private final Map<String, Batcher> batchers = new LinkedHashMap<>();
    private final Server server;
    private final Routes routes;
    private final AccessLog accessLog;
    private volatile boolean closed;

    private InferenceServer(ServeConfig config) {
        config.checkExposure();
        BearerAuth auth = config.tokenFile() == null ? null : BearerAuth.fromFile(config.tokenFile());
        this.config = config;
        this.models = new ModelRegistry(config.models());
        this.pool = new WorkerPool(config.effectiveWorkers());
        for (Model m : models.all()) {
            batchers.put(m.name(), new Batcher(m, pool, metrics, config.maxBatchEvents(), config.batchDelay(),
                    config.maxQueueEvents()));
        }
        ToLongFunction<String> depth = name -> batchers.get(name).queuedEvents();
        metrics.gauges(Map.of("madvec_queue_events", depth));
        this.accessLog = AccessLog.open(config.accessLog());
        this.routes = new Routes(config, models, batchers, metrics, pool, auth, accessLog);

        QueuedThreadPool http = new QueuedThreadPool(64, 4);
        http.setName("madvec-serve-http");
        http.setDaemon(true);
        this.server = new Server(http);
        HttpConfiguration hc = new HttpConfiguration();
        hc.setSendServerVersion(false);
        hc.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(hc));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        // counts requests until their (asynchronous) answer is written, so that stop() waits for them
        server.setHandler(new GracefulHandler(routes));
        server.setErrorHandler(new JsonErrorHandler());
        server.setStopTimeout(config.drainTimeout().toMillis());
        server.setStopAtShutdown(false);
    }

    /**
     * Compiles the models and starts listening.
     *
     * @throws IllegalArgumentException for a bad configuration or a model that does not compile
     * @throws IllegalStateException when the address cannot be bound
     */
    public static InferenceServer start(ServeConfig config) {
        InferenceServer s = new InferenceServer(config);
        try {
            s.server.start();
        } catch (Exception e) {
            s.close();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return s;
    }

    /** The port bound (the ephemeral one when the config said 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The base URI, {@code http://HOST:PORT/}. */
    public URI uri() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The models served. */
    public List<Model> models() {
        return List.copyOf(models.all());
    }

    /** The configuration in force. */
    public ServeConfig config() {
        return config;
    }

    /** The metrics text, as {@code /metrics} answers it. */
    public String scrapeMetrics() {
        return metrics.scrape(batchers.keySet(), pool.size(), pool.busy());
    }

    /** Inference requests accepted into a queue so far. */
    long accepted() {
        return routes.accepted.sum();
    }

    /** Batches coalesced so far for a model. */
    public long batches(String model) {
        return metrics.batches(model);
    }

    /**
     * Blocks until SIGTERM or SIGINT, then shuts down gracefully and returns (so that the process can
     * exit 0, as orchestrators expect of a clean stop, instead of the JVM's 143).
     */
    public void awaitSignal() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> stop.countDown());
            } catch (IllegalArgumentException e) {
                LOG.warn("cannot handle SIG{} here ({}); stop the server another way", name, e.getMessage());
            }
        }
        stop.await();
        LOG.info("signal received: draining");
        close();
    }

    /** Stops accepting, waits up to the drain timeout for in-flight requests, then stops everything. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        routes.drain();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("HTTP server did not stop cleanly: {}", e.toString());
        }
        batchers.values().forEach(Batcher::close);
        pool.close();
        if (accessLog != null) {
            accessLog.close();
        }
    }
}
