package madvec.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
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

    /**
     * Parameters only, no momentum gradient: the adjoint leaves out the momentum adjoints, keeps an
     * external mass's (the tops of g g > t t~ under mass.6), and the fermion propagators' mass adjoints
     * only where the mass moves (gg_tt_6j's tops under decay.24 do not). Through points without the
     * coordinates, where no external mass moves, the map's pullbacks are left out too.
     */
    @ParameterizedTest
    @CsvSource({"gg_tt, mass.6 sminputs.3 decay.6", "gg_tt_6j, decay.24 sminputs.3 decay.6 sminputs.1",
            "gg_tt_6j, mass.6 decay.24 sminputs.3", "ee_mumu, mass.23 decay.23 sminputs.1 sminputs.2",
            "mumu_h_4l, mass.25 decay.25 mass.13 mass.23"})
    void parameterGradientsWithoutMomentaAgreeWithForwardMode(String process, String parameters) {
        String[] names = parameters.split(" ");
        MatrixElement fwd = MatrixElement.builder(process).derivatives(names).mode(DerivativeMode.FORWARD).build();
        MatrixElement rev = MatrixElement.builder(process).derivatives(names).mode(DerivativeMode.REVERSE).build();
        assertTrue(rev.reverseMomenta() && rev.reversePoints());
        double[][] u = RandomPoints.of(fwd.dimensions(), 9, 5);
        compare(fwd.evaluatePoints(u), rev.evaluatePoints(u), process + " points");
        double[][] p = fwd.evaluatePoints(u).momenta();
        Batch f = fwd.evaluateMomenta(p);
        compare(f, rev.evaluateMomenta(p), process + " momenta");
        // every direction moves |M|^2 somewhere, so the comparison is not of zeros
        for (int d = 0; d < f.names().size(); d++) {
            double largest = 0;
            for (double x : f.dme(d)) largest = Math.max(largest, Math.abs(x));
            assertTrue(largest > 0, process + ": d/d" + f.names().get(d) + " is zero on every event");
        }
    }

    /** Catalog processes with what the reference ones lack: W and top propagators with widths, a Higgs (FFS, VVS). */
    @ParameterizedTest
    @CsvSource({"gg_tt_6j, mass.6, decay.6", "mumu_h_4l, mass.25, decay.25", "ee_z_mumu, mass.23, sminputs.1"})
    void catalogGradientsAgreeWithForwardMode(String process, String p1, String p2) {
        MatrixElement fwd = MatrixElement.builder(process).derivatives(p1, p2).wrtMomenta().wrtCoordinates()
                .mode(DerivativeMode.FORWARD).build();
        MatrixElement rev = MatrixElement.builder(process).derivatives(p1, p2).wrtMomenta().wrtCoordinates()
                .mode(DerivativeMode.REVERSE).build();
        assertTrue(rev.reverseMomenta() && rev.reversePoints());
        double[][] u = RandomPoints.of(fwd.dimensions(), 9, 3);
        compare(fwd.evaluatePoints(u), rev.evaluatePoints(u), process + " points");
        double[][] p = fwd.evaluatePoints(u).momenta();
        compare(fwd.evaluateMomenta(p), rev.evaluateMomenta(p), process + " momenta");
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

    /**
     * Every catalog process of the built-in SM through hypercube points: all coordinates and masses,
     * of final-state particles and, for mumu_h_4l, of the beams (the muon mass), pulled back through
     * the map in reverse mode; |M|^2, the weight and both gradients as forward mode gives them.
     */
    @ParameterizedTest
    @CsvSource({"ee_mumu, mass.23, 9", "mumu_ee, mass.23, 9", "ee_z_mumu, mass.23, 9", "gg_tt, mass.6, 9",
            "uu_tt, mass.6, 9", "gg_tt_6j, mass.6, 13", "ee_tt_6j, mass.6, 13", "mumu_h_4l, mass.13, 9",
            "mumu_h_4l, mass.11, 9", "gg_ttgg, mass.6, 3"})
    void catalogPointGradientsThroughTheMapAgreeWithForwardMode(String process, String mass, int events) {
        MatrixElement fwd = MatrixElement.builder(process).derivatives(mass, "decay.6").wrtCoordinates()
                .mode(DerivativeMode.FORWARD).build();
        MatrixElement rev = MatrixElement.builder(process).derivatives(mass, "decay.6").wrtCoordinates()
                .mode(DerivativeMode.REVERSE).build();
        assertFalse(fwd.reversePoints());
        assertTrue(rev.reversePoints());
        double[][] u = RandomPoints.of(fwd.dimensions(), events, 23);
        Batch f = fwd.evaluatePoints(u), r = rev.evaluatePoints(u);
        compare(f, r, process + " points");
        for (int j = 0; j < f.momenta().length; j++) {
            for (int l = 0; l < events; l++) {
                assertEquals(f.momenta()[j][l], r.momenta()[j][l], 1e-12 * fwd.sqrtS(), process + ": momentum " + j);
            }
        }
    }

    /** The weight's and |M|^2's gradients through the map in reverse mode, against central differences. */
    @Test
    void pointGradientsThroughTheMapMatchCentralFiniteDifferences() {
        MatrixElement me = MatrixElement.builder("gg_tt_6j").derivatives("mass.6").wrtCoordinates()
                .mode(DerivativeMode.REVERSE).build();
        assertTrue(me.reversePoints());
        int events = 3;
        double[][] u = RandomPoints.of(me.dimensions(), events, 29);
        Batch b = me.evaluatePoints(u);
        for (int c = 0; c < me.dimensions(); c++) {
            double h = 1e-6;
            Batch bp = me.evaluatePoints(moved(u, c, h)), bm = me.evaluatePoints(moved(u, c, -h));
            for (int l = 0; l < events; l++) {
                String what = "u" + (c + 1) + ", event " + l;
                assertFiniteDifference(bp.me()[l], bm.me()[l], h, b.dme("u" + (c + 1))[l], b.me()[l], "|M|^2, " + what);
                assertFiniteDifference(bp.weight()[l], bm.weight()[l], h, b.dweight("u" + (c + 1))[l], b.weight()[l],
                        "weight, " + what);
            }
        }
        double mt = me.card().value("mass.6"), h = 1e-4;
        Batch bp = me.withParameters(Map.of("mass.6", mt + h)).evaluatePoints(u);
        Batch bm = me.withParameters(Map.of("mass.6", mt - h)).evaluatePoints(u);
        for (int l = 0; l < events; l++) {
            assertFiniteDifference(bp.me()[l], bm.me()[l], h, b.dme("mass.6")[l], b.me()[l], "|M|^2, mass.6, event " + l);
            assertFiniteDifference(bp.weight()[l], bm.weight()[l], h, b.dweight("mass.6")[l], b.weight()[l],
                    "weight, mass.6, event " + l);
        }
    }

    /** The points with coordinate c of every event moved by h (the other coordinates shared). */
    private static double[][] moved(double[][] u, int c, double h) {
        double[][] out = u.clone();
        out[c] = u[c].clone();
        for (int l = 0; l < out[c].length; l++) out[c][l] += h;
        return out;
    }

    private static void assertFiniteDifference(double plus, double minus, double h, double derivative, double value,
            String what) {
        double fd = (plus - minus) / (2 * h);
        assertEquals(fd, derivative, 1e-6 * Math.abs(fd) + 1e-8 * Math.abs(value), what);
    }

    @Test
    void reverseModeMatchesCentralFiniteDifferences() {
        MatrixElement me = MatrixElement.builder("g g > t t~ g").sqrtS(1500).derivatives("mass.6").wrtCoordinates()
                .mode(DerivativeMode.REVERSE).build();
        assertTrue(me.reversePoints());
        double[][] u = RandomPoints.of(me.dimensions(), 4, 5);
        Batch b = me.evaluatePoints(u);
        for (int c = 0; c < me.dimensions(); c++) {
            double h = 1e-6;
            Batch bp = me.evaluatePoints(moved(u, c, h)), bm = me.evaluatePoints(moved(u, c, -h));
            for (int l = 0; l < 4; l++) {
                double fd = (bp.me()[l] - bm.me()[l]) / (2 * h);
                assertEquals(fd, b.dme("u" + (c + 1))[l], 1e-6 * Math.abs(b.me()[l]) + 1e-6 * Math.abs(fd),
                        "u" + (c + 1) + ", event " + l);
            }
        }
        double mt = me.card().value("mass.6"), h = 1e-4;
        Batch bp = me.withParameters(Map.of("mass.6", mt + h)).evaluatePoints(u);
        Batch bm = me.withParameters(Map.of("mass.6", mt - h)).evaluatePoints(u);
        for (int l = 0; l < 4; l++) {
            double fd = (bp.me()[l] - bm.me()[l]) / (2 * h);
            assertEquals(fd, b.dme("mass.6")[l], 1e-6 * Math.abs(fd) + 1e-9 * Math.abs(b.me()[l]), "mass.6, event " + l);
        }
    }

    @Test
    void autoChoosesReverseFromFourDirectionsOrThreeThroughTheCoordinates() {
        assertEquals(4, DerivativeMode.AUTO_REVERSE_FROM);
        assertEquals(3, DerivativeMode.AUTO_REVERSE_FROM_COORDINATES);
        assertEquals(DerivativeMode.AUTO, MatrixElement.builder("g g > t t~").build().mode());
        // through points: 2 coordinates forward, 2 coordinates and a mass reverse
        MatrixElement two = MatrixElement.builder("g g > t t~").wrtCoordinates().build();
        assertEquals(2, two.pointDerivativeNames().size());
        assertFalse(two.reversePoints());
        MatrixElement three = MatrixElement.builder("g g > t t~").derivatives("mass.6").wrtCoordinates().build();
        assertEquals(3, three.pointDerivativeNames().size());
        assertTrue(three.reversePoints());
        // at fixed momenta: 3 parameters forward, 4 reverse
        assertFalse(MatrixElement.builder("g g > t t~").derivatives("mass.6", "sminputs.3", "decay.6").build()
                .reverseMomenta());
        assertTrue(MatrixElement.builder("g g > t t~").derivatives("mass.6", "sminputs.3", "decay.6", "sminputs.1").build()
                .reverseMomenta());
        // parameters through points without the coordinates count as at fixed momenta
        assertFalse(MatrixElement.builder("g g > t t~").derivatives("mass.6", "sminputs.3", "decay.6").build()
                .reversePoints());
        // momenta: 16 components, reverse unless forward is asked for; no derivatives, nothing to reverse
        assertTrue(MatrixElement.builder("g g > t t~").wrtMomenta().build().reverseMomenta());
        assertFalse(MatrixElement.builder("g g > t t~").wrtMomenta().mode(DerivativeMode.FORWARD).build().reverseMomenta());
        assertFalse(MatrixElement.builder("g g > t t~").mode(DerivativeMode.REVERSE).build().reverseMomenta());
        // reverse on request whatever k
        assertTrue(MatrixElement.builder("g g > t t~").derivatives("mass.6").mode(DerivativeMode.REVERSE).build()
                .reverseMomenta());
    }

    /**
     * The per-assignment adjoint blocks depend on the chunk, which depends on the batch (and on the
     * workspace budget), and chunks are split among threads: none of that may change a bit of any lane.
     * g g > t t~ g g is large enough for its chunk to be cut below the default.
     */
    @Test
    void reverseModeIsBitIdenticalWhateverTheThreadsAndBatchSizes() {
        MatrixElement me = MatrixElement.builder("g g > t t~ g g").sqrtS(1500).derivatives("mass.6", "sminputs.3")
                .wrtCoordinates().mode(DerivativeMode.REVERSE).build();
        assertTrue(me.reversePoints());
        double[][] u = RandomPoints.of(me.dimensions(), 75, 17);
        Batch serial = me.evaluatePoints(u);
        for (int threads : new int[] {2, 3}) {
            try (ParallelEvaluator pe = new ParallelEvaluator(me, threads)) {
                Batch par = pe.evaluatePoints(u);
                assertArrayEquals(serial.me(), par.me(), threads + " threads");
                for (int d = 0; d < serial.names().size(); d++) {
                    assertArrayEquals(serial.dme(d), par.dme(d), threads + " threads, " + serial.names().get(d));
                }
            }
        }
        for (int l : new int[] {0, 8, 31, 74}) {
            double[][] one = new double[u.length][1];
            for (int c = 0; c < u.length; c++) one[c][0] = u[c][l];
            Batch b = me.evaluatePoints(one);
            assertEquals(Double.doubleToLongBits(serial.me()[l]), Double.doubleToLongBits(b.me()[0]), "event " + l);
            for (int d = 0; d < serial.names().size(); d++) {
                assertEquals(Double.doubleToLongBits(serial.dme(d)[l]), Double.doubleToLongBits(b.dme(d)[0]),
                        "event " + l + ", " + serial.names().get(d));
            }
        }
    }

    /** Every derivative within 1e-10 of the largest derivative of its event (relative), values too. */
    static void compare(Batch f, Batch r, String what) {
        assertEquals(f.names(), r.names());
        compareWeights(f, r, what);
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

    /** The weights of hypercube evaluations and their derivatives, as {@link #compare} does |M|^2's. */
    private static void compareWeights(Batch f, Batch r, String what) {
        if (f.weight() == null) return;
        for (int l = 0; l < f.me().length; l++) {
            assertEquals(f.weight()[l], r.weight()[l], TOLERANCE * Math.abs(f.weight()[l]), what + ": weight of event " + l);
            double scale = 0;
            for (int d = 0; d < f.names().size(); d++) scale = Math.max(scale, Math.abs(f.dweight(d)[l]));
            for (int d = 0; d < f.names().size(); d++) {
                double a = f.dweight(d)[l], b = r.dweight(d)[l];
                assertEquals(a, b, TOLERANCE * Math.max(Math.abs(a), 1e-3 * scale) + 1e-14 * Math.abs(f.weight()[l]),
                        what + ": dw/d" + f.names().get(d) + " of event " + l);
            }
        }
    }
}
