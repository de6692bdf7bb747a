package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import madvec.events.BornCrossSections;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.rambo.PhaseSpaceVolume;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * sigma(e+ e- > mu+ mu-) at sqrt(s) = 500 GeV from {@code madvec sample} events against the analytic
 * Born cross-section with photon and Z exchange, in the model's own parameters.
 */
class SampleCrossSectionTest {
    private static final double PB_GEV2 = madvec.events.CrossSection.PB_GEV2;
    private static final double SQRT_S = 500.0;
    private static final int EVENTS = 20_000;

    @Test
    void bornFormulaReducesToQedWithoutTheZ() {
        // A guard on the formula itself: with the Z couplings kept and its mass far too large to
        // matter, the textbook 4 pi alpha^2/(3s) remains. (Raising mass.23 on the card would not do:
        // with Gf fixed, sw shrinks as 1/MZ and the Z leaves a contact interaction behind.)
        StandardModel m = StandardModel.of(ParamCard.defaultSm());
        double e = m.ee().value();
        double alpha = e * e / (4 * Math.PI);
        double qed = 4 * Math.PI * alpha * alpha / (3 * SQRT_S * SQRT_S) * PB_GEV2;
        assertEquals(qed, BornCrossSections.eeToMuMu(e, m.sw().value(), m.cw().value(), 1e8, m.width(23).value(), SQRT_S), 1e-6 * qed);
        // and the Z matters at 500 GeV: the full value differs by far more than the test's 1%
        assertTrue(Math.abs(BornCrossSections.eeToMuMu(m, SQRT_S) / qed - 1) > 0.05, "Z contribution");
    }

    @Test
    void epemToMupmumAt500GeVMatchesTheBornCrossSection() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"sample", "--process", "e+ e- > mu+ mu-", "--sqrts", String.valueOf(SQRT_S),
            "--events", String.valueOf(EVENTS), "--seed", "2718"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        SampleCommandTest.Table t = SampleCommandTest.Table.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals(EVENTS, t.rows().size());
        int weight = t.column("weight"), me = t.column("me");
        // RAMBO on diet's weight is the density of prod d^3p/(2E) delta^4(P - sum p), without 2 pi's:
        // for massless particles it is the whole volume at every point (pi/2 for two).
        double volume = PhaseSpaceVolume.massless(2, SQRT_S);
        double sum = 0, sum2 = 0;
        for (double[] row : t.rows()) {
            assertEquals(volume, row[weight], 1e-12 * volume, "massless two-body weight");
            double x = row[me] * row[weight];
            sum += x;
            sum2 += x * x;
        }
        double mean = sum / EVENTS;
        double error = Math.sqrt((sum2 / EVENTS - mean * mean) / (EVENTS - 1));
        // sigma = 1/(2s) int |M|^2 dPhi_n, dPhi_n = (2 pi)^(4 - 3n) x that measure; n = 2 final particles
        double s = SQRT_S * SQRT_S;
        double toPb = Math.pow(2 * Math.PI, 4 - 3 * 2) / (2 * s) * PB_GEV2;
        double sigma = mean * toPb, sigmaError = error * toPb;
        double born = BornCrossSections.eeToMuMu(StandardModel.of(ParamCard.defaultSm()), SQRT_S);
        assertTrue(sigmaError < 0.01 * sigma, "standard error " + sigmaError + " pb of " + sigma + " pb is not below 1%");
        LoggerFactory.getLogger(SampleCrossSectionTest.class).info("sigma = {} +- {} pb, Born {} pb", sigma, sigmaError, born);
        assertEquals(born, sigma, 4 * sigmaError, "sigma from " + EVENTS + " events vs the Born value " + born + " pb");
    }
}
