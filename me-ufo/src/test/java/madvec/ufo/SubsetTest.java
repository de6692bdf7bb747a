package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Formulas cut down to a process's couplings (MSSM's stop-pair production by gluons) give the same
 * bits as the whole model, compute far fewer parameters, and refuse what they did not compute.
 */
class SubsetTest {
    @Test
    void theCouplingsOfGluonsAndStopsAloneGiveTheSameBits() {
        UfoModel mssm = UfoModel.load(SharedModels.folder(SharedModels.MSSM).toString());
        Set<String> couplings = new LinkedHashSet<>();
        for (UfoVertex v : mssm.vertices()) {
            boolean gluonsAndStops = v.particles().stream().allMatch(p -> p.pdg() == 21 || Math.abs(p.pdg()) == 1000006);
            if (gluonsAndStops) {
                v.terms().forEach(t -> couplings.add(t.coupling()));
            }
        }
        assertTrue(couplings.size() >= 3, couplings.toString());
        UfoParameters all = mssm.formulas();
        UfoParameters few = all.only(couplings);
        assertEquals(all.inputs(), few.inputs());
        assertEquals(List.copyOf(couplings).stream().sorted().toList(), few.couplings().stream().sorted().toList());
        assertTrue(few.internalParameters().size() < all.internalParameters().size() / 10,
                few.internalParameters().size() + " of " + all.internalParameters().size() + " parameters");
        List<String> directions = List.of("sminputs.3", "mass.1000006", "usqmix.3.3");
        UfoPoint a = all.evaluate(null, directions);
        UfoPoint f = few.evaluate(null, directions);
        for (String c : couplings) {
            assertEquals(a.coupling(c), f.coupling(c), c);
        }
        for (String p : few.internalParameters()) {
            assertEquals(a.value(p), f.value(p), p);
        }
        for (UfoParticle p : mssm.particles()) {
            assertEquals(a.mass(p.pdg()), f.mass(p.pdg()), p.name());
            assertEquals(a.width(p.pdg()), f.width(p.pdg()), p.name());
        }
        UfoModel sm = UfoModel.load(SharedModels.folder(SharedModels.SM).toString());
        UfoPoint gluonOnly = sm.formulas().only(List.of("GC_11")).evaluate(null, List.of("mass.23"));
        assertEquals(sm.formulas().evaluate(null, List.of("mass.23")).mass(24), gluonOnly.mass(24), "MW, internal");
        String other = all.couplings().stream().filter(c -> !couplings.contains(c)).findFirst().orElseThrow();
        var e = assertThrows(IllegalArgumentException.class, () -> f.coupling(other));
        assertTrue(e.getMessage().contains("was not computed"), e.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> all.only(List.of("GC_nonexistent")));
        assertTrue(unknown.getMessage().contains("no coupling named GC_nonexistent"), unknown.getMessage());
    }
}
