package madvec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import madvec.processes.ProgramPlan;
import org.junit.jupiter.api.Test;

/** One helicity combination at a time: the combinations add up to the helicity sum, derivatives included. */
class HelicityEvaluationTest {
    @Test
    void combinationsAddUpToTheHelicitySum() {
        for (String process : new String[] {"e+ e- > mu+ mu-", "g g > t t~ g", "u u~ > z > e+ e-"}) {
            MatrixElement me = MatrixElement.builder(process).sqrtS(800).derivatives("mass.23").build();
            SplittableRandom r = new SplittableRandom(1);
            double[][] u = new double[me.dimensions()][9];
            for (double[] c : u) for (int l = 0; l < 9; l++) c[l] = 0.05 + 0.9 * r.nextDouble();
            double[][] p = me.evaluatePoints(u).momenta();
            Batch sum = me.evaluateMomenta(p);
            double[] total = new double[9], dTotal = new double[9];
            int nonZero = 0;
            for (int[] h : ProgramPlan.allCombinations(me.program())) {
                Batch b = me.evaluateMomenta(p, h);
                for (int l = 0; l < 9; l++) {
                    total[l] += b.me()[l];
                    dTotal[l] += b.dme("mass.23")[l];
                }
                if (b.me()[0] != 0) nonZero++;
            }
            assertTrue(nonZero >= 2, process);
            for (int l = 0; l < 9; l++) {
                assertEquals(sum.me()[l], total[l], 1e-12 * sum.me()[l], process + " event " + l);
                assertEquals(sum.dme("mass.23")[l], dTotal[l], 1e-10 * Math.abs(sum.dme("mass.23")[l]) + 1e-14 * sum.me()[l],
                        process + " d/d mass.23, event " + l);
            }
        }
    }

    @Test
    void aHelicityAParticleCannotHaveIsRefused() {
        MatrixElement me = MatrixElement.builder("e+ e- > mu+ mu-").build();
        double[][] p = new double[16][1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> me.evaluateMomenta(p, new int[] {1, 0, 1, 1}));
        assertTrue(e.getMessage().contains("particle 2 (PDG 11) of e+ e- > mu+ mu- cannot have helicity 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> me.evaluateMomenta(p, new int[] {1, 1}));
    }
}
