package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;

/** The conservation laws that let the compiler skip subprocesses hold at every vertex of the table. */
class ConservationTest {
    @Test
    void everyVertexConservesChargeQuarkAndLeptonNumber() {
        List<Vertex> all = SmVertices.of(StandardModel.of(ParamCard.resource("sm_lepton_masses")));
        assertTrue(all.size() >= 60, "vertices: " + all.size());
        for (Vertex v : all) {
            assertArrayEquals(new int[3], Conservation.sum(Arrays.stream(v.legs()).boxed().toList()), v.toString());
        }
    }

    @Test
    void violationsAreSeen() {
        assertTrue(Conservation.holds(List.of(2, -2), List.of(1, -1)));
        assertFalse(Conservation.holds(List.of(2, 3), List.of(4, 2)), "charge");
        assertFalse(Conservation.holds(List.of(-11, 11), List.of(2, 11)), "quark and lepton number, charge");
        assertFalse(Conservation.holds(List.of(21, 21), List.of(2, -11)), "quark and lepton number");
    }
}
