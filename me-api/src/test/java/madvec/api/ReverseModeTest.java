package madvec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reverse mode against forward mode: the same values and the same derivatives, to 1e-10 relative. */
class ReverseModeTest {
    private static final double TOLERANCE = 1e-10;

    /** The reference processes (../shared/reference/madgraph4gpu) and their sqrt(s). */
    @ParameterizedTest
    @CsvSource({"e+ e- > mu+ mu-, 500", "g g > t t~, 1500", "g g > t t~ g, 1500", "g g > t t~ g g, 1500",
            "u u~ > t t~, 1500", "g u > t t~ u, 1500", "u u~ > t t~ g, 1500"})
    void momentumGradientAgreesWithForwardMode(String process, double sqrtS) {
        MatrixElement fwd = MatrixElement.builder(process).sqrtS(sqrtS).derivatives("mass.6", "sminputs.3", "decay.23")
                .wrtMomenta().mode(DerivativeMode.FORWARD).build();
        MatrixElement rev = MatrixElement.builder(process).sqrtS(sqrtS).derivatives("mass.6", "sminputs.3", "decay.23")
                .wrtMomenta().mode(DerivativeMode.REVERSE).build();
        assertFalse(fwd.reverseMomenta());
        assertTrue(rev.reverseMomenta());
        double[][] p = fwd.evaluatePoints(RandomPoints.of(fwd.dimensions(), 13, 7)).momenta();
        compare(fwd.evaluateMomenta(p), rev.evaluateMomenta(p), process);
    }

    @ParameterizedTest
    @CsvSource({"e+ e- > mu+ mu-, 500", "g g > t t~, 1500", "g g > t t~ g, 1500", "g g > t t~ g g, 1500",
            "u u~ > t t~, 1500", "g u > t t~ u, 1500", "u u~ > t t~ g, 1500"})
    void coordinateAndParameterGradientAgreesWithForwardMode(String process, double sqrtS) {
        MatrixElement fwd = MatrixElement.builder(process).sqrtS(sqrtS).derivatives("mass.6", "sminputs.3")
                .wrtCoordinates().mode(DerivativeMode.FORWARD).build();
        MatrixElement rev = MatrixElement.builder(process).sqrtS(sqrtS).derivatives("mass.6", "sminputs.3")
                .wrtCoordinates().mode(DerivativeMode.REVERSE).build();
        assertTrue(rev.reversePoints());
        double[][] u = RandomPoints.of(fwd.dimensions(), 13, 11);
        compare(fwd.evaluatePoints(u), rev.evaluatePoints(u), process);
    }

    /** Every derivative within 1e-10 of the largest derivative of its event (relative), values too. */
    static void compare(Batch f, Batch r, String what) {
        assertEquals(f.names(), r.names());
        for (int l = 0; l < f.me().length; l++) {
            assertEquals(f.me()[l], r.me()[l], TOLERANCE * Math.abs(f.me()[l]), what + ": |M|^2 of event " + l);
            double scale = 0;
            for (int d = 0; d < f.names().size(); d++) scale = Math.max(scale, Math.abs(f.dme(d)[l]));
            for (int d = 0; d < f.names().size(); d++) {
                double a = f.dme(d)[l], b = r.dme(d)[l];
                assertEquals(a, b, TOLERANCE * Math.max(Math.abs(a), 1e-3 * scale),
                        what + ": d|M|^2/d" + f.names().get(d) + " of event " + l);
            }
        }
    }
}
