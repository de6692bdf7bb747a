package madvec.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.io.MomentaTable;
import madvec.api.io.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madvec eval}: |M|^2 and its derivatives for events given as momenta. */
@Command(name = "eval", sortOptions = false,
        description = {"|M|^2 and its derivatives for events given as momenta.", "",
            "Input: one event per line, E px py pz (GeV) per particle in the process's order, incoming first;"
                    + " blank lines and lines starting with # are skipped. Output: a header '# me d_me/d_<name> ..'"
                    + " then one line per event, 17 significant digits."})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    GradOptions grad;

    @Option(names = "--momenta", paramLabel = "FILE", defaultValue = "-",
            description = "the events, one per line (default: - for stdin)")
    String momenta;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path out;

    @Override
    public void run() {
        MatrixElement me = process.builder().derivatives(grad.names()).build();
        MomentaTable table = read(momenta, me.pdgs().length);
        double[][] p = columns(table);
        Batch b = EventErrors.evaluate(() -> me.evaluateMomenta(p), 0,
                lane -> table.sourceName() + ":" + table.lineNumber(lane) + ": ");
        List<String> names = new ArrayList<>(List.of("me"));
        double[][] data = new double[b.names().size() + 1][];
        data[0] = b.me();
        for (int j = 0; j < b.names().size(); j++) {
            names.add("d_me/d_" + b.names().get(j));
            data[j + 1] = b.dme(j);
        }
        try (Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ResultTable.write(w != null ? w : spec.commandLine().getOut(), names, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** The momenta table of a file or of stdin ({@code -}), its errors naming the event as well as the line. */
    static MomentaTable read(String file, int particles) {
        String source = file.equals("-") ? "<stdin>" : file;
        String text;
        try {
            // whole, because the table is read whole anyway and an error's event number is counted from it
            text = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--momenta: no such file " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read momenta from " + source, e);
        }
        try {
            return MomentaTable.read(source, new StringReader(text), particles);
        } catch (IllegalArgumentException e) {
            throw EventErrors.tableError(e, source, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read momenta from " + source, e);
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
