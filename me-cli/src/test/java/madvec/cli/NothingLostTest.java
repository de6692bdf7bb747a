package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11: outputs are safe, inputs are checked alike, eval streams; every case named there. */
class NothingLostTest {
    @TempDir
    Path dir;

    private static void oneLine(Cli r, int status, String phrase) {
        assertEquals(status, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("madvec: ") && r.err().contains(phrase), r.err());
    }

    private Path events(int n) throws IOException {
        String sample = Cli.ok("sample", "--process", "ee_mumu", "--events", String.valueOf(n)).out();
        List<String> header = Arrays.asList(sample.lines().findFirst().orElseThrow().substring(2).split(" "));
        int first = header.indexOf("E0");
        Path f = dir.resolve("momenta.txt");
        Files.write(f, sample.lines().skip(1).map(l -> Arrays.stream(l.split(" ")).skip(first).limit(16)
                .collect(Collectors.joining(" "))).toList());
        return f;
    }

    // ---- outputs

    @Test
    void aFailedRunKeepsTheOldFileAndLeavesNoTemporary() throws Exception {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old\n");
        Path bad = dir.resolve("p.txt");
        Files.write(bad, List.of("0.5 0.5", "2 0.5"));
        oneLine(Cli.run("sample", "--process", "gg_tt", "--points", bad.toString(), "--out", out.toString()), 1,
                "u1 = 2 is outside [0, 1]");
        assertEquals("old\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
        Cli.ok("sample", "--process", "gg_tt", "--events", "3", "--out", out.toString());
        assertEquals(4, Files.readAllLines(out).size());
    }

    @Test
    void aDeviceIsWrittenInPlaceAndAFullOneFails() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")) && Files.exists(Path.of("/dev/full")));
        Cli.ok("sample", "--process", "gg_tt", "--events", "3", "--out", "/dev/null");
        assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
        oneLine(Cli.run("sample", "--process", "gg_tt", "--events", "3", "--out", "/dev/full"), 1,
                "cannot write /dev/full: No space left on device");
    }

    @Test
    void aFolderIsRefused() {
        oneLine(Cli.run("sample", "--process", "gg_tt", "--events", "3", "--out", dir.toString()), 2, "is a folder");
    }

    @Test
    void anOutputThatIsAlsoAnInputIsRefusedBeforeReading() throws Exception {
        Path momenta = events(2);
        String before = Files.readString(momenta);
        oneLine(Cli.run("eval", "--process", "ee_mumu", "--momenta", momenta.toString(), "--out", momenta.toString()), 2,
                "is also the input --momenta");
        Path points = dir.resolve("u.txt");
        Files.write(points, List.of("0.5 0.5"));
        // through another spelling of the same path
        oneLine(Cli.run("sample", "--process", "gg_tt", "--points", points.toString(), "--out",
                dir.resolve(".").resolve("u.txt").toString()), 2, "is also the input --points");
        assertEquals(before, Files.readString(momenta));
        assertEquals("0.5 0.5\n", Files.readString(points));
    }

