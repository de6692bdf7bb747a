package madvec.reweight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import madvec.api.MatrixElement;
import madvec.api.Subprocess;
import madvec.api.lhe.LheHeader;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A sample generated with a UFO model: its processes compile in that model, with the header's card. */
class UfoSampleOriginTest {
    private static LheHeader header(String model, String process, ParamCard card) throws IOException {
        StringBuilder h = new StringBuilder("<LesHouchesEvents version=\"3.0\">\n<header>\n<MG5ProcCard>\nimport model ")
                .append(model).append("\ngenerate ").append(process).append(" @0\n</MG5ProcCard>\n");
        if (card != null) {
            StringWriter slha = new StringWriter();
            card.write(slha);
            h.append("<slha>\n").append(slha).append("</slha>\n");
        }
        return LheHeader.of(h.append("</header>\n").toString());
    }

    @Test
    void ufoModelOfTheHeaderIsImported() throws IOException {
        Path heft = Path.of(System.getProperty("madvec.shared", "../shared"), "models", "heft");
        Assumptions.assumeTrue(Files.isDirectory(heft), "no " + heft + ": skipped");
        Path cardFile = heft.getParent().getParent().resolve("reference/bsm/cards/heft_gg_h.dat");
        Assumptions.assumeTrue(Files.isRegularFile(cardFile), "no " + cardFile + ": skipped");
        ParamCard card = ParamCard.read(cardFile);
        SampleOrigin o = SampleOrigin.of(header(heft.toString(), "g g > h HIG<=1 HIW<=1", card), null, null);
        assertEquals(heft.toString(), o.model());
        assertTrue(o.processes().get(0).startsWith("import model " + heft), o.processes().toString());
        List<Subprocess> subs = MatrixElement.builder(o.processes().get(0)).card(o.card()).subprocesses();
        assertEquals(1, subs.size());
        assertEquals(25, subs.get(0).program().externals().get(2).pdg());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleOrigin.of(header(heft.toString(), "g g > h HIG<=1 HIW<=1", null), null, null));
        assertTrue(e.getMessage().contains("--param-card"), e.getMessage());
    }
}
