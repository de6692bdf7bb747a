package madvec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Catalog;
import madvec.processes.Processes;
import madvec.processes.generator.GeneratedProcess;
import madvec.processes.program.External;
import madvec.processes.program.Program;
import madvec.processes.program.ProgramExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec diagrams}: per subprocess, the particles in order, the number of diagrams, the colour
 * basis size, the helicity combinations (total and live after the set-up filter) and the generation
 * time.
 *
 * <p>The one command that does not go through {@code MatrixElement}: a process string may expand into
 * many subprocesses, which a matrix element does not hold, so it asks the generator directly.
 */
@Command(name = "diagrams", sortOptions = false,
        description = "subprocesses of a process: diagrams, colour flows, helicities, generation time")
final class DiagramsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions options;

    @Override
    public void run() {
        Catalog.Entry entry = options.catalogEntry();
        String process = entry != null ? entry.process() : options.process;
        StandardModel model = StandardModel.of(card(entry));
        long t0 = System.nanoTime();
        List<GeneratedProcess> all = Processes.compileAll(process, model);
        double generation = (System.nanoTime() - t0) * 1e-6;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# %d subprocess%s of '%s', generated in %.1f ms%n", all.size(),
                all.size() == 1 ? "" : "es", process, generation);
        out.println("# subprocess | particles (PDG) | diagrams | amplitudes | colour flows | helicities (live/total) | operations");
        for (GeneratedProcess g : all) {
            Program p = g.program();
            long total = 1;
            StringBuilder pdgs = new StringBuilder();
            for (External e : p.externals()) {
                total *= e.helicities().length;
                pdgs.append(pdgs.isEmpty() ? "" : " ").append(e.pdg());
            }
            int live = new ProgramExecutor(p, model, 0, false).liveHelicities().size();
            out.printf(Locale.ROOT, "%s | %s | %d | %d | %d | %d/%d | %d%n", g.name(), pdgs, g.diagrams(), g.amplitudes(),
                    p.jamps(), live, total, p.operations().size());
        }
    }

    /** The card as {@code MatrixElement.Builder} would choose it: --param-card, else the catalog's, else sm. */
    private ParamCard card(Catalog.Entry entry) {
        ParamCard card;
        try {
            card = options.card != null ? ParamCard.read(options.card)
                    : entry != null ? ParamCard.resource(entry.card()) : ParamCard.defaultSm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parameter card " + options.card, e);
        }
        for (Map.Entry<String, Double> s : options.sets.entrySet()) card = card.with(s.getKey(), s.getValue());
        return card;
    }
}
