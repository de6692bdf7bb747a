package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import madvec.model.ParamCard;
import madvec.processes.ModelPoint;
import org.junit.jupiter.api.Test;

/** A UFO point as the executor's {@link ModelPoint}: masses, widths, couplings by name, card defaults. */
class UfoPointTest {
    @Test
    void massesWidthsAndCouplingsByName() throws IOException {
        UfoModel sm = UfoModel.load(SharedModels.folder(SharedModels.SM).toString());
        // a card with one input: the others keep the restriction card's values
        ParamCard card = ParamCard.read("one-entry", new StringReader("Block MASS\n 6 175.0 # MT\n"));
        ModelPoint p = sm.formulas().evaluate(card, List.of("mass.6", "sminputs.2"));
        assertEquals(2, p.k());
        assertEquals(175.0, p.mass(6).value());
        assertEquals(1.0, p.mass(-6).tangent(0), "d MT / d mass.6");
        assertEquals(4.7, p.mass(5).value(), "mass.5 from restrict_default.dat");
        assertEquals(0.0, p.mass(11).value(), "the electron mass, fixed to ZERO by the restriction");
        assertEquals(1.4915, p.width(6).value(), 1e-15);
        assertEquals(0.0, p.mass(21).value());
        assertTrue(p.mass(24).tangent(1) != 0, "MW depends on Gf");
        var g = p.coupling("GC_11");
        var minus = p.coupling("-GC_11");
        assertEquals(-g.im().value(), minus.im().value(), 0.0);
        assertEquals(-g.im().tangent(1), minus.im().tangent(1), 0.0);
        var removed = assertThrows(IllegalArgumentException.class, () -> p.coupling(sm.removedCouplings().iterator().next()));
        assertTrue(removed.getMessage().contains("the restriction removed it"), removed.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> p.coupling("GC_99999"));
        assertTrue(unknown.getMessage().contains("no coupling named GC_99999"), unknown.getMessage());
        var parameter = assertThrows(IllegalArgumentException.class, () -> p.coupling("MW"));
        assertTrue(parameter.getMessage().contains("no coupling named MW"), parameter.getMessage());
        var noParticle = assertThrows(IllegalArgumentException.class, () -> p.mass(1000022));
        assertTrue(noParticle.getMessage().contains("no particle with PDG code 1000022"), noParticle.getMessage());
    }
}
