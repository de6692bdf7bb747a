package madvec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Test;

/**
 * The statistical identities of gold data, which need no reference: the joint score averages to zero
 * over events drawn at theta, the joint likelihood ratio to one over events drawn at theta1, both
 * within their statistical errors; the joint score against central finite differences of log p; for
 * the MadJax paper's example, e+ e- > z > mu+ mu- with G_F, and for a parameter that moves the momenta
 * (the top mass in g g > t t~).
 */
class GoldSamplerTest {
    private static final double GF = 1.1663787e-5;

    private static GoldSampler sampler(String process, double sqrtS, String parameter, double reference) {
        MatrixElement scored = MatrixElement.builder(process).sqrtS(sqrtS).derivatives(parameter).free(parameter).build();
        MatrixElement drawn = MatrixElement.builder(process).sqrtS(sqrtS).free(parameter).build();
        return new GoldSampler(scored, drawn, new double[] {reference},
                new EventSampler.Setup(4, 10_000, 1000, 1e-3, 8192, 5, 1), 40_000, null);
    }

    /** Mean of t over events drawn at theta, with its error (the sample's and sigma's gradient's). */
    private static void assertScoreAveragesToZero(GoldSampler s, double theta, int n) {
        GoldSampler.Point p = s.at(new double[] {theta});
        GoldSampler.Joint j = s.joint(p, s.draw(p, n, 1));
        double sum = 0, sum2 = 0;
        for (double[] t : j.score()) {
            sum += t[0];
            sum2 += t[0] * t[0];
        }
        double mean = sum / n, sd = Math.sqrt(sum2 / n - mean * mean), err = Math.hypot(sd / Math.sqrt(n), p.gradLogSigmaError()[0]);
        assertTrue(Math.abs(mean) < 4 * err, "E[t] = " + mean + " +- " + err + " (sd " + sd + ")");
        // the test has power: the score's spread is far larger than the error of its mean
        assertTrue(sd > 20 * err, "sd " + sd + " vs error " + err);
    }

    @Test
    void jointScoreAveragesToZeroForGFermiInEeToZToMuMu() {
        assertScoreAveragesToZero(sampler("e+ e- > z > mu+ mu-", 91.188, "sminputs.2", GF), GF, 8000);
    }

    @Test
    void jointScoreAveragesToZeroForTheTopMassWhichMovesTheMomenta() {
        assertScoreAveragesToZero(sampler("g g > t t~", 1000, "mass.6", 173), 173, 8000);
    }

    @Test
    void jointLikelihoodRatioAveragesToOneOverEventsDrawnAtTheta1() {
        GoldSampler s = sampler("e+ e- > z > mu+ mu-", 91.188, "sminputs.2", GF);
        GoldSampler.Point p0 = s.at(new double[] {GF}), p1 = s.at(new double[] {1.3e-5});
        int n = 8000;
        double[][] u = s.draw(p1, n, 2);
        double[] l0 = s.joint(p0, u).logP(), l1 = s.joint(p1, u).logP();
        double sum = 0, sum2 = 0;
        for (int e = 0; e < n; e++) {
            double r = Math.exp(l0[e] - l1[e]);
            sum += r;
            sum2 += r * r;
        }
        double mean = sum / n, sd = Math.sqrt(sum2 / n - mean * mean);
        double err = Math.hypot(sd / Math.sqrt(n), p0.sigma().error() / p0.sigma().value() + p1.sigma().error() / p1.sigma().value());
        assertEquals(1, mean, 4 * err, "E[r] over theta1 events, sd " + sd);
        assertTrue(sd > 0.05, "r varies from event to event: sd " + sd);
    }

