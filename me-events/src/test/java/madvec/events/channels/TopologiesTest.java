package madvec.events.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Test;

/** The s-channel resonances found in programs, against the diagrams one draws by hand. */
class TopologiesTest {

    @Test
    void theTopDecayChainHasTwoTopsAndTwoWs() {
        ChannelSet set = ChannelSet.of(MatrixElement.builder("ee_tt_6j").build());
        // the photon and the Z diagrams share one resonance set: t(3 4 5), t~(6 7 8), W+(4 5), W-(7 8)
        assertEquals(1, set.channels().size(), set.describe().toString());
        List<Resonance> r = set.channels().get(0).resonances();
        assertEquals(4, r.size(), r.toString());
        assertEquals("[6(3 4 5), 6(6 7 8), 24(4 5), 24(7 8)]", r.toString());
        assertEquals(173.0, r.get(0).mass(), 0);
        assertTrue(set.resonant());
    }

    @Test
    void propagatorsThroughEveryFinalParticleOrTChannelOnesAreNotResonances() {
        // e+ e- > mu+ mu-: the Z carries sqrt(s); g g > t t~: the top is exchanged in the t channel
        for (String p : List.of("ee_mumu", "ee_z_mumu", "gg_tt")) {
            ChannelSet set = ChannelSet.of(MatrixElement.builder(p).build());
            assertFalse(set.resonant(), p + ": " + set.describe());
            assertEquals(1, set.channels().size());
            assertTrue(set.channels().get(0).resonances().isEmpty());
        }
    }

    @Test
    void wPairsAndZPairsAreSeparateChannels() {
        // e+ e- > mu+ mu- vm vm~ (externals 3 to 6): W+ W- (mu+ vm, mu- vm~) and Z Z (mu+ mu-, vm vm~) among others
        ChannelSet set = ChannelSet.of(MatrixElement.builder("e+ e- > mu+ mu- vm vm~").sqrtS(250).build());
        List<String> lines = set.describe();
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(": 24(3 5) 24(4 6)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(": 23(3 4) 23(5 6)")), lines.toString());
    }

    @Test
    void aDerivativeThatMovesAnExternalMassIsNamed() {
        assertEquals("mass.6", ChannelSet.movingExternalMass(MatrixElement.builder("gg_tt").derivatives("mass.6").build()));
        // e+ e- > w+ w-: the W mass is derived from the Z mass
        assertEquals("mass.23", ChannelSet.movingExternalMass(MatrixElement.builder("e+ e- > w+ w-").sqrtS(500)
                .derivatives("decay.6", "mass.23").build()));
        assertEquals(null, ChannelSet.movingExternalMass(MatrixElement.builder("ee_tt_6j").derivatives("mass.6", "decay.6").build()));
    }
}
