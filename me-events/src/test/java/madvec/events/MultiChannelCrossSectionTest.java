package madvec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.events.CrossSection.Estimate;
import madvec.events.CrossSection.Options;
import madvec.events.CrossSection.Result;
import madvec.events.MultiChannelCrossSection.PhaseSpace;
import madvec.events.channels.ChannelSet;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/**
 * The multi-channel integrator: the narrow-width limit of the top decay chain, exact gradients
 * against finite differences with common random numbers, agreement with the flat map and the Born
 * formulas where both work, reproducibility, and the choice between the two maps.
 */
class MultiChannelCrossSectionTest {

    @Test
    void topPairsDecayingToSixQuarksMatchProductionTimesBranchingRatios() {
        // e+ e- at 500 GeV at the card's top width; g g at 1 TeV with a ten times narrower top, for there the
        // off-shell tails (the top's decay rate grows as its virtuality cubed, and 1 TeV leaves room for
        // virtualities far above m_t) add a part that does not fall with the width: +5.8 % at the card's
        // width, where d ln sigma / d ln Gamma_t = -1.94 instead of -2
        record Case(String process, double gammaT) {}
        for (Case c : List.of(new Case("ee_tt_6j", 1.4915), new Case("gg_tt_6j", 0.15))) {
            MatrixElement me = MatrixElement.builder(c.process()).set("decay.6", c.gammaT()).build();
            Result r = MultiChannelCrossSection.integrate(me, Options.defaults().withPrecision(0.02).withIterations(5000, 2, 20),
                    PhaseSpace.AUTO);
            StandardModel sm = StandardModel.of(me.card());
            double mt = sm.mass(6).value(), gammaT = sm.width(6).value();
            double br = DecayWidths.topToBffbar(sm, 3) / gammaT;
            double production = c.process().startsWith("ee")
                    ? BornCrossSections.eeToFF(sm, 2.0 / 3, 0.5, 3, mt, me.sqrtS())
                    : BornCrossSections.ggToTT(me.card().value("sminputs.3"), mt, me.sqrtS());
            double narrow = production * br * br;
            assertTrue(r.sigma().error() < 0.02 * r.sigma().value(), "precision reached: " + r.sigma());
            // the narrow-width approximation holds to O(Gamma_t / m_t), 0.9 % for ee_tt_6j
            double tolerance = Math.hypot(3 * r.sigma().error(), 1.5 * gammaT / mt * narrow);
            assertEquals(narrow, r.sigma().value(), tolerance, c + ": sigma " + r.sigma() + " vs sigma(tt) BR^2 = "
                    + production + " x " + br + "^2 = " + narrow + " pb");
        }
    }

    @Test
    void theGradientEstimatorIsTheDerivativeOfTheEstimatorAtTheSamePoints() {
        // the estimator sum_i alpha_i mean_i(f / g) at fixed points and densities is a smooth function of
        // theta: its central differences must match the estimator of d f / d theta to O(h^2); one channel
        // (the top chain) and four (Z pairs, with alpha_i = 1/4 and every channel's density at each point)
        record Case(String process, double sqrtS, String... names) {}
        for (Case c : List.of(new Case("ee_tt_6j", 500, "mass.6", "decay.6", "decay.24"),
                new Case("e+ e- > ve ve~ vm vm~", 250, "mass.23", "decay.23"))) {
            MatrixElement me = MatrixElement.builder(c.process()).sqrtS(c.sqrtS()).derivatives(c.names()).build();
            List<madvec.events.channels.DecayChannel> channels = ChannelSet.of(me).channels();
            int k = channels.size();
            VegasGrid[] grids = new VegasGrid[k];
            for (int i = 0; i < k; i++) grids[i] = new VegasGrid(me.dimensions(), 50);
            double[] alpha = new double[k];
            java.util.Arrays.fill(alpha, 1.0 / k);
            ChannelSample s = ChannelSample.draw(channels, grids, alpha, 4000, 11, 1, me.pdgs().length,
                    MultiChannelCrossSection.beams(me.externalMasses(), me.sqrtS()));
            double factor = new CrossSection.Flux(me).factor;
            madvec.api.Batch b = me.evaluateMomenta(s.momenta);
            for (String name : c.names()) {
                double v = me.card().value(name), h = 1e-5 * v;
                double up = s.estimate(me.withParameters(Map.of(name, v + h)).evaluateMomenta(s.momenta).me(), factor, alpha).value();
                double down = s.estimate(me.withParameters(Map.of(name, v - h)).evaluateMomenta(s.momenta).me(), factor, alpha).value();
                double fd = (up - down) / (2 * h), d = s.estimate(b.dme(name), factor, alpha).value();
                assertEquals(fd, d, 1e-5 * Math.abs(fd), c.process() + ": d sigma/d " + name + " = " + d + " vs " + fd);
            }
        }
    }

