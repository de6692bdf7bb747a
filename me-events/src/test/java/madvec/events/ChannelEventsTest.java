package madvec.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import madvec.api.MatrixElement;
import madvec.events.CrossSection.Options;
import madvec.events.channels.ChannelSet;
import org.junit.jupiter.api.Test;

/**
 * Unweighted events of a decay chain proposed from its resonance channels: the cross section of the
 * pre-sample agrees with the multi-channel integrator, the events sit on the top peak as a
 * Breit-Wigner says, the efficiency is that of a proposal that follows the peaks, and a seed gives the
 * same events on any thread count.
 */
class ChannelEventsTest {
    private static final EventSampler.Setup SETUP = new EventSampler.Setup(3, 5000, 8000, 1e-3, 2048, 5, 1);

    @Test
    void decayChainEventsFollowTheirResonances() {
        MatrixElement me = MatrixElement.builder("ee_tt_6j").build();
        ChannelSet set = ChannelSet.of(me);
        CrossSection.Result integrated = MultiChannelCrossSection.integrate(me, set,
                Options.defaults().withPrecision(0.01).withIterations(5000, 2, 20).withSeed(3));
        try (EventSampler sampler = EventSampler.prepareChannels(me, set, SETUP, null)) {
            CrossSection.Estimate pre = sampler.presample().sigma();
            double pull = (pre.value() - integrated.sigma().value())
                    / Math.hypot(pre.error(), integrated.sigma().error());
            assertTrue(Math.abs(pull) < 4, "pre-sample " + pre + " against the integrator " + integrated.sigma());
            int events = 0, onPeak = 0;
            double mt = 173.0, width = 1.4915;
            while (events < 2000) {
                EventSampler.Chunk c = sampler.next();
                assertEquals(null, c.u(), "channel events carry momenta, not RAMBO coordinates");
                for (int e = 0; e < c.events(); e++, events++) {
                    // the top: final-state particles 1-3 (b u d~), externals 2-4
                    double[] p = new double[4];
                    for (int q = 2; q <= 4; q++) for (int mu = 0; mu < 4; mu++) p[mu] += c.momenta()[4 * q + mu][e];
                    double m = Math.sqrt(p[0] * p[0] - p[1] * p[1] - p[2] * p[2] - p[3] * p[3]);
                    if (Math.abs(m - mt) < 5 * width) onPeak++;
                }
            }
            // a Breit-Wigner puts (2/pi) atan(10) = 94 % of the events within 5 widths
            double share = (double) onPeak / events;
            assertTrue(share > 0.88 && share < 0.99, "share of tops within 5 widths of the peak: " + share);
            // flat phase space accepts about 1e-4 of its proposals here
            assertTrue(sampler.efficiency() > 0.05, "unweighting efficiency " + sampler.efficiency());
        }
    }

    @Test
    void aSeedGivesTheSameEventsOnAnyThreadCount() {
        MatrixElement me = MatrixElement.builder("ee_tt_6j").build();
        ChannelSet set = ChannelSet.of(me);
        EventSampler.Chunk one, two;
        try (EventSampler s = EventSampler.prepareChannels(me, set, SETUP, null)) {
            one = s.next();
        }
        try (EventSampler s = EventSampler.prepareChannels(me, set, SETUP.with(5, 2), null)) {
            two = s.next();
        }
        assertTrue(one.events() > 0);
        assertArrayEquals(one.me(), two.me());
        for (int j = 0; j < one.momenta().length; j++) assertArrayEquals(one.momenta()[j], two.momenta()[j]);
    }
}
