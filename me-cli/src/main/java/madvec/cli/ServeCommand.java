package madvec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import madvec.serve.InferenceServer;
import madvec.serve.LoadGenerator;
import madvec.serve.Model;
import madvec.serve.ModelSpec;
import madvec.serve.ServeConfig;
import madvec.simd.Simd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec serve}: the matrix elements as an Open Inference Protocol (KServe v2) service, and
 * {@code madvec serve bench}, its bounded load test. Everything but the options lives in
 * {@code madvec.serve}.
 */
@Command(name = "serve", sortOptions = false, subcommands = ServeCommand.Bench.class,
        description = {"Serve matrix elements over HTTP with the Open Inference Protocol (KServe v2).", "",
            "POST /v2/models/NAME/infer with input u [B, d] (hypercube) or momenta [B, 4n], optional theta [P];"
                    + " outputs me, log_me, weight, log_p, grad_theta, grad_u, grad_u_log_p, u (each only when asked for)."
                    + " JSON or binary tensors. Also /v2/health/live, /v2/health/ready, /v2, /v2/models/NAME, /metrics.", ""},
        footer = {"", "Binds 127.0.0.1 unless --host says otherwise; another address needs --token-file or --insecure.",
            "SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit 0."})
final class ServeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--model", paramLabel = "NAME=PROCESS",
            description = "serve a model: a catalog name (gg_tt, with its card and sqrt(s)) or a process string (repeatable)")
    List<String> models = new ArrayList<>();

    @Option(names = "--models", paramLabel = "FILE",
            description = "models from a file (properties: NAME.process, NAME.parameters, NAME.sqrts, NAME.param-card,"
                    + " NAME.precision, NAME.set.block.id)")
    Path modelFile;

    @Option(names = "--parameters", paramLabel = "NAME=P1[,P2...]",
            description = "a model's declared parameters: settable per request (theta), differentiated by grad_theta (repeatable)")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--sqrts", paramLabel = "NAME=S", description = "a model's sqrt(s) in GeV (repeatable)")
    Map<String, Double> sqrts = new LinkedHashMap<>();

    @Option(names = "--precision", paramLabel = "NAME=P",
            description = "a model's kernel precision: double (default), float or mixed (repeatable)")
    Map<String, String> precisions = new LinkedHashMap<>();

    @Option(names = "--param-card", paramLabel = "NAME=FILE", description = "a model's SLHA card (repeatable)")
    Map<String, Path> cards = new LinkedHashMap<>();

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServeConfig.DEFAULT_HOST,
            description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "require 'Authorization: Bearer TOKEN' (the file's content) on everything but the health probes")
    Path tokenFile;

    @Option(names = "--insecure", description = "allow a non-loopback --host without --token-file")
    boolean insecure;

    @Option(names = "--max-batch", paramLabel = "EVENTS", defaultValue = "4096",
            description = "events coalesced into one evaluation at most (default: ${DEFAULT-VALUE})")
    int maxBatch;

    @Option(names = "--batch-delay-ms", paramLabel = "MS", defaultValue = "0",
            description = {"how long a request may wait for others to join its batch (default: ${DEFAULT-VALUE}: none;",
                "while the workers are busy requests queue and leave together anyway)"})
    double delayMs;

    @Option(names = "--workers", paramLabel = "N", description = "evaluation threads, at most the cores (default: the cores)")
    Integer workers;

    @Option(names = "--max-queue", paramLabel = "EVENTS", defaultValue = "262144",
            description = "events waiting per model before requests get 503 (default: ${DEFAULT-VALUE})")
    int maxQueue;

    @Option(names = "--max-body-mib", paramLabel = "MIB", defaultValue = "32",
            description = "request bodies above this get 413 (default: ${DEFAULT-VALUE})")
    int maxBodyMib;

    @Option(names = "--max-request-events", paramLabel = "EVENTS", defaultValue = "65536",
            description = "events in one request at most (default: ${DEFAULT-VALUE})")
    int maxRequestEvents;

    @Option(names = "--timeout-s", paramLabel = "S", defaultValue = "60",
            description = "a request not answered within this gets 503 (default: ${DEFAULT-VALUE})")
    double timeoutS;

    @Option(names = "--drain-s", paramLabel = "S", defaultValue = "30",
            description = "how long shutdown waits for requests in flight (default: ${DEFAULT-VALUE})")
    double drainS;

    @Option(names = "--access-log", paramLabel = "FILE|-", description = "JSON access log lines to FILE or stderr (-); off by default")
    String accessLog;

    @Override
    public void run() {
        List<ModelSpec> specs = new ArrayList<>();
        if (modelFile != null) {
            try {
                specs.addAll(ModelSpec.readFile(modelFile));
            } catch (IOException e) {
                throw new UncheckedIOException("--models: " + Failures.describe(e), e);
            }
        }
        for (String m : models) specs.add(ModelSpec.parse(m));
        List<String> names = specs.stream().map(ModelSpec::name).toList();
        for (String n : union(parameters.keySet(), sqrts.keySet(), cards.keySet(), precisions.keySet())) {
            if (!names.contains(n)) {
                throw new UsageError("--parameters/--sqrts/--param-card/--precision name model '" + n
                        + "', which no --model declares");
            }
        }
        specs.replaceAll(s -> {
            ModelSpec t = s;
            if (parameters.containsKey(s.name())) t = t.withParameters(List.of(parameters.get(s.name()).split(",")));
            if (sqrts.containsKey(s.name())) t = t.withSqrtS(sqrts.get(s.name()));
            if (cards.containsKey(s.name())) t = t.withParamCard(cards.get(s.name()));
            if (precisions.containsKey(s.name())) t = t.withPrecision(precision(s.name(), precisions.get(s.name())));
            return t;
        });
        if (specs.isEmpty()) {
            throw new UsageError("no models: give --model NAME=PROCESS (e.g. --model gg=gg_tt) or --models FILE");
        }
        ServeConfig config = ServeConfig.defaults(specs)
                .withAddress(host, port)
                .withBatching(maxBatch, nanos(delayMs * 1e-3, "--batch-delay-ms"),
                        workers == null ? Runtime.getRuntime().availableProcessors() : workers, maxQueue)
                .withLimits((long) maxBodyMib << 20, maxRequestEvents, nanos(timeoutS, "--timeout-s"), nanos(drainS, "--drain-s"))
                .withSecurity(tokenFile, insecure)
                .withAccessLog(accessLog, Main.version());
        PrintWriter err = spec.commandLine().getErr();
        InferenceServer server = InferenceServer.start(config);
        String served = server.models().stream().map(ServeCommand::describe).collect(Collectors.joining("; "));
        err.printf("madvec serve: listening on %s (models: %s; %d worker(s); %s)%n", server.uri(), served,
                config.effectiveWorkers(), Simd.describe());
        err.flush();
        try {
            server.awaitSignal();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        err.println("madvec serve: stopped");
    }

    private static String describe(Model m) {
        String s = m.name() + " = " + m.base().process();
        if (!m.parameters().isEmpty()) s += " [" + String.join(",", m.parameters()) + "]";
        if (m.spec().precision() != madvec.api.Precision.DOUBLE) {
            s += " (" + m.spec().precision().name().toLowerCase(java.util.Locale.ROOT) + " precision)";
        }
        return s;
    }

    private static madvec.api.Precision precision(String model, String text) {
        try {
            return madvec.api.Precision.of(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--precision " + model + "=" + text + ": " + e.getMessage());
        }
    }

    @SafeVarargs
    private static List<String> union(java.util.Collection<String>... sets) {
        List<String> all = new ArrayList<>();
        for (var s : sets) for (String x : s) if (!all.contains(x)) all.add(x);
        return all;
    }

    private static Duration nanos(double seconds, String option) {
        if (!(seconds >= 0 && seconds <= 86_400)) {
            throw new UsageError(option + " must be between 0 and a day");
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    /** {@code madvec serve bench}: the bounded load test (loopback only, its own server). */
    @Command(name = "bench", sortOptions = false,
            description = {"Events per second in-process and through the service on this machine, and the service's"
                    + " p50/p99 latency.", "",
                "Starts its own server on an ephemeral 127.0.0.1 port; runs for --seconds (after as long a warm-up)"
                        + " and at most --max-requests requests.", ""},
            footer = {"", "Output: '# mode events_per_s requests latency_p50_ms latency_p99_ms ratio'."})
    static final class Bench implements Runnable {
        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Option(names = "--process", required = true, paramLabel = "P", description = "a catalog name or a process string")
        String process;

        @Option(names = "--batch", paramLabel = "B", defaultValue = "1024", description = "events per request (default: ${DEFAULT-VALUE})")
        int batch;

        @Option(names = "--clients", paramLabel = "C", defaultValue = "1", description = "concurrent clients (default: ${DEFAULT-VALUE})")
        int clients;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "timed seconds per side (default: ${DEFAULT-VALUE})")
        double seconds;

        @Option(names = "--max-requests", paramLabel = "N", defaultValue = "1000000",
                description = "timed requests at most (default: ${DEFAULT-VALUE})")
        int maxRequests;

        @Option(names = "--workers", paramLabel = "N", description = "evaluation threads (default: the cores)")
        Integer workers;

        @Option(names = "--batch-delay-ms", paramLabel = "MS", defaultValue = "0",
                description = "the server's batching delay, as for serve (default: ${DEFAULT-VALUE})")
        double delayMs;

        @Option(names = "--outputs", split = ",", paramLabel = "NAME", defaultValue = "me",
                description = "outputs asked for (default: ${DEFAULT-VALUE})")
        List<String> outputs;

        @Override
        public void run() {
            LoadGenerator g = new LoadGenerator(process, batch, clients, seconds, maxRequests,
                    workers == null ? Runtime.getRuntime().availableProcessors() : workers, outputs,
                    nanos(delayMs * 1e-3, "--batch-delay-ms"));
            try {
                g.run(spec.commandLine().getOut(), spec.commandLine().getErr());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
