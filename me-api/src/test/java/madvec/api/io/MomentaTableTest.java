package madvec.api.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MomentaTableTest {
    /** e+ e- > mu+ mu- at sqrt(s) = 100 GeV, muons at 90 degrees: conserves four-momentum exactly. */
    private static final String EVENT = "50 0 0 50  50 0 0 -50  50 50 0 0  50 -50 0 0";

    static MomentaTable read(String text) throws IOException {
        return MomentaTable.read("events.txt", new StringReader(text), 4);
    }

    @Test
    void readsEventsSkippingCommentsAndBlankLines() throws IOException {
        MomentaTable table = read("""
                # E px py pz of e+ e- mu+ mu-

                %s
                   # an indented comment
                \t
                7.5e+02\t0\t0\t7.5e2\t750 0.0 0 -750   750 300 -400 0   750 -300 400 -0.0
                """.formatted(EVENT));
        assertEquals(2, table.size());
        assertEquals(4, table.particles());
        assertEquals(2, table.incoming());
        assertEquals("events.txt", table.sourceName());
        assertArrayEquals(new double[] {50, 0, 0, 50, 50, 0, 0, -50, 50, 50, 0, 0, 50, -50, 0, 0}, table.event(0));
        assertEquals(-400.0, table.events()[1][10]);
        assertEquals(3, table.lineNumber(0));
        assertEquals(6, table.lineNumber(1));
        table.event(0)[0] = 1e9;
        table.events()[0][0] = 1e9;
        assertEquals(50.0, table.event(0)[0], "copies: the table is immutable");
    }

    @Test
    void decaysHaveOneIncomingParticle() throws IOException {
        MomentaTable decay = MomentaTable.read("t.txt", new StringReader("173 0 0 0  86.5 0 0 86.5  86.5 0 0 -86.5\n"), 1, 3);
        assertEquals(1, decay.incoming());
        assertThrows(IllegalArgumentException.class,
                () -> MomentaTable.read("t.txt", new StringReader("173 0 0 0  86.5 0 0 86.5  86.5 0 0 -86.5\n"), 3));
        assertThrows(IllegalArgumentException.class, () -> MomentaTable.read("x", new StringReader(EVENT), 0, 4));
        assertThrows(IllegalArgumentException.class, () -> MomentaTable.read("x", new StringReader(EVENT), 3, 4));
        assertThrows(IllegalArgumentException.class, () -> MomentaTable.read("x", new StringReader(EVENT), 2, 2));
    }

    /** One bad table: what is wrong, the text, the line at fault and phrases the message must hold. */
    record Bad(String what, String text, int line, List<String> phrases) {
    }

    @Test
    void malformedLinesFailNamingSourceLineAndProblem() {
        List<Bad> bad = List.of(
                new Bad("too few columns", "# c\n50 0 0 50 50 0 0 -50 50 50 0 0 50 -50 0\n", 2,
                        List.of("expected 16 columns", "found 15")),
                new Bad("too many columns", EVENT + "\n" + EVENT + " 0.67\n", 2, List.of("expected 16 columns", "found 17")),
                new Bad("not a number", EVENT.replace("-50 0 0", "-50 zero 0") + "\n", 1,
                        List.of("'zero' is not a number", "py of particle 4 (column 15)")),
                new Bad("Java-only syntax", EVENT.replaceFirst("50 ", "50d ") + "\n", 1, List.of("'50d' is not a number")),
                new Bad("NaN", "\n" + EVENT.replaceFirst("^50", "NaN") + "\n", 2, List.of("'NaN'", "E of particle 1")),
                new Bad("infinity", EVENT.replace("50 -50", "50 -inf") + "\n", 1, List.of("'-inf'", "NaN and infinities")),
                new Bad("overflow", EVENT.replace("50 50 0 0", "50 5e400 0 0") + "\n", 1, List.of("'5e400' overflows")),
                new Bad("negative energy", "-50 0 0 -50  150 0 0 50  50 0 0 0  50 0 0 0\n", 1,
                        List.of("particle 1 has negative energy")),
                new Bad("px not conserved", EVENT.replace("50 50 0 0", "50 50.001 0 0") + "\n", 1,
                        List.of("not conserved", "px(incoming) - px(outgoing) = -1.000e-03", "1.000e-06 GeV")),
                new Bad("energy not conserved", EVENT.replace("50 -50 0 0", "51 -50 0 0") + "\n", 1,
                        List.of("E(incoming) - E(outgoing) = -1.000e+00")),
                new Bad("sign error", "50 0 0 50  50 0 0 -50  50 50 0 0  50 50 0 0\n", 1,
                        List.of("px(incoming) - px(outgoing) = -1.000e+02")),
                new Bad("no incoming energy", "0 0 0 0  0 0 0 0  0 0 0 0  0 0 0 0\n", 1, List.of("no energy")),
                new Bad("inline comment", EVENT + " # muons\n", 1, List.of("found 18")));
        for (Bad b : bad) {
            var e = assertThrows(IllegalArgumentException.class, () -> read(b.text()), b.what());
            assertTrue(e.getMessage().startsWith("events.txt:" + b.line() + ": "), b.what() + ": " + e.getMessage());
            for (String phrase : b.phrases()) {
                assertTrue(e.getMessage().contains(phrase), b.what() + ": " + e.getMessage());
            }
        }
        var empty = assertThrows(IllegalArgumentException.class, () -> read("# nothing\n\n"));
        assertTrue(empty.getMessage().contains("no events"), empty.getMessage());
    }

    @Test
    void conservationToleranceIsRelativeToTheIncomingEnergy() throws IOException {
        // 1e-8 of 100 GeV is 1e-6 GeV: just inside passes, just outside fails.
        assertEquals(1, read(EVENT.replace("50 50 0 0", "50 50.0000009 0 0")).size());
        assertThrows(IllegalArgumentException.class, () -> read(EVENT.replace("50 50 0 0", "50 50.0000011 0 0")));
        String tev = Arrays.stream(EVENT.split("\\s+")).map(t -> t + "00").collect(Collectors.joining(" "));
        assertEquals(1, read(tev.replace("5000 5000 0 0", "5000 5000.00009 0 0")).size(), "100x the energy, 100x the slack");
    }

    /** MadGraph's own dumps (16 and 17 significant digits) pass the conservation check. */
    @Test
    void madGraphReferenceMomentaAreAccepted() throws IOException {
        String shared = System.getProperty("madvec.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "reference")),
                "no ../shared/reference folder (system property madvec.shared): MadGraph momenta skipped");
        List<Path> files;
        try (Stream<Path> tsv = Files.walk(Path.of(shared, "reference"))) {
            files = tsv.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "reference tables found: " + files);
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            int particles = lines.stream().filter(l -> l.startsWith("# pdg:")).findFirst().orElseThrow()
                    .substring("# pdg:".length()).strip().split("\\s+").length;
            // The reference tables end each line with |M|^2: drop it to get a momenta table.
            String momenta = lines.stream()
                    .map(l -> l.startsWith("#") ? l : l.strip().substring(0, l.strip().lastIndexOf('\t')))
                    .collect(Collectors.joining("\n"));
            MomentaTable table = MomentaTable.read(file.getFileName().toString(), new StringReader(momenta), particles);
            assertEquals(lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).count(), table.size(), file.toString());
        }
    }
}
