package madvec.generator;

import madvec.processes.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reusing currents across helicity combinations changes only how much is computed, never what: the
 * executor with reuse and the same executor recomputing everything for every combination agree to
 * 1e-15 relative, value and tangents, for parameter tangents and for tangents seeded on momenta.
 */
class HelicityReuseTest {

    @ParameterizedTest(name = "{0}, d/d {1}")
    @CsvSource({
        "e+ e- > mu+ mu-, ''",
        "e+ e- > mu+ mu-, mass.23",
        "u u~ > t t~, ''",
        "u u~ > t t~, mass.6",
        "g g > t t~, ''",
        "g g > t t~, mass.6",
        "g g > t t~ g, ''",
        "g g > t t~ g, mass.6"
    })
    void reuseGivesTheFullRecomputation(String process, String parameter) {
        StandardModel m = Fixtures.model(parameter.isEmpty() ? List.of() : List.of(parameter));
        Program p = program(process);
        List<double[]> events = Fixtures.randomEvents(p, m, 1500.0, 37, 5);
        Executor reuse = new Executor(p, m, m.k(), false);
        Executor full = new Executor(p, m, m.k(), false);
        full.workspace.helicityReuse(false);
        assertClose(Fixtures.evaluate(full, events, m.k()), Fixtures.evaluate(reuse, events, m.k()));
    }

    @Test
    void reuseGivesTheFullRecomputationWithMomentumTangents() {
        StandardModel m = Fixtures.model(List.of("mass.6"));
        Program p = program("g g > t t~");
        List<double[]> events = Fixtures.randomEvents(p, m, 1200.0, 9, 3);
        int n = p.particles(), lanes = events.size(), k = 1 + 4 * (n - 2);
        double[][] mom = new double[4 * n][(k + 1) * lanes];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
            for (int j = 8; j < 4 * n; j++) mom[j][(2 + (j - 8)) * lanes + l] = 1.0;
        }
        double[][] results = new double[2][];
        for (int run = 0; run < 2; run++) {
            Executor ex = new Executor(p, m, k, true);
            ex.workspace.helicityReuse(run == 0);
            results[run] = new double[(k + 1) * lanes];
            ex.evaluate(mom, lanes, lanes, results[run]);
        }
        assertClose(results[1], results[0]);
    }

    /** The helicity sum runs along a Gray code: consecutive combinations differ in one particle. */
    @Test
    void fullProductsRunAlongAGrayCode() {
        for (String process : new String[] {"g g > t t~", "g g > t t~ g"}) {
            List<int[]> hels = new Executor(program(process), Fixtures.model(List.of()), 0, false).liveHelicities();
            for (int s = 1; s < hels.size(); s++) {
                int changed = 0;
                for (int q = 0; q < hels.get(s).length; q++) {
                    if (hels.get(s)[q] != hels.get(s - 1)[q]) changed++;
                }
                assertEquals(1, changed, process + ": combinations " + (s - 1) + " and " + s);
            }
        }
    }

    private static Program program(String process) {
        return process.equals("g g > t t~ g") ? Processes.compile(process) : Fixtures.program(process);
    }

    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        double scale = 0;
        for (double x : expected) scale = Math.max(scale, Math.abs(x));
        assertTrue(scale > 0, "all zero");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-15 * Math.max(Math.abs(expected[i]), 1e-300), "component " + i);
        }
    }
}
