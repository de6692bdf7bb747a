package madvec.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madvec-spark}: reweights LHE files on a Spark cluster ({@code spark-submit --class
 * madvec.spark.SparkReweight madvec-spark.jar ...}) or in one JVM ({@code --master local[N]}, what
 * {@code bin/madvec-spark} runs).
 *
 * <p>stdout: the summary table (weight id, reweighted cross section and its error, per derivative too);
 * stderr: progress and errors. Exit status 0 on success, 1 when the job fails, 2 on a usage error, each
 * error one line {@code madvec-spark: ...}.
 */
@Command(name = "madvec-spark", sortOptions = false,
        description = "Reweights LHE event files (plain or gzipped) with madvec across a Spark cluster; "
                + "writes the events and summary tables as Parquet.",
        footer = {"", "Exit status: 0 on success, 1 when the job fails, 2 on a usage error."})
public final class SparkReweight implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--events", required = true, arity = "1..*", paramLabel = "PATH",
            description = "LHE files (.lhe or .lhe.gz), folders of them or Hadoop globs; one task per file")
    List<String> events = new ArrayList<>();

    @Option(names = "--card", required = true, paramLabel = "FILE",
            description = "the reweight card (MadGraph syntax), read on the driver")
    String card;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder: DIR/events and DIR/summary (Parquet), moved into place when complete")
    String out;

    @Option(names = "--grad", split = ",", paramLabel = "NAME",
            description = "derivatives of every new weight with respect to these parameters, e.g. mass.6")
    List<String> grads = new ArrayList<>();

    @Option(names = "--process", paramLabel = "P", description = "the process, when the header lacks it or to override it")
    String process;

    @Option(names = "--param-card", paramLabel = "FILE",
            description = "the original parameter card, when the header lacks it or to override it")
    String paramCard;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "4096",
            description = "events per matrix-element batch within a task (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when spark-submit does not give one (default local[*])")
    String master;

    @Option(names = "--overwrite", description = "replace DIR if it exists")
    boolean overwrite;

    @Option(names = "--skip-bad", description = "keep events that cannot be reweighted (zero new weights, "
            + "their problem in the 'problem' column, counted in the summary) instead of failing the job")
    boolean skipBad;

    private final PrintStream stdout;
    private final PrintStream stderr;

    SparkReweight(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Entry point for spark-submit and bin/madvec-spark; exits with the status when it is not 0. */
    public static void main(String[] argv) {
        int status = run(argv, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new SparkReweight(out, err))
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .setUsageHelpWidth(100)
                .setOverwrittenOptionsAllowed(false)
                .setParameterExceptionHandler((ex, args) -> {
                    ex.getCommandLine().getErr().println("madvec-spark: " + ex.getMessage()
                            + " (madvec-spark --help lists the options)");
                    return 2;
                })
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("madvec-spark: " + JobFailure.describe(ex));
                    return ex instanceof UsageError ? 2 : 1;
                });
        return cl.execute(argv);
    }

    @Override
    public Integer call() throws Exception {
        if (batch < 1 || batch > 1 << 20) {
            throw new UsageError("--batch must be from 1 to 1048576, not " + batch);
        }
        JobRequest request = new JobRequest(events, card, out, grads.stream().map(String::trim)
                .filter(g -> !g.isEmpty()).toList(), process, paramCard, batch, overwrite, skipBad);
        SparkConf conf = new SparkConf().setAppName("madvec reweight")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master != null ? master : "local[*]");
            // a local run is a command, not a service: no web UI listening on a port
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (master != null) {
            throw new UsageError("--master " + master + " given, but spark-submit already set "
                    + conf.get("spark.master"));
        }
        // a session that already runs in this JVM (a notebook's, a test's) is used and left running
        boolean own = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JobResult result = new ReweightJob(spark, stderr).run(request);
            stderr.println(result.timing());
            result.print(stdout);
            stdout.flush();
            return 0;
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }
}
