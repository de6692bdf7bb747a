package madvec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/** The tree-level top partial width against the textbook two-body formulas in the narrow-W limit. */
class DecayWidthsTest {

    @Test
    void aNarrowWGivesTheTwoBodyWidthTimesTheWBranchingRatio() {
        // Gamma(t > b W) = G_F mt^3 / (8 pi sqrt2) lambda^(1/2)(1, xb, xw) ((1 - xb)^2 + xw (1 + xb) - 2 xw^2),
        // Gamma(W > u d~) = 3 G_F MW^3 / (6 pi sqrt2); G_F / sqrt2 = g^2 / (8 MW^2) at tree level
        StandardModel sm = StandardModel.of(ParamCard.defaultSm().with(java.util.Map.of("decay.24", 1e-3)));
        double mt = sm.mass(6).value(), mb = sm.mass(5).value(), mw = sm.mw().value(), gf = sm.gf().value();
        double xb = mb * mb / (mt * mt), xw = mw * mw / (mt * mt);
        double lambda = (1 - xb - xw) * (1 - xb - xw) - 4 * xb * xw;
        double tbw = gf * mt * mt * mt / (8 * Math.PI * Math.sqrt(2)) * Math.sqrt(lambda) * ((1 - xb) * (1 - xb) + xw * (1 + xb) - 2 * xw * xw);
        double wud = 3 * gf * mw * mw * mw / (6 * Math.PI * Math.sqrt(2));
        double expected = tbw * wud / 1e-3;
        assertEquals(expected, DecayWidths.topToBffbar(sm, 3), 1e-3 * expected);
        // at the card's W width the off-shell W changes it by O(Gamma_W / MW), and leptons are a third of quarks
        StandardModel card = StandardModel.of(ParamCard.defaultSm());
        double ud = DecayWidths.topToBffbar(card, 3), ev = DecayWidths.topToBffbar(card, 1);
        assertEquals(3 * ev, ud, 1e-12 * ud);
        double onShell = tbw * wud / card.width(24).value();
        assertTrue(Math.abs(ud / onShell - 1) < 3 * card.width(24).value() / mw, ud + " vs " + onShell);
    }
}
