package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code madvec diagrams}: one line per subprocess with its counts. */
class DiagramsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String[]> rows() {
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.startsWith("#"))
                .map(l -> l.split(" \\| ")).toList();
    }

    @Test
    void countsForGluonFusionToTopsAndAGluon() {
        assertEquals(0, run("diagrams", "--process", "g g > t t~ g"), err.toString());
        List<String[]> rows = rows();
        assertEquals(1, rows.size());
        String[] r = rows.get(0);
        assertEquals("g g > t t~ g", r[0]);
        assertEquals("21 21 6 -6 21", r[1]);
        assertEquals("16", r[2]);
        assertEquals("6", r[4]);
        // 2 x 2 x 2 x 2 x 2 combinations; massless gluons with a massive top pair: all live
        assertTrue(r[5].endsWith("/32"), r[5]);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("# 1 subprocess of 'g g > t t~ g', generated in "));
    }

    @Test
    void multiParticleProcessesListEverySubprocess() {
        assertEquals(0, run("diagrams", "--process", "p p > t t~"), err.toString());
        assertEquals(9, rows().size());
        // massless quarks conserve helicity: of the 16 combinations of u u~ > t t~, 8 survive
        String[] uu = rows().stream().filter(r -> r[0].equals("u u~ > t t~")).findFirst().orElseThrow();
        assertEquals("8/16", uu[5]);
    }

    @Test
    void badProcessNamesTheToken() {
        assertEquals(1, run("diagrams", "--process", "g g > t t~ gg"));
        assertTrue(err.toString().contains("unknown particle 'gg' at position 12"), err.toString());
        assertEquals(2, run("diagrams"));
        assertTrue(err.toString().contains("missing required option: '--process=P'"), err.toString());
    }
}
