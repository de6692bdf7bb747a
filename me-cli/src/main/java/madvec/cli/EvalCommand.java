package madvec.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import madvec.api.io.MomentaTable;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.generator.Processes;
import madvec.processes.Program;
import madvec.processes.ProgramExecutor;

/**
 * {@code madvec eval --process P [--param-card FILE] [--set block.id=value]... [--momenta FILE|-]
 * [--grad name[,name...]] [--out FILE]}: |M|^2 and its derivatives for events given as momenta.
 */
final class EvalCommand {
    private EvalCommand() {}

    static void run(List<String> args, PrintStream stdout) {
        String process = null, cardFile = null, momentaFile = "-", outFile = null;
        List<String> sets = new ArrayList<>();
        List<String> grads = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--process" -> process = Usage.value(args, ++i, a);
                case "--param-card" -> cardFile = Usage.value(args, ++i, a);
                case "--set" -> sets.add(Usage.value(args, ++i, a));
                case "--momenta" -> momentaFile = Usage.value(args, ++i, a);
                case "--grad" -> {
                    for (String g : Usage.value(args, ++i, a).split(",")) {
                        if (!g.isBlank()) {
                            grads.add(g.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                case "--out" -> outFile = Usage.value(args, ++i, a);
                default -> throw new Usage("unknown option '" + a + "'");
            }
        }
        if (process == null) {
            throw new Usage("--process is required, e.g. --process \"g g > t t~\"");
        }
        ParamCard card = loadCard(cardFile, sets);
        StandardModel model = StandardModel.of(card, grads);
        Program program = Processes.compile(process, model);
        List<double[]> events = readMomenta(momentaFile, program.particles());
        ProgramExecutor executor = new ProgramExecutor(program, model, model.k(), false);
        int k = model.k(), n = program.particles(), lanes = events.size();
        double[][] mom = new double[4 * n][(k + 1) * Math.max(1, lanes)];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
        }
        double[] me = new double[(k + 1) * Math.max(1, lanes)];
        if (lanes > 0) {
            executor.evaluate(mom, lanes, lanes, me);
        }
        for (int i = 0; i < me.length; i++) {
            if (Double.isNaN(me[i]) || Double.isInfinite(me[i])) {
                throw new IllegalStateException("evaluation gave " + me[i] + " for event " + (i % lanes + 1)
                        + " (a propagator on its pole with zero width?)");
            }
        }
        StringBuilder sb = new StringBuilder("# me");
        for (String g : grads) sb.append(" d_me/d_").append(g);
        sb.append('\n');
        for (int l = 0; l < lanes; l++) {
            for (int t = 0; t <= k; t++) {
                if (t > 0) {
                    sb.append(' ');
                }
                sb.append(String.format(Locale.ROOT, "%.16e", me[t * lanes + l]));
            }
            sb.append('\n');
        }
        write(outFile, sb.toString(), stdout);
    }

    static ParamCard loadCard(String file, List<String> sets) {
        ParamCard card;
        try {
            card = file == null ? ParamCard.defaultSm() : ParamCard.read(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parameter card " + file + ": " + e.getMessage(), e);
        }
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new Usage("--set expects block.id=value, got '" + s + "'");
            }
            String name = s.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            double v;
            try {
                v = Double.parseDouble(s.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new Usage("--set " + name + ": '" + s.substring(eq + 1) + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new Usage("--set " + name + ": value must be finite, got " + v);
            }
            card = card.with(name, v);
        }
        return card;
    }

    /** Reads and checks the momenta: column count, numbers, finiteness, four-momentum conservation. */
    /** The events of a momenta table (file or {@code -} for stdin), checked by {@link MomentaTable}. */
    static List<double[]> readMomenta(String file, int particles) {
        String source = file.equals("-") ? "<stdin>" : file;
        try (BufferedReader in = file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file))) {
            return List.of(MomentaTable.read(source, in, particles).events());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read momenta from " + source + ": " + e.getMessage(), e);
        }
    }

    private static void write(String outFile, String text, PrintStream stdout) {
        if (outFile == null) {
            stdout.print(text);
            return;
        }
        try (Writer w = Files.newBufferedWriter(Path.of(outFile))) {
            w.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile + ": " + e.getMessage(), e);
        }
    }
}
