package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code madvec bench} and {@code madvec processes}: output contracts and usage errors (no timing is asserted). */
class BenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void momentumGradientHasItsRow() {
        assertEquals(0, run("bench", "--process", "ee_mumu", "--grad", "mass.23", "--wrt-momenta", "--ad", "reverse",
                "--seconds", "0.05", "--warm-up", "0.05", "--batch", "64"), err.toString());
        List<String> rows = Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("value", "value+grad:mass.23[reverse]", "value+momenta+grad:mass.23[reverse]"),
                rows.stream().map(l -> l.split(" ")[0]).toList());
        String[] f = rows.get(2).split(" ");
        assertTrue(Double.parseDouble(f[2]) > 0 && Double.parseDouble(f[2]) <= Double.parseDouble(f[1]), rows.get(2));
    }

    @Test
    void threadCountsAreTimedSideBySideWithTheirSpeedUp() {
        assertEquals(0, run("bench", "--process", "ee_mumu", "--grad", "mass.23", "--threads", "1,2", "--seconds", "0.05",
                "--warm-up", "0.05", "--batch", "512"), err.toString());
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("value@threads=1", "value@threads=2", "value+grad:mass.23@threads=1", "value+grad:mass.23@threads=2"),
                rows.stream().map(l -> l.split(" ")[0]).toList());
        List<String> speedUps = lines.stream().filter(l -> l.startsWith("# speed-up")).toList();
        assertEquals(2, speedUps.size(), String.join("\n", lines));
        for (int mode = 0; mode < 2; mode++) {
            String[] one = rows.get(2 * mode).split(" "), two = rows.get(2 * mode + 1).split(" ");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "# speed-up (\\S+) 2 threads against 1: ([0-9.e+-]+) \\(runs alternated; min ([0-9.e+-]+) max ([0-9.e+-]+)\\)")
                    .matcher(speedUps.get(mode));
            assertTrue(m.matches(), speedUps.get(mode));
            assertEquals(one[0].replace("@threads=1", ""), m.group(1));
            double ratio = Double.parseDouble(m.group(2)), min = Double.parseDouble(m.group(3)), max = Double.parseDouble(m.group(4));
            assertTrue(min <= ratio && ratio <= max, speedUps.get(mode));
            // each run's ratio lies between the extreme rates of the two rows (3 digits printed)
            double lo = Double.parseDouble(two[2]) / Double.parseDouble(one[3]), hi = Double.parseDouble(two[3]) / Double.parseDouble(one[2]);
            assertTrue(min >= lo * 0.99 && max <= hi * 1.01, speedUps.get(mode) + " against " + rows);
        }
        // the peak fraction of a two-thread row is against two cores
        String[] one = rows.get(0).split(" "), two = rows.get(1).split(" ");
        double perCore1 = Double.parseDouble(one[4]) / Double.parseDouble(one[5]);
        double perCore2 = Double.parseDouble(two[4]) / Double.parseDouble(two[5]);
        assertEquals(2 * perCore1, perCore2, 0.03 * perCore2);
    }

    @Test
    void tableHasOneLinePerModeWithOrderedRates() {
        assertEquals(0, run("bench", "--process", "ee_mumu", "--grad", "mass.23", "--wrt-coords", "--seconds", "0.05",
                "--warm-up", "0.05", "--batch", "64"), err.toString());
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertEquals("# mode events_per_s_median min max gflop_per_s peak_fraction", lines.get(0));
        List<String> rows = lines.subList(1, lines.size() - 2);
        // 2 coordinates and a mass through the points: AUTO runs reverse mode from 3 such directions
        assertEquals(List.of("value", "value+grad:mass.23", "points:value", "points:value+coords",
                "points:value+coords+grad:mass.23[reverse]"),
                rows.stream().map(l -> l.split(" ")[0]).toList());
        for (String l : rows) {
            String[] f = l.split(" ");
            double median = Double.parseDouble(f[1]), min = Double.parseDouble(f[2]), max = Double.parseDouble(f[3]);
            assertTrue(min > 0 && min <= median && median <= max, l);
            assertEquals(l.startsWith("value "), !f[4].equals("-"), l);
        }
        String[] value = rows.get(0).split(" ");
        String peakLine = lines.get(lines.size() - 2);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("# peak per core ([0-9.]+) GFLOP/s = .*; value pass ([0-9]+) FLOP/event").matcher(peakLine);
        assertTrue(m.matches(), peakLine);
        double peak = Double.parseDouble(m.group(1)), flops = Double.parseDouble(m.group(2));
        // e+ e- > mu+ mu-: 2 s-channel diagrams, each an FFV current, its propagator and an amplitude
        assertTrue(flops > 2 * (88 + 16) && flops < 5000, peakLine);
        double gflops = Double.parseDouble(value[1]) * flops / 1e9;
        assertEquals(gflops, Double.parseDouble(value[4]), 0.01 * gflops);
        assertEquals(gflops / peak, Double.parseDouble(value[5]), 0.02 * gflops / peak);
        assertTrue(Double.parseDouble(value[5]) < 1, "below the peak");
        // the kinds of operation share the whole: e+ e- > mu+ mu- has two currents and their amplitudes
        String kinds = lines.get(lines.size() - 1);
        assertTrue(kinds.startsWith("# value pass by kind: externals "), kinds);
        java.util.regex.Matcher k = java.util.regex.Pattern.compile(" ([a-z_]+) ([0-9.]+) %").matcher(kinds);
        double sum = 0;
        java.util.Map<String, Double> share = new java.util.HashMap<>();
        while (k.find()) {
            share.put(k.group(1), Double.parseDouble(k.group(2)));
            sum += Double.parseDouble(k.group(2));
        }
        assertEquals(8, share.size(), kinds);
        assertEquals(100, sum, 0.5, kinds);
        assertTrue(share.get("current_vertices") > 0 && share.get("propagators") > 0 && share.get("amplitude_vertices") > 0,
                kinds);
    }

    @Test
    void flopsByKindSumToTheTotal() {
        madvec.api.MatrixElement me = madvec.api.MatrixElement.builder("g g > t t~ g").build();
        long sum = me.valueFlopsByKind().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(me.valueFlopsPerEvent(), sum);
        // three gluons: colour flows to weight and sum
        assertTrue(me.valueFlopsByKind().get(madvec.processes.FlopCount.Kind.COLOUR_SUM) > 0);
    }

    @Test
    void flopsGrowWithTheProcessAndFollowItsOperations() {
        long eemumu = madvec.api.MatrixElement.builder("e+ e- > mu+ mu-").build().valueFlopsPerEvent();
        long ggtt = madvec.api.MatrixElement.builder("g g > t t~").build().valueFlopsPerEvent();
        long ggttg = madvec.api.MatrixElement.builder("g g > t t~ g").build().valueFlopsPerEvent();
        assertTrue(eemumu < ggtt && 5 * ggtt < ggttg, eemumu + " " + ggtt + " " + ggttg);
    }

    @Test
    void peakOverridesAreUsedAndNamed() {
        CorePeak p = CorePeak.detect(3, 2.0);
        assertEquals(p.lanes() * 3 * 2 * 2.0, p.gflops(), 1e-12);
        assertTrue(p.describe().contains("--fma-units") && p.describe().contains("--clock-ghz"), p.describe());
        assertEquals(1, CorePeak.fmaUnits("AuthenticAMD", "25", 8));
        assertEquals(2, CorePeak.fmaUnits("AuthenticAMD", "25", 4));
        assertEquals(" 2596.142", " " + CorePeak.field(List.of("cpu MHz\t\t: 2596.142"), "cpu MHz"));
    }

    @Test
    void reverseModeRowsAreTagged() {
        assertEquals(0, run("bench", "--process", "ee_mumu", "--grad", "mass.23", "--wrt-coords", "--ad", "reverse",
                "--seconds", "0.05", "--warm-up", "0.05", "--batch", "64"), err.toString());
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertEquals(List.of("value", "value+grad:mass.23[reverse]", "points:value", "points:value+coords[reverse]",
                "points:value+coords+grad:mass.23[reverse]"),
                lines.subList(1, lines.size() - 2).stream().map(l -> l.split(" ")[0]).toList());
        assertEquals(2, run("bench", "--process", "ee_mumu", "--ad", "sideways"));
        assertTrue(err.toString().contains("'sideways' is not forward, reverse or auto"), err.toString());
    }

    @Test
    void precisionIsNamedInTheHeader() {
        assertEquals(0, run("bench", "--process", "ee_mumu", "--grad", "mass.23", "--precision", "float",
                "--seconds", "0.05", "--warm-up", "0.05", "--batch", "64"), err.toString());
        assertTrue(err.toString().contains("float precision"), err.toString());
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertEquals("value+grad:mass.23", lines.get(2).split(" ")[0]);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("bench"));
        assertTrue(err.toString().contains("missing required option: '--process=P'"), err.toString());
        assertEquals(2, run("bench", "--process", "gg_tt", "--threads", "0"));
        assertTrue(err.toString().contains("invalid value for option '--threads' (N): '0' is not a positive integer"), err.toString());
        assertEquals(2, run("bench", "--process", "gg_tt", "--warm-up", "0"));
        assertTrue(err.toString().contains("invalid value for option '--warm-up': '0' is not a positive, finite number"),
                err.toString());
        assertEquals(1, run("bench", "--process", "gg_tt", "--vary", "mass.99", "--seconds", "0.01", "--warm-up", "0.01"));
        assertTrue(err.toString().contains("holds no mass.99"), err.toString());
        assertEquals(1, run("bench", "--process", "gg_tt", "--grad", "mass.99", "--seconds", "0.01", "--warm-up", "0.01"));
        assertTrue(err.toString().contains("mass.99"), err.toString());
    }

    @Test
    void processesListsTheCatalog() {
        assertEquals(0, run("processes"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("ee_mumu", "mumu_ee", "ee_z_mumu", "gg_tt", "uu_tt", "gg_tt_6j", "ee_tt_6j", "mumu_h_4l", "gg_ttgg")) {
            assertTrue(text.contains("\n" + name + " | "), name);
        }
        assertTrue(text.contains("gg_tt_6j | g g > t t~, t > b u d~, t~ > b~ d u~ | 1000.0 | sm"), text);
    }
}
