package madvec.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import madvec.generator.Catalog;

/** {@code madvec processes}: the catalog of named processes. */
final class ProcessesCommand {
    private ProcessesCommand() {}

    static void run(List<String> args, PrintStream out) {
        Usage.noArguments("processes", args);
        out.println("# name | process | sqrt(s) GeV | card | description");
        for (Catalog.Entry e : Catalog.entries()) {
            out.printf(Locale.ROOT, "%s | %s | %s | %s | %s%n", e.name(), e.process(), e.sqrtS(), e.card(), e.description());
        }
    }
}
