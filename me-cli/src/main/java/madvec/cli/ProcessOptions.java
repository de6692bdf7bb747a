package madvec.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.generator.Catalog;
import madvec.model.ParamCard;
import picocli.CommandLine.Option;

/**
 * The options that choose a matrix element, shared by the commands: {@code --process}, {@code --model},
 * {@code --param-card}, {@code --set}, {@code --free}.
 */
final class ProcessOptions {
    @Option(names = "--process", required = true, paramLabel = "P",
            description = "a catalog name (gg_tt, see madvec processes; it brings its card and sqrt(s)) "
                    + "or a process string (\"g g > t t~\")")
    String process;

    @Option(names = "--model", paramLabel = "PATH[-restriction]",
            description = "a UFO model instead of the built-in SM, as MadGraph's import model: a folder "
                    + "(../shared/models/heft), optionally -restriction (sm-full); a name that is not a folder is "
                    + "looked for under MADVEC_MODELS. An 'import model' line in the process text does the same")
    String model;

    @Option(names = "--param-card", paramLabel = "FILE",
            description = "SLHA parameter card (default: the catalog entry's card, else the model's: sm, or the "
                    + "UFO model's defaults)")
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
        if (model != null) {
            b.model(model);
        }
        if (card != null) {
            b.card(readCard());
        }
        sets.forEach(b::set);
        b.free(free.toArray(String[]::new));
        // a compilation that takes over 2 s (many jets) says how far it is, on stderr with the logs
        b.progress(line -> System.err.println("madvec: " + line));
        return b;
    }

    /**
     * The card of {@code --param-card}, its read errors in words, and refused when a value overflows
     * when squared: masses and widths are squared on the way to |M|^2, and the overflow would surface
     * far away (an infinite threshold, a NaN) instead of naming the value.
     */
    private ParamCard readCard() {
        if (Files.isDirectory(card)) {
            throw new IllegalArgumentException("--param-card: " + card + " is a folder, not a file");
        }
        ParamCard c;
        try {
            c = ParamCard.read(card);
        } catch (IOException e) {
            throw new UncheckedIOException("--param-card: " + Failures.describe(e), e);
        }
        for (Map.Entry<String, Double> v : c.values().entrySet()) {
            if (Math.abs(v.getValue()) >= Limits.MAX_REAL) {
                throw new IllegalArgumentException(card + ": " + v.getKey() + " = " + v.getValue()
                        + " overflows when squared (as masses and widths are): values must stay below 1e154 in magnitude");
            }
        }
        return c;
    }
}
