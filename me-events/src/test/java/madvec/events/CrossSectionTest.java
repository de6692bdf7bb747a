package madvec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import madvec.api.MatrixElement;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/**
 * Cross sections from VEGAS against analytic Born formulas, their gradients against the formulas'
 * derivatives, all within the Monte Carlo errors; reproducibility for a seed whatever the threads.
 */
class CrossSectionTest {

    @Test
    void epemToMupmumAt500GeVMatchesTheBornFormula() {
        MatrixElement me = MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(500).build();
        List<String> table = new ArrayList<>();
        CrossSection.Result r = CrossSection.integrate(me, CrossSection.Options.defaults().withPrecision(2e-3)
                .withIterations(10_000, 2, 40).withProgress(table::add));
        double born = BornCrossSections.eeToMuMu(StandardModel.of(ParamCard.defaultSm()), 500);
        assertTrue(r.sigma().error() <= 2e-3 * r.sigma().value(), "precision reached: " + r.sigma());
        assertEquals(born, r.sigma().value(), 4 * r.sigma().error(), "sigma " + r.sigma() + " vs Born " + born + " pb");
        assertTrue(table.size() >= 4 && table.get(0).startsWith("# iteration"), "a table of iterations on progress");
    }

    @Test
    void ggToTtAt1TeVAndItsTopMassDerivativeMatchTheAnalyticOnes() {
        double mt = 173.0, sqrtS = 1000, h = 1e-3;
        MatrixElement me = MatrixElement.builder("g g > t t~").set("mass.6", mt).sqrtS(sqrtS).derivatives("mass.6").build();
        CrossSection.Result r = CrossSection.integrate(me, CrossSection.Options.defaults().withPrecision(2e-3)
                .withIterations(10_000, 2, 40));
        double alphaS = me.card().value("sminputs.3");
        double sigma = BornCrossSections.ggToTT(alphaS, mt, sqrtS);
        double dSigma = (BornCrossSections.ggToTT(alphaS, mt + h, sqrtS) - BornCrossSections.ggToTT(alphaS, mt - h, sqrtS)) / (2 * h);
        assertEquals(sigma, r.sigma().value(), 4 * r.sigma().error(), "sigma " + r.sigma() + " vs " + sigma + " pb");
        CrossSection.Estimate d = r.gradient().get("mass.6");
        assertTrue(d.error() < 0.05 * Math.abs(dSigma), "gradient error " + d.error() + " vs " + dSigma);
        assertEquals(dSigma, d.value(), 4 * d.error(), "d sigma/d mt " + d + " vs " + dSigma + " pb/GeV");
    }

    @Test
    void epemToTtAt500GeVMatchesTheMassiveBornFormula() {
        StandardModel sm = StandardModel.of(ParamCard.defaultSm());
        // the massive formula's massless limit is the chiral one of e+ e- > mu+ mu-
        assertEquals(BornCrossSections.eeToMuMu(sm, 500), BornCrossSections.eeToFF(sm, -1, -0.5, 1, 0, 500),
                1e-12 * BornCrossSections.eeToMuMu(sm, 500));
        MatrixElement me = MatrixElement.builder("e+ e- > t t~").sqrtS(500).build();
        CrossSection.Result r = CrossSection.integrate(me, CrossSection.Options.defaults().withPrecision(2e-3)
                .withIterations(10_000, 2, 40));
        double born = BornCrossSections.eeToFF(sm, 2.0 / 3, 0.5, 3, me.card().value("mass.6"), 500);
        assertEquals(born, r.sigma().value(), 4 * r.sigma().error(), "sigma " + r.sigma() + " vs Born " + born + " pb");
    }

    @Test
    void aSeedGivesTheSameResultOnAnyNumberOfThreads() {
        MatrixElement me = MatrixElement.builder("g g > t t~ g").sqrtS(1500).derivatives("mass.6").build();
        CrossSection.Options o = CrossSection.Options.defaults().withPrecision(0.5).withIterations(600, 1, 4).withSeed(42);
        CrossSection.Result one = CrossSection.integrate(me, o), two = CrossSection.integrate(me, o.withThreads(2));
        assertEquals(one.sigma(), two.sigma());
        assertEquals(one.gradient(), two.gradient());
        CrossSection.Result other = CrossSection.integrate(me, o.withSeed(43));
        assertTrue(other.sigma().value() != one.sigma().value(), "another seed, another sample");
    }

    @Test
    void theGridAdaptsToAPeakedIntegrand() {
        // e+ e- > t t~ varies with the angle: after adaptation the relative error per iteration (same
        // points) is below that of the first, flat iteration; and below threshold the build is refused
        MatrixElement me = MatrixElement.builder("e+ e- > t t~").sqrtS(500).build();
        CrossSection.Result r = CrossSection.integrate(me, CrossSection.Options.defaults().withPrecision(0.5)
                .withIterations(2000, 3, 6));
        CrossSection.Iteration first = r.iterations().get(0), last = r.iterations().get(r.iterations().size() - 1);
        assertTrue(last.sigma().error() / last.sigma().value() < first.sigma().error() / first.sigma().value(),
                "adaptation reduces the relative error: " + first.sigma() + " -> " + last.sigma());
        assertThrows(IllegalArgumentException.class, () -> MatrixElement.builder("e+ e- > t t~").sqrtS(300).build());
    }
}
