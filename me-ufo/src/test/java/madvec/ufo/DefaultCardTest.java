package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import madvec.model.ParamCard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model's default card holds every input in the model's own blocks (MSSM mixing matrices, SMEFTsim
 * Wilson coefficients, DECAY lines), survives writing and reading, and gives the default point.
 */
class DefaultCardTest {
    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void theDefaultCardGivesTheDefaultPoint(String name) throws IOException {
        UfoParameters f = UfoModel.load(SharedModels.folder(name).toString()).formulas();
        ParamCard card = f.defaultCard();
        assertEquals(f.inputs().stream().sorted().toList(), card.names().stream().sorted().toList());
        StringWriter out = new StringWriter();
        card.write(out);
        ParamCard again = ParamCard.read("written", new StringReader(out.toString()));
        UfoPoint defaults = f.evaluate();
        UfoPoint read = f.evaluate(again, List.of());
        for (String c : f.couplings()) {
            assertEquals(defaults.coupling(c), read.coupling(c), c);
        }
        for (String input : f.inputs()) {
            assertEquals(card.value(input), again.value(input), 0.0, input);
        }
    }
}
