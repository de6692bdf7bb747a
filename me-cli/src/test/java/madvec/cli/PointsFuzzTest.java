package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/** Hypercube points for {@code sample --points}: the contract holds, and the rows do not depend on --batch. */
class PointsFuzzTest {
    static final AtomicInteger CASES = new AtomicInteger();
    private static final List<String> TOKENS = List.of("0", "1", "0.5", "1.0000001", "-0", "-1e-300", "NaN", "0x1p-1",
            ".5d", "1e-320", "x", "#", "", "2");

    @Property(seed = "20250114")
    void anyPointsKeepTheContract(@ForAll("points") List<String> lines, @ForAll @IntRange(min = 1, max = 4) int batch)
            throws Exception {
        CASES.incrementAndGet();
        Path dir = Files.createTempDirectory("madvec-points-fuzz");
        Path in = dir.resolve("u.txt"), out = dir.resolve("out.txt");
        Files.write(in, lines);
        List<String> args = List.of("sample", "--process", "gg_tt", "--points", in.toString(), "--batch",
                String.valueOf(batch), "--out", out.toString());
        Cli r = FuzzContract.run("", args);
        FuzzContract.checkOut(r, out, args);
        if (r.status() == 0) {
            Cli whole = FuzzContract.run(String.join("\n", lines), List.of("sample", "--process", "gg_tt", "--points", "-"));
            assertEquals(whole.out(), Files.readString(out), "batch " + batch);
        }
        Files.deleteIfExists(out);
        Files.delete(in);
        Files.delete(dir);
    }

    @Provide
    Arbitrary<List<String>> points() {
        Arbitrary<String> coordinate = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0, 1).map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(TOKENS)));
        Arbitrary<String> line = coordinate.list().ofMinSize(0).ofMaxSize(3).map(l -> String.join(" ", l));
        return line.list().ofMaxSize(8);
    }

    @AfterContainer
    static void report() {
        System.out.println("PointsFuzzTest: " + CASES.get() + " cases");
    }
}
