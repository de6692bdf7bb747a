package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors quote the process as the user wrote it, never a re-rendered form or a record's toString. */
class MessagesAsWrittenTest {
    private static final StandardModel SM = StandardModel.of(ParamCard.defaultSm());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // the electron Yukawa vanishes in sm: no Higgs diagram
        "e+ e- > h > z z|no diagrams for 'e+ e- > h > z z' in the sm model",
        "e+ e- > mu+ mu- / a z|no diagrams for 'e+ e- > mu+ mu- / a z'",
        "e+ e- > mu+ mu- $ a / z  a|no diagrams for 'e+ e- > mu+ mu- $ a / z  a'",
        "u u~ > t t~ QCD==0 QED==0|with the coupling orders QCD==0 QED==0",
        "u u~ > t t~ QED<=0 QCD=1|with the coupling orders QED<=0 QCD=1",
        "define l = e+ mu+; l e- > e+ mu- / z a|no diagrams for any subprocess of 'l e- > e+ mu- / z a'",
        "p p > e+ mu-|no diagrams for any subprocess of 'p p > e+ mu-'"})
    void noDiagramMessagesQuoteTheProcess(String process, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessCompiler.compile(process, SM));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("OrderLimit"), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "g g > t t~ QCD=2 QCD=3|coupling order QCD given twice (QCD=2 and QCD=3)|QCD=3",
        "g g > t t~ QED<=2 QCD==2 QED=0|coupling order QED given twice (QED<=2 and QED=0)|QED=0"})
    void duplicateOrdersAreRefused(String process, String expected, String second) {
        ProcessSyntaxException e = assertThrows(ProcessSyntaxException.class, () -> ProcessParser.parse(process));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(process.lastIndexOf(second), e.position());
    }

    @Test
    void ordersReadAsWritten() {
        ProcessRequest r = ProcessParser.parse("g g > t t~ QED<=2 QCD==2");
        assertEquals("QED<=2 QCD==2", r.ordersAsWritten());
        assertEquals("g g > t t~ QED<=2 QCD==2", r.statement());
    }

    @Test
    void decaysKeepTheirTextAndPosition() {
        String text = "define q = u d\ng g > t t~, (t > b w+, w+ > e+ ve), t~ > b~ q q";
        ProcessRequest r = ProcessParser.parse(text);
        assertEquals("g g > t t~, (t > b w+, w+ > e+ ve), t~ > b~ q q", r.statement());
        assertEquals("(t > b w+, w+ > e+ ve)", r.decays().get(0).written());
        assertEquals("w+ > e+ ve", r.decays().get(0).decays().get(0).written());
        assertEquals("t~ > b~ q q", r.decays().get(1).written());
        assertEquals(text.indexOf("t > b w+"), r.decays().get(0).position());
    }

    @Test
    void aMisplacedDecayPointsAtItsCharacter() {
        String text = "g g > t t~, w+ > e+ ve";
        ProcessSyntaxException e = assertThrows(ProcessSyntaxException.class, () -> ProcessCompiler.compile(text, SM));
        assertEquals(text.indexOf("w+"), e.position());
    }
}
