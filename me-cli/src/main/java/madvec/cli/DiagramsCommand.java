package madvec.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import madvec.model.StandardModel;
import madvec.generator.GeneratedProcess;
import madvec.generator.ProcessCompiler;
import madvec.processes.External;
import madvec.processes.Program;
import madvec.processes.ProgramExecutor;

/**
 * {@code madvec diagrams --process "..." [--param-card FILE]}: per subprocess, the particles in order,
 * the number of diagrams, the colour basis size, the helicity combinations (total and live after the
 * set-up filter) and the generation time.
 */
final class DiagramsCommand {
    private DiagramsCommand() {}

    static void run(List<String> args, PrintStream out) {
        String process = null, cardFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--process" -> process = Usage.value(args, ++i, a);
                case "--param-card" -> cardFile = Usage.value(args, ++i, a);
                default -> throw new Usage("unknown option '" + a + "'");
            }
        }
        if (process == null) {
            throw new Usage("--process is required, e.g. --process \"g g > t t~ g\"");
        }
        StandardModel model = StandardModel.of(EvalCommand.loadCard(cardFile, List.of()));
        long t0 = System.nanoTime();
        List<GeneratedProcess> all = ProcessCompiler.compile(process, model);
        double generation = (System.nanoTime() - t0) * 1e-6;
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
}
