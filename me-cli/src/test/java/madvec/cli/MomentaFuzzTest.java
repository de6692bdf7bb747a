package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Momenta lines for {@code eval}: random numbers and tokens, wrong counts, non-conserving events, and
 * good events mixed in; the contract holds, and good input gives the same result in any batch size.
 */
class MomentaFuzzTest {
    static final AtomicInteger CASES = new AtomicInteger();
    /** Good e+ e- > mu+ mu- events at 500 GeV, from sample. */
    private static final List<String> GOOD = goodEvents();
    private static final List<String> TOKENS = List.of("250", "0", "-250", "1e3", "0x1p3", "250d", "NaN", "-inf",
            "1e200", "1e400", "#", "", "x", ".5", "-0", "1E-320", "\u0661", "+250");

    @Property(seed = "20250113")
    void anyMomentaKeepTheContract(@ForAll("tables") List<String> lines, @ForAll @IntRange(min = 1, max = 5) int batch,
            @ForAll boolean strict) throws Exception {
        CASES.incrementAndGet();
        Path dir = Files.createTempDirectory("madvec-momenta-fuzz");
        Path in = dir.resolve("in.txt"), out = dir.resolve("out.txt");
        Files.write(in, lines);
        List<String> args = new ArrayList<>(List.of("eval", "--process", "ee_mumu", "--momenta", in.toString(),
                "--batch", String.valueOf(batch), "--out", out.toString()));
        if (strict) {
            args.add("--strict");
        }
        Cli r = FuzzContract.run("", args);
        FuzzContract.checkOut(r, out, args);
        if (r.status() == 0) {
            // the same input through stdin in one batch: the same rows, and the same stderr
            Cli whole = FuzzContract.run(String.join("\n", lines), List.of("eval", "--process", "ee_mumu"));
            assertEquals(whole.out(), Files.readString(out), "batch " + batch);
        }
        Files.deleteIfExists(out);
        Files.delete(in);
        Files.delete(dir);
    }

    @Provide
    Arbitrary<List<String>> tables() {
        Arbitrary<String> good = Arbitraries.of(GOOD);
        Arbitrary<String> shaken = Arbitraries.of(GOOD).flatMap(line -> Arbitraries.integers().between(0, 15)
                .flatMap(col -> Arbitraries.of(TOKENS).map(t -> replace(line, col, t))));
        Arbitrary<String> random = Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.doubles()
                .between(-1e3, 1e3).map(String::valueOf)).list().ofMaxSize(18).map(l -> String.join(" ", l));
        Arbitrary<String> comment = Arbitraries.of("# comment", "", "   ");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, good), net.jqwik.api.Tuple.of(2, shaken),
                net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(1, comment)).list().ofMaxSize(8);
    }

    private static String replace(String line, int column, String token) {
        String[] t = line.split(" ");
        t[column] = token;
        return String.join(" ", t);
    }

    private static List<String> goodEvents() {
        String sample = Cli.ok("sample", "--process", "ee_mumu", "--events", "6").out();
        List<String> header = Arrays.asList(sample.lines().findFirst().orElseThrow().substring(2).split(" "));
        int first = header.indexOf("E0");
        return sample.lines().skip(1).map(l -> Arrays.stream(l.split(" ")).skip(first).limit(16)
                .collect(Collectors.joining(" "))).toList();
    }

    @AfterContainer
    static void report() {
        System.out.println("MomentaFuzzTest: " + CASES.get() + " cases");
    }
}