    @Test
    void integratedGradientsMatchFiniteDifferencesAndTheNarrowWidthScaling() {
        // the whole integration at theta +- h with the same seed and channels: the grids adapt a little
        // differently and the iterations combine with slightly different weights, so the check is
        // against the statistical error
        String[] names = {"mass.6", "decay.6"};
        MatrixElement me = MatrixElement.builder("ee_tt_6j").derivatives(names).build();
        ChannelSet channels = ChannelSet.of(me);
        Options o = Options.defaults().withPrecision(0.5).withIterations(4000, 1, 3).withSeed(7);
        Result r = MultiChannelCrossSection.integrate(me, channels, o);
        for (String name : names) {
            double v = me.card().value(name), h = 1e-4 * v;
            double up = MultiChannelCrossSection.integrate(me.withParameters(Map.of(name, v + h)), channels, o).sigma().value();
            double down = MultiChannelCrossSection.integrate(me.withParameters(Map.of(name, v - h)), channels, o).sigma().value();
            double fd = (up - down) / (2 * h);
            Estimate d = r.gradient().get(name);
            assertEquals(fd, d.value(), 3 * d.error(), "d sigma/d " + name + " = " + d + " vs " + fd);
        }
        // sigma = sigma(tt) Gamma(t > b u d~)^2 / Gamma_t^2 in the narrow-width limit: d ln sigma / d ln Gamma_t = -2
        Estimate dWidth = r.gradient().get("decay.6");
        assertTrue(dWidth.error() < 0.2 * Math.abs(dWidth.value()), "a gradient that is not noise: " + dWidth);
        double gammaT = me.card().value("decay.6"), logSlope = dWidth.value() * gammaT / r.sigma().value();
        double error = Math.hypot(dWidth.error() / dWidth.value(), r.sigma().error() / r.sigma().value()) * Math.abs(logSlope);
        assertEquals(-2, logSlope, 3 * error + 0.05, "d ln sigma / d ln Gamma_t = " + logSlope + " +- " + error);
    }

    @Test
    void withoutResonancesTheChannelAgreesWithTheBornFormulasAndTheFlatMap() {
        // the channel without resonances is plain two-body phase space: e+ e- > mu+ mu- and g g > t t~
        Options o = Options.defaults().withPrecision(2e-3).withIterations(10_000, 2, 40);
        MatrixElement ee = MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(500).build();
        MatrixElement gg = MatrixElement.builder("g g > t t~").sqrtS(1000).build();
        double[] exact = {BornCrossSections.eeToMuMu(StandardModel.of(ParamCard.defaultSm()), 500),
            BornCrossSections.ggToTT(gg.card().value("sminputs.3"), gg.card().value("mass.6"), 1000)};
        MatrixElement[] processes = {ee, gg};
        for (int i = 0; i < 2; i++) {
            Result r = MultiChannelCrossSection.integrate(processes[i], o, PhaseSpace.CHANNELS);
            Result flat = MultiChannelCrossSection.integrate(processes[i], o, PhaseSpace.FLAT);
            String what = processes[i].process() + ": channels " + r.sigma() + ", flat " + flat.sigma() + ", exact " + exact[i] + " pb";
            assertEquals(exact[i], r.sigma().value(), 4 * r.sigma().error(), what);
            assertEquals(flat.sigma().value(), r.sigma().value(), 4 * Math.hypot(r.sigma().error(), flat.sigma().error()), what);
        }
    }

