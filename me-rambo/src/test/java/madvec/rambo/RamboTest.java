package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Classic RAMBO: momentum conservation and mass shells (its weights are checked with the volumes). */
class RamboTest {
    private static final double SQRT_S = 250.0;
    /**
     * The conformal map boosts by gamma = Q0/M of the random massless total Q, and its three-momentum
     * cancellation costs about eps gamma^2; nearly collinear pairs (likely for n = 2) reach gamma ~ 100.
     * RAMBO on diet, whose boosts are built from rest frames, meets 1e-12.
     */
    private static final double CONSERVATION = 1e-10;

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void momentaAreConservedAndOnShell(int n) {
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = i % 2 == 0 ? 0.0 : 10.0 * i;
        }
        Rambo rambo = new Rambo(SQRT_S, 0.0, 5.0, masses);
        assertEquals(4 * n, rambo.randomNumbers());
        assertEquals(n, rambo.finalParticles());
        SplittableRandom rng = new SplittableRandom(n);
        double[] p = new double[4 * (n + 2)];
        for (int e = 0; e < 2000; e++) {
            double w = rambo.generate(rng, p);
            assertTrue(w > 0.0 && Double.isFinite(w));
            double[] total = Events.finalStateTotal(p);
            assertEquals(SQRT_S, total[0], CONSERVATION * SQRT_S);
            for (int mu = 1; mu < 4; mu++) {
                assertEquals(0.0, total[mu], CONSERVATION * SQRT_S);
            }
            for (int i = 0; i < n; i++) {
                double energy = p[4 * (i + 2)];
                assertEquals(masses[i] * masses[i], Events.massSquared(p, i + 2), 1e-12 * energy * energy);
            }
            assertEquals(SQRT_S, p[0] + p[4], 1e-12 * SQRT_S);
            assertEquals(25.0, Events.massSquared(p, 1), 1e-12 * p[4] * p[4]);
        }
    }
}
