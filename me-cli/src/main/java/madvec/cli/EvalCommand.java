package madvec.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.io.MomentaTable;
import madvec.api.io.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec eval}: |M|^2 and its derivatives for events given as momenta.
 *
 * <p>Streams: reads a batch of events, evaluates it, writes its rows, repeats; so memory stays bounded
 * whatever the input's size and results appear as the input arrives (a pipe from a generator).
 */
@Command(name = "eval", sortOptions = false,
        description = {"|M|^2 and its derivatives for events given as momenta.", "",
            "Input: one event per line, E px py pz (GeV) per particle in the process's order, incoming first;"
                    + " blank lines and lines starting with # are skipped. Output: a header '# me d_me/d_<name> ..'"
                    + " then one line per event, 17 significant digits. Events in which a massive particle is off"
                    + " its mass shell (|E^2 - p^2 - m^2| > 1e-6 E^2) are evaluated and counted on stderr;"
                    + " --strict refuses them."})
final class EvalCommand implements Runnable {
    /** Events read, evaluated and written at a time, without {@code --batch}. */
    static final int DEFAULT_BATCH = 4096;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    GradOptions grad;

    @Mixin
    AdOption ad;

    @Mixin
    PrecisionOption precision;

    @Option(names = "--momenta", paramLabel = "FILE", defaultValue = "-",
            description = "the events, one per line (default: - for stdin)")
    String momenta;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path out;

    @Option(names = "--strict", description = "an event with a massive particle off its mass shell is an error")
    boolean strict;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "" + DEFAULT_BATCH, converter = Limits.Batch.class,
            description = "events read and evaluated at a time, at most 1048576 (default: ${DEFAULT-VALUE})")
    int batch;

    @Override
    public void run() {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--momenta", Inputs.pathOf(momenta));
        inputs.put("--param-card", process.card);
        try (SafeOutput output = SafeOutput.open(out, spec.commandLine().getOut(), inputs)) {
            MatrixElement me = precision.apply(ad.apply(process.builder())).derivatives(grad.names()).build();
            BufferedReader in = Inputs.open(momenta, "--momenta");
            try {
                evaluate(me, in, output);
            } finally {
                if (!momenta.equals("-")) {
                    close(in);
                }
            }
            output.commit();
        }
    }

    private void evaluate(MatrixElement me, BufferedReader in, SafeOutput output) {
        String source = Inputs.sourceName(momenta);
        MomentaTable.Chunks chunks = MomentaTable.chunks(source, in, 2, me.pdgs().length);
        MassShell shell = new MassShell(me.externalMasses(), strict);
        List<String> names = null;
        long done = 0;
        while (true) {
            MomentaTable table;
            try {
                table = chunks.next(batch);
            } catch (IllegalArgumentException e) {
                throw EventErrors.tableError(e, source, chunks.events());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + ": " + Failures.describe(e), e);
            }
            if (table == null) {
                break;
            }
            for (int e = 0; e < table.size(); e++) {
                shell.check(table.event(e), done + e + 1, source + ":" + table.lineNumber(e) + ": ");
            }
            double[][] p = columns(table);
            Batch b = EventErrors.evaluate(() -> me.evaluateMomenta(p), done,
                    lane -> source + ":" + table.lineNumber(lane) + ": ");
            double[][] data = new double[b.names().size() + 1][];
            data[0] = b.me();
            for (int j = 0; j < b.names().size(); j++) data[j + 1] = b.dme(j);
            try {
                if (names == null) {
                    names = new ArrayList<>(List.of("me"));
                    for (String n : b.names()) names.add("d_me/d_" + n);
                    ResultTable.writeHeader(output.writer(), names);
                }
                ResultTable.writeRows(output.writer(), names, data);
            } catch (IOException e) {
                throw output.failed(e);
            }
            output.check();
            done += table.size();
        }
        String report = shell.report(done);
        if (report != null) {
            spec.commandLine().getErr().println(report);
        }
    }

    private static void close(BufferedReader in) {
        try {
            in.close();
        } catch (IOException e) {
            // everything needed was read
        }
    }

    /** {@code [4 * particle + mu][event]}, as the API takes momenta. */
    private static double[][] columns(MomentaTable table) {
        double[][] p = new double[4 * table.particles()][table.size()];
        for (int e = 0; e < table.size(); e++) {
            double[] row = table.event(e);
            for (int j = 0; j < row.length; j++) p[j][e] = row[j];
        }
        return p;
    }
}
