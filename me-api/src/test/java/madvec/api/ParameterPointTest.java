package madvec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parameters at run time: a matrix element moved to another parameter point with
 * {@link MatrixElement#withParameters} gives the bits of one built there, its derivatives stay exact,
 * and a point the compiled program cannot serve is refused with the way out.
 */
class ParameterPointTest {
    private static double[][] points(int dim, int lanes, long seed) {
        return RandomPoints.of(dim, lanes, seed);
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({"gg_tt, mass.6, 175.5", "gg_tt_6j, mass.6, 171.25", "gg_tt_6j, decay.6, 1.7", "ee_mumu, mass.23, 91.0",
        "mumu_h_4l, mass.25, 125.3"})
    void aMovedMatrixElementGivesTheBitsOfOneBuiltThere(String process, String name, double value) {
        MatrixElement me = MatrixElement.builder(process).derivatives(name).wrtCoordinates().build();
        MatrixElement moved = me.withParameters(Map.of(name, value));
        MatrixElement fresh = MatrixElement.builder(process).set(name, value).derivatives(name).wrtCoordinates().build();
        assertSame(me.program(), moved.program(), "nothing is recompiled");
        double[][] u = points(me.dimensions(), 21, 3);
        Batch a = moved.evaluatePoints(u), b = fresh.evaluatePoints(u), before = me.evaluatePoints(u);
        for (int l = 0; l < 21; l++) {
            assertEquals(b.me()[l], a.me()[l], 0.0, "event " + l);
            assertEquals(b.weight()[l], a.weight()[l], 0.0, "weight, event " + l);
            for (int j = 0; j < b.names().size(); j++) {
                assertEquals(b.dme(j)[l], a.dme(j)[l], 0.0, b.names().get(j) + ", event " + l);
            }
        }
        assertTrue(before.me()[0] != a.me()[0], "the new point changes the value");
        Batch m = moved.evaluateMomenta(a.momenta()), f = fresh.evaluateMomenta(b.momenta());
        assertEquals(f.me()[5], m.me()[5], 0.0, "momentum evaluation");
    }

    @Test
    void derivativesStayExactAtAMovedPoint() {
        MatrixElement me = MatrixElement.builder("gg_tt_6j").derivatives("mass.6", "mass.23").build();
        double mt = 176.0, h = 1e-3;
        MatrixElement at = me.withParameters(Map.of("mass.6", mt));
        double[][] u = points(me.dimensions(), 6, 5);
        Batch b = at.evaluatePoints(u);
        Batch up = me.withParameters(Map.of("mass.6", mt + h)).evaluatePoints(u);
        Batch down = me.withParameters(Map.of("mass.6", mt - h)).evaluatePoints(u);
        for (int l = 0; l < 6; l++) {
            double fd = (up.me()[l] - down.me()[l]) / (2 * h);
            assertEquals(fd, b.dme("mass.6")[l], 1e-6 * Math.abs(fd) + 1e-9 * Math.abs(b.me()[l]), "event " + l);
        }
    }

    @Test
    void aZeroParameterThatIsNotFreeIsRefusedWithTheWayOut() {
        MatrixElement me = MatrixElement.builder("mu+ mu- > e+ e-").sqrtS(91.188).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> me.withParameters(Map.of("mass.13", 0.105)));
        assertTrue(e.getMessage().contains("mass.13") && e.getMessage().contains("free(\"mass.13\")"), e.getMessage());
        // a non-zero parameter moves freely
        me.withParameters(Map.of("mass.23", 91.0));
    }

    @Test
    void aFreeParameterMayLeaveZeroAndMatchesAFreshBuild() {
        double[][] u = points(2, 9, 7);
        MatrixElement free = MatrixElement.builder("mu+ mu- > e+ e-").sqrtS(91.188).free("mass.13").build();
        MatrixElement moved = free.withParameters(Map.of("mass.13", 10.5));
        MatrixElement fresh = MatrixElement.builder("mu+ mu- > e+ e-").sqrtS(91.188).set("mass.13", 10.5).build();
        Batch a = moved.evaluatePoints(u), b = fresh.evaluatePoints(u);
        Batch massless = free.evaluatePoints(u);
        for (int l = 0; l < 9; l++) {
            assertEquals(b.me()[l], a.me()[l], 1e-12 * b.me()[l], "event " + l);
            assertTrue(Math.abs(massless.me()[l] - a.me()[l]) > 1e-6 * a.me()[l], "the muon mass matters, event " + l);
        }
    }

    @Test
    void theMadJaxFormAtANewPointEveryCallMatchesFreshBuilds() {
        MatrixElement me = MatrixElement.builder("gg_tt").build();
        double[] u = {0.3, 0.6};
        for (double mt : new double[] {170.0, 172.5, 175.0}) {
            ValueAndGradient vg = me.valueAndGradient(Map.of("mass.6", mt), u);
            MatrixElement fresh = MatrixElement.builder("gg_tt").set("mass.6", mt).derivatives("mass.6").build();
            ValueAndGradient expected = fresh.valueAndGradient(u);
            assertEquals(expected.value(), vg.value(), 0.0, "mt = " + mt);
            assertEquals(expected.gradient().get("mass.6"), vg.gradient().get("mass.6"), 0.0, "mt = " + mt);
        }
    }

    @Test
    void smallBatchesGiveTheBitsOfTheirEventsInALargeOne() {
        MatrixElement me = MatrixElement.builder("gg_tt_6j").derivatives("mass.6").wrtCoordinates().build();
        double[][] u = points(me.dimensions(), 300, 9);
        Batch all = me.evaluatePoints(u);
        for (int size : new int[] {1, 3, 8, 9, 17}) {
            double[][] part = new double[u.length][size];
            for (int c = 0; c < u.length; c++) System.arraycopy(u[c], 100, part[c], 0, size);
            Batch b = me.evaluatePoints(part);
            for (int l = 0; l < size; l++) {
                assertEquals(all.me()[100 + l], b.me()[l], 0.0, size + " events, event " + l);
                assertEquals(all.dme("u3")[100 + l], b.dme("u3")[l], 0.0, size + " events, d/du3, event " + l);
            }
        }
    }

    @Test
    void pointsOfInvertsThePhaseSpaceMap() {
        MatrixElement me = MatrixElement.builder("gg_tt_6j").build();
        double[][] u = points(me.dimensions(), 12, 13);
        double[][] back = me.pointsOf(me.evaluatePoints(u).momenta());
        for (int c = 0; c < u.length; c++) {
            for (int l = 0; l < 12; l++) assertEquals(u[c][l], back[c][l], 1e-9, "u" + (c + 1) + ", event " + l);
        }
    }

    @Test
    void aNonFiniteResultNamesItsCauseOnlyWhereItApplies() {
        MatrixElement onPole = MatrixElement.builder("e+ e- > mu+ mu-").set("decay.23", 0).sqrtS(91.188).build();
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> onPole.evaluatePoints(new double[][] {{0.3}, {0.3}}));
        assertTrue(e.getMessage().startsWith("event 0: |M|^2 is NaN") && e.getMessage().contains("zero width, PDG [23]")
                && !e.getMessage().contains("hypercube"), e.getMessage());
        MatrixElement widths = MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(91.188).build();
        assertTrue(widths.evaluatePoints(new double[][] {{0.3}, {0.3}}).me()[0] > 0, "with the card's width it is finite");
    }

    @Test
    void unknownAndNonFiniteValuesAreNamed() {
        MatrixElement me = MatrixElement.builder("gg_tt").build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> me.withParameters(Map.of("mass.77", 1.0)))
                .getMessage().contains("mass.77"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> me.withParameters(Map.of("mass.6", Double.NaN))).getMessage().contains("mass.6"));
    }
}
