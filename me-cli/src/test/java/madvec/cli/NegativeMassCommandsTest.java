package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands with a neutralino of negative mass (MSSM_SLHA2's n3 at -363.756 GeV): {@code eval}'s mass-shell
 * check takes |m| (momenta on the |m| shell pass {@code --strict}), and {@code sample} draws events above the
 * threshold of the magnitudes.
 */
class NegativeMassCommandsTest {
    private static final String PROCESS = "e+ e- > n1 n3";

    @TempDir
    Path dir;

    private static String mssm() {
        Path p = Path.of(System.getProperty("madvec.shared", "../shared"), "models", "MSSM_SLHA2");
        Assumptions.assumeTrue(Files.isDirectory(p), "no " + p + ": skipped");
        return p.toString();
    }

    @Test
    void evalAcceptsMomentaOnTheShellOfTheMagnitude() throws Exception {
        MatrixElement me = MatrixElement.builder(PROCESS).model(mssm()).sqrtS(1500).build();
        double[][] u = new double[me.dimensions()][3];
        for (int j = 0; j < u.length; j++) {
            for (int l = 0; l < 3; l++) u[j][l] = 0.2 + 0.25 * l + 0.05 * j;
        }
        Batch b = me.evaluatePoints(u);
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < b.lanes(); l++) {
            StringBuilder s = new StringBuilder();
            for (double[] row : b.momenta()) s.append(String.format(Locale.ROOT, "%.17g ", row[l]));
            lines.add(s.toString().trim());
        }
        Path f = dir.resolve("momenta.txt");
        Files.write(f, lines);
        Cli r = Cli.ok("eval", "--process", PROCESS, "--model", mssm(), "--momenta", f.toString(), "--strict");
        String[] out = r.out().split("\n");
        assertEquals(1 + b.lanes(), out.length, r.out());
        for (int l = 0; l < b.lanes(); l++) {
            double v = Double.parseDouble(out[l + 1].trim().split(" ")[0]);
            assertEquals(b.me()[l], v, 1e-12 * b.me()[l], "event " + l);
        }
    }

    @Test
    void sampleDrawsEventsAboveTheThresholdOfTheMagnitudes() throws Exception {
        Path out = dir.resolve("sample.txt");
        Cli r = Cli.run("sample", "--process", PROCESS, "--model", mssm(), "--sqrts", "1500", "--events", "16", "--seed",
                "3", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(out).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(!rows.isEmpty(), "no events written");
        // below |m1| + |m3| = 460.4 GeV there is no phase space, whatever the signed masses add up to
        Cli below = Cli.run("sample", "--process", PROCESS, "--model", mssm(), "--sqrts", "400", "--events", "4");
        assertTrue(below.status() != 0, "sqrt(s) = 400 GeV is below threshold");
        assertTrue(below.err().contains("threshold"), below.err());
    }
}
