package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Process strings: what they expand to, and clear errors for malformed ones. */
class ProcessSyntaxTest {
    private static final StandardModel SM = StandardModel.of(ParamCard.defaultSm());

    /** Each bad string, and a fragment the message must contain (the token or what is wrong, and where). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''|empty process",
        "g g|missing '>'",
        "g g >|expected a final-state particle",
        "g g > t t~ x|unknown particle 'x' at position 12",
        "gg > t t~|unknown particle 'gg' at position 1",
        "g g > t t~ QCD=|expected a non-negative integer",
        "g g > t t~ QCD=two|expected a non-negative integer",
        "g g > t t~ QFD=2|unknown coupling order 'QFD'",
        "g g > t t~ / |expected a particle to exclude",
        "g g > t t~ $|expected a particle to exclude from s-channels",
        "g g > t t~, t >|expected a decay product",
        "g g > t t~, t > b|needs at least two products",
        "g g > t t~, w+ > e+ ve|no undecayed 'w+'",
        "g g > t t~, (t > b w+, w+ > e+ ve|expected ')'",
        "g g > t t~ & h|unexpected character '&' at position 12",
        "g > t t~|2 -> n scattering",
        "e+ e- > mu+ mu- g|no diagrams for 'e+ e- > mu+ mu- g'",
        "e+ e- > mu+ mu- QED=1|no diagrams",
        "g g > t t~ > h|no diagrams",
        "define q = u x; q q~ > z|unknown particle 'x' in define",
        "define t = u d; t t~ > z|'t' is a particle name",
        "g g > t t~; g g > b b~|a second process statement",
        "g g > t t~ )|unexpected ')'"})
    void malformedStringsGiveClearErrors(String process, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessCompiler.compile(process, SM));
        assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' should contain '" + expected + "'");
    }

    @Test
    void errorPositionPointsAtTheToken() {
        ProcessSyntaxException e = assertThrows(ProcessSyntaxException.class, () -> ProcessParser.parse("e+ e- > mu+ muu-"));
        assertEquals(12, e.position());
    }

    @Test
    void multiParticleLabelsExpandIntoSubprocesses() {
        List<GeneratedProcess> all = ProcessCompiler.compile("p p > t t~", SM);
        // g g, and q q~ / q~ q for u c d s: 1 + 8
        assertEquals(9, all.size());
        assertEquals("g g > t t~", all.get(0).name());
        assertTrue(all.stream().anyMatch(g -> g.name().equals("s~ s > t t~")));
    }

    @Test
    void definesAndLeptonLabels() {
        List<GeneratedProcess> all = ProcessCompiler.compile("define q = u d\ndefine q~ = u~ d~; q q~ > l+ l-", SM);
        // u u~ and d d~ each to e+ e- and mu+ mu-
        assertEquals(4, all.size());
        assertEquals(Map.of("u u~ > e+ e-", 2), Map.of(all.get(0).name(), all.get(0).diagrams()));
    }

    @Test
    void finalStatesThatDifferOnlyInOrderAreOneSubprocess() {
        List<GeneratedProcess> all = ProcessCompiler.compile("u u~ > j j", SM);
        // g g, and q q~ for u c d s (q~ q duplicates dropped)
        assertEquals(5, all.size());
    }

    @Test
    void requiredAndExcludedPropagators() {
        assertEquals(2, ProcessCompiler.compile("e+ e- > mu+ mu-", SM).get(0).diagrams());
        assertEquals(1, ProcessCompiler.compile("e+ e- > z > mu+ mu-", SM).get(0).diagrams());
        assertEquals(1, ProcessCompiler.compile("e+ e- > mu+ mu- / z", SM).get(0).diagrams());
        assertEquals(1, ProcessCompiler.compile("e+ e- > mu+ mu- $ a", SM).get(0).diagrams());
    }

    @Test
    void couplingOrdersSelectDiagrams() {
        // lowest weighted order by default: the QCD diagram only; QED=2 admits the photon and Z ones
        assertEquals(1, ProcessCompiler.compile("u u~ > t t~", SM).get(0).diagrams());
        assertEquals(3, ProcessCompiler.compile("u u~ > t t~ QED<=2", SM).get(0).diagrams());
        assertEquals(2, ProcessCompiler.compile("u u~ > t t~ QCD==0", SM).get(0).diagrams());
    }

    @Test
    void diagramCountsAsMadGraph() {
        assertEquals(3, ProcessCompiler.compile("g g > t t~", SM).get(0).diagrams());
        assertEquals(16, ProcessCompiler.compile("g g > t t~ g", SM).get(0).diagrams());
        assertEquals(123, ProcessCompiler.compile("g g > t t~ g g", SM).get(0).diagrams());
        assertEquals(5, ProcessCompiler.compile("u u~ > d d~ g", SM).get(0).diagrams());
    }

    @Test
    void compiledProcessesAreCachedPerModelShape() {
        List<GeneratedProcess> a = ProcessCompiler.compile("g g > t t~ g", SM);
        // another top mass changes no vertex and no helicity set: the same programs
        List<GeneratedProcess> b = ProcessCompiler.compile("g g > t t~ g", StandardModel.of(ParamCard.defaultSm().with("mass.6", 180)));
        assertTrue(a.get(0).program() == b.get(0).program());
        // a muon Yukawa adds vertices: compiled anew
        StandardModel leptons = StandardModel.of(ParamCard.resource("sm_lepton_masses"));
        assertTrue(ProcessCompiler.compile("mu+ mu- > z h", SM).get(0).program()
                != ProcessCompiler.compile("mu+ mu- > z h", leptons).get(0).program());
    }
}
