package madvec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The API with UFO models: {@code import model} lines and {@link MatrixElement.Builder#model}, MadGraph's
 * heft {@code g g > h} reproduced through the API, the UFO {@code sm} against the built-in SM, the
 * catalog's UFO entries, and the refusals.
 */
class UfoModelApiTest {
    private static Path shared() {
        Path p = Path.of(System.getProperty("madvec.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("models")), "no " + p + "/models: UFO API tests skipped");
        return p;
    }

    private static List<double[]> rows(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return rows;
    }

    private static double[][] momenta(List<double[]> rows, int n) {
        double[][] m = new double[4 * n][rows.size()];
        for (int l = 0; l < rows.size(); l++) {
            for (int j = 0; j < 4 * n; j++) m[j][l] = rows.get(l)[j];
        }
        return m;
    }

    @Test
    void importModelLineReproducesMadGraphsHeftGluonFusion() throws IOException {
        Path s = shared();
        MatrixElement me = MatrixElement.builder("import model " + s.resolve("models/heft") + "\ng g > h HIG<=1 HIW<=1")
                .paramCard(s.resolve("reference/bsm/cards/heft_gg_h.dat")).derivatives("mass.6").build();
        assertEquals("g g > h HIG<=1 HIW<=1", me.process());
        List<double[]> rows = rows(s.resolve("reference/bsm/heft_gg_h.tsv"));
        Batch b = me.evaluateMomenta(momenta(rows, 3));
        for (int l = 0; l < rows.size(); l++) {
            assertEquals(rows.get(l)[12], b.me()[l], 1e-10 * rows.get(l)[12], "event " + l);
            assertTrue(b.dme("mass.6")[l] < 0, "heavy-top limit: |M|^2 falls with MT");
        }
    }

    @Test
    void ufoSmThroughTheBuilderMatchesTheBuiltInSm() {
        Path s = shared();
        MatrixElement ufo = MatrixElement.builder("g g > t t~ g").model(s.resolve("models/sm").toString()).sqrtS(1000)
                .card(madvec.model.ParamCard.defaultSm()).derivatives("mass.6").build();
        MatrixElement sm = MatrixElement.builder("g g > t t~ g").sqrtS(1000).derivatives("mass.6").build();
        double[][] u = RandomPoints.of(ufo.dimensions(), 16, 3);
        Batch a = ufo.evaluatePoints(u), b = sm.evaluatePoints(u);
        for (int l = 0; l < 16; l++) {
            assertEquals(b.me()[l], a.me()[l], 1e-12 * b.me()[l], "event " + l);
            assertEquals(b.dme(0)[l], a.dme(0)[l], 1e-10 * Math.abs(b.dme(0)[l]) + 1e-14 * b.me()[l], "d/dMT, event " + l);
        }
        // another point, nothing recompiled
        MatrixElement moved = ufo.withParameters(java.util.Map.of("mass.6", 180.0));
        assertTrue(moved.evaluatePoints(u).me()[0] != a.me()[0]);
    }

    @Test
    void catalogEntriesOfUfoModelsFindTheirModels() {
        Path s = shared();
        String before = System.getProperty("madvec.models");
        System.setProperty("madvec.models", s.resolve("models").toString());
        try {
            MatrixElement me = MatrixElement.builder("heft_gg_h").build();
            assertEquals("g g > h HIG<=1 HIW<=1", me.process());
            double e = 300;
            Batch b = me.evaluateMomenta(new double[][] {{e}, {0}, {0}, {e}, {e}, {0}, {0}, {-e}, {2 * e}, {0}, {0}, {0}});
            assertTrue(b.me()[0] > 0);
            for (String name : List.of("heft_gg_hjj", "mssm_ee_n1n2", "smeft_gg_tttt")) {
                MatrixElement entry = MatrixElement.builder(name).build();
                double[][] u = new double[entry.dimensions()][3];
                for (int d = 0; d < u.length; d++) for (int l = 0; l < 3; l++) u[d][l] = 0.1 + 0.8 * ((d * 7 + l * 3) % 10) / 10.0;
                for (double x : entry.evaluatePoints(u).me()) assertTrue(x > 0 && Double.isFinite(x), name + ": " + x);
            }
        } finally {
            if (before == null) {
                System.clearProperty("madvec.models");
            } else {
                System.setProperty("madvec.models", before);
            }
        }
    }

    @Test
    void refusalsNameTheProblem() {
        Path s = shared();
        String mssm = s.resolve("models/MSSM_SLHA2").toString();
        // neutralinos, once refused, compute (MajoranaFlowTest checks them), and so does n3, whose mass the
        // card gives as -363.756 GeV: the phase space takes |m| (NegativeMajoranaMassApiTest checks more)
        MatrixElement neutralinos = MatrixElement.builder("u u~ > n1 n1").model(mssm).sqrtS(1000).build();
        double[][] u = new double[neutralinos.dimensions()][1];
        for (double[] x : u) x[0] = 0.37;
        double me = neutralinos.evaluatePoints(u).me()[0];
        assertTrue(me > 0 && Double.isFinite(me), "u u~ > n1 n1: " + me);
        MatrixElement n3 = MatrixElement.builder("e+ e- > n1 n3").model(mssm).sqrtS(1500).build();
        assertTrue(n3.card().value("mass.1000025") < 0, "the card's n3 mass is negative");
        me = n3.evaluatePoints(u).me()[0];
        assertTrue(me > 0 && Double.isFinite(me), "e+ e- > n1 n3: " + me);
        String why;
        String smeft = s.resolve("models/SMEFTsim_topU3l_MwScheme_UFO").toString();
        why = assertThrows(IllegalArgumentException.class,
                () -> MatrixElement.builder("g g > t t~ XYZ<=1").model(smeft).sqrtS(1500).build()).getMessage();
        assertTrue(why.contains("unknown coupling order 'XYZ'"), why);
    }
}
