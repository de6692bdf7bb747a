package madvec.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.generator.Catalog;
import picocli.CommandLine.Option;

/** The options that choose a matrix element, shared by the commands: {@code --process}, {@code --param-card}, {@code --set}, {@code --free}. */
final class ProcessOptions {
    @Option(names = "--process", required = true, paramLabel = "P",
            description = "a catalog name (gg_tt, see madvec processes; it brings its card and sqrt(s)) "
                    + "or a process string (\"g g > t t~\")")
    String process;

    @Option(names = "--param-card", paramLabel = "FILE",
            description = "SLHA parameter card (default: the catalog entry's card, else the sm card)")
    Path card;

    @Option(names = "--set", paramLabel = "block.id=value",
            description = "override one card value, e.g. mass.6=175 (repeatable)")
    Map<String, Double> sets = new LinkedHashMap<>();

    @Option(names = "--free", split = ",", paramLabel = "NAME",
            description = "declare card parameters free: they keep the vertices and helicities a non-zero value"
                    + " switches on even where the card has 0 (repeatable or comma-separated)")
    List<String> free = new ArrayList<>();

    /** The catalog entry that {@code --process} names, or null for a process string. */
    Catalog.Entry catalogEntry() {
        return Catalog.find(process);
    }

    /** A builder with the process, the card and the overrides; the command adds what it evaluates. */
    MatrixElement.Builder builder() {
        MatrixElement.Builder b = MatrixElement.builder(process);
        if (card != null) {
            b.paramCard(card);
        }
        sets.forEach(b::set);
        b.free(free.toArray(String[]::new));
        return b;
    }
}
