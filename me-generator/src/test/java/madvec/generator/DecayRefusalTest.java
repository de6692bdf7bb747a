package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decays that cannot happen on shell are refused, quoting the decay as written and pointing at it. */
class DecayRefusalTest {
    private static final StandardModel SM = StandardModel.of(ParamCard.defaultSm());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "e+ e- > z, z > t t~|z > t t~|not heavier than t t~",
        "e+ e- > ve ve~, ve > e- w+|ve > e- w+|ve is stable in this model",
        "e+ e- > e+ e-, e- > e- a|e- > e- a|e- is stable",
        "g g > t t~, (t > b w+, w+ > t b~)|w+ > t b~|not heavier than t b~",
        "define q = u d; e+ e- > z j j, z > t  t~|z > t  t~|z (mass 91.188 GeV)"})
    void impossibleDecaysAreRefused(String process, String decay, String why) {
        ProcessSyntaxException e = assertThrows(ProcessSyntaxException.class, () -> ProcessCompiler.compile(process, SM));
        assertTrue(e.getMessage().contains("the decay '" + decay + "' cannot happen on shell"), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().startsWith("process '" + process + "'"), e.getMessage());
        assertEquals(process.indexOf(decay), e.position(), e.getMessage());
    }

    @Test
    void aZeroWidthInTheCardMakesTheParentStableEvenWhenCompiledBefore() {
        String process = "g g > t t~, t > b u d~, t~ > b~ d u~";
        assertEquals(1, ProcessCompiler.compile(process, SM).size());
        StandardModel stableTop = StandardModel.of(ParamCard.defaultSm().with("decay.6", 0.0));
        ProcessSyntaxException e = assertThrows(ProcessSyntaxException.class,
                () -> ProcessCompiler.compile(process, stableTop));
        assertTrue(e.getMessage().contains("'t > b u d~' cannot happen on shell: t is stable in this model"
                + " (its width, decay.6, is 0)"), e.getMessage());
    }

    @Test
    void impossibleExpansionsBesidePossibleOnesAreLeftOut() {
        List<String> names = ProcessCompiler.compile("define q = u t; define q~ = u~ t~; e+ e- > z, z > q q~", SM)
                .stream().map(GeneratedProcess::name).toList();
        assertEquals(List.of("e+ e- > z, z > u u~"), names);
    }

    @Test
    void aDecayWithoutDiagramsIsNamedAsWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessCompiler.compile("p p > t t~, t > b u u~", SM));
        assertTrue(e.getMessage().contains("no diagrams for the decay 't > b u u~' in 'p p > t t~, t > b u u~'"),
                e.getMessage());
    }
}
