package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parameter cards MadGraph wrote for the BSM references (../shared/reference/bsm/cards) hold every
 * input of their model under the names madvec gives them ({@code block.id}: MSSM mixing matrices,
 * SMEFTsim's coefficient blocks, DECAY lines), and the models evaluate there with every input a tangent.
 */
class ReferenceCardsTest {
    @ParameterizedTest
    @CsvSource({"heft, heft_gg_h.dat", "MSSM_SLHA2, MSSM_SLHA2_gg_t1t1x.dat",
        "SMEFTsim_topU3l_MwScheme_UFO, SMEFTsim_topU3l_MwScheme_UFO_gg_ttxttx.dat"})
    void everyInputIsOnTheCardAndTheModelEvaluatesThere(String model, String cardFile) throws IOException {
        Path cards = Path.of(System.getProperty("madvec.shared", "../shared"), "reference", "bsm", "cards");
        Assumptions.assumeTrue(Files.isDirectory(cards), "no " + cards + ": MadGraph's BSM cards skipped");
        UfoParameters f = UfoModel.load(SharedModels.folder(model).toString()).formulas();
        ParamCard card = ParamCard.read(cards.resolve(cardFile));
        List<String> missing = f.inputs().stream().filter(n -> !card.contains(n)).toList();
        assertEquals(List.of(), missing, "inputs of " + model + " the card lacks");
        UfoPoint p = f.evaluate(card, f.inputs());
        for (String c : f.couplings()) {
            var g = p.coupling(c);
            assertTrue(Double.isFinite(g.re().value()) && Double.isFinite(g.im().value()), c);
        }
    }
}
