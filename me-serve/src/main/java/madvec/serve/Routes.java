package madvec.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoints of the Open Inference Protocol, plus {@code /metrics}:
 * <pre>
 * GET  /v2/health/live                 200 while the process runs
 * GET  /v2/health/ready                200 while serving, 503 while draining for shutdown
 * GET  /v2                             server metadata
 * GET  /v2/models/{m}[/versions/1]     model metadata
 * GET  /v2/models/{m}[/versions/1]/ready
 * POST /v2/models/{m}[/versions/1]/infer
 * GET  /metrics                        Prometheus text
 * </pre>
 * Inference is asynchronous end to end: the body is read without blocking a thread, the job waits in
 * its model's batcher, and the answer is written from the worker that finished it. Every failure of a
 * request becomes an answer with {@code {"error": "..."}}; nothing a request sends escapes this class.
 */
final class Routes extends Handler.Abstract.NonBlocking {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final String JSON = "application/json";

    private final ServeConfig config;
    private final ModelRegistry models;
    private final Map<String, Batcher> batchers;
    private final Metrics metrics;
    private final WorkerPool pool;
    private final BearerAuth auth;
    private final AccessLog accessLog;
    private volatile boolean draining;
    /** Inference requests queued so far (tests wait on it). */
    final java.util.concurrent.atomic.LongAdder accepted = new java.util.concurrent.atomic.LongAdder();

    Routes(ServeConfig config, ModelRegistry models, Map<String, Batcher> batchers, Metrics metrics, WorkerPool pool,
           BearerAuth auth, AccessLog accessLog) {
        this.config = config;
        this.models = models;
        this.batchers = batchers;
        this.metrics = metrics;
        this.pool = pool;
        this.auth = auth;
        this.accessLog = accessLog;
    }

    /** From now on readiness answers 503 (load balancers stop sending), in-flight requests finish. */
    void drain() {
        draining = true;
    }

