package madvec.reweight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Test;

class ProcCardTest {
    private static final String CARD = """
            #************************************************************
            #*                     MadGraph5_aMC@NLO                    *
            #************************************************************
            set group_subprocesses Auto
            set ignore_six_quark_processes False
            import model sm-no_b_mass
            # Define multiparticle labels
            define p = g u c d s u~ c~ d~ s~
            define j = g u c d s u~ c~ d~ s~
            define l+ e+ mu+
            generate p p > t t~ @0   # top pairs
            add process p p > t t~ j @1 --no_warning=duplicate
            output pp_tt
            launch
            """;

    @Test
    void modelDefinesAndDefinitionsAreReadTagsAndOptionsDropped() {
        ProcCard c = ProcCard.parse(CARD);
        assertEquals("sm-no_b_mass", c.model());
        assertEquals(List.of("define p = g u c d s u~ c~ d~ s~", "define j = g u c d s u~ c~ d~ s~", "define l+ = e+ mu+"), c.defines());
        assertEquals(List.of(new ProcCard.Definition("p p > t t~", 0, 11), new ProcCard.Definition("p p > t t~ j", 1, 12)), c.definitions());
        assertEquals(String.join("\n", c.defines()) + "\np p > t t~ j", c.processText(c.definitions().get(1)));
    }

    @Test
    void aLaterGenerateStartsOverAndNoGenerateIsAnError() {
        ProcCard c = ProcCard.parse("generate e+ e- > mu+ mu-\ngenerate e+ e- > ta+ ta- QED<=2 @3\n");
        assertEquals("sm", c.model());
        assertEquals(List.of(new ProcCard.Definition("e+ e- > ta+ ta- QED<=2", 3, 2)), c.definitions());
        assertThrows(IllegalArgumentException.class, () -> ProcCard.parse("import model sm\noutput x\n"));
    }

    @Test
    void modelRestrictionsGiveTheirCards() {
        assertEquals(0.0, ModelCards.forModel("sm-no_b_mass").value("mass.5"));
        assertEquals(0.0, ModelCards.forModel("sm-no_b_mass").value("yukawa.5"));
        assertEquals(4.7, ModelCards.forModel("sm").value("mass.5"));
        assertEquals(ParamCard.resource("sm_lepton_masses").values(), ModelCards.forModel("sm-lepton_masses").values());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCards.forModel("heft"));
        assertEquals("model 'heft' is not one madvec knows (sm, sm-no_b_mass, sm-lepton_masses); give the sample's parameter"
                + " card with --param-card", e.getMessage());
    }
}
