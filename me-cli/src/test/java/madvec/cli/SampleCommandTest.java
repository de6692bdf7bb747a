package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample contract: columns and their order, digits, reproducibility, --points round trips, exact
 * derivatives against central finite differences, and one clear error per bad input.
 */
class SampleCommandTest {
    private static final String GG_TT = "g g > t t~";
    private static final double MT = 173.0;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The parsed output of a run: the header's column names and one row of numbers per event. */
    record Table(List<String> columns, List<double[]> rows) {
        static Table parse(String text) {
            String[] lines = text.split("\n");
            assertTrue(lines[0].startsWith("# "), "header line: " + lines[0]);
            List<String> columns = List.of(lines[0].substring(2).split(" "));
            List<double[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(" ");
                assertEquals(columns.size(), cells.length, "cells on line " + (i + 1));
                rows.add(Arrays.stream(cells).mapToDouble(Double::parseDouble).toArray());
            }
            return new Table(columns, rows);
        }

        int column(String name) {
            int c = columns.indexOf(name);
            assertTrue(c >= 0, "no column " + name + " in " + columns);
            return c;
        }

        double get(int row, String name) {
            return rows.get(row)[column(name)];
        }
    }

    /** Runs the CLI in-process; returns the exit status (stdout and stderr are kept in out and err). */
    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Runs and insists on success; returns stdout. */
    private String ok(String... args) {
        assertEquals(0, run(args), () -> err());
        return out();
    }

