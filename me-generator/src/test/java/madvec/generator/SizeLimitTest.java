package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Definitions beyond the size limit fail at once with the estimate; those below still compile. */
class SizeLimitTest {
    private static final StandardModel SM = StandardModel.of(ParamCard.defaultSm());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "g g > g g g g g g|34300|g g > g g g g g g",
        "p p > j j j j j j|34300|g g > g g g g g g",
        "e+ e- > a a a a a a a a|40320|e+ e- > a a a a a a a a"})
    void hugeProcessesFailAtOnce(String process, String estimate, String largest) {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(IllegalArgumentException.class, () -> ProcessCompiler.compile(process, SM)));
        assertTrue(e.getMessage().contains("at least " + estimate + " diagrams"), e.getMessage());
        assertTrue(e.getMessage().contains("in " + largest + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dmadvec.maxDiagrams=N"), e.getMessage());
        assertTrue(e.getMessage().startsWith("'" + process + "' is too large"), e.getMessage());
    }

    @Test
    void largeProcessesBelowTheLimitCompile() {
        List<GeneratedProcess> ttggg = ProcessCompiler.compile("g g > t t~ g g g", SM);
        assertEquals(1240, ttggg.get(0).diagrams());
        List<GeneratedProcess> jjj = ProcessCompiler.compile("p p > j j j", SM);
        assertEquals(1393, jjj.stream().mapToInt(GeneratedProcess::diagrams).sum());
    }

    @Test
    void thePropertySetsTheLimit() {
        String old = System.getProperty(SizeLimit.PROPERTY);
        try {
            System.setProperty(SizeLimit.PROPERTY, "100");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ProcessCompiler.compile("u u~ > g g g g", SM));
            assertTrue(e.getMessage().contains("at least 123 diagrams"), e.getMessage());
            assertTrue(e.getMessage().contains("the limit is 100 diagrams"), e.getMessage());
            // the estimate is the count the generator keeps at the lowest order, not a loose bound
            System.setProperty(SizeLimit.PROPERTY, "123");
            assertEquals(123, ProcessCompiler.compile("u u~ > g g g g", SM).get(0).diagrams());
            System.setProperty(SizeLimit.PROPERTY, "lots");
            assertThrows(IllegalArgumentException.class, () -> ProcessCompiler.compile("u u~ > d d~ g", SM));
        } finally {
            if (old == null) {
                System.clearProperty(SizeLimit.PROPERTY);
            } else {
                System.setProperty(SizeLimit.PROPERTY, old);
            }
        }
    }

    @Test
    void progressIsQuietForTwoSecondsThenEveryTwoSeconds() {
        long[] now = {0};
        List<String> heard = new ArrayList<>();
        Progress p = new Progress(heard::add, "p p > j j j j", () -> now[0]);
        p.report(() -> "step 1");
        now[0] = 1_900_000_000L;
        p.report(() -> "step 2");
        assertEquals(List.of(), heard);
        now[0] = 2_100_000_000L;
        p.report(() -> "step 3");
        now[0] = 3_000_000_000L;
        p.report(() -> "step 4");
        now[0] = 4_200_000_000L;
        p.report(() -> "step 5");
        p.done(() -> "done");
        assertEquals(List.of("p p > j j j j: step 3 (2.1 s)", "p p > j j j j: step 5 (4.2 s)",
                "p p > j j j j: done (4.2 s)"), heard);
    }

    @Test
    void aQuickCompilationSaysNothing() {
        List<String> heard = new ArrayList<>();
        Processes.compileAll("p p > t t~", SM, heard::add);
        assertEquals(List.of(), heard);
    }
}
