package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import madvec.model.ParamCard;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The size limit with UFO models: their diagrams are counted before generating, as the built-in SM's. */
class UfoSizeLimitTest {
    private static UfoModel sm;
    private static UfoPoint point;

    @BeforeAll
    static void load() {
        sm = UfoModel.load(SharedModels.folder(SharedModels.SM).toString());
        point = sm.formulas().evaluate(ParamCard.defaultSm(), List.of());
    }

    @Test
    void aHugeUfoProcessFailsAtOnce() {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalArgumentException.class, () -> UfoProcesses.compileAll("g g > g g g g g g", sm, point)));
        assertTrue(e.getMessage().contains("at least 34300 diagrams"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmadvec.maxDiagrams=N"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"g g > t t~ g g, 123", "u u~ > t t~ g, 5", "e+ e- > mu+ mu-, 2"})
    void theCountBelowTheLimitIsWhatIsGenerated(String process, int diagrams) {
        String old = System.getProperty(SizeLimit.PROPERTY);
        try {
            // exactly at the count: compiles; one below: refused, so the estimate is the generated number
            System.setProperty(SizeLimit.PROPERTY, Integer.toString(diagrams));
            assertEquals(diagrams, UfoProcesses.compileAll(process, sm, point).get(0).diagrams());
            System.setProperty(SizeLimit.PROPERTY, Integer.toString(diagrams - 1 == 0 ? 1 : diagrams - 1));
            if (diagrams > 1) {
                assertThrows(IllegalArgumentException.class, () -> UfoProcesses.compileAll(process + " ", sm, point));
            }
        } finally {
            if (old == null) System.clearProperty(SizeLimit.PROPERTY);
            else System.setProperty(SizeLimit.PROPERTY, old);
        }
    }
}
