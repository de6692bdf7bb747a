package madvec.events.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decay-tree channels: momenta conserve four-momentum and sit on their mass shells, the inverse
 * gives back the point and the weight, and the weights integrate to the phase-space volume.
 */
class DecayChannelTest {
    /** t(3 4 5) t~(6 7 8) with W+(4 5), W-(7 8), as in e+ e- > t t~, t > b u d~, t~ > b~ d u~. */
    static final List<Resonance> TOPS = List.of(new Resonance(6, 173, 1.4915, 0b000111), new Resonance(6, 173, 1.4915, 0b111000),
            new Resonance(24, 79.82, 2.0476, 0b000110), new Resonance(24, 79.82, 2.0476, 0b110000));
    static final double[] MASSES = {4.7, 0, 0, 4.7, 0, 0};

    @Test
    void momentaConserveFourMomentumAndSitOnTheirMassShells() {
        DecayChannel c = new DecayChannel(TOPS, 500, MASSES);
        assertEquals(14, c.dimensions());
        SplittableRandom rng = new SplittableRandom(3);
        double[] u = new double[14], p = new double[24];
        for (int e = 0; e < 1000; e++) {
            for (int d = 0; d < u.length; d++) u[d] = rng.nextDouble();
            assertTrue(c.forward(u, p) > 0);
            double[] total = TwoBody.sum(p, 0b111111);
            assertEquals(500, total[0], 1e-10);
            for (int mu = 1; mu < 4; mu++) assertEquals(0, total[mu], 1e-10);
            for (int i = 0; i < 6; i++) {
                double m2 = p[4 * i] * p[4 * i] - p[4 * i + 1] * p[4 * i + 1] - p[4 * i + 2] * p[4 * i + 2] - p[4 * i + 3] * p[4 * i + 3];
                assertEquals(MASSES[i] * MASSES[i], m2, 1e-8 * p[4 * i] * p[4 * i], "mass shell of particle " + i);
            }
        }
    }

    @Test
    void theTopInvariantMassFollowsItsBreitWignerShape() {
        // half the points within one width of the peak: the tan map's y is uniform, and the window
        // [m - Gamma/2, m + Gamma/2] in m is about [-pi/4, pi/4] in y out of almost [-pi/2, pi/2]
        DecayChannel c = new DecayChannel(TOPS, 500, MASSES);
        SplittableRandom rng = new SplittableRandom(4);
        double[] u = new double[14], p = new double[24];
        int inside = 0, n = 20000;
        for (int e = 0; e < n; e++) {
            for (int d = 0; d < u.length; d++) u[d] = rng.nextDouble();
            c.forward(u, p);
            double m = TwoBody.mass(TwoBody.sum(p, 0b000111));
            if (Math.abs(m - 173) < 1.4915 / 2) inside++;
        }
        double share = (double) inside / n;
        assertEquals(0.5, share, 0.02, "share of tops within half a width of the peak");
    }

    @Test
    void theInverseGivesBackThePointAndTheWeight() {
        for (List<Resonance> resonances : List.of(TOPS, List.<Resonance>of(), List.of(TOPS.get(1)))) {
            DecayChannel c = new DecayChannel(resonances, 500, MASSES);
            SplittableRandom rng = new SplittableRandom(5);
            double[] u = new double[14], back = new double[14], p = new double[24];
            for (int e = 0; e < 500; e++) {
                for (int d = 0; d < u.length; d++) u[d] = rng.nextDouble();
                double w = c.forward(u, p), wBack = c.inverse(p, back);
                assertEquals(w, wBack, 1e-7 * w, "weight, channel " + c);
                for (int d = 0; d < u.length; d++) assertEquals(u[d], back[d], 1e-7, "coordinate " + d + ", channel " + c);
            }
        }
    }

    @Test
    void weightsIntegrateToTheMasslessPhaseSpaceVolume() {
        // any channel is a map of the whole phase space: the mean weight over the cube is its volume
        int n = 4;
        double sqrtS = 100;
        List<Resonance> z = List.of(new Resonance(23, 50, 5, 0b0011));
        for (List<Resonance> resonances : List.of(z, List.<Resonance>of())) {
            DecayChannel c = new DecayChannel(resonances, sqrtS, new double[n]);
            SplittableRandom rng = new SplittableRandom(6);
            double[] u = new double[c.dimensions()], p = new double[4 * n];
            int events = 200_000;
            double sum = 0, sum2 = 0;
            for (int e = 0; e < events; e++) {
                for (int d = 0; d < u.length; d++) u[d] = rng.nextDouble();
                double w = c.forward(u, p);
                sum += w;
                sum2 += w * w;
            }
            double mean = sum / events, error = Math.sqrt((sum2 / events - mean * mean) / (events - 1));
            // (pi/2)^(n-1) s^(n-2) / ((n-1)! (n-2)!) for n massless particles
            double volume = Math.pow(Math.PI / 2, n - 1) * Math.pow(sqrtS, 2 * (n - 2)) / (6 * 2);
            assertEquals(volume, mean, 4 * error, "channel " + c + ": " + mean + " +- " + error);
            assertTrue(error < 0.05 * volume, "a precise check: " + error);
        }
    }

    @Test
    void overlappingResonancesAreRefused() {
        List<Resonance> overlap = List.of(new Resonance(23, 91, 2.4, 0b0011), new Resonance(23, 91, 2.4, 0b0110));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DecayChannel(overlap, 500, new double[4]));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DecayChannel(List.of(), 9, new double[] {4.7, 4.7}));
    }
}
