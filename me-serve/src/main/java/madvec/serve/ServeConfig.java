package madvec.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the service runs: where it listens, what it serves, its batching and its limits. Every bound is
 * explicit so that no request can make the server grow without limit.
 *
 * @param host the address to bind (default 127.0.0.1; any other needs a token file or {@code insecure})
 * @param port TCP port, 0 for an ephemeral one
 * @param models the models
 * @param maxBatchEvents events coalesced into one evaluation at most
 * @param batchDelay how long the oldest queued request may wait for others to join its batch
 * @param workers evaluation threads (at most the cores)
 * @param maxQueueEvents events waiting per model beyond which requests get 503
 * @param maxBodyBytes request bodies above this get 413
 * @param maxRequestEvents events in one request at most (400 above)
 * @param requestTimeout a request not answered within this gets 503
 * @param drainTimeout how long shutdown waits for in-flight requests
 * @param tokenFile a file holding the bearer token, or null
 * @param insecure allow a non-loopback address without a token
 * @param accessLog where JSON access-log lines go ("-" for stderr), or null for none
 * @param version the version reported in the server metadata
 */
public record ServeConfig(String host, int port, List<ModelSpec> models, int maxBatchEvents, Duration batchDelay,
                          int workers, int maxQueueEvents, long maxBodyBytes, int maxRequestEvents,
                          Duration requestTimeout, Duration drainTimeout, Path tokenFile, boolean insecure,
                          String accessLog, String version) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    public static final int DEFAULT_MAX_BATCH = 4096;
    public static final Duration DEFAULT_DELAY = Duration.ZERO;
    public static final int DEFAULT_MAX_QUEUE = 262_144;
    public static final long DEFAULT_MAX_BODY = 32L << 20;
    public static final int DEFAULT_MAX_REQUEST_EVENTS = 65_536;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);

    public ServeConfig {
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models: give at least one --model NAME=PROCESS (or --models FILE)");
        }
        if (models.stream().map(ModelSpec::name).distinct().count() != models.size()) {
            throw new IllegalArgumentException("two models have the same name");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        positive("max batch", maxBatchEvents);
        positive("workers", workers);
        positive("max queue", maxQueueEvents);
        positive("max request events", maxRequestEvents);
        if (maxBodyBytes < 1024 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("max body must be between 1 KiB and 2 GiB, got " + maxBodyBytes);
        }
        if (batchDelay.isNegative() || requestTimeout.isNegative() || requestTimeout.isZero() || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("delays and timeouts must not be negative (and the request timeout not zero)");
        }
    }

    /** Defaults for everything but the models: loopback, port 8000, no token. */
    public static ServeConfig defaults(List<ModelSpec> models) {
        return new ServeConfig(DEFAULT_HOST, DEFAULT_PORT, models, DEFAULT_MAX_BATCH, DEFAULT_DELAY,
                Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_QUEUE, DEFAULT_MAX_BODY,
                DEFAULT_MAX_REQUEST_EVENTS, DEFAULT_TIMEOUT, DEFAULT_DRAIN, null, false, null, "unknown");
    }

    public ServeConfig withAddress(String h, int p) {
        return new ServeConfig(h, p, models, maxBatchEvents, batchDelay, workers, maxQueueEvents, maxBodyBytes,
                maxRequestEvents, requestTimeout, drainTimeout, tokenFile, insecure, accessLog, version);
    }

    public ServeConfig withBatching(int maxBatch, Duration delay, int w, int maxQueue) {
        return new ServeConfig(host, port, models, maxBatch, delay, w, maxQueue, maxBodyBytes, maxRequestEvents,
                requestTimeout, drainTimeout, tokenFile, insecure, accessLog, version);
    }

    public ServeConfig withLimits(long maxBody, int maxEvents, Duration timeout, Duration drain) {
        return new ServeConfig(host, port, models, maxBatchEvents, batchDelay, workers, maxQueueEvents, maxBody, maxEvents,
                timeout, drain, tokenFile, insecure, accessLog, version);
    }

    public ServeConfig withSecurity(Path token, boolean allowInsecure) {
        return new ServeConfig(host, port, models, maxBatchEvents, batchDelay, workers, maxQueueEvents, maxBodyBytes,
                maxRequestEvents, requestTimeout, drainTimeout, token, allowInsecure, accessLog, version);
    }

    public ServeConfig withAccessLog(String log, String v) {
        return new ServeConfig(host, port, models, maxBatchEvents, batchDelay, workers, maxQueueEvents, maxBodyBytes,
                maxRequestEvents, requestTimeout, drainTimeout, tokenFile, insecure, log, v);
    }

    /** Workers as used: never more than the cores, since the evaluations are CPU-bound. */
    public int effectiveWorkers() {
        return Math.max(1, Math.min(workers, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Refuses to expose the service beyond this machine without a token: the matrix elements cost CPU
     * per request, an open port anyone can call is a denial of service waiting to happen.
     */
    public void checkExposure() {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the bind address '" + host + "'");
        }
        if (!loopback && tokenFile == null && !insecure) {
            throw new IllegalArgumentException("binding " + host + " (not loopback) needs --token-file FILE (clients then send"
                    + " 'Authorization: Bearer TOKEN'), or --insecure to serve without authentication");
        }
    }

    private static void positive(String what, long v) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + v);
        }
    }
}
