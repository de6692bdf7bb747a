package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.model.StandardModel;
import madvec.processes.Program;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two forms of the colour flows (sums of amputated currents, or of scalar amplitudes at every
 * helicity of the last leg; system property {@code madvec.amplitudes}, read when a plan is made) are
 * the same sums in another order: they agree to 1e-13 relative, value and tangents, with and without
 * helicity reuse.
 */
class ColourFormsTest {

    @ParameterizedTest(name = "{0}, d/d {1}, reuse {2}")
    @CsvSource({
        "e+ e- > mu+ mu-, '', true",
        "e+ e- > mu+ mu-, mass.23, true",
        "u u~ > t t~, mass.6, true",
        "g g > t t~, '', true",
        "g g > t t~, mass.6, true",
        "g g > t t~ g, '', true",
        "g g > t t~ g, mass.6, true",
        "g g > t t~ g, mass.6, false",
        "e+ e- > t t~, mass.6, true"
    })
    void scalarsGiveTheCurrentsSums(String process, String parameter, boolean reuse) {
        StandardModel m = Fixtures.model(parameter.isEmpty() ? List.of() : List.of(parameter));
        Program p = Processes.compile(process);
        List<double[]> events = Fixtures.randomEvents(p, m, 1500.0, 41, 7);
        double[][] results = new double[2][];
        String[] forms = {"currents", "scalars"};
        for (int f = 0; f < 2; f++) {
            String before = System.getProperty("madvec.amplitudes");
            System.setProperty("madvec.amplitudes", forms[f]);
            try {
                Executor ex = new Executor(p, m, m.k(), false);
                ex.workspace.helicityReuse(reuse);
                results[f] = Fixtures.evaluate(ex, events, m.k());
            } finally {
                if (before == null) {
                    System.clearProperty("madvec.amplitudes");
                } else {
                    System.setProperty("madvec.amplitudes", before);
                }
            }
        }
        assertClose(results[0], results[1]);
    }

    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        double scale = 0;
        for (double x : expected) scale = Math.max(scale, Math.abs(x));
        assertTrue(scale > 0, "all zero");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-13 * Math.max(Math.abs(expected[i]), 1e-300), "component " + i);
        }
    }
}
