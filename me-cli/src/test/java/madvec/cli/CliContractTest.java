package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every command shares: its own --help, picocli's suggestion for a typo, duplicate options as
 * errors, catalog names and process strings alike, and one wording for a bad event.
 */
class CliContractTest {
    private static final String HIGGS = "mu+ mu- > h > z z, z > e+ e-, z > mu+ mu-";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"eval, --momenta", "sample, --wrt-coords", "diagrams, --param-card", "processes, --help",
        "bench, --vary", "version, --help", "simd-info, --help"})
    void everyCommandHasItsOwnHelp(String command, String option) {
        Cli r = Cli.ok(command, "--help");
        assertTrue(r.out().startsWith("Usage: madvec " + command + " "), r.out());
        assertTrue(r.out().contains(option), r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @CsvSource({"eval, --momnta, --momenta", "sample, --wrt-cords, --wrt-coords", "diagrams, --param-crd, --param-card",
        "processes, --helpp, --help", "bench, --secnds, --seconds", "version, --hepl, --help", "simd-info, --hel, --help"})
    void aTypoInAnOptionGetsASuggestion(String command, String typo, String meant) {
        boolean takesProcess = List.of("eval", "sample", "diagrams", "bench").contains(command);
        Cli r = takesProcess ? Cli.run(command, "--process", "gg_tt", typo, "1") : Cli.run(command, typo);
        assertEquals(2, r.status());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + r.err());
        assertTrue(line.startsWith("madvec: unknown option '"), line);
        assertTrue(line.contains("did you mean " + meant) || line.contains("or " + meant), line);
        assertEquals("", r.out());
    }

    @Test
    void aTypoInACommandGetsASuggestion() {
        Cli r = Cli.run("smaple", "--process", "gg_tt");
        assertEquals(2, r.status());
        assertEquals("madvec: unknown command 'smaple'; did you mean sample? (madvec --help)", r.err().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval", "sample", "diagrams", "bench"})
    void aSingleValuedOptionTwiceIsAnError(String command) {
        Cli r = Cli.run(command, "--process", "gg_tt", "--process", "uu_tt", "--param-card", "a", "--param-card", "b");
        assertEquals(2, r.status());
        assertEquals("madvec: option '--process' (P) should be specified only once (madvec " + command + " --help)",
                r.err().strip());
    }

    @Test
    void catalogNameAndProcessStringGiveTheSameOutput() throws Exception {
        String sample = Cli.ok("sample", "--process", "gg_tt", "--events", "4", "--grad", "mass.6").out();
        assertEquals(sample, Cli.ok("sample", "--process", "g g > t t~", "--sqrts", "1000", "--events", "4",
                "--grad", "mass.6").out());
        Path momenta = momentaOf(sample, 4);
        String eval = Cli.ok("eval", "--process", "gg_tt", "--momenta", momenta.toString(), "--grad", "mass.6").out();
        assertEquals(eval, Cli.ok("eval", "--process", "g g > t t~", "--momenta", momenta.toString(), "--grad", "mass.6").out());
        assertEquals(5, eval.lines().count());
        String diagrams = Cli.ok("diagrams", "--process", "gg_tt").out();
        String fromString = Cli.ok("diagrams", "--process", "g g > t t~").out();
        // the generation time differs from run to run; all else must not
        assertEquals(diagrams.replaceFirst("in [0-9.]+ ms", ""), fromString.replaceFirst("in [0-9.]+ ms", ""));
        Cli bench = Cli.ok("bench", "--process", "ee_mumu", "--seconds", "0.01", "--warm-up", "0.01", "--batch", "16");
        Cli benchString = Cli.ok("bench", "--process", "e+ e- > mu+ mu-", "--sqrts", "500", "--seconds", "0.01",
                "--warm-up", "0.01", "--batch", "16");
        assertEquals(bench.err().lines().findFirst(), benchString.err().lines().findFirst());
        assertEquals(modes(bench.out()), modes(benchString.out()));
    }

    @Test
    void higgsToFourLeptonsWithLeptonMassesSamplesAndAgreesWithEval() throws Exception {
        // Compiled against the user's card (with lepton Yukawas the Higgs couples to muons): with the
        // default card there is no diagram at all.
        Path card = dir.resolve("lepton_masses.dat");
        try (Writer w = Files.newBufferedWriter(card, StandardCharsets.UTF_8)) {
            ParamCard.resource("sm_lepton_masses").write(w);
        }
        String sample = Cli.ok("sample", "--process", HIGGS, "--param-card", card.toString(), "--sqrts", "125",
                "--events", "5").out();
        assertEquals(sample, Cli.ok("sample", "--process", "mumu_h_4l", "--events", "5").out());
        String eval = Cli.ok("eval", "--process", HIGGS, "--param-card", card.toString(), "--momenta",
                momentaOf(sample, 6).toString()).out();
        List<String> sampled = column(sample, "me"), evaluated = column(eval, "me");
        assertEquals(5, sampled.size());
        // to the last digit: the same momenta, the same compiled matrix element
        assertEquals(sampled, evaluated);
        for (String me : sampled) assertTrue(Double.parseDouble(me) > 0, me);
    }

    @Test
    void varyAddsItsOwnPositiveRow() {
        Cli r = Cli.ok("bench", "--process", "ee_mumu", "--vary", "mass.23", "--seconds", "0.05", "--warm-up", "0.05",
                "--batch", "32");
        assertEquals(List.of("value", "value+vary:mass.23"), modes(r.out()));
        String[] row = r.out().lines().filter(l -> l.startsWith("value+vary:mass.23 ")).findFirst().orElseThrow().split(" ");
        assertEquals(6, row.length);
        // a varied point runs the value pass: its FLOP rate is counted like the value row's
        assertTrue(Double.parseDouble(row[4]) > 0 && Double.parseDouble(row[5]) > 0, String.join(" ", row));
        double median = Double.parseDouble(row[1]), min = Double.parseDouble(row[2]), max = Double.parseDouble(row[3]);
        assertTrue(min > 0 && min <= median && median <= max, String.join(" ", row));
    }

    @Test
    void aBadMomentumLineNamesTheEventFromOne() throws Exception {
        Path f = dir.resolve("bad.txt");
        List<String> lines = new ArrayList<>(momentaLines(Cli.ok("sample", "--process", "ee_mumu", "--events", "2").out(), 4));
        lines.add(0, "# two good events, then a short one");
        lines.add("");
        lines.add("250 0 0 250");
        Files.write(f, lines);
        Cli r = Cli.run("eval", "--process", "ee_mumu", "--momenta", f.toString());
        assertEquals(1, r.status());
        assertEquals("madvec: " + f + ":5: event 3: expected 16 columns (E px py pz for each of 4 particles), found 4",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aNonConservingEventIsNamedFromOne() throws Exception {
        Path f = dir.resolve("bad.txt");
        List<String> lines = new ArrayList<>(momentaLines(Cli.ok("sample", "--process", "ee_mumu", "--events", "2").out(), 4));
        String[] second = lines.get(1).split(" ");
        second[14] = String.valueOf(Double.parseDouble(second[14]) + 1);  // py of particle 4
        lines.set(1, String.join(" ", second));
        Files.write(f, lines);
        Cli r = Cli.run("eval", "--process", "ee_mumu", "--momenta", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("madvec: " + f + ":2: event 2: four-momentum not conserved: py"), r.err());
        assertFalse(r.err().strip().contains("\n"), r.err());
    }

    @Test
    void aNonFiniteResultIsWordedAlikeByEvalSampleAndBench() throws Exception {
        // a zero-width Z exactly on its pole: |M|^2 is NaN at every event
        String[] pole = {"--process", "e+ e- > mu+ mu-", "--set", "mass.23=91.188", "--set", "decay.23=0"};
        String expected = "event 1: |M|^2 is NaN";
        Cli sample = Cli.run(concat(new String[] {"sample", "--sqrts", "91.188", "--events", "2"}, pole));
        assertEquals(1, sample.status());
        assertTrue(sample.err().startsWith("madvec: " + expected), sample.err());
        Path f = dir.resolve("pole.txt");
        Files.write(f, momentaLines(Cli.ok("sample", "--process", "mumu_ee", "--events", "2").out(), 4));
        Cli eval = Cli.run(concat(new String[] {"eval", "--momenta", f.toString()}, pole));
        assertEquals(1, eval.status());
        assertTrue(eval.err().startsWith("madvec: " + f + ":1: " + expected), eval.err());
        Cli bench = Cli.run(concat(new String[] {"bench", "--sqrts", "91.188", "--seconds", "0.01", "--warm-up", "0.01"}, pole));
        assertEquals(1, bench.status());
        assertTrue(bench.err().contains("madvec: " + expected), bench.err());
        // the same explanation after the event, whoever met it
        String why = sample.err().substring(sample.err().indexOf(expected));
        assertTrue(eval.err().endsWith(why) && bench.err().endsWith(why), eval.err() + bench.err());
    }

    @Test
    void helpListsEveryCommand() {
        String help = Cli.ok("--help").out();
        for (String c : List.of("eval", "sample", "diagrams", "processes", "bench", "version", "simd-info")) {
            assertTrue(help.contains("\n  " + c + " "), c + " in " + help);
        }
        assertNotEquals(-1, help.indexOf("-v"));
    }

    /** The momenta columns of a sample output as an eval input file. */
    private Path momentaOf(String sample, int particles) throws Exception {
        Path f = Files.createTempFile(dir, "momenta", ".txt");
        Files.write(f, momentaLines(sample, particles));
        return f;
    }

    private static List<String> momentaLines(String sample, int particles) {
        List<String> header = Arrays.asList(sample.lines().findFirst().orElseThrow().substring(2).split(" "));
        int first = header.indexOf("E0");
        return sample.lines().skip(1)
                .map(l -> String.join(" ", Arrays.asList(l.split(" ")).subList(first, first + 4 * particles))).toList();
    }

    private static List<String> column(String table, String name) {
        int c = Arrays.asList(table.lines().findFirst().orElseThrow().substring(2).split(" ")).indexOf(name);
        assertTrue(c >= 0, name + " in " + table);
        return table.lines().skip(1).map(l -> l.split(" ")[c]).toList();
    }

    private static List<String> modes(String benchOut) {
        return benchOut.lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" ")[0]).toList();
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
