package madvec.generator;

import madvec.processes.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-built programs against MadGraph's own numbers (../shared/reference): every event within
 * 1e-12 relative. Skipped, with a message, where shared/ is absent.
 */
class MatchesMadGraphTest {

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "e+ e- > mu+ mu-, madgraph4gpu/epem_mupmum.tsv",
        "u u~ > t t~, madgraph4gpu/uux_ttx.tsv",
        "g g > t t~, madgraph4gpu/gg_ttx.tsv",
        "e+ e- > mu+ mu-, madgraph5/epem_mupmum_91.tsv",
        "e+ e- > mu+ mu-, madgraph5/epem_mupmum_500.tsv",
        "u u~ > t t~, madgraph5/uux_ttx.tsv"
    })
    void matchesMadGraphEventByEvent(String process, String file) throws Exception {
        Path ref = Fixtures.reference();
        Assumptions.assumeTrue(ref != null, "skipped: ../shared/reference is absent (set -Dmadvec.shared)");
        Path tsv = ref.resolve(file);
        Assumptions.assumeTrue(Files.exists(tsv), "skipped: " + tsv + " is absent");
        List<double[]> rows = Fixtures.readTsv(tsv);
        assertTrue(rows.size() >= 50, "reference rows: " + rows.size());
        Program p = Fixtures.program(process);
        double[] me = Fixtures.evaluate(p, Fixtures.model(List.of()), rows);
        int n = p.particles();
        for (int i = 0; i < rows.size(); i++) {
            double expected = rows.get(i)[4 * n];
            assertEquals(expected, me[i], 1e-12 * Math.abs(expected), "event " + i + " of " + file);
        }
    }
}
