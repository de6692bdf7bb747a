package madvec.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.api.HelicityColourWeights;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Colour tags from the colour flows: every flow of every process is a valid Les Houches colour
 * connection, quarks carry colour, antiquarks anticolour and gluons both; and the flow chosen by
 * |J_j|^2 follows the t-channel pole, as leading colour says it must.
 */
class ColourConnectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"g g > t t~", "u u~ > t t~", "u~ u > g g", "g g > g g", "u d > u d", "g g > t t~ g",
        "g g > t t~, t > b u d~, t~ > b~ d u~", "e+ e- > mu+ mu-", "u u~ > d d~ g"})
    void everyFlowIsAValidColourConnection(String process) {
        MatrixElement me = MatrixElement.builder(process).sqrtS(1000).build();
        int[] pdg = me.pdgs();
        boolean[] incoming = new boolean[pdg.length];
        incoming[0] = incoming[1] = true;
        ColourConnections c = ColourConnections.of(me.program().colourFlows(), incoming);
        assertEquals(me.program().jamps(), c.flows());
        for (int f = 0; f < c.flows(); f++) {
            // a tag links an incoming colour to an outgoing one, or closes on one side (colour with anticolour)
            Map<Integer, Integer> balance = new HashMap<>();
            for (int p = 0; p < pdg.length; p++) {
                int[] t = c.tags(f, p);
                int sign = incoming[p] ? 1 : -1;
                if (t[0] != 0) balance.merge(t[0], sign, Integer::sum);
                if (t[1] != 0) balance.merge(t[1], -sign, Integer::sum);
                int a = Math.abs(pdg[p]);
                boolean quark = a >= 1 && a <= 6, gluon = pdg[p] == 21;
                boolean colour = quark ? (pdg[p] > 0) : gluon;
                boolean anticolour = quark ? (pdg[p] < 0) : gluon;
                assertEquals(colour, t[0] != 0, process + " flow " + f + " particle " + p + " colour " + t[0]);
                assertEquals(anticolour, t[1] != 0, process + " flow " + f + " particle " + p + " anticolour " + t[1]);
            }
            for (Map.Entry<Integer, Integer> e : balance.entrySet()) {
                assertEquals(0, e.getValue(), process + " flow " + f + ": tag " + e.getKey() + " does not balance");
                assertTrue(e.getKey() >= ColourConnections.FIRST_TAG);
            }
        }
    }

    @Test
    void ggToTtTagsFollowTheFlowString() {
        // (T0 T1)_{2,3}: the top's colour comes from gluon 0, gluon 0's anticolour goes to gluon 1, gluon 1's to the antitop
        ColourConnections c = ColourConnections.of(List.of("(T0 T1)_{2,3}"), new boolean[] {true, true, false, false});
        assertArrayEquals(new int[] {501, 502}, c.tags(0, 0));
        assertArrayEquals(new int[] {502, 503}, c.tags(0, 1));
        assertArrayEquals(new int[] {501, 0}, c.tags(0, 2));
        assertArrayEquals(new int[] {0, 503}, c.tags(0, 3));
    }

    @Test
    void theLeadingFlowFollowsTheTChannelPole() {
        // top along gluon 0 (t = (p0 - p2)^2 small): the flow in which they are adjacent, (T0 T1)_{2,3}, dominates
        MatrixElement me = MatrixElement.builder("g g > t t~").sqrtS(1000).build();
        double e = 500, m = me.externalMasses()[2], p = Math.sqrt(e * e - m * m);
        double[] cos = {0.99, -0.99};
        double[][] mom = new double[16][2];
        for (int k = 0; k < 2; k++) {
            double s = Math.sqrt(1 - cos[k] * cos[k]);
            double[] q = {e, 0, 0, e, e, 0, 0, -e, e, p * s, 0, p * cos[k], e, -p * s, 0, -p * cos[k]};
            for (int j = 0; j < 16; j++) mom[j][k] = q[j];
        }
        HelicityColourWeights w = me.helicityColourWeights(mom);
        assertEquals("(T0 T1)_{2,3}", w.flows().get(0));
        assertTrue(w.flow()[0][0] > 5 * w.flow()[1][0], "forward: " + w.flow()[0][0] + " vs " + w.flow()[1][0]);
        assertTrue(w.flow()[1][1] > 5 * w.flow()[0][1], "backward: " + w.flow()[1][1] + " vs " + w.flow()[0][1]);
    }

    @Test
    void aNameThatIsNotAFlowIsRefused() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> ColourConnections.of(List.of("(T0 X1)_{2,3}"), new boolean[] {true, true, false, false}));
        assertTrue(e.getMessage().contains("(T0 X1)_{2,3}"), e.getMessage());
    }
}