    @Test
    void fourChannelsAgreeWithTheFlatMapWhereItConverges() {
        // e+ e- > ve ve~ vm vm~: Z Z, one Z, and no resonance; with a 15 GeV wide Z the flat map converges too
        MatrixElement me = MatrixElement.builder("e+ e- > ve ve~ vm vm~").sqrtS(250).set("decay.23", 15).build();
        assertEquals(4, ChannelSet.of(me).channels().size(), ChannelSet.of(me).describe().toString());
        List<String> table = new ArrayList<>();
        Options o = Options.defaults().withPrecision(0.01).withIterations(10_000, 2, 30);
        Result channels = MultiChannelCrossSection.integrate(me, o.withProgress(table::add), PhaseSpace.CHANNELS);
        Result flat = MultiChannelCrossSection.integrate(me, o, PhaseSpace.FLAT);
        double error = Math.hypot(channels.sigma().error(), flat.sigma().error());
        assertEquals(flat.sigma().value(), channels.sigma().value(), 4 * error, channels.sigma() + " vs flat " + flat.sigma());
        assertTrue(table.get(table.size() - 1).startsWith("# channel weights:"), "the adapted weights are reported");
        // and at the physical width, where the flat map's estimate is poor, the channels still reach 1 %
        MatrixElement narrow = MatrixElement.builder("e+ e- > ve ve~ vm vm~").sqrtS(250).build();
        Result n = MultiChannelCrossSection.integrate(narrow, o, PhaseSpace.AUTO);
        assertTrue(n.sigma().error() < 0.01 * n.sigma().value() && n.iterations().size() < 10, "1 % in a few iterations: "
                + n.sigma() + " after " + n.iterations().size());
    }

    @Test
    void onTheZPeakWithoutAMappableResonanceAutoIsFlatAndChannelsAgree() {
        // e+ e- > z > mu+ mu- at sqrt(s) = MZ: the Z carries sqrt(s), fixed, so there is nothing to map
        MatrixElement me = MatrixElement.builder("ee_z_mumu").build();
        assertFalse(MultiChannelCrossSection.usesChannels(me));
        Options o = Options.defaults().withPrecision(2e-3).withIterations(10_000, 2, 40);
        Result channels = MultiChannelCrossSection.integrate(me, o, PhaseSpace.CHANNELS), auto = MultiChannelCrossSection.integrate(me, o,
                PhaseSpace.AUTO), flat = CrossSection.integrate(me, o);
        assertEquals(flat.sigma(), auto.sigma());
        double error = Math.hypot(channels.sigma().error(), flat.sigma().error());
        assertEquals(flat.sigma().value(), channels.sigma().value(), 4 * error, channels.sigma() + " vs flat " + flat.sigma());
    }

    @Test
    void aSeedGivesTheSameResultOnAnyNumberOfThreads() {
        MatrixElement me = MatrixElement.builder("e+ e- > ve ve~ vm vm~").sqrtS(250).derivatives("mass.23").build();
        Options o = Options.defaults().withPrecision(0.5).withIterations(1000, 1, 4).withSeed(42);
        Result one = MultiChannelCrossSection.integrate(me, o, PhaseSpace.CHANNELS);
        Result two = MultiChannelCrossSection.integrate(me, o.withThreads(2), PhaseSpace.CHANNELS);
        assertEquals(one.sigma(), two.sigma());
        assertEquals(one.gradient(), two.gradient());
        assertTrue(MultiChannelCrossSection.integrate(me, o.withSeed(43), PhaseSpace.CHANNELS).sigma().value() != one.sigma().value(),
                "another seed, another sample");
    }

    @Test
    void aDerivativeThatMovesAnExternalMassTakesTheFlatMap() {
        MatrixElement me = MatrixElement.builder("e+ e- > t t~").sqrtS(500).derivatives("mass.6").build();
        Options o = Options.defaults().withPrecision(0.5).withIterations(500, 0, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MultiChannelCrossSection.integrate(me, o, PhaseSpace.CHANNELS));
        assertTrue(e.getMessage().contains("mass.6") && e.getMessage().contains("flat"), e.getMessage());
        MatrixElement chain = MatrixElement.builder("ee_tt_6j").derivatives("mass.5").build();
        assertFalse(MultiChannelCrossSection.usesChannels(chain), "the b mass moves the external b quarks");
        assertTrue(MultiChannelCrossSection.usesChannels(MatrixElement.builder("ee_tt_6j").derivatives("mass.6").build()));
    }
}
