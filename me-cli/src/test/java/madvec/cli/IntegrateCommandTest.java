package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import madvec.events.BornCrossSections;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/** {@code madvec integrate}: its output format, the Born value within the error, the table on stderr, bad input. */
class IntegrateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void epemToMupmumGivesTheBornCrossSectionAndItsGradient() {
        assertEquals(0, run("integrate", "--process", "e+ e- > mu+ mu-", "--sqrts", "500", "--precision", "3e-3",
                "--grad", "mass.23", "--points", "5000", "--seed", "7"), err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("# quantity value error", lines[0]);
        String[] sigma = lines[1].split(" ");
        assertEquals("sigma_pb", sigma[0]);
        double v = Double.parseDouble(sigma[1]), e = Double.parseDouble(sigma[2]);
        double born = BornCrossSections.eeToMuMu(StandardModel.of(ParamCard.defaultSm()), 500);
        assertTrue(e <= 3e-3 * v, "precision: " + lines[1]);
        assertEquals(born, v, 4 * e, "sigma vs Born " + born);
        assertTrue(lines[2].startsWith("d_sigma_pb/d_mass.23 "), lines[2]);
        assertEquals(3, lines.length);
        String table = err.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("# iteration") && table.contains("chi2/dof"), table);
    }

    @Test
    void badInputIsAUsageError() {
        assertEquals(2, run("integrate", "--process", "e+ e- > mu+ mu-"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--sqrts is required"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("integrate", "--process", "ee_mumu", "--precision", "2"));
        assertEquals(1, run("integrate", "--process", "e+ e- > t t~", "--sqrts", "300"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("threshold"), err.toString(StandardCharsets.UTF_8));
    }
}
