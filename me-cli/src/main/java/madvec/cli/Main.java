package madvec.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code madvec} command line: {@code madvec [-v|-vv] COMMAND [options]}.
 *
 * <p>Results go to stdout; logs, progress and errors to stderr, so stdout stays machine-readable.
 * Exit status: 0 on success, 1 on a failed run, 2 on a usage error; either error is one line
 * {@code madvec: ...} on stderr, never a stack trace.
 */
@Command(name = "madvec", sortOptions = false,
        description = "Differentiable tree-level matrix elements |M|^2 of the Standard Model.",
        subcommands = {EvalCommand.class, SampleCommand.class, ReweightCommand.class, IntegrateCommand.class, ScanCommand.class,
            DiagramsCommand.class, ProcessesCommand.class, BenchCommand.class, ServeCommand.class, VersionCommand.class,
            SimdInfoCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Results go to stdout; logs, progress and errors to stderr.",
            "Exit status: 0 on success, 1 when a run fails, 2 on a usage error."})
public final class Main implements Runnable {
    @Option(names = "-v", description = "more logging on stderr: -v progress and choices, -vv debug detail")
    boolean[] verbose = new boolean[0];

    @Mixin
    HelpOption help;

    /** Entry point; exits with the status when it is not 0. */
    public static void main(String[] argv) {
        int status = run(argv, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line on {@code argv}; returns the exit status. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        Main main = new Main();
        // through a stream that fails when `out` has failed: a PrintStream keeps its errors to itself
        PrintWriter o = new PrintWriter(new OutputStreamWriter(new FailingStream(out), StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(main)
                .setOut(o)
                .setErr(e)
                .setUsageHelpWidth(100)
                // duplicate single-valued options are errors (picocli's default, kept deliberately)
                .setOverwrittenOptionsAllowed(false)
                .setParameterExceptionHandler(Main::usageError)
                // one number syntax for every option, the one of cards and momenta files
                .registerConverter(Double.class, new Limits.Real())
                .registerConverter(Double.TYPE, new Limits.Real())
                .registerConverter(Long.class, new Limits.AnyLong())
                .registerConverter(Long.TYPE, new Limits.AnyLong())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd.getErr()))
                .setExecutionStrategy(parsed -> {
                    // before the command runs, so that its set-up logs too
                    setVerbosity(main.verbose.length);
                    return new CommandLine.RunLast().execute(parsed);
                });
        try {
            return cl.execute(argv);
        } catch (OutOfMemoryError oom) {
            // caught where the failed command's memory is garbage, so that printing the message has room
            e.println("madvec: out of memory (the JVM may use " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB; -Xmx raises that); try a smaller --batch");
            return 1;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** {@code madvec} alone: a usage error. */
    @Override
    public void run() {
        throw new UsageError("no command given (madvec --help lists them)");
    }

    /** A parse error, worded as one line with picocli's suggestions for a typo. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message;
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            String what = arg.startsWith("-") ? "unknown option" : cmd.getSubcommands().isEmpty()
                    ? "unexpected argument" : "unknown command";
            message = what + " '" + arg + "'";
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
                        + "?";
            }
        } else {
            // picocli 4.7 says "option option '--set'" for a map option without '='
            message = lowerFirst(e.getMessage()).replace("option option '", "option '");
        }
        cmd.getErr().println("madvec: " + oneLine(message) + " (" + cmd.getCommandSpec().qualifiedName() + " --help)");
        return 2;
    }

    /** A failed run: one line; the stack trace only at -vv. */
    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof UsageError) {
            err.println("madvec: " + oneLine(e.getMessage()));
            return 2;
        }
        boolean userError = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof ArithmeticException || e instanceof UncheckedIOException;
        if (!userError) {
            // still one line, so that scripts reading stderr see the same shape; -vv logs the stack trace
            err.println("madvec: internal error (a bug, please report it with the command): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            LoggerFactory.getLogger(Main.class).debug("stack trace", e);
            return 1;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UncheckedIOException io && io.getCause() != null) {
            String cause = Failures.describe(io.getCause());
            if (!message.contains(cause)) {
                message += ": " + cause;
            }
        }
        err.println("madvec: " + oneLine(message));
        LoggerFactory.getLogger(Main.class).debug("stack trace", e);
        return 1;
    }

    /** A message of several lines (a card error quotes its line below) as one, for scripts reading stderr. */
    static String oneLine(String message) {
        return String.join("; ", message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? String.valueOf(s) : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static void setVerbosity(int verbosity) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        // null: back to the configured WARN, so that one run's -v does not outlive it (tests run many)
        ctx.getLogger("madvec").setLevel(verbosity == 0 ? null : verbosity == 1 ? Level.INFO : Level.DEBUG);
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