    @Test
    void jointScoreMatchesCentralFiniteDifferencesOfLogP() {
        for (Object[] c : new Object[][] {{"e+ e- > z > mu+ mu-", 91.188, "sminputs.2", GF, 1e-4}, {"g g > t t~", 1000.0, "mass.6",
            173.0, 1e-4}}) {
            GoldSampler s = sampler((String) c[0], (double) c[1], (String) c[2], (double) c[3]);
            double theta = (double) c[3], h = (double) c[4] * theta;
            GoldSampler.Point p = s.at(new double[] {theta});
            double[][] u = s.draw(p, 50, 3);
            double[] up = s.joint(s.at(new double[] {theta + h}), u).logP(), down = s.joint(s.at(new double[] {theta - h}), u).logP();
            double[][] t = s.joint(p, u).score();
            for (int e = 0; e < 50; e++) {
                double fd = (up[e] - down[e]) / (2 * h);
                assertEquals(fd, t[e][0], 1e-5 * Math.abs(t[e][0]) + 1e-6 / theta, c[0] + " event " + e);
            }
        }
    }

    @Test
    void sigmaAtTheta0AgreesWithTheIntegrator() {
        GoldSampler s = sampler("e+ e- > z > mu+ mu-", 91.188, "sminputs.2", GF);
        GoldSampler.Point p = s.at(new double[] {GF});
        MatrixElement me = MatrixElement.builder("e+ e- > z > mu+ mu-").sqrtS(91.188).derivatives("sminputs.2").build();
        CrossSection.Result r = CrossSection.integrate(me, CrossSection.Options.defaults().withPrecision(1e-3)
                .withIterations(10_000, 2, 30));
        double err = Math.hypot(p.sigma().error(), r.sigma().error());
        assertEquals(r.sigma().value(), p.sigma().value(), 4 * err);
        double g = r.gradient().get("sminputs.2").value() / r.sigma().value();
        double gErr = Math.hypot(r.gradient().get("sminputs.2").error() / r.sigma().value(), p.gradLogSigmaError()[0]);
        assertEquals(g, p.gradLogSigma()[0], 4 * gErr + 1e-3 * Math.abs(g));
    }

    @Test
    void badThetasAreRefusedWithClearMessages() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> ThetaSpec.parse("uniform(2,1)", 1, "--theta0"));
        assertTrue(e.getMessage().contains("no support"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ThetaSpec.parse("gaussian(1,0)", 1, "--theta1"));
        assertTrue(e.getMessage().contains("no support") && e.getMessage().contains("--theta1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ThetaSpec.parse("1,2", 1, "--theta0"));
        assertTrue(e.getMessage().contains("2 value(s) for 1 parameter"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ThetaSpec.parse("abc", 1, "--theta0"));
        assertTrue(e.getMessage().contains("'abc' is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(500)
                .derivatives("mass.99").build());
        assertTrue(e.getMessage().contains("mass.99"), e.getMessage());
    }

    @Test
    void priorsAndListsGiveTheirPoints() {
        ThetaSpec list = ThetaSpec.parse("1,2;3,4", 2, "--theta0");
        assertEquals(1, list.pointOf(0, 10, null)[0]);
        assertEquals(3, list.pointOf(9, 10, null)[0]);
        ThetaSpec prior = ThetaSpec.parse("uniform(1,2),gaussian(5,0.5)", 2, "--theta0");
        assertTrue(prior.isPrior());
        double sum = 0, sum2 = 0;
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 4000; i++) {
            double[] v = prior.pointOf(i, 4000, rng);
            assertTrue(v[0] >= 1 && v[0] < 2);
            sum += v[1];
            sum2 += v[1] * v[1];
        }
        double mean = sum / 4000, sd = Math.sqrt(sum2 / 4000 - mean * mean);
        assertEquals(5, mean, 4 * 0.5 / Math.sqrt(4000));
        assertEquals(0.5, sd, 0.05);
    }

    @Test
    void goldDataNeedsAPositiveNumberOfEvents() {
        GoldSampler s = sampler("e+ e- > z > mu+ mu-", 91.188, "sminputs.2", GF);
        Exception e = assertThrows(IllegalArgumentException.class, () -> GoldData.local(s, ThetaSpec.parse("1.2e-5", 1, "t"), 0,
                null, GoldData.Features.momenta(4), 1, null));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }
}