    /** What one exchange logs when it is answered. */
    private final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final long start = System.nanoTime();
        String model;
        int events;
        boolean infer;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void send(int status, String contentType, byte[] body, Map<String, String> headers) {
            // counted before the answer leaves, so that a client that reads /metrics next sees its request
            double seconds = (System.nanoTime() - start) * 1e-9;
            if (infer) {
                metrics.request(model == null ? "" : model, status, seconds);
            }
            if (accessLog != null) {
                accessLog.log(Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request), request.getMethod(),
                        request.getHttpURI().getPath(), model, status, events, seconds * 1e3);
            }
            try {
                response.setStatus(status);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                headers.forEach((k, v) -> response.getHeaders().put(k, v));
                response.write(true, ByteBuffer.wrap(body), callback);
            } catch (RuntimeException e) {
                callback.failed(e);
            }
        }

        void json(int status, byte[] body) {
            send(status, JSON, body, Map.of());
        }

        void error(int status, String message) {
            send(status, JSON, InferCodec.error(message), Map.of());
        }

        void error(int status, String message, Map<String, String> headers) {
            send(status, JSON, InferCodec.error(message), headers);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange x = new Exchange(request, response, callback);
        try {
            route(x);
        } catch (ProtocolException e) {
            afterBody(x, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("internal error on {} {}", request.getMethod(), request.getHttpURI().getPath(), e);
            afterBody(x, 500, "internal error: " + e);
        }
        return true;
    }

    /**
     * Answers an error found before the body was read only after reading (and dropping) the body, when
     * it is within the limit: a body left unread makes the server close the connection, and a client
     * that reuses it for its next request then gets no answer at all.
     */
    private void afterBody(Exchange x, int status, String message) {
        long length = x.request.getLength();
        // no body, one of unknown length (chunked: unbounded to read), or one over the limit: answer now
        if (length <= 0 || length > config.maxBodyBytes()) {
            x.error(status, message);
            return;
        }
        Content.Source.consumeAll(x.request, Callback.from(() -> x.error(status, message), f -> x.error(status, message)));
    }

    private void route(Exchange x) {
        String path = x.request.getHttpURI().getPath();
        String method = x.request.getMethod();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/v2/health/live")) {
            get(x, method);
            x.json(200, InferCodec.object(g -> g.writeBooleanField("live", true)));
            return;
        }
        if (path.equals("/v2/health/ready")) {
            get(x, method);
            x.json(draining ? 503 : 200, InferCodec.object(g -> g.writeBooleanField("ready", !draining)));
            return;
        }
        // probes stay open (orchestrators call them without credentials); everything else needs the token
        if (auth != null && !auth.accepts(x.request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            x.error(401, "missing or wrong bearer token (send 'Authorization: Bearer TOKEN')",
                    Map.of("WWW-Authenticate", "Bearer"));
            return;
        }
        if (path.equals("/metrics")) {
            get(x, method);
            String text = metrics.scrape(batchers.keySet(), pool.size(), pool.busy());
            x.send(200, "text/plain; version=0.0.4; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
            return;
        }
        if (path.equals("/v2")) {
            get(x, method);
            x.json(200, Metadata.server(config.version()));
            return;
        }
        if (path.startsWith("/v2/models/")) {
            String[] parts = path.substring("/v2/models/".length()).split("/", -1);
            String name = parts[0];
            int i = 1;
            if (parts.length >= 3 && parts[1].equals("versions")) {
                if (!parts[2].equals("1")) {
                    throw new ProtocolException(404, "model " + name + " has only version 1");
                }
                i = 3;
            }
            String action = parts.length == i ? "" : parts.length == i + 1 ? parts[i] : null;
            if (action != null && action.equals("infer")) {
                x.infer = true;
                infer(x, method, name);
                return;
            }
            Model model = models.get(name);
            if (action == null || !(action.isEmpty() || action.equals("ready"))) {
                throw new ProtocolException(404, "no such endpoint: " + path);
            }
            if (model == null) {
                throw new ProtocolException(404, "unknown model '" + name + "' (models: " + String.join(", ", batchers.keySet()) + ")");
            }
            get(x, method);
            if (action.isEmpty()) {
                x.json(200, Metadata.model(model));
            } else {
                x.json(draining ? 503 : 200, InferCodec.object(g -> {
                    g.writeStringField("name", name);
                    g.writeBooleanField("ready", !draining);
                }));
            }
            return;
        }
        throw new ProtocolException(404, "no such endpoint: " + path);
    }

    private static void get(Exchange x, String method) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new ProtocolException(405, method + " is not allowed here (GET)");
        }
    }

    private void infer(Exchange x, String method, String name) {
        if (!method.equals("POST")) {
            throw new ProtocolException(405, method + " is not allowed here (POST)");
        }
        Model model = models.get(name);
        if (model == null) {
            throw ProtocolException.badRequest("unknown model '" + name + "' (models: " + String.join(", ", batchers.keySet()) + ")");
        }
        x.model = name;
        long length = x.request.getLength();
        if (length > config.maxBodyBytes()) {
            String message = "request body of " + length + " bytes exceeds the limit of " + config.maxBodyBytes()
                    + " bytes (split the batch, or start the server with a larger --max-body-mib)";
            if (length > 4 * config.maxBodyBytes()) {
                throw new ProtocolException(413, message);
            }
            // a moderately large body is read and discarded (not stored) first, so that the client, still
            // sending, gets the 413 instead of a broken pipe; a huge one just gets the connection closed
            Content.Source.consumeAll(x.request, Callback.from(() -> x.error(413, message), f -> x.error(413, message)));
            return;
        }
        int headerLength = headerLength(x.request.getHeaders().get(InferCodec.HEADER_LENGTH));
        Content.Source.asByteArrayAsync(x.request, (int) config.maxBodyBytes()).whenComplete((body, failure) -> {
            try {
                if (failure != null) {
                    if (Request.getContentBytesRead(x.request) > config.maxBodyBytes() || length < 0) {
                        x.error(413, "request body exceeds the limit of " + config.maxBodyBytes() + " bytes");
                    } else {
                        x.error(400, "cannot read the request body: " + failure.getMessage());
                    }
                    return;
                }
                submit(x, model, body, headerLength);
            } catch (ProtocolException e) {
                x.error(e.status(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("internal error on model {}", name, e);
                x.error(500, "internal error: " + e);
            }
        });
    }

    private static int headerLength(String h) {
        if (h == null) {
            return -1;
        }
        try {
            int n = Integer.parseInt(h.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProtocolException.badRequest(InferCodec.HEADER_LENGTH + " must be a byte count, got '" + h + "'");
        }
    }

    private void submit(Exchange x, Model model, byte[] body, int headerLength) {
        long width = Math.max(Math.max(model.dimensions(), 4L * model.particles()), model.parameters().size());
        Tensors.Request r = InferCodec.parse(body, headerLength, width * config.maxRequestEvents());
        InferJob job = RequestChecks.job(model, r, config.maxRequestEvents());
        x.events = job.events();
        Batcher b = batchers.get(model.name());
        if (draining || !b.offer(job)) {
            x.error(503, draining ? "shutting down" : "model " + model.name() + " has a full queue; retry shortly",
                    Map.of("Retry-After", "1"));
            return;
        }
        accepted.increment();
        long timeout = config.requestTimeout().toNanos();
        job.future().orTimeout(timeout, TimeUnit.NANOSECONDS).whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    Throwable f = failure instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : failure;
                    if (f instanceof TimeoutException) {
                        x.error(503, "not answered within the request timeout of " + config.requestTimeout().toMillis()
                                + " ms (the server is overloaded); retry later", Map.of("Retry-After", "1"));
                    } else {
                        x.error(500, "internal error: " + f);
                    }
                    return;
                }
                if (result.error() != null) {
                    x.error(result.status(), result.error());
                    return;
                }
                InferCodec.Encoded e = InferCodec.response(model.name(), job.id(), result.outputs());
                if (e.binary()) {
                    x.send(200, "application/octet-stream", e.body(),
                            Map.of(InferCodec.HEADER_LENGTH, Integer.toString(e.headerLength())));
                } else {
                    x.json(200, e.body());
                }
            } catch (RuntimeException e) {
                LOG.error("internal error answering model {}", model.name(), e);
                x.error(500, "internal error: " + e);
            }
        });
    }
}
