package madvec.cli;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import madvec.model.ParamCard;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** The sm card with random lines mutated, through {@code sample --param-card}: the contract holds. */
class CardFuzzTest {
    static final AtomicInteger CASES = new AtomicInteger();
    private static final List<String> SM = smLines();
    private static final List<String> TOKENS = List.of("BLOCK", "DECAY", "MASS", "mass", "6", "23", "-6", "0", "1e308",
            "1e400", "-1e-3", "1.73e+02", "173d", "173f", "0x1p10", "NaN", "Infinity", "Auto", "Q=", "#", "x", "",
            "1D3", ".5", "+.5e-1", "99999999999", "qnumbers", "\u00e9", "\t", "1 2 3");

    /** One mutation: which line (modulo the card's size), what to do, and a replacement token. */
    record Mutation(int line, int kind, String token) {}

    @Property(seed = "20250112")
    void aMutatedCardKeepsTheContract(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        CASES.incrementAndGet();
        List<String> lines = new ArrayList<>(SM);
        for (Mutation m : mutations) {
            int i = m.line() % lines.size();
            String[] t = lines.get(i).strip().split("\\s+");
            switch (m.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> lines.add(i, m.token());
                default -> {
                    t[m.line() % t.length] = m.token();
                    lines.set(i, String.join(" ", t));
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        Path dir = Files.createTempDirectory("madvec-card-fuzz");
        Path card = dir.resolve("card.dat"), out = dir.resolve("out.txt");
        Files.write(card, lines);
        List<String> args = List.of("sample", "--process", "e+ e- > mu+ mu-", "--sqrts", "91", "--events", "3",
                "--param-card", card.toString(), "--out", out.toString());
        Cli r = FuzzContract.run("", args);
        FuzzContract.checkOut(r, out, args);
        Files.deleteIfExists(out);
        Files.delete(card);
        Files.delete(dir);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 3),
                Arbitraries.of(TOKENS)).as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<String> smLines() {
        StringWriter w = new StringWriter();
        try {
            ParamCard.defaultSm().write(w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString().lines().toList();
    }

    @AfterContainer
    static void report() {
        System.out.println("CardFuzzTest: " + CASES.get() + " cases");
    }
}
