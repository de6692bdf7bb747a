package madvec.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random option lists for every command but bench (whose timing takes seconds by design): the contract
 * holds whatever the arguments, and an {@code --out} file is complete or absent.
 */
class OptionsFuzzTest {
    static final AtomicInteger CASES = new AtomicInteger();
    private static final List<String> COMMANDS = List.of("eval", "sample", "diagrams", "processes", "version",
            "simd-info", "help", "bench", "smaple", "");
    private static final List<String> TOKENS = List.of("--process", "gg_tt", "ee_mumu", "e+ e- > mu+ mu-", "g g > t t~",
            "--events", "--sqrts", "--seed", "--points", "--momenta", "--out", "OUT", "--grad", "mass.6", "mass.99",
            "--set", "mass.6=175", "mass.6=1e308", "mass.6=0x1p3", "decay.23=NaN", "mass.6", "--param-card", "CARD",
            "--free", "--wrt-coords", "--batch", "--strict", "--threads", "--seconds", "--vary", "--program", "-v",
            "-vv", "--help", "-h", "-", "0", "1", "3", "-1", "7", "2147483647", "99999999999999999999", "1e3", "173d",
            "0x10", "NaN", "Infinity", ".5", "500", "1E400", "", " ", "=", "--", "x", "--events=2", "--sqrts=500",
            "/dev/null", "/nonexistent/file", "mumu_h_4l");

    @Property(seed = "20250111")
    void anyOptionListKeepsTheContract(@ForAll("commands") String command, @ForAll("options") List<String> options)
            throws Exception {
        CASES.incrementAndGet();
        Path dir = Files.createTempDirectory("madvec-fuzz");
        Path out = dir.resolve("out.txt");
        Path card = dir.resolve("card.dat");
        Files.writeString(card, "BLOCK MASS\n 6 1.73e2\n");
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        for (String o : options) {
            args.add(o.equals("OUT") ? out.toString() : o.equals("CARD") ? card.toString() : o);
        }
        if (command.equals("bench")) {
            // bench times for seconds: only its parsing is fuzzed, an unknown option ends every run
            args.add("--no-such-option");
        }
        Cli r = FuzzContract.run("", args);
        if (args.contains(out.toString()) && !command.equals("bench")) {
            FuzzContract.checkOut(r, out, args);
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(card);
        Files.deleteIfExists(dir);
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of(COMMANDS);
    }

    @Provide
    Arbitrary<List<String>> options() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(10);
    }

    @AfterContainer
    static void report() {
        System.out.println("OptionsFuzzTest: " + CASES.get() + " cases");
    }
}
