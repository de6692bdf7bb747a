package madvec.reweight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheParticle;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private static LheParticle p(int pdg, int status) {
        return new LheParticle(pdg, status, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 9);
    }

    private static LheEvent event(LheParticle... ps) {
        return new LheEvent("", 1, 1, 91, 0.0078, 0.118, List.of(ps), List.of());
    }

    private final Dispatcher d = new Dispatcher(List.of(new int[] {21, 21, 6, -6}, new int[] {2, -2, 6, -6, 21},
            new int[] {21, 2, 6, -6, 2}, new int[] {21, 21, 5, 2, -1, -5, 1, -2}));

    @Test
    void finalStateInAnyOrderAndInitialStatesSwapped() {
        Dispatcher.Match m = d.match(event(p(21, -1), p(21, -1), p(-6, 1), p(6, 1)));
        assertEquals(0, m.subprocess());
        assertArrayEquals(new int[] {0, 1, 3, 2}, m.order());
        m = d.match(event(p(-2, -1), p(2, -1), p(21, 1), p(-6, 1), p(6, 1)));
        assertEquals(1, m.subprocess());
        assertArrayEquals(new int[] {1, 0, 4, 3, 2}, m.order());
        // an identical particle in the initial and final state: each keeps its role
        m = d.match(event(p(2, -1), p(21, -1), p(2, 1), p(6, 1), p(-6, 1)));
        assertEquals(2, m.subprocess());
        assertArrayEquals(new int[] {1, 0, 3, 4, 2}, m.order());
    }

    @Test
    void resonancesOfDecayChainsAreNotExternals() {
        List<LheParticle> ps = new ArrayList<>(List.of(p(21, -1), p(21, -1), p(6, 2), p(-6, 2), p(24, 2), p(-24, 2)));
        ps.addAll(List.of(p(5, 1), p(2, 1), p(-1, 1), p(-5, 1), p(1, 1), p(-2, 1)));
        Dispatcher.Match m = d.match(event(ps.toArray(LheParticle[]::new)));
        assertEquals(3, m.subprocess());
        assertArrayEquals(new int[] {0, 1, 6, 7, 8, 9, 10, 11}, m.order());
    }

    @Test
    void noMatchIsNullAndDescribed() {
        LheEvent e = event(p(21, -1), p(21, -1), p(6, 1), p(-6, 1), p(21, 1), p(21, 1));
        assertNull(d.match(e));
        assertEquals("21 21 > 6 -6 21 21", Dispatcher.describe(e));
        assertNull(d.match(event(p(21, -1), p(6, 1), p(-6, 1))));
    }
}
