package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval contract: columns, digits, derivatives, --set, and one clear error per bad input. */
class EvalCommandTest {
    // g g > t t~ at 1500 GeV with the top along a generic direction (p = sqrt(750^2 - 173^2))
    private static final double P = Math.sqrt(750.0 * 750.0 - 173.0 * 173.0);
    private static final double[] EVENT = {750, 0, 0, 750, 750, 0, 0, -750,
        750, 0.6 * P, 0, 0.8 * P, 750, -0.6 * P, 0, -0.8 * P};

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path momenta(String... lines) throws Exception {
        Path f = dir.resolve("momenta.txt");
        Files.write(f, List.of(lines));
        return f;
    }

    private static String line(double[] ev) {
        StringBuilder sb = new StringBuilder();
        for (double v : ev) sb.append(String.format(Locale.ROOT, "%.17g ", v));
        return sb.toString().trim();
    }

    /** |M|^2 and its derivatives at EVENT straight from the API, what eval must print. */
    private static double[] direct(MatrixElement.Builder builder, String... grads) {
        double[][] mom = new double[16][1];
        for (int j = 0; j < 16; j++) mom[j][0] = EVENT[j];
        Batch b = builder.derivatives(grads).build().evaluateMomenta(mom);
        double[] me = new double[grads.length + 1];
        me[0] = b.me()[0];
        for (int j = 0; j < grads.length; j++) me[j + 1] = b.dme(j)[0];
        return me;
    }

    @Test
    void writesHeaderAndValuesWithDerivativesInSeventeenDigits() throws Exception {
        Path f = momenta("# a comment", "", line(EVENT));
        assertEquals(0, run("eval", "--process", "g g > t t~", "--momenta", f.toString(), "--grad", "mass.6,sminputs.3"), err.toString());
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("# me d_me/d_mass.6 d_me/d_sminputs.3", lines[0]);
        assertEquals(2, lines.length);
        String[] cols = lines[1].split(" ");
        assertEquals(3, cols.length);
        assertTrue(cols[0].matches("-?\\d\\.\\d{16}e[+-]\\d+"), cols[0]);
        double[] expected = direct(MatrixElement.builder("g g > t t~"), "mass.6", "sminputs.3");
        for (int i = 0; i < 3; i++) assertEquals(expected[i], Double.parseDouble(cols[i]), 0.0, "column " + i);
    }

    @Test
    void reverseModeGivesTheForwardDerivatives() throws Exception {
        Path f = momenta(line(EVENT));
        String grads = "mass.6,sminputs.3,decay.6,mass.23";
        assertEquals(0, run("eval", "--process", "g g > t t~", "--momenta", f.toString(), "--grad", grads, "--ad", "reverse"),
                err.toString());
        String[] cols = out.toString(StandardCharsets.UTF_8).split("\n")[1].split(" ");
        double[] forward = direct(MatrixElement.builder("g g > t t~").mode(madvec.api.DerivativeMode.FORWARD), grads.split(","));
        double scale = 0;
        for (int i = 1; i < forward.length; i++) scale = Math.max(scale, Math.abs(forward[i]));
        assertEquals(forward[0], Double.parseDouble(cols[0]), 1e-12 * Math.abs(forward[0]));
        for (int i = 1; i < forward.length; i++) {
            assertEquals(forward[i], Double.parseDouble(cols[i]), 1e-10 * scale, "column " + i);
        }
        assertEquals(2, run("eval", "--process", "gg_tt", "--momenta", f.toString(), "--ad", "backwards"));
    }

