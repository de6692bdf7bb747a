package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhaseSpaceVolumeTest {

    @Test
    void masslessVolumeMatchesTheClosedForm() {
        double sqrtS = 91.2;
        double s = sqrtS * sqrtS;
        long[] factorial = {1, 1, 2, 6, 24, 120, 720, 5040};
        for (int n = 2; n <= 7; n++) {
            double expected = Math.pow(Math.PI / 2, n - 1) * Math.pow(s, n - 2) / (factorial[n - 1] * factorial[n - 2]);
            assertEquals(expected, PhaseSpaceVolume.massless(n, sqrtS), 1e-14 * expected, "n = " + n);
        }
        assertEquals(Math.PI / 2, PhaseSpaceVolume.massless(2, 1000.0), 1e-15);
    }

    @Test
    void twoBodyVolumeFollowsFromEnergyConservation() {
        double sqrtS = 500.0;
        double m1 = 173.0;
        double m2 = 80.4;
        double p = PhaseSpaceVolume.twoBodyMomentum(sqrtS, m1, m2);
        assertEquals(sqrtS, Math.hypot(p, m1) + Math.hypot(p, m2), 1e-12 * sqrtS);
        assertEquals(Math.PI * p / sqrtS, PhaseSpaceVolume.twoBody(sqrtS, m1, m2), 1e-15);
        assertEquals(PhaseSpaceVolume.massless(2, sqrtS), PhaseSpaceVolume.twoBody(sqrtS, 0, 0), 1e-15);
    }

    @Test
    void belowThresholdIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhaseSpaceVolume.twoBody(100.0, 60.0, 40.0));
        assertTrue(e.getMessage().contains("100.0") && e.getMessage().contains("threshold"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhaseSpaceVolume.massless(1, 10.0));
        assertThrows(IllegalArgumentException.class, () -> PhaseSpaceVolume.massless(3, -1.0));
    }
}
