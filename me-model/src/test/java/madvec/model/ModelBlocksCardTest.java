package madvec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MadGraph's cards for BSM models (../shared/reference/bsm/cards) with the models' own blocks: the
 * MSSM's mixing matrices (two indices), SMEFTsim's Wilson-coefficient blocks, QNUMBERS blocks and
 * DECAY tables. Read, changed and written back, they keep every value, bit for bit.
 */
class ModelBlocksCardTest {
    private static ParamCard card(String file) throws IOException {
        return ParamCard.read(SharedReference.folder().resolve(Path.of("reference", "bsm", "cards", file)));
    }

    private static ParamCard roundTrip(ParamCard card) throws IOException {
        StringWriter w = new StringWriter();
        card.write(w);
        return ParamCard.read("written", new StringReader(w.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MSSM_SLHA2_gg_t1t1x.dat", "SMEFTsim_topU3l_MwScheme_UFO_gg_ttxttx.dat", "heft_gg_h.dat"})
    void everyValueSurvivesWritingAndReading(String file) throws IOException {
        ParamCard c = card(file);
        assertTrue(c.values().size() > 10, "the card has its model's blocks");
        ParamCard back = roundTrip(c);
        assertEquals(c.values().keySet(), back.values().keySet());
        for (Map.Entry<String, Double> e : c.values().entrySet()) {
            assertEquals(Double.doubleToRawLongBits(e.getValue()), Double.doubleToRawLongBits(back.value(e.getKey())), e.getKey());
        }
    }

    @org.junit.jupiter.api.Test
    void mssmMixingMatricesAreNamedByBothIndicesAndCanBeChanged() throws IOException {
        ParamCard c = card("MSSM_SLHA2_gg_t1t1x.dat");
        assertEquals(9.863644e-01, c.value("nmix.1.1"));
        assertEquals(-5.311036e-02, c.value("nmix.1.2"));
        assertEquals(3.446319e-01, c.value("dsqmix.3.6"));
        assertEquals(-3.446319e-01, c.value("dsqmix.6.3"));
        assertFalse(c.contains("nmix.1"), "a matrix entry is not a one-index value");
        ParamCard changed = roundTrip(c.with(Map.of("nmix.1.2", 0.125, "dsqmix.6.3", -0.5)));
        assertEquals(0.125, changed.value("nmix.1.2"));
        assertEquals(-0.5, changed.value("dsqmix.6.3"));
        assertEquals(c.value("nmix.2.1"), changed.value("nmix.2.1"), "the neighbours are unchanged");
        assertEquals(c.value("dsqmix.3.6"), changed.value("dsqmix.3.6"));
    }

    @org.junit.jupiter.api.Test
    void smeftCoefficientsAreNamedByTheirBlockAndCanBeChanged() throws IOException {
        ParamCard c = card("SMEFTsim_topU3l_MwScheme_UFO_gg_ttxttx.dat");
        assertEquals(0.0, c.value("smeft.48"), "ctt is off in the reference card");
        assertTrue(c.contains("smeftcpv.1") || c.names().stream().anyMatch(n -> n.startsWith("smeftcpv.")), "the CP-odd block");
        ParamCard changed = roundTrip(c.with(Map.of("smeft.48", 2.5, "smeft.44", -1.0 / 3)));
        assertEquals(2.5, changed.value("smeft.48"));
        assertEquals(-1.0 / 3, changed.value("smeft.44"));
        assertTrue(changed.names().stream().anyMatch(n -> n.startsWith("qnumbers.")), "QNUMBERS blocks are kept");
        assertEquals(c.value("mass.6"), changed.value("mass.6"));
    }
}