    /** --precision float and mixed print what the API computes in that precision; an unknown precision is a usage error. */
    @Test
    void precisionOptionReachesTheKernels() throws Exception {
        Path f = momenta(line(EVENT));
        double[] exact = direct(MatrixElement.builder("g g > t t~"), "mass.6");
        for (madvec.api.Precision p : new madvec.api.Precision[] {madvec.api.Precision.FLOAT, madvec.api.Precision.MIXED}) {
            out.reset();
            String name = p.name().toLowerCase(Locale.ROOT);
            assertEquals(0, run("eval", "--process", "g g > t t~", "--momenta", f.toString(), "--grad", "mass.6",
                    "--precision", name), err.toString());
            String[] cols = out.toString(StandardCharsets.UTF_8).split("\n")[1].split(" ");
            double[] expected = direct(MatrixElement.builder("g g > t t~").precision(p), "mass.6");
            for (int i = 0; i < 2; i++) assertEquals(expected[i], Double.parseDouble(cols[i]), 0.0, name + " column " + i);
            assertTrue(expected[0] != exact[0], name + " rounds differently from double");
        }
        assertEquals(2, run("eval", "--process", "gg_tt", "--momenta", f.toString(), "--precision", "quad"));
        assertTrue(err.toString().contains("'quad' is not double, float or mixed"), err.toString());
    }

    @Test
    void setOverridesTheCard() throws Exception {
        Path f = momenta(line(EVENT));
        assertEquals(0, run("eval", "--process", "g g > t t~", "--momenta", f.toString(), "--set", "mass.6=175"), err.toString());
        double me = Double.parseDouble(out.toString(StandardCharsets.UTF_8).split("\n")[1]);
        assertEquals(direct(MatrixElement.builder("g g > t t~").set("mass.6", 175))[0], me, 0.0);
    }

    @Test
    void wrongColumnCountNamesTheLine() throws Exception {
        Path f = momenta("# header", "1 2 3");
        assertEquals(1, run("eval", "--process", "g g > t t~", "--momenta", f.toString()));
        assertTrue(err.toString().contains(":2: event 1: expected 16 columns") && err.toString().contains("found 3"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void nonConservingMomentaAreRejected() throws Exception {
        double[] bad = EVENT.clone();
        bad[9] += 1.0;
        Path f = momenta(line(bad));
        assertEquals(1, run("eval", "--process", "g g > t t~", "--momenta", f.toString()));
        assertTrue(err.toString().contains(":1: event 1: four-momentum not conserved: px"), err.toString());
    }

    @Test
    void nanIsRejected() throws Exception {
        String l = line(EVENT).replaceFirst("^750\\.\\d*", "NaN");
        Path f = momenta(l);
        assertEquals(1, run("eval", "--process", "g g > t t~", "--momenta", f.toString()));
        assertTrue(err.toString().contains(":1: event 1: E of particle 1 (column 1): 'NaN': NaN and infinities are not allowed"), err.toString());
    }

    @Test
    void unknownProcessAndParameterAreNamed() throws Exception {
        Path f = momenta(line(EVENT));
        assertEquals(1, run("eval", "--process", "g g > t tbar", "--momenta", f.toString()));
        assertTrue(err.toString().contains("unknown particle 'tbar' at position 9"), err.toString());
        err.reset();
        assertEquals(1, run("eval", "--process", "g g > z z", "--momenta", f.toString()));
        assertTrue(err.toString().contains("no diagrams for 'g g > z z'"), err.toString());
        err.reset();
        assertEquals(1, run("eval", "--process", "g g > t t~", "--momenta", f.toString(), "--grad", "mass.99"));
        assertTrue(err.toString().contains("mass.99"), err.toString());
    }

    @Test
    void aSetWithoutValueIsAUsageError() {
        assertEquals(2, run("eval", "--process", "gg_tt", "--set", "mass.6"));
        assertEquals("madvec: value for option '--set' (block.id=value) should be in KEY=VALUE format but was mass.6"
                + " (madvec eval --help)", err.toString().strip());
    }

    @Test
    void missingProcessIsAUsageError() {
        assertEquals(2, run("eval"));
        assertTrue(err.toString().contains("missing required option: '--process=P'"), err.toString());
    }
}
