package madvec.generator;

import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Program;
import madvec.processes.ProgramPlan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The UFO {@code sm} model through the generic machinery (UFO vertices, generic kernel) against the
 * built-in SM (its own vertex table and kernels) on the SM reference processes, every event to 1e-12,
 * and against MadGraph's numbers to 1e-10.
 */
class UfoSmProcessesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "madgraph4gpu/epem_mupmum.tsv",
        "madgraph4gpu/gg_ttx.tsv",
        "madgraph4gpu/uux_ttx.tsv",
        "madgraph4gpu/gg_ttxg.tsv",
        "madgraph4gpu/gu_ttxu.tsv",
        "madgraph4gpu/gg_ttxgg.tsv"})
    void ufoSmReproducesBuiltInSm(String file) throws IOException {
        Path ref = UfoEval.reference();
        Assumptions.assumeTrue(Files.isDirectory(ref), "no " + ref + ": SM references skipped");
        Path path = ref.resolve(file);
        String process = UfoEval.header(path, "process");
        List<double[]> rows = UfoEval.rows(path);
        ParamCard card = ParamCard.defaultSm();
        UfoModel sm = UfoModel.load(SharedModels.folder(SharedModels.SM).toString());
        UfoPoint p = sm.formulas().evaluate(card, List.of());
        Program ufo = UfoProcesses.compile(process, sm, p);
        double[] got = UfoEval.evaluate(ufo, p, rows);

        StandardModel model = StandardModel.of(card);
        Program builtIn = Processes.compile(process, model);
        SmPoint sp = SmPoint.of(model);
        ProgramPlan plan = ProgramPlan.of(builtIn, 0, false, List.of(sp));
        int n = builtIn.particles(), lanes = rows.size();
        double[][] mom = new double[4 * n][lanes];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = rows.get(l)[j];
        }
        double[] want = new double[lanes];
        plan.workspace().evaluate(plan.bind(sp), mom, lanes, lanes, want);
        double worst = 0, worstMg = 0;
        for (int l = 0; l < lanes; l++) {
            worst = Math.max(worst, Math.abs(got[l] - want[l]) / Math.abs(want[l]));
            worstMg = Math.max(worstMg, Math.abs(got[l] - rows.get(l)[4 * n]) / Math.abs(rows.get(l)[4 * n]));
        }
        System.out.printf("UFO sm %s: %d operations (built-in %d); worst relative difference %.2e to the built-in SM, "
                + "%.2e to MadGraph%n", process, ufo.operations().size(), builtIn.operations().size(), worst, worstMg);
        assertTrue(worst <= 1e-12, process + ": UFO sm against the built-in SM, worst " + worst + " (event 0: " + got[0]
                + " vs " + want[0] + ")");
        assertTrue(worstMg <= 1e-10, process + ": UFO sm against MadGraph, worst " + worstMg);
    }
}
