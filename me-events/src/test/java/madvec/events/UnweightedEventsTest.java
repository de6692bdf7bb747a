package madvec.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import madvec.api.MatrixElement;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/**
 * Unweighted events against physics: the muon angular distribution of e+ e- > mu+ mu- against the
 * Born formula (chi^2), sigma from the proposals against the Born cross section, reproducibility for a
 * seed whatever the threads.
 */
class UnweightedEventsTest {
    private static final int BINS = 20;

    private static EventSampler sampler(MatrixElement me, long seed, int threads) {
        return EventSampler.prepare(me, new EventSampler.Setup(4, 10_000, 20_000, 1e-3, 8192, seed, threads), null);
    }

    /** cos of the angle between the e- (particle 1) and the mu- (particle 3) of each event. */
    private static double[] cosines(EventSampler s, int n) {
        double[] c = new double[n];
        int have = 0;
        while (have < n) {
            EventSampler.Chunk k = s.next();
            for (int e = 0; e < k.events() && have < n; e++, have++) {
                double[][] p = k.momenta();
                double dot = p[5][e] * p[13][e] + p[6][e] * p[14][e] + p[7][e] * p[15][e];
                double a = Math.sqrt(p[5][e] * p[5][e] + p[6][e] * p[6][e] + p[7][e] * p[7][e]);
                double b = Math.sqrt(p[13][e] * p[13][e] + p[14][e] * p[14][e] + p[15][e] * p[15][e]);
                c[have] = dot / (a * b);
            }
        }
        return c;
    }

