package madvec.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import madvec.simd.Simd;
import org.slf4j.LoggerFactory;

/**
 * The {@code madvec} command line: {@code madvec [-v|-vv] COMMAND [options]}.
 *
 * <p>Results go to stdout; logs, progress and errors to stderr, so stdout stays machine-readable.
 * Exit status: 0 on success, 1 on a failed run, 2 on a usage error.
 */
public final class Main {
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    Main() {
        add(new CliCommand("version", "print the madvec version", (args, out) -> {
            Usage.noArguments("version", args);
            out.println("madvec " + version());
        }));
        add(new CliCommand("simd-info", "print the SIMD path, species and lane count in use", (args, out) -> {
            Usage.noArguments("simd-info", args);
            out.println(Simd.describe());
        }));
        add(new CliCommand("eval", "|M|^2 and derivatives for events given as momenta (--process, --momenta, --grad)",
                EvalCommand::run));
        add(new CliCommand("diagrams", "subprocesses of a process string: diagrams, colour flows, helicities, generation time",
                DiagramsCommand::run));
        add(new CliCommand("processes", "the catalog of named processes (names usable with bench and the API)",
                ProcessesCommand::run));
        add(new CliCommand("bench", "events per second, value only and with derivatives (--process, --grad, --threads)",
                BenchCommand::run));
        add(new CliCommand("sample", "|M|^2 and derivatives at RAMBO-on-diet events (--sqrts, --events|--points)", SampleCommand::run));
    }

    private void add(CliCommand c) {
        commands.put(c.name(), c);
    }

    /** Entry point; never returns normally on error (exits with the status). */
    public static void main(String[] argv) {
        int status = new Main().run(argv, System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(argv));
        int verbosity = 0;
        while (!args.isEmpty() && args.get(0).startsWith("-v") && args.get(0).matches("-v+")) {
            verbosity += args.remove(0).length() - 1;
        }
        setVerbosity(verbosity);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            help(out);
            return args.isEmpty() ? 2 : 0;
        }
        String name = args.remove(0);
        CliCommand command = commands.get(name);
        if (command == null) {
            err.println("madvec: unknown command '" + name + "'; known: " + String.join(", ", commands.keySet())
                    + " (madvec --help)");
            return 2;
        }
        try {
            command.action().run(args, out);
            return 0;
        } catch (Usage e) {
            err.println("madvec " + name + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("madvec " + name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            LoggerFactory.getLogger(Main.class).debug("stack trace", e);
            return 1;
        }
    }

    private void help(PrintStream out) {
        out.println("usage: madvec [-v|-vv] COMMAND [options]");
        out.println();
        out.println("commands:");
        for (CliCommand c : commands.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("-v logs progress and choices to stderr, -vv adds debug detail.");
    }

    private static void setVerbosity(int verbosity) {
        if (verbosity == 0 || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        ctx.getLogger("madvec").setLevel(verbosity == 1 ? Level.INFO : Level.DEBUG);
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
