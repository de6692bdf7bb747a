package madvec.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import madvec.api.Subprocess;
import madvec.generator.Catalog;
import madvec.processes.External;
import madvec.processes.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec diagrams}: per subprocess, the particles in order, the number of diagrams, the colour
 * basis size, the helicity combinations (total and live after the set-up filter) and the generation
 * time; with {@code --program}, each subprocess's program, one line per operation.
 *
 * <p>A process string may expand into many subprocesses, which one matrix element does not hold, so
 * it asks the API for the plans of all of them ({@code MatrixElement.Builder.subprocesses}), compiled
 * against the same card a matrix element would use.
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

    @Option(names = "--program", description = "also print each subprocess's program, one line per operation")
    boolean program;

    @Override
    public void run() {
        Catalog.Entry entry = options.catalogEntry();
        String process = entry != null ? entry.process() : options.process;
        long t0 = System.nanoTime();
        List<Subprocess> all = options.builder().subprocesses();
        double generation = (System.nanoTime() - t0) * 1e-6;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# %d subprocess%s of '%s', generated in %.1f ms%n", all.size(),
                all.size() == 1 ? "" : "es", process, generation);
        out.println("# subprocess | particles (PDG) | diagrams | amplitudes | colour flows | helicities (live/total) | operations");
        for (Subprocess g : all) {
            Program p = g.program();
            StringBuilder pdgs = new StringBuilder();
            for (External e : p.externals()) pdgs.append(pdgs.isEmpty() ? "" : " ").append(e.pdg());
            out.printf(Locale.ROOT, "%s | %s | %d | %d | %d | %d/%d | %d%n", g.name(), pdgs, g.diagrams(), g.amplitudes(),
                    p.jamps(), g.liveHelicities().size(), g.totalHelicities(), p.operations().size());
        }
        if (program) {
            for (Subprocess g : all) {
                out.println();
                out.print(g.program().text());
            }
        }
    }
}
