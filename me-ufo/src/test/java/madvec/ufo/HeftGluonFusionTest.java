package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.autodiff.ComplexDualScalar;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * heft's effective gluon-gluon-Higgs coupling against MadGraph's {@code g g > h} reference
 * (../shared/reference/bsm/heft_gg_h.tsv, 1e-10 per event). No Lorentz kernel is needed: with the
 * vertex {@code GC_13 delta_ab [(e1.p2)(e2.p1) - (p1.p2)(e1.e2)]} (VVS3, colour Identity(1,2)), the sum
 * over the gluons' transverse helicities is {@code 2 (p1.p2)^2 = s^2/2}, the colour sum 8, the average
 * 1/4 x 1/64: {@code |M|^2 = |GC_13|^2 s^2 / 64}. The coupling comes from the model's formulas at the
 * reference card, through MW, v, G and the heavy-top expansion of GH.
 */
class HeftGluonFusionTest {
    @Test
    void effectiveCouplingReproducesMadGraphsGluonFusion() throws IOException {
        Path bsm = Path.of(System.getProperty("madvec.shared", "../shared"), "reference", "bsm");
        Assumptions.assumeTrue(Files.isDirectory(bsm), "no " + bsm + ": MadGraph's BSM references skipped");
        UfoModel heft = UfoModel.load(SharedModels.folder(SharedModels.HEFT).toString());
        UfoPoint p = heft.formulas().evaluate(ParamCard.read(bsm.resolve("cards/heft_gg_h.dat")), List.of("mass.6"));
        UfoVertex ggh = heft.vertices().stream().filter(v -> Arrays.equals(
                v.particles().stream().mapToInt(UfoParticle::pdg).sorted().toArray(), new int[] {21, 21, 25}))
                .findFirst().orElseThrow();
        assertEquals(1, ggh.terms().size());
        assertEquals("P(1,2)*P(2,1) - P(-1,1)*P(-1,2)*Metric(1,2)", ggh.lorentz().get(0).structure());
        assertEquals("Identity(1,2)", ggh.colours().get(0));
        ComplexDualScalar g = p.coupling(ggh.terms().get(0).coupling());
        double g2 = g.abs2().value();
        List<double[]> rows = rows(bsm.resolve("heft_gg_h.tsv"));
        assertTrue(rows.size() >= 16, "events: " + rows.size());
        for (double[] r : rows) {
            double e = r[0] + r[4];
            double px = r[1] + r[5];
            double py = r[2] + r[6];
            double pz = r[3] + r[7];
            double s = e * e - px * px - py * py - pz * pz;
            double me = g2 * s * s / 64;
            assertEquals(r[12], me, 1e-10 * r[12], "g g > h at sqrt(s) = " + Math.sqrt(s));
        }
        // the heavy-top expansion makes the coupling depend on MT, weakly
        double dLogG2dMt = 2 * (g.re().value() * g.re().tangent(0) + g.im().value() * g.im().tangent(0)) / g2;
        assertTrue(dLogG2dMt < 0 && dLogG2dMt > -1e-2, "d ln|GC|^2 / d MT = " + dLogG2dMt);
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
}
