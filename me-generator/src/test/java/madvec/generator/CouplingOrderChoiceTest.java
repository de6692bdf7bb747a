package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/**
 * MadGraph's coupling-order choice: the lowest weighted order (QCD + 2 QED) is chosen once per
 * definition, over all its subprocesses, and subprocesses that start above it drop out.
 */
class CouplingOrderChoiceTest {
    private static final StandardModel SM = StandardModel.of(ParamCard.defaultSm());

    private static Map<String, Integer> diagrams(String process) {
        return ProcessCompiler.compile(process, SM).stream()
                .collect(Collectors.toMap(GeneratedProcess::name, GeneratedProcess::diagrams));
    }

    @Test
    void dijetsHaveNoElectroweakOnlySubprocess() {
        Map<String, Integer> jj = diagrams("p p > j j");
        assertFalse(jj.containsKey("u s > c d"), "u s > c d is electroweak only: " + jj.keySet());
        assertFalse(jj.containsKey("u c~ > d s~"), "u c~ > d s~ is electroweak only: " + jj.keySet());
        // every subprocess left keeps exactly its pure-QCD diagrams (an electroweak-only one has none)
        jj.forEach((name, n) -> assertEquals(diagrams(name + " QED==0").get(name), n, name));
        assertEquals(117, jj.size());
    }

    @Test
    void sharedSubprocessKeepsOnlyItsQcdDiagrams() {
        // alone it has 1 QCD and 3 electroweak diagrams (photon, Z, t-channel W); in p p > j j only the gluon one
        assertEquals(1, diagrams("p p > j j").get("u u~ > d d~"));
        assertEquals(3, diagrams("u u~ > d d~ QCD==0").get("u u~ > d d~"));
        assertEquals(4, diagrams("u u~ > d d~ QED<=2").get("u u~ > d d~"));
    }

    @Test
    void eachDefinitionChoosesItsOwnOrder() {
        // on its own, the electroweak subprocess is the lowest order there is
        assertEquals(Map.of("u s > c d", 1), diagrams("u s > c d"));
        assertEquals(Map.of("e+ e- > mu+ mu-", 2), diagrams("e+ e- > mu+ mu-"));
    }

    @Test
    void explicitOrdersReplaceTheChoice() {
        Map<String, Integer> ew = diagrams("p p > j j QCD==0");
        assertEquals(1, ew.get("u s > c d"));
        assertEquals(3, ew.get("u u~ > d d~"));
    }

    @Test
    void aDecayDefinitionChoosesOneOrderForAllItsExpansions() {
        // z > u u~ g (QED QCD, weighted 3) and z > u u~ a (QED^2, weighted 4): only the first is kept
        List<String> names = ProcessCompiler.compile("define y = g a; e+ e- > z, z > u u~ y", SM).stream()
                .map(GeneratedProcess::name).toList();
        assertEquals(List.of("e+ e- > z, z > u u~ g"), names);
        // alone, the photon decay is at its own lowest order
        assertEquals(1, ProcessCompiler.compile("e+ e- > z, z > u u~ a", SM).size());
    }

    @Test
    void existingCountsUnchanged() {
        assertEquals(3, diagrams("g g > t t~").get("g g > t t~"));
        assertEquals(16, diagrams("g g > t t~ g").get("g g > t t~ g"));
        assertEquals(5, diagrams("u u~ > d d~ g").get("u u~ > d d~ g"));
        assertEquals(1, diagrams("e+ e- > z > mu+ mu-").get("e+ e- > mu+ mu-"));
        Map<String, Integer> tt = diagrams("p p > t t~");
        assertEquals(9, tt.size());
        assertTrue(tt.values().stream().allMatch(n -> n == 1 || n == 3), tt.toString());
    }
}
