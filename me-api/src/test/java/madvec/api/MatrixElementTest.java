package madvec.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import madvec.generator.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public API: values against a direct evaluation, derivatives against finite differences, threads, errors. */
class MatrixElementTest {
    private static double[][] points(int dim, int lanes, long seed) {
        return RandomPoints.of(dim, lanes, seed);
    }

    private static double[][] column(double[][] u, int lane) {
        double[][] one = new double[u.length][1];
        for (int c = 0; c < u.length; c++) one[c][0] = u[c][lane];
        return one;
    }

    @Test
    void hypercubeAndMomentumEvaluationsAgree() {
        MatrixElement me = MatrixElement.builder("gg_tt").build();
        Batch b = me.evaluatePoints(points(me.dimensions(), 37, 1));
        Batch m = me.evaluateMomenta(b.momenta());
        for (int l = 0; l < 37; l++) {
            assertTrue(b.me()[l] > 0 && b.weight()[l] > 0, "event " + l);
            assertEquals(b.me()[l], m.me()[l], 0.0, "event " + l);
        }
    }

    @Test
    void parameterAndCoordinateDerivativesMatchFiniteDifferences() {
        double mt = 173.0, h = 1e-3;
        MatrixElement me = MatrixElement.builder("gg_tt").set("mass.6", mt).derivatives("mass.6").wrtCoordinates().build();
        double[][] u = points(me.dimensions(), 5, 2);
        Batch b = me.evaluatePoints(u);
        Batch up = MatrixElement.builder("gg_tt").set("mass.6", mt + h).build().evaluatePoints(u);
        Batch down = MatrixElement.builder("gg_tt").set("mass.6", mt - h).build().evaluatePoints(u);
        for (int l = 0; l < 5; l++) {
            double fd = (up.me()[l] - down.me()[l]) / (2 * h);
            assertEquals(fd, b.dme("mass.6")[l], 1e-6 * Math.abs(b.me()[l]) / mt + 1e-6 * Math.abs(fd), "event " + l);
            double fdw = (up.weight()[l] - down.weight()[l]) / (2 * h);
            assertEquals(fdw, b.dweight("mass.6")[l], 1e-6 * Math.abs(b.weight()[l]) / mt, "weight, event " + l);
        }
        for (int c = 0; c < me.dimensions(); c++) {
            double[][] p = u.clone(), q = u.clone();
            p[c] = u[c].clone();
            q[c] = u[c].clone();
            for (int l = 0; l < 5; l++) {
                p[c][l] += 1e-6;
                q[c][l] -= 1e-6;
            }
            Batch bp = me.evaluatePoints(p), bq = me.evaluatePoints(q);
            for (int l = 0; l < 5; l++) {
                double fd = (bp.me()[l] - bq.me()[l]) / 2e-6;
                assertEquals(fd, b.dme("u" + (c + 1))[l], 1e-6 * Math.abs(b.me()[l]) + 1e-6 * Math.abs(fd),
                        "u" + (c + 1) + ", event " + l);
            }
        }
    }

    @Test
    void momentumDerivativesMatchFiniteDifferences() {
        MatrixElement me = MatrixElement.builder("ee_mumu").derivatives("mass.23").wrtMomenta().build();
        double[][] p = me.evaluatePoints(points(2, 3, 3)).momenta();
        Batch b = me.evaluateMomenta(p);
        // move muon+ by +h and muon- by -h along mu: conservation holds, the derivative is the difference
        for (int mu = 0; mu < 4; mu++) {
            double h = 1e-4;
            double[][] a = p.clone(), c = p.clone();
            for (int j : new int[] {8 + mu, 12 + mu}) {
                a[j] = p[j].clone();
                c[j] = p[j].clone();
            }
            for (int l = 0; l < 3; l++) {
                a[8 + mu][l] += h;
                a[12 + mu][l] -= h;
                c[8 + mu][l] -= h;
                c[12 + mu][l] += h;
            }
            Batch ba = me.evaluateMomenta(a), bc = me.evaluateMomenta(c);
            String[] n = {"E", "px", "py", "pz"};
            for (int l = 0; l < 3; l++) {
                double fd = (ba.me()[l] - bc.me()[l]) / (2 * h);
                double ad = b.dme(n[mu] + 2)[l] - b.dme(n[mu] + 3)[l];
                assertEquals(fd, ad, 1e-6 * Math.abs(b.me()[l]) / 250 + 1e-6 * Math.abs(fd), n[mu] + ", event " + l);
            }
        }
    }

    @Test
    void resultsAreBitIdenticalWhateverTheThreadsAndBatchSizes() {
        MatrixElement me = MatrixElement.builder("g g > t t~ g").sqrtS(1000).derivatives("mass.6").wrtCoordinates().build();
        double[][] u = points(me.dimensions(), 1000, 4);
        Batch serial = me.evaluatePoints(u);
        for (int threads : new int[] {1, 2, 3}) {
            try (ParallelEvaluator pe = new ParallelEvaluator(me, threads)) {
                Batch par = pe.evaluatePoints(u);
                assertArrayEquals(serial.me(), par.me(), threads + " threads");
                for (int j = 0; j < serial.names().size(); j++) assertArrayEquals(serial.dme(j), par.dme(j));
            }
        }
        // one event at a time gives the same bits as the batch
        for (int l : new int[] {0, 255, 256, 999}) {
            Batch one = me.evaluatePoints(column(u, l));
            assertEquals(Double.doubleToLongBits(serial.me()[l]), Double.doubleToLongBits(one.me()[0]), "event " + l);
        }
    }

