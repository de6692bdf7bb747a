package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails early with a message that names the problem. */
class BadInputTest {
    private static final double SQRT_S = 500.0;

    @Test
    void belowThresholdNamesSqrtSAndTheThreshold() {
        assertMessage(() -> new RamboOnDiet(SQRT_S, 173.0, 173.0, 200.0), "500.0", "threshold", "546.0");
        assertMessage(() -> new RamboOnDiet(SQRT_S, 250.0, 250.0), "500.0", "threshold");
        assertMessage(() -> new RamboOnDiet(SQRT_S, DualScalar.constant(300, 0), DualScalar.constant(200, 0),
                Events.constants(new double[] {0, 0}, 0)), "500.0", "incoming threshold");
        assertMessage(() -> new Rambo(SQRT_S, 0, 0, new double[] {400, 100}), "500.0", "threshold");
    }

    @Test
    void coordinateOutsideTheUnitIntervalIsNamed() {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, 0, 0, 0);
        double[] p = new double[map.momentumComponents()];
        assertMessage(() -> map.forward(new double[] {0.5, 0.5, 1.5, 0.5, 0.5}, p), "u[2]", "1.5", "outside [0, 1]");
        assertMessage(() -> map.forward(new double[] {0.5, -0.1, 0.5, 0.5, 0.5}, p), "u[1]");
        assertMessage(() -> map.forward(new double[] {0.5, 0.5, 0.5, Double.NaN, 0.5}, p), "u[3]", "NaN");
        DualLanes[] u = Events.lanes(map.dimensions(), 6, 0);
        for (DualLanes c : u) {
            c.setValues(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
        }
        u[4].set(3, 1.0000001);
        assertMessage(() -> map.forward(u, Events.lanes(map.momentumComponents(), 6, 0), DualLanes.create(6, 0)),
                "u[4]", "lane 3");
        Rambo rambo = new Rambo(SQRT_S, 0, 0, new double[] {0, 0});
        double[] random = new double[8];
        random[5] = 2.0;
        assertMessage(() -> rambo.generate(random, new double[16]), "u[5]");
    }

    @Test
    void inverseRejectsMomentaOutsideTheCentreOfMassFrameOrOffShell() {
        RamboOnDiet map = new RamboOnDiet(SQRT_S, 10.0, 20.0, 0.0);
        double[] p = new double[map.momentumComponents()];
        double[] u = new double[map.dimensions()];
        map.forward(new double[] {0.3, 0.4, 0.5, 0.6, 0.7}, p);
        double[] boosted = p.clone();
        for (int i = 2; i < 5; i++) {
            boosted[4 * i + 3] += 1.0; // every pz shifted: total pz 3 GeV, and each particle off shell
        }
        assertMessage(() -> map.inverse(boosted, u), "off its mass shell");
        double[] heavier = p.clone();
        heavier[8] += 1e-3; // particle 0's energy too large: off shell
        assertMessage(() -> map.inverse(heavier, u), "final-state particle 0", "off its mass shell");
        double[] scaled = p.clone();
        for (int c = 8; c < scaled.length; c++) {
            scaled[c] *= 1.01; // on shell for masses scaled alike, but the total energy is wrong
        }
        RamboOnDiet massless = new RamboOnDiet(SQRT_S, 0.0, 0.0, 0.0);
        double[] q = new double[massless.momentumComponents()];
        massless.forward(new double[] {0.3, 0.4, 0.5, 0.6, 0.7}, q);
        for (int c = 8; c < q.length; c++) {
            q[c] *= 1.01;
        }
        assertMessage(() -> massless.inverse(q, u), "not in the centre-of-mass frame", "505");
        DualLanes[] lanes = Events.lanes(map.momentumComponents(), 2, 0);
        for (int c = 0; c < p.length; c++) {
            lanes[c].setValues(new double[] {p[c], heavier[c]});
        }
        assertMessage(() -> map.inverse(lanes, Events.lanes(map.dimensions(), 2, 0), DualLanes.create(2, 0)),
                "lane 1", "off its mass shell");
    }

    @Test
    void shapesMustAgree() {
        int k = 2;
        RamboOnDiet map = new RamboOnDiet(SQRT_S, DualScalar.constant(0, k), DualScalar.constant(0, k),
                Events.constants(new double[] {0, 0, 0}, k));
        assertMessage(() -> map.forward(Events.lanes(5, 4, 1), Events.lanes(20, 4, 1), DualLanes.create(4, 1)), "k = 1", "k = 2");
        assertMessage(() -> map.forward(Events.lanes(5, 4, k), Events.lanes(20, 3, k), DualLanes.create(4, k)), "momenta[0]",
                "lanes = 3");
        assertMessage(() -> map.forward(Events.lanes(4, 4, k), Events.lanes(20, 4, k), DualLanes.create(4, k)), "5", "got 4");
        assertMessage(() -> map.forward(Events.lanes(5, 4, k), Events.lanes(16, 4, k), DualLanes.create(4, k)), "20", "got 16");
        assertMessage(() -> new RamboOnDiet(SQRT_S, DualScalar.constant(0, 1), DualScalar.constant(0, 1),
                Events.constants(new double[] {0, 0}, 2)), "final-state mass 0", "k = 2");
        assertMessage(() -> new RamboOnDiet(SQRT_S, 0.0), "n >= 2");
        assertMessage(() -> new RamboOnDiet(SQRT_S, 1.0, -1.0), "final-state mass 1", "-1.0");
        assertMessage(() -> new RamboOnDiet(-SQRT_S, 1.0, 1.0), "sqrt(s)");
        RamboOnDiet plain = new RamboOnDiet(SQRT_S, 0, 0);
        assertMessage(() -> plain.forward(new double[3], new double[16]), "hypercube point", "2", "got 3");
        assertMessage(() -> plain.forward(new double[2], new double[12]), "momenta", "16", "got 12");
    }

    private static void assertMessage(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should name '" + f + "'");
        }
    }
}
