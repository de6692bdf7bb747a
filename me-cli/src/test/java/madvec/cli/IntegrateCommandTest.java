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
    void theTopDecayChainIsIntegratedOverItsResonanceChannelsByDefault() {
        assertEquals(0, run("integrate", "--process", "ee_tt_6j", "--precision", "0.03", "--points", "4000", "--threads", "2"),
                err.toString(StandardCharsets.UTF_8));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("1 phase-space channel(s)") && log.contains("channel 1: 6(3 4 5) 6(6 7 8) 24(4 5) 24(7 8)"), log);
        String[] sigma = out.toString(StandardCharsets.UTF_8).split("\n")[1].split(" ");
        double v = Double.parseDouble(sigma[1]), e = Double.parseDouble(sigma[2]);
        // sigma(e+ e- > t t~) BR(t > b u d~)^2 = 0.05913 pb (see MultiChannelCrossSectionTest), to O(Gamma_t / m_t)
        assertTrue(e <= 0.03 * v && Math.abs(v - 0.05913) < 3 * e + 0.015 * v, "sigma " + v + " +- " + e);
        // forced flat on a process without resonances; a derivative that moves an external mass is refused with channels
        assertEquals(0, run("integrate", "--process", "ee_mumu", "--precision", "0.05", "--points", "2000", "--phase-space", "flat"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("flat phase space"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("integrate", "--process", "gg_tt", "--grad", "mass.6", "--phase-space", "channels"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--grad mass.6 moves an external particle's mass"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("integrate", "--process", "ee_mumu", "--phase-space", "resonant"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--phase-space must be auto, flat or channels"),
                err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A UFO model's decay chain: the channels take the model's own masses and widths (MSSM_SLHA2's card
     * holds no SM input block, so reading the SM's inputs from it failed), with the neutralino n2 and the
     * smuons and Z of its decay as resonances; two seeds agree within their errors.
     */
    @Test
    void aUfoDecayChainIsIntegratedOverTheModelsResonances() {
        java.nio.file.Path mssm = java.nio.file.Path.of(System.getProperty("madvec.shared", "../shared"), "models", "MSSM_SLHA2");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(mssm), "no " + mssm);
        double[] v = new double[2], e = new double[2];
        for (int i = 0; i < 2; i++) {
            assertEquals(0, run("integrate", "--model", mssm.toString(), "--process", "e+ e- > n1 n2, n2 > n1 mu+ mu-",
                    "--sqrts", "500", "--precision", "0.05", "--seed", String.valueOf(5 + i)), err.toString(StandardCharsets.UTF_8));
            String log = err.toString(StandardCharsets.UTF_8);
            assertTrue(log.contains("1000023(4 5 6) 1000013(4 6)") && log.contains("1000023(4 5 6) 23(5 6)"), log);
            String[] sigma = out.toString(StandardCharsets.UTF_8).split("\n")[1].split(" ");
            v[i] = Double.parseDouble(sigma[1]);
            e[i] = Double.parseDouble(sigma[2]);
            assertTrue(v[i] > 0 && e[i] <= 0.05 * v[i], "sigma " + v[i] + " +- " + e[i]);
        }
        assertEquals(v[0], v[1], 4 * Math.hypot(e[0], e[1]), "two seeds");
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
