package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Program;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reference process, compiled from its string, matches MadGraph's numbers event by event. */
class GeneratorMatchesMadGraphTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "madgraph4gpu/epem_mupmum.tsv|sm",
        "madgraph4gpu/uux_ttx.tsv|sm",
        "madgraph4gpu/gg_ttx.tsv|sm",
        "madgraph4gpu/gg_ttxg.tsv|sm",
        "madgraph4gpu/gg_ttxgg.tsv|sm",
        "madgraph4gpu/gu_ttxu.tsv|sm",
        "madgraph4gpu/uux_ttxg.tsv|sm",
        "madgraph5/epem_mupmum_91.tsv|sm",
        "madgraph5/epem_mupmum_500.tsv|sm",
        "madgraph5/mupmum_epem_91.tsv|sm",
        "madgraph5/epem_z_mupmum.tsv|sm",
        "madgraph5/uux_ttx.tsv|sm",
        "madgraph5/gg_ttx_decay.tsv|sm",
        "madgraph5/epem_ttx_decay.tsv|sm",
        "madgraph5/mupmum_h_4l.tsv|sm_lepton_masses"})
    void matchesEveryEvent(String file, String card) throws IOException {
        Path ref = Fixtures.reference();
        assumeTrue(ref != null, "../shared/reference is absent: skipping the MadGraph comparison");
        Path path = ref.resolve(file);
        String process = Files.readAllLines(path).stream().filter(l -> l.startsWith("# process:"))
                .map(l -> l.substring("# process:".length()).trim()).findFirst().orElse(null);
        List<double[]> rows = Fixtures.readTsv(path);
        ParamCard c = card.equals("sm") ? ParamCard.defaultSm() : ParamCard.resource(card);
        StandardModel model = StandardModel.of(c);
        Program program = Processes.compile(process, model);
        int n = program.particles(), lanes = rows.size();
        double[][] mom = new double[4 * n][lanes];
        for (int l = 0; l < lanes; l++) {
            assertEquals(4 * n + 1, rows.get(l).length, "columns of " + file);
            for (int j = 0; j < 4 * n; j++) mom[j][l] = rows.get(l)[j];
        }
        double[] me = new double[lanes];
        new Executor(program, model, 0, false).evaluate(mom, lanes, lanes, me);
        double worst = 0;
        for (int l = 0; l < lanes; l++) {
            double want = rows.get(l)[4 * n];
            worst = Math.max(worst, Math.abs(me[l] - want) / Math.abs(want));
        }
        System.out.printf("%s: worst relative difference %.2e over %d events%n", file, worst, lanes);
        assertTrue(worst <= 1e-10, file + ": worst relative difference " + worst);
    }
}
