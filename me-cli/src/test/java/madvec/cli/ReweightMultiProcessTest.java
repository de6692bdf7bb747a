package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheReader;
import madvec.api.lhe.LheWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made p p > t t~ (+ j) file, as MadGraph writes one for 'generate p p > t t~ @0' and 'add process
 * p p > t t~ j @1': every event reweighted by its own subprocess, derivatives against central finite
 * differences of the weights.
 */
class ReweightMultiProcessTest {
    @TempDir
    Path dir;

    private static final String[] SUBPROCESSES = {"g g > t t~", "u u~ > t t~", "d~ d > t t~", "g g > t t~ g", "g u > t t~ u",
        "s~ g > t t~ s~", "c c~ > t t~ g"};
    private static final double H = 1e-3;

    @Test
    void everyEventIsReweightedByItsSubprocessAndDerivativesMatchFiniteDifferences() throws Exception {
        LheHeader header = LheHeader.of("<LesHouchesEvents version=\"3.0\">\n<header>\n<MG5ProcCard>\nimport model sm\n"
                + "define p = g u c d s u~ c~ d~ s~\ndefine j = p\ngenerate p p > t t~ @0\nadd process p p > t t~ j @1\n"
                + "</MG5ProcCard>\n</header>\n");
        LheInit init = new LheInit(2212, 2212, 6500, 6500, 0, 0, 247000, 247000, 3,
                List.of(new LheInit.Process(500, 5, 1, 0), new LheInit.Process(300, 3, 1, 1)), List.of());
        List<LheEvent> events = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (String sub : SUBPROCESSES) {
            MatrixElement me = MatrixElement.builder(sub).sqrtS(1100).build();
            MatrixElement at = me.withParameters(Map.of("mass.6", 175.0));
            int n = me.pdgs().length;
            double[][] u = new double[me.dimensions()][5];
            for (double[] c : u) for (int l = 0; l < 5; l++) c[l] = 0.05 + 0.9 * random.nextDouble();
            Batch b = me.evaluatePoints(u);
            double[][] p = b.momenta();
            double[] ratio = new double[5];
            double[] moved = at.evaluateMomenta(p).me(), old = me.evaluateMomenta(p).me();
            for (int l = 0; l < 5; l++) {
                ratio[l] = moved[l] / old[l];
                List<LheParticle> ps = new ArrayList<>();
                for (int q = n - 1; q >= 0; q--) {   // the incoming pair swapped: dispatch sorts it out
                    int i = q < 2 ? 1 - q : q;
                    ps.add(0, new LheParticle(me.pdgs()[i], i < 2 ? -1 : 1, i < 2 ? 0 : 1, i < 2 ? 0 : 2, 0, 0,
                            p[4 * i + 1][l], p[4 * i + 2][l], p[4 * i + 3][l], p[4 * i][l], 0, 0, 9));
                }
                events.add(new LheEvent("", n == 4 ? 0 : 1, 2.5, 173, 0.0078, 0.118, ps, List.of()));
                expected.add(new double[] {2.5 * ratio[l]});
            }
        }
        Path in = dir.resolve("pp_tt.lhe");
        try (LheWriter w = LheWriter.open(in, header, init)) {
            for (LheEvent e : events) w.write(e);
            w.commit();
        }
        Path card = dir.resolve("card.dat");
        Files.writeString(card, "launch --rwgt_name=mt\nset MT 175\nlaunch --rwgt_name=up\nset MT " + (175 + H)
                + "\nlaunch --rwgt_name=down\nset MT " + (175 - H) + "\n");
        Path out = dir.resolve("out.lhe");
        Cli.ok("reweight", "--events", in.toString(), "--card", card.toString(), "--out", out.toString(), "--grad", "MT",
                "--threads", "2", "--batch", "4");
        try (LheReader r = LheReader.open(out)) {
            for (int i = 0; i < events.size(); i++) {
                Map<String, Double> w = r.next().weights();
                double mt = w.get("mt");
                assertEquals(expected.get(i)[0], mt, 1e-12 * mt, "event " + i + " (" + SUBPROCESSES[i / 5] + ")");
                double fd = (w.get("up") - w.get("down")) / (2 * H), d = w.get("mt_d_mass.6");
                assertEquals(fd, d, 1e-6 * Math.abs(d) + 1e-9 * mt, "event " + i);
                assertTrue(d != 0);
            }
        }
    }
}
