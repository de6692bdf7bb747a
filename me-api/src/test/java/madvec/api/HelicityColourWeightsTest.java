package madvec.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The executor's optional per-helicity and per-flow output: the helicity contributions are
 * non-negative and sum to |M|^2; the plain evaluation gives the same bits with or without a detailed
 * pass in between; a colourless process has one flow whose |J|^2 is |M|^2 up to the averaging factor.
 */
class HelicityColourWeightsTest {

    @ParameterizedTest
    @CsvSource({"g g > t t~,1000", "g g > t t~ g,1500", "e+ e- > mu+ mu-,500", "u u~ > d d~ g,800"})
    void helicityContributionsSumToTheMatrixElement(String process, double sqrtS) {
        MatrixElement me = MatrixElement.builder(process).sqrtS(sqrtS).build();
        Batch b = me.evaluatePoints(RandomPoints.of(me.dimensions(), 37, 5));
        HelicityColourWeights w = me.helicityColourWeights(b.momenta());
        Batch again = me.evaluateMomenta(b.momenta());
        assertEquals(me.liveHelicities().size(), w.helicity().length);
        assertEquals(me.program().jamps(), w.flow().length);
        for (int e = 0; e < 37; e++) {
            double sum = 0;
            for (double[] h : w.helicity()) {
                assertTrue(h[e] >= -1e-13 * again.me()[e], "non-negative: " + h[e]);
                sum += h[e];
            }
            assertEquals(again.me()[e], sum, 1e-11 * again.me()[e], "event " + e);
            double flows = 0;
            for (double[] f : w.flow()) flows += f[e];
            assertTrue(flows > 0, "event " + e + " has colour-flow weight");
        }
        // the plain path is untouched by a detailed pass on the same thread
        assertArrayEquals(again.me(), me.evaluateMomenta(b.momenta()).me());
    }

    @ParameterizedTest
    @CsvSource({"e+ e- > mu+ mu-,500"})
    void aColourlessProcessHasOneFlowCarryingTheWholeMatrixElement(String process, double sqrtS) {
        MatrixElement me = MatrixElement.builder(process).sqrtS(sqrtS).build();
        Batch b = me.evaluatePoints(RandomPoints.of(me.dimensions(), 9, 3));
        HelicityColourWeights w = me.helicityColourWeights(b.momenta());
        List<int[]> hels = w.helicities();
        // colourless with one flow: the flow's |J|^2 summed over helicities is |M|^2 over the averaging factor
        double average = me.program().average();
        for (int e = 0; e < 9; e++) {
            assertEquals(b.me()[e], w.flow()[0][e] * average, 1e-12 * b.me()[e]);
        }
        assertTrue(hels.size() >= 4, "massless e+ e- > mu+ mu- has at least the 4 helicity-conserving combinations live");
    }
}