    /** A stdout that fails after its first bytes, as a pipe into {@code head -1} does. */
    private static final class ClosingPipe extends OutputStream {
        long written;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > 100) {
                throw new IOException("Broken pipe");
            }
        }
    }

    @Test
    void aClosedPipeStopsTheRunPromptly() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = Main.run(new String[] {"sample", "--process", "ee_mumu", "--events", "1000000"},
                new PrintStream(new ClosingPipe(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertEquals(1, status);
        assertEquals("madvec: cannot write to stdout: it was closed by its reader (the end of a pipe, e.g. head)",
                err.toString(StandardCharsets.UTF_8).strip());
        assertTrue(seconds < 3, "stopped after " + seconds + " s");
    }

    // ---- inputs

    @ParameterizedTest
    @ValueSource(strings = {"0x1p10", "173d", "173f", "NaN", "Infinity", "1e400", "\u0661\u0662"})
    void oneNumberSyntaxForOptions(String bad) {
        Cli r = Cli.run("sample", "--process", "g g > t t~", "--sqrts", bad, "--events", "1");
        oneLine(r, 2, "invalid value for option '--sqrts': '" + bad + "'");
        oneLine(Cli.run("sample", "--process", "gg_tt", "--set", "mass.6=" + bad, "--events", "1"), 2,
                "invalid value for option '--set'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"173", "1.73e2", ".173e3", "1730E-1", "+173"})
    void plainAndExponentFormsAreAccepted(String good) {
        Cli.ok("sample", "--process", "gg_tt", "--set", "mass.6=" + good, "--events", "1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1p10", "173d", "173f", "NaN", "Infinity"})
    void oneNumberSyntaxForCardsAndMomenta(String bad) throws Exception {
        Path card = dir.resolve("card.dat");
        Files.writeString(card, "BLOCK MASS\n 6 " + bad + "\n");
        oneLine(Cli.run("sample", "--process", "gg_tt", "--param-card", card.toString(), "--events", "1"), 1,
                "card.dat:2: value of mass.6 '" + bad + "'");
        Path momenta = events(1);
        Files.writeString(momenta, Files.readString(momenta).replaceFirst("^\\S+", bad));
        oneLine(Cli.run("eval", "--process", "ee_mumu", "--momenta", momenta.toString()), 1,
                ":1: event 1: E of particle 1 (column 1): '" + bad + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bench --process gg_tt --batch 2147483647 | '2147483647' is above the limit of 1048576 events per batch",
        "bench --process gg_tt --batch 1048577 | above the limit of 1048576",
        "sample --process gg_tt --events 10000000001 | above the limit of 10000000000 events",
        "sample --process gg_tt --events 0 | '0' is not a positive integer",
        "sample --process gg_tt --events -3 | '-3' is not a positive integer",
        "bench --process gg_tt --seconds 3601 | above the limit of 3600 seconds",
        "bench --process gg_tt --seconds 0 | '0' is not a positive, finite number",
        "bench --process gg_tt --threads 257 | '257' is above the limit of",
        "eval --process gg_tt --batch 0 | '0' is not a positive integer",
        "sample --process gg_tt --events 1 --seed 0x10 | '0x10' is not an integer",
        "eval --process gg_tt --process gg_tt | should be specified only once"})
    void absurdSizesAreRefusedWithAMessage(String args, String phrase) {
        oneLine(Cli.run(args.split(" ")), 2, phrase);
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        Path none = dir.resolve("none.txt");
        oneLine(Cli.run("eval", "--process", "ee_mumu", "--momenta", none.toString()), 1, "--momenta: no such file: " + none);
        oneLine(Cli.run("sample", "--process", "gg_tt", "--points", none.toString()), 1, "--points: no such file: " + none);
        oneLine(Cli.run("sample", "--process", "gg_tt", "--events", "1", "--param-card", none.toString()), 1,
                "--param-card: no such file: " + none);
    }

    @Test
    void aWrongEncodingIsNamed() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        oneLine(Cli.run("eval", "--process", "ee_mumu", "--momenta", latin1.toString()), 1, "latin1.txt:1: not UTF-8 text");
        oneLine(Cli.run("sample", "--process", "gg_tt", "--points", latin1.toString()), 1, "latin1.txt:1: not UTF-8 text");
        oneLine(Cli.run("sample", "--process", "gg_tt", "--events", "1", "--param-card", latin1.toString()), 1,
                "latin1.txt: not UTF-8 text");
    }

    @Test
    void anOverflowIsNamedNotReportedAsAThreshold() throws Exception {
        Cli set = Cli.run("sample", "--process", "g g > t t~", "--sqrts", "1000", "--set", "mass.6=1e308", "--events", "1");
        oneLine(set, 2, "'1e308' overflows when squared");
        assertFalse(set.err().contains("threshold") || set.err().contains("Infinity"), set.err());
        Path card = dir.resolve("card.dat");
        Files.writeString(card, Files.readString(Path.of(ProcessOptionsCard.sm(dir))).replaceFirst(
                "(?m)^(\\s+6\\s+)\\S+", "$11e308"));
        oneLine(Cli.run("sample", "--process", "g g > t t~", "--sqrts", "1000", "--param-card", card.toString(),
                "--events", "1"), 1, "mass.6 = 1.0E308 overflows when squared");
        Path momenta = events(1);
        Files.writeString(momenta, Files.readString(momenta).replaceFirst("^\\S+", "1e200"));
        oneLine(Cli.run("eval", "--process", "ee_mumu", "--momenta", momenta.toString()), 1, "'1e200' overflows when squared");
    }

    // ---- mass shell

    @Test
    void offShellMomentaAreCountedOnceAndStrictRefusesThem() throws Exception {
        // e+ e- > t t~ with massless tops: back to back at 250 GeV each
        Path f = dir.resolve("massless.txt");
        Files.write(f, List.of("250 0 0 250 250 0 0 -250 250 250 0 0 250 -250 0 0",
                "250 0 0 250 250 0 0 -250 250 0 250 0 250 0 -250 0"));
        Cli r = Cli.ok("eval", "--process", "e+ e- > t t~", "--momenta", f.toString());
        assertEquals(3, r.out().lines().count());
        assertEquals(List.of("madvec: warning: 2 of 2 events have a massive particle off its mass shell; the worst: "
                + f + ":1: event 1: particle 3 (mass 173.0 GeV) is off its mass shell: |E^2 - p^2 - m^2| = 4.789e-01"
                + " of E^2, beyond 1e-06; --strict makes this an error"), r.err().lines().toList());
        oneLine(Cli.run("eval", "--process", "e+ e- > t t~", "--momenta", f.toString(), "--strict"), 1,
                f + ":1: event 1: particle 3 (mass 173.0 GeV) is off its mass shell");
        // on shell: silent
        Cli on = Cli.ok("eval", "--process", "ee_mumu", "--momenta", events(3).toString(), "--strict");
        assertEquals("", on.err());
    }

    @Test
    void referenceDumpsWithMasslessTopsStillEvaluate() throws Exception {
        String shared = System.getProperty("madvec.shared");
        Path dump = shared == null ? null : Path.of(shared, "reference", "madgraph4gpu", "gg_ttx.tsv");
        Assumptions.assumeTrue(dump != null && Files.exists(dump), "no ../shared/reference: skipped");
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(dump)) {
            // drop the reference's own me column
            lines.add(l.startsWith("#") ? l : l.substring(0, l.lastIndexOf('\t')));
        }
        Path f = dir.resolve("gg_ttx.txt");
        Files.write(f, lines);
        Cli r = Cli.ok("eval", "--process", "g g > t t~", "--momenta", f.toString());
        assertEquals(129, r.out().lines().count());
        assertTrue(r.err().startsWith("madvec: warning: 128 of 128 events"), r.err());
    }

    // ---- streaming

    /** stdin that counts what was read of it. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] bytes) {
            super(bytes);
        }

        int consumed() {
            return pos;
        }
    }

    @Test
    void evalStreamsItsOutputBeforeTheInputIsConsumed() throws Exception {
        String event = Files.readAllLines(events(1)).get(0) + "\n";
        byte[] input = event.repeat(20_000).getBytes(StandardCharsets.UTF_8);
        CountingInput in = new CountingInput(input);
        int[] consumedAtFirstRow = {-1};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                if (consumedAtFirstRow[0] < 0) {
                    consumedAtFirstRow[0] = in.consumed();
                }
            }
        };
        InputStream saved = Inputs.stdin;
        Inputs.stdin = in;
        try {
            int status = Main.run(new String[] {"eval", "--process", "ee_mumu", "--batch", "1000"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(0, status);
        } finally {
            Inputs.stdin = saved;
        }
        assertEquals(input.length, in.consumed());
        assertTrue(consumedAtFirstRow[0] > 0 && consumedAtFirstRow[0] < input.length / 4,
                "first row written after reading " + consumedAtFirstRow[0] + " of " + input.length + " bytes");
    }

    /** Access to the sm card's text. */
    private static final class ProcessOptionsCard {
        static String sm(Path dir) throws IOException {
            Path f = dir.resolve("sm.dat");
            try (var w = Files.newBufferedWriter(f)) {
                madvec.model.ParamCard.defaultSm().write(w);
            }
            return f.toString();
        }
    }
}