    /**
     * The Born shape dsigma/dcos = a (1 + cos)^2 + b (1 - cos)^2 with a = |A_LL|^2 + |A_RR|^2 and
     * b = |A_LR|^2 + |A_RL|^2 (see {@link BornCrossSections#eeToMuMu}): the probability of each bin.
     */
    private static double[] bornBins(StandardModel m, double sqrtS, boolean swapped) {
        double e = m.ee().value(), sw = m.sw().value(), cw = m.cw().value(), mz = m.mz().value(), wz = m.width(23).value();
        double s = sqrtS * sqrtS, gz2 = e * e / (sw * sw * cw * cw), dRe = s - mz * mz, dIm = mz * wz, d2 = dRe * dRe + dIm * dIm;
        double[] g = {-0.5 + sw * sw, sw * sw};
        double a = 0, b = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double re = e * e / s + gz2 * g[i] * g[j] * dRe / d2, im = -gz2 * g[i] * g[j] * dIm / d2;
                if (i == j) a += re * re + im * im;
                else b += re * re + im * im;
            }
        }
        if (swapped) {
            double t = a;
            a = b;
            b = t;
        }
        double[] p = new double[BINS];
        double total = (a + b) * 8 / 3;
        for (int k = 0; k < BINS; k++) {
            double lo = -1 + 2.0 * k / BINS, hi = -1 + 2.0 * (k + 1) / BINS;
            p[k] = (a * (Math.pow(1 + hi, 3) - Math.pow(1 + lo, 3)) - b * (Math.pow(1 - hi, 3) - Math.pow(1 - lo, 3))) / 3 / total;
        }
        return p;
    }

    private static double chi2(double[] cos, double[] p) {
        int[] counts = new int[BINS];
        for (double c : cos) counts[Math.min(BINS - 1, (int) ((c + 1) / 2 * BINS))]++;
        double chi2 = 0;
        for (int k = 0; k < BINS; k++) {
            double expected = p[k] * cos.length;
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
        }
        return chi2;
    }

    @Test
    void muonAngularDistributionMatchesTheBornFormula() {
        MatrixElement me = MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(500).build();
        StandardModel sm = StandardModel.of(ParamCard.defaultSm());
        double[] cos;
        try (EventSampler s = sampler(me, 7, 1)) {
            cos = cosines(s, 40_000);
        }
        double chi2 = chi2(cos, bornBins(sm, 500, false));
        // 19 degrees of freedom: chi2 above 43.8 has probability 0.1 %
        assertTrue(chi2 < 43.8, "chi2 = " + chi2 + " for 19 degrees of freedom");
        // the test can fail: the mirrored asymmetry (L and R couplings exchanged) is far off
        double wrong = chi2(cos, bornBins(sm, 500, true));
        assertTrue(wrong > 1000, "mirrored distribution chi2 = " + wrong);
    }

    /**
     * g g > t t~ at 1 TeV: the top's angle to gluon 1, binned, against the distribution of |M|^2 on the
     * two-body phase space (flat in cos and phi), integrated by the midpoint rule; that integral is
     * itself checked against the analytic partonic cross section, so the reference is analytic.
     */
    @Test
    void topAngularDistributionMatchesTheMatrixElementsAndTheAnalyticCrossSection() {
        double sqrtS = 1000;
        MatrixElement me = MatrixElement.builder("g g > t t~").sqrtS(sqrtS).build();
        double m = me.externalMasses()[2], e = sqrtS / 2, p = Math.sqrt(e * e - m * m);
        int steps = 50;
        double[][] mom = new double[16][BINS * steps];
        for (int k = 0; k < BINS * steps; k++) {
            double c = -1 + (k + 0.5) * 2.0 / (BINS * steps), sn = Math.sqrt(1 - c * c);
            double[] q = {e, 0, 0, e, e, 0, 0, -e, e, p * sn, 0, p * c, e, -p * sn, 0, -p * c};
            for (int j = 0; j < 16; j++) mom[j][k] = q[j];
        }
        double[] me2 = me.evaluateMomenta(mom).me(), expected = new double[BINS];
        double total = 0;
        for (int k = 0; k < BINS * steps; k++) {
            expected[k / steps] += me2[k];
            total += me2[k];
        }
        for (int b = 0; b < BINS; b++) expected[b] /= total;
        // sigma = 1/(2s) int |M|^2 beta / (32 pi^2) dOmega = beta/(32 pi s) int |M|^2 dcos (phi-independent)
        double beta = p / e, sigma = beta / (32 * Math.PI * sqrtS * sqrtS) * total * 2.0 / (BINS * steps) * CrossSection.PB_GEV2;
        double analytic = BornCrossSections.ggToTT(me.card().value("sminputs.3"), m, sqrtS);
        assertEquals(analytic, sigma, 1e-3 * analytic, "quadrature of |M|^2 vs the analytic partonic cross section");
        double[] cos = new double[40_000];
        try (EventSampler s = sampler(me, 5, 2)) {
            int have = 0;
            while (have < cos.length) {
                EventSampler.Chunk k = s.next();
                for (int i = 0; i < k.events() && have < cos.length; i++, have++) {
                    double[][] q = k.momenta();
                    cos[have] = q[11][i] / Math.sqrt(q[9][i] * q[9][i] + q[10][i] * q[10][i] + q[11][i] * q[11][i]);
                }
            }
        }
        double chi2 = chi2(cos, expected);
        assertTrue(chi2 < 43.8, "chi2 = " + chi2 + " for 19 degrees of freedom");
        double[] flat = new double[BINS];
        java.util.Arrays.fill(flat, 1.0 / BINS);
        assertTrue(chi2(cos, flat) > 1000, "a flat distribution is rejected: " + chi2(cos, flat));
    }

    @Test
    void sigmaOfTheProposalsMatchesTheBornCrossSectionAndFewWeightsAreTruncated() {
        MatrixElement me = MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(500).build();
        double born = BornCrossSections.eeToMuMu(StandardModel.of(ParamCard.defaultSm()), 500);
        try (EventSampler s = sampler(me, 3, 1)) {
            int events = 0;
            while (events < 20_000) events += s.next().events();
            CrossSection.Estimate sigma = s.sigma();
            assertEquals(born, sigma.value(), 4 * sigma.error(), "sigma " + sigma + " vs Born " + born);
            assertEquals(born, s.presample().sigma().value(), 4 * s.presample().sigma().error(), "pre-sample sigma");
            assertTrue(s.efficiency() > 0.5 && s.efficiency() <= 1, "efficiency " + s.efficiency());
            assertTrue(s.overweightShare() < 5e-3, "truncated share " + s.overweightShare());
        }
    }

    @Test
    void aSeedGivesTheSameEventsOnAnyNumberOfThreads() {
        MatrixElement me = MatrixElement.builder("g g > t t~").sqrtS(1000).build();
        EventSampler.Chunk one, two;
        try (EventSampler s = sampler(me, 11, 1)) {
            s.next();
            one = s.next();
        }
        try (EventSampler s = sampler(me, 11, 2)) {
            s.next();
            two = s.next();
        }
        assertTrue(one.events() > 0);
        for (int j = 0; j < one.momenta().length; j++) assertArrayEquals(one.momenta()[j], two.momenta()[j]);
        assertArrayEquals(one.random()[0], two.random()[0]);
    }

    @Test
    void belowThresholdIsRefusedWithAClearMessage() {
        Exception e = assertThrows(RuntimeException.class,
                () -> sampler(MatrixElement.builder("e+ e- > t t~").sqrtS(300).build(), 1, 1));
        assertTrue(e.getMessage().contains("threshold") || e.getMessage().contains("300"), e.getMessage());
    }
}
