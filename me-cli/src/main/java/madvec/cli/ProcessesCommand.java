package madvec.cli;

import java.io.PrintWriter;
import madvec.generator.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madvec processes}: the catalog of named processes. */
@Command(name = "processes", description = "the catalog of named processes (names usable as --process everywhere)")
final class ProcessesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("# name | process | sqrt(s) GeV | card | description");
        for (Catalog.Entry e : Catalog.entries()) {
            out.println(String.join(" | ", e.name(), e.process(), String.valueOf(e.sqrtS()),
                    e.card() != null ? e.card() : "the model's defaults", e.description()));
        }
    }
}