    private Path file(String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, lines);
        return f;
    }

    /** The u columns of a run, one line per event, as sample --points reads them. */
    private static List<String> uLines(String output) {
        List<String> lines = new ArrayList<>();
        for (String row : output.split("\n")) {
            if (!row.startsWith("#")) {
                String[] cells = row.split(" ");
                lines.add(cells[0] + " " + cells[1]);
            }
        }
        return lines;
    }

    @Test
    void columnsComeInTheContractOrderWithSeventeenDigits() {
        Table t = Table.parse(ok("sample", "--process", GG_TT, "--sqrts", "1000", "--events", "5",
                "--grad", "mass.6", "--wrt-coords"));
        assertEquals(List.of("u1", "u2", "E0", "px0", "py0", "pz0", "E1", "px1", "py1", "pz1", "E2", "px2", "py2", "pz2",
                "E3", "px3", "py3", "pz3", "weight", "me", "d_me/d_mass.6", "d_me/d_u1", "d_me/d_u2"), t.columns());
        assertEquals(5, t.rows().size());
        for (String line : out().split("\n")) {
            if (!line.startsWith("#")) {
                for (String cell : line.split(" ")) {
                    assertTrue(cell.matches("-?[1-9]\\.\\d{16}e[+-]\\d{2,3}|-?0\\.0{16}e\\+00"), cell);
                }
            }
        }
    }

    @Test
    void rowsHoldPhysicalEventsAndTheirMatrixElement() {
        Table t = Table.parse(ok("sample", "--process", GG_TT, "--sqrts", "1000", "--events", "7", "--seed", "11"));
        MatrixElement atMomenta = MatrixElement.builder(GG_TT).build();
        for (int r = 0; r < t.rows().size(); r++) {
            double[] row = t.rows().get(r);
            for (int c = 0; c < 2; c++) assertTrue(row[c] >= 0 && row[c] <= 1, "u" + (c + 1));
            // beams along z in the centre-of-mass frame
            assertEquals(500.0, t.get(r, "E0"), 1e-12);
            assertEquals(500.0, t.get(r, "pz0"), 1e-12);
            assertEquals(-500.0, t.get(r, "pz1"), 1e-12);
            String[] mu = {"E", "px", "py", "pz"};
            for (int m = 0; m < 4; m++) {
                double sum = t.get(r, mu[m] + "2") + t.get(r, mu[m] + "3");
                assertEquals(m == 0 ? 1000.0 : 0.0, sum, 1e-9, "final-state " + mu[m]);
            }
            for (int p = 2; p < 4; p++) {
                double e = t.get(r, "E" + p), px = t.get(r, "px" + p), py = t.get(r, "py" + p), pz = t.get(r, "pz" + p);
                assertEquals(MT * MT, e * e - px * px - py * py - pz * pz, 1e-8 * e * e, "top mass shell");
            }
            // the me column is |M|^2 at the printed momenta (printed with all their digits)
            double[][] momenta = new double[16][1];
            for (int j = 0; j < 16; j++) momenta[j][0] = row[2 + j];
            double me = atMomenta.evaluateMomenta(momenta).me()[0];
            assertEquals(me, t.get(r, "me"), 1e-12 * me, "me of row " + r);
            assertTrue(t.get(r, "weight") > 0, "weight");
        }
    }

    @Test
    void theSameSeedGivesTheSameOutputBitForBitAnotherSeedDoesNot() {
        String[] base = {"sample", "--process", "e+ e- > mu+ mu-", "--sqrts", "500", "--events", "50"};
        String first = ok(concat(base, "--seed", "42"));
        assertEquals(first, ok(concat(base, "--seed", "42")));
        assertNotEquals(first, ok(concat(base, "--seed", "43")));
        assertEquals(ok(concat(base, "--seed", String.valueOf(SampleCommand.DEFAULT_SEED))), ok(base));
    }

    @Test
    void batchesDoNotChangeTheEvents() {
        // 2500 events are two full batches and a partial one; the draw is sequential, so 1500 events
        // are the first 1500 of them.
        assertTrue(SampleCommand.BATCH < 1500);
        String longer = ok("sample", "--process", GG_TT, "--sqrts", "800", "--events", "2500", "--seed", "3", "--grad", "mass.6");
        String shorter = ok("sample", "--process", GG_TT, "--sqrts", "800", "--events", "1500", "--seed", "3", "--grad", "mass.6");
        assertEquals(2501, longer.split("\n").length);
        assertTrue(longer.startsWith(shorter));
    }

    @Test
    void pointsFromAFileOrStdinReproduceTheRowsOfADraw() throws Exception {
        String[] base = {"sample", "--process", GG_TT, "--sqrts", "1000", "--grad", "mass.6,sminputs.3"};
        String drawn = ok(concat(base, "--events", "40", "--seed", "9"));
        List<String> points = new ArrayList<>(List.of("# u1 u2, with a comment and a blank line", ""));
        points.addAll(uLines(drawn));
        Path f = file("points.txt", points);
        assertEquals(drawn, ok(concat(base, "--points", f.toString())));

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(String.join("\n", points).getBytes(StandardCharsets.UTF_8)));
            assertEquals(drawn, ok(concat(base, "--points", "-")));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anEmptyPointsFileGivesTheHeaderAlone() throws Exception {
        Path f = file("empty.txt", List.of("# nothing to evaluate", ""));
        String output = ok("sample", "--process", "e+ e- > mu+ mu-", "--sqrts", "500", "--points", f.toString());
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.startsWith("# u1 u2 E0 "), output);
    }

    @Test
    void outWritesTheFileInsteadOfStdout() throws Exception {
        String[] base = {"sample", "--process", "u u~ > t t~", "--sqrts", "700", "--events", "20"};
        String expected = ok(base);
        Path f = dir.resolve("events.txt");
        assertEquals("", ok(concat(base, "--out", f.toString())));
        assertEquals(expected, Files.readString(f));
    }

    @Test
    void massDerivativeMatchesAFiniteDifferenceWithMovingMomenta() throws Exception {
        String[] base = {"sample", "--process", GG_TT, "--sqrts", "1000"};
        Table t = Table.parse(ok(concat(base, "--events", "6", "--seed", "5", "--set", "mass.6=" + MT, "--grad", "mass.6")));
        Path f = file("points.txt", uLines(out()));
        double h = 1e-3;
        Table up = Table.parse(ok(concat(base, "--points", f.toString(), "--set", "mass.6=" + (MT + h))));
        Table down = Table.parse(ok(concat(base, "--points", f.toString(), "--set", "mass.6=" + (MT - h))));
        for (int r = 0; r < 6; r++) {
            // RAMBO puts the tops on the new mass shell: their momenta move with the mass
            assertNotEquals(up.get(r, "pz2"), down.get(r, "pz2"), "top momentum moves with mass.6");
            double fd = (up.get(r, "me") - down.get(r, "me")) / (2 * h);
            double exact = t.get(r, "d_me/d_mass.6");
            assertTrue(Math.abs(exact) > 1e-4 * t.get(r, "me"), "derivative not negligible");
            assertEquals(fd, exact, 1e-6 * Math.abs(fd), "d me/d mass.6 of row " + r);
        }
    }

    @Test
    void massDerivativeFollowsEveryMomentumTheMassMoves() throws Exception {
        // In u d~ > t b~ the b quark's mass does not depend on mass.6, but its momentum does (the
        // two-body momentum is fixed by both masses), and so does its spinor: the derivative is right
        // only if the b's momentum tangents reach the amplitude.
        String[] base = {"sample", "--process", "u d~ > t b~", "--sqrts", "500"};
        Path f = file("u.txt", List.of("0.3 0.7", "0.6 0.2", "0.85 0.45"));
        Table t = Table.parse(ok(concat(base, "--points", f.toString(), "--set", "mass.6=" + MT, "--grad", "mass.6")));
        double h = 1e-3;
        Table up = Table.parse(ok(concat(base, "--points", f.toString(), "--set", "mass.6=" + (MT + h))));
        Table down = Table.parse(ok(concat(base, "--points", f.toString(), "--set", "mass.6=" + (MT - h))));
        for (int r = 0; r < 3; r++) {
            assertNotEquals(up.get(r, "pz3"), down.get(r, "pz3"), "the b momentum moves with mass.6");
            double fd = (up.get(r, "me") - down.get(r, "me")) / (2 * h);
            assertEquals(fd, t.get(r, "d_me/d_mass.6"), 1e-6 * Math.abs(fd), "d me/d mass.6 of row " + r);
        }
    }

    @Test
    void coordinateDerivativesMatchFiniteDifferences() throws Exception {
        String[] base = {"sample", "--process", GG_TT, "--sqrts", "1000", "--grad", "mass.6"};
        double[][] u = {{0.3, 0.7}, {0.55, 0.1}, {0.9, 0.42}, {0.05, 0.95}};
        List<String> lines = new ArrayList<>();
        for (double[] p : u) lines.add(p[0] + " " + p[1]);
        Table t = Table.parse(ok(concat(base, "--wrt-coords", "--points", file("u.txt", lines).toString())));
        // the parameter columns do not depend on whether coordinate tangents ride along
        Table plain = Table.parse(ok(concat(base, "--points", file("u.txt", lines).toString())));
        double h = 1e-5;
        for (int c = 0; c < 2; c++) {
            List<String> plus = new ArrayList<>(), minus = new ArrayList<>();
            for (double[] p : u) {
                double[] a = p.clone(), b = p.clone();
                a[c] += h;
                b[c] -= h;
                plus.add(a[0] + " " + a[1]);
                minus.add(b[0] + " " + b[1]);
            }
            Table tp = Table.parse(ok(concat(base, "--points", file("plus.txt", plus).toString())));
            Table tm = Table.parse(ok(concat(base, "--points", file("minus.txt", minus).toString())));
            for (int r = 0; r < u.length; r++) {
                double fd = (tp.get(r, "me") - tm.get(r, "me")) / (2 * h);
                double exact = t.get(r, "d_me/d_u" + (c + 1));
                double me = t.get(r, "me");
                // u2 is the azimuth, on which g g > t t~ does not depend: both are ~0 there
                assertEquals(fd, exact, 1e-6 * Math.max(Math.abs(fd), me), "d me/d u" + (c + 1) + " of row " + r);
                assertEquals(plain.get(r, "d_me/d_mass.6"), t.get(r, "d_me/d_mass.6"),
                        1e-12 * Math.abs(plain.get(r, "d_me/d_mass.6")));
            }
        }
        for (int r = 0; r < u.length; r++) {
            assertTrue(Math.abs(t.get(r, "d_me/d_u1")) > 1e-3 * t.get(r, "me"), "polar derivative not negligible");
        }
    }

    @Test
    void threeBodyDerivativesMatchFiniteDifferences() throws Exception {
        // g g > t t~ g: five coordinates through the cluster-mass solve and the reshuffling, and a top
        // mass that moves every momentum, the massless gluon's included (the reshuffling couples them).
        String[] base = {"sample", "--process", "g g > t t~ g", "--sqrts", "1000"};
        double[][] u = {{0.3, 0.7, 0.2, 0.45, 0.8}, {0.62, 0.35, 0.77, 0.15, 0.5}, {0.85, 0.12, 0.4, 0.93, 0.27}};
        String points = file("u.txt", pointLines(u)).toString();
        // without --wrt-coords first: the momenta must carry the mass tangent on their own
        Table t = Table.parse(ok(concat(base, "--set", "mass.6=" + MT, "--grad", "mass.6", "--points", points)));
        Table tc = Table.parse(ok(concat(base, "--set", "mass.6=" + MT, "--grad", "mass.6", "--wrt-coords", "--points", points)));
        double hm = 1e-3;
        Table up = Table.parse(ok(concat(base, "--set", "mass.6=" + (MT + hm), "--points", file("u.txt", pointLines(u)).toString())));
        Table down = Table.parse(ok(concat(base, "--set", "mass.6=" + (MT - hm), "--points", file("u.txt", pointLines(u)).toString())));
        for (int r = 0; r < u.length; r++) {
            assertNotEquals(up.get(r, "E4"), down.get(r, "E4"), "the gluon moves with mass.6");
            double fd = (up.get(r, "me") - down.get(r, "me")) / (2 * hm);
            assertEquals(fd, t.get(r, "d_me/d_mass.6"), 1e-6 * Math.abs(fd), "d me/d mass.6 of row " + r);
            assertEquals(t.get(r, "d_me/d_mass.6"), tc.get(r, "d_me/d_mass.6"), 1e-12 * Math.abs(fd), "with --wrt-coords");
        }
        double h = 1e-6;
        for (int c = 0; c < 5; c++) {
            double[][] plus = new double[u.length][], minus = new double[u.length][];
            for (int r = 0; r < u.length; r++) {
                plus[r] = u[r].clone();
                minus[r] = u[r].clone();
                plus[r][c] += h;
                minus[r][c] -= h;
            }
            Table tp = Table.parse(ok(concat(base, "--points", file("plus.txt", pointLines(plus)).toString())));
            Table tm = Table.parse(ok(concat(base, "--points", file("minus.txt", pointLines(minus)).toString())));
            for (int r = 0; r < u.length; r++) {
                double fd = (tp.get(r, "me") - tm.get(r, "me")) / (2 * h);
                assertEquals(fd, tc.get(r, "d_me/d_u" + (c + 1)), 1e-5 * Math.max(Math.abs(fd), tc.get(r, "me")),
                        "d me/d u" + (c + 1) + " of row " + r);
            }
        }
    }

    private static List<String> pointLines(double[][] u) {
        List<String> lines = new ArrayList<>();
        for (double[] p : u) {
            StringBuilder sb = new StringBuilder();
            for (double v : p) sb.append(v).append(' ');
            lines.add(sb.toString().strip());
        }
        return lines;
    }

    @Test
    void belowThresholdIsAnError() {
        assertEquals(1, run("sample", "--process", GG_TT, "--sqrts", "300", "--events", "10"));
        assertTrue(err().contains("sqrt(s) = 300.0 GeV is at or below the final-state threshold 346.0 GeV"), err());
        assertEquals("", out());
    }

    @Test
    void aPointOutsideTheUnitSquareIsNamedWithItsLine() throws Exception {
        Path f = file("p.txt", List.of("0.5 0.5", "0.5 1.5"));
        assertEquals(1, run("sample", "--process", GG_TT, "--sqrts", "1000", "--points", f.toString()));
        assertTrue(err().contains("p.txt:2: event 2: u2 = 1.5 is outside [0, 1]"), err());
        assertEquals("", out());
    }

    @Test
    void aWrongCoordinateCountIsNamedWithItsLine() throws Exception {
        Path f = file("p.txt", List.of("# u1 u2", "0.1 0.2", "", "0.3"));
        assertEquals(1, run("sample", "--process", GG_TT, "--sqrts", "1000", "--points", f.toString()));
        assertTrue(err().contains("p.txt:4: event 2: expected 2 numbers") && err().contains("found 1"), err());
        assertEquals("", out());
    }

    @Test
    void nanAndNonNumbersAreNamed() throws Exception {
        assertEquals(1, run("sample", "--process", GG_TT, "--sqrts", "1000", "--points",
                file("p.txt", List.of("NaN 0.2")).toString()));
        assertTrue(err().contains("p.txt:1: event 1: u1 is NaN"), err());
        assertEquals(1, run("sample", "--process", GG_TT, "--sqrts", "1000", "--points",
                file("q.txt", List.of("0.1 x")).toString()));
        assertTrue(err().contains("q.txt:1: event 1: u2: 'x' is not a number"), err());
    }

    @Test
    void aFailedRunLeavesNoPartialOutFile() throws Exception {
        Path bad = file("p.txt", List.of("0.5 0.5", "2 0.5"));
        Path target = dir.resolve("events.txt");
        assertEquals(1, run("sample", "--process", GG_TT, "--sqrts", "1000", "--points", bad.toString(), "--out",
                target.toString()));
        assertFalse(Files.exists(target), "partial output file left behind");
    }

    @Test
    void unknownProcessIsNamed() {
        assertEquals(1, run("sample", "--process", "g g > foo bar", "--sqrts", "1000", "--events", "1"));
        assertTrue(err().contains("foo"), err());
        assertEquals("", out());
    }

    @Test
    void eventsAndPointsAreExclusiveAndOneIsRequired() {
        assertEquals(2, run("sample", "--process", GG_TT, "--sqrts", "1000", "--events", "3", "--points", "x.txt"));
        assertTrue(err().contains("either --events N or --points FILE, not both"), err());
        assertEquals(2, run("sample", "--process", GG_TT, "--sqrts", "1000"));
        assertTrue(err().contains("one of --events N"), err());
        assertEquals(2, run("sample", "--process", GG_TT, "--events", "3"));
        assertTrue(err().contains("--sqrts is required with a process string"), err());
        assertEquals(2, run("sample", "--process", GG_TT, "--sqrts", "-5", "--events", "3"));
        assertTrue(err().contains("invalid value for option '--sqrts': '-5' is not a positive, finite number"), err());
        assertEquals(2, run("sample", "--process", GG_TT, "--sqrts", "1000", "--events", "0"));
        assertTrue(err().contains("invalid value for option '--events': '0' is not a positive integer"), err());
        assertEquals(2, run("sample", "--process", GG_TT, "--sqrts", "1000", "--points", "x.txt", "--seed", "3"));
        assertTrue(err().contains("--seed applies to --events only"), err());
    }

    @Test
    void aNonFiniteMatrixElementNamesTheEventAndColumn() {
        // a zero-width Z exactly on its pole: |M|^2 is not a number, and no row may pretend it is
        assertEquals(1, run("sample", "--process", "e+ e- > mu+ mu-", "--sqrts", "91.188", "--events", "3",
                "--set", "mass.23=91.188", "--set", "decay.23=0"));
        assertTrue(err().startsWith("madvec: event 1: |M|^2 is NaN"), err());
        assertEquals("", out());
    }

    @Test
    void helpPrintsTheUsage() {
        String help = ok("sample", "--help");
        for (String option : List.of("--process", "--sqrts", "--events", "--seed", "--points", "--grad", "--wrt-coords",
                "--param-card", "--set", "--out")) {
            assertTrue(help.contains(option), option + " in " + help);
        }
        assertTrue(help.contains("sigma = <me * weight>"), help);
        assertArrayEquals(new String[0], err().lines().toArray());
        assertTrue(ok("--help").contains("  sample "), out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