    @Test
    void parallelChecksNameTheFirstBadEventAsOneThreadDoes() {
        MatrixElement me = MatrixElement.builder("gg_tt").build();
        double[][] good = me.evaluatePoints(points(2, 2000, 8)).momenta();
        // bad events in different blocks: the message names the first whichever thread meets a bad one first
        String[][] cases = {
            {"1500:conserve", "event 1500: four-momentum is not conserved (component 2"},
            {"1500:conserve,700:inf", "event 700: momentum component 3 of particle 1 is Infinity"},
            {"1500:conserve,700:inf,300:nan", "event 300: momentum component 0 of particle 2 is NaN"},
            {"1999:incoming-inf", "event 1999: momentum component 0 of particle 0 is Infinity"},
        };
        for (String[] c : cases) {
            double[][] p = copy(good);
            for (String bad : c[0].split(",")) {
                int l = Integer.parseInt(bad.split(":")[0]);
                switch (bad.split(":")[1]) {
                    case "conserve" -> p[4 * 3 + 2][l] += 1e-3;
                    case "inf" -> p[4 + 3][l] = Double.POSITIVE_INFINITY;
                    case "nan" -> p[8][l] = Double.NaN;
                    default -> p[0][l] = Double.POSITIVE_INFINITY;
                }
            }
            assertTrue(assertThrows(IllegalArgumentException.class, () -> me.evaluateMomenta(p)).getMessage()
                    .startsWith(c[1]), c[0]);
            for (int threads : new int[] {2, 3}) {
                try (ParallelEvaluator pe = new ParallelEvaluator(me, threads)) {
                    assertTrue(assertThrows(IllegalArgumentException.class, () -> pe.evaluateMomenta(p)).getMessage()
                            .startsWith(c[1]), c[0] + ", " + threads + " threads");
                }
            }
        }
        // the tolerance is 1e-8 of the incoming energies, on each side of it
        double scale = Math.abs(good[0][900]) + Math.abs(good[4][900]);
        double[][] near = copy(good);
        near[13][900] += 0.5e-8 * scale;
        assertEquals(2000, me.evaluateMomenta(near).me().length);
        near[13][900] += 1.0e-8 * scale;
        assertThrows(IllegalArgumentException.class, () -> me.evaluateMomenta(near));
        try (ParallelEvaluator pe = new ParallelEvaluator(me, 2)) {
            assertArrayEquals(me.evaluateMomenta(good).me(), pe.evaluateMomenta(good).me());
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    @Test
    void madJaxFormGivesValueAndGradientOfOnePoint() {
        MatrixElement me = MatrixElement.builder("gg_tt_6j").build();
        double[] u = new double[me.dimensions()];
        java.util.Arrays.fill(u, 0.3);
        ValueAndGradient vg = me.valueAndGradient(Map.of("mass.6", 173.0), u);
        assertEquals(java.util.List.of("mass.6"), java.util.List.copyOf(vg.gradient().keySet()));
        double h = 1e-3;
        double up = me.valueAndGradient(Map.of("mass.6", 173.0 + h), u).value();
        double down = me.valueAndGradient(Map.of("mass.6", 173.0 - h), u).value();
        double fd = (up - down) / (2 * h);
        assertEquals(fd, vg.gradient().get("mass.6"), 1e-5 * Math.abs(fd));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ee_mumu", "mumu_ee", "ee_z_mumu", "gg_tt", "uu_tt", "gg_tt_6j", "ee_tt_6j", "mumu_h_4l", "gg_ttgg"})
    void everyCatalogProcessEvaluates(String name) {
        Catalog.Entry e = Catalog.find(name);
        MatrixElement me = MatrixElement.builder(name).build();
        assertEquals(e.process(), me.process());
        assertEquals(e.sqrtS(), me.sqrtS());
        Batch b = me.evaluatePoints(points(me.dimensions(), 8, 5));
        for (int l = 0; l < 8; l++) assertTrue(b.me()[l] > 0 && Double.isFinite(b.me()[l]), name + ", event " + l);
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MatrixElement.builder("g g > t t~ x").build())
                .getMessage().contains("unknown particle 'x'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MatrixElement.builder("gg_tt").derivatives("mass.99").build()).getMessage().contains("mass.99"));
        MatrixElement me = MatrixElement.builder("gg_tt").build();
        double[][] u = points(2, 2, 6);
        u[1][1] = 1.5;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> me.evaluatePoints(u)).getMessage()
                .contains("event 1: coordinate u2 = 1.5 is not in [0, 1]"));
        u[1][1] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> me.evaluatePoints(u));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> me.evaluatePoints(new double[3][4])).getMessage()
                .contains("expected 2 coordinate arrays"));
        double[][] p = me.evaluatePoints(points(2, 2, 7)).momenta();
        p[9][1] += 1.0;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> me.evaluateMomenta(p)).getMessage()
                .contains("event 1: four-momentum is not conserved"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> MatrixElement.builder("g g > t t~").build().evaluatePoints(u)).getMessage().contains("no sqrt(s)"));
        assertThrows(IllegalArgumentException.class, () -> MatrixElement.builder("gg_tt").sqrtS(300).build());
        assertThrows(IllegalArgumentException.class, () -> new ParallelEvaluator(me, 0));
    }
}
