package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import madvec.api.lhe.LheText;
import org.junit.jupiter.api.Test;

/** New weights go into the event's bytes at the end of its {@code <rwgt>} block; nothing else changes. */
class RawEventTextTest {
    private static final String HEAD = "<event>\n 1 1 +1e+00 +9e+01 +7e-03 +1e-01\n 13 1 0 0 0 0 1 2 3 4 0 0 9\n";
    private static final String NEW = "<wgt id='a'> +1.5000000000e+00 </wgt>\n<wgt id='a_d_mass.6'> -2.5000000000e-01 </wgt>\n";

    private static String written(String event, String comment) {
        byte[] b = ("junk before\n" + event + "junk after\n").getBytes(StandardCharsets.UTF_8);
        int from = "junk before\n".length(), to = b.length - "junk after\n".length();
        LheText out = new LheText(16);
        RawEventText.append(out, b, from, to, List.of("a", "a_d_mass.6"), new double[] {1.5, -0.25}, comment);
        return out.toString();
    }

    @Test
    void withoutABlockOneIsAddedBeforeTheEnd() {
        String e = HEAD + "<scales pt_clust_1=\"5\"></scales>\n</event>\n";
        assertEquals(HEAD + "<scales pt_clust_1=\"5\"></scales>\n<rwgt>\n" + NEW + "</rwgt>\n</event>\n", written(e, null));
    }

    @Test
    void weightsGoAfterTheOnesTheEventHas() {
        String e = HEAD + "<rwgt>\n<wgt id='old'> 2 </wgt>\n</rwgt>\n<!-- caf\u00e9 -->\n</event>\n";
        assertEquals(HEAD + "<rwgt>\n<wgt id='old'> 2 </wgt>\n" + NEW + "</rwgt>\n<!-- caf\u00e9 -->\n</event>\n", written(e, null));
    }

    @Test
    void aBlockOnOneLineIsSplitAtItsEnd() {
        String e = HEAD + "  <rwgt><wgt id='old'> 2 </wgt></rwgt> \n</event>\n";
        assertEquals(HEAD + "  <rwgt><wgt id='old'> 2 </wgt>\n" + NEW + "</rwgt> \n</event>\n", written(e, null));
    }

    @Test
    void aProblemCommentGoesBeforeTheEnd() {
        String e = HEAD + "</event>\n";
        assertEquals(HEAD + "<rwgt>\n" + NEW + "</rwgt>\n<!-- why -->\n</event>\n", written(e, "<!-- why -->"));
    }

    @Test
    void anRwgtTagInsideTheParticlesIsNotTakenForTheBlock() {
        // only a line that starts with <rwgt opens the block; </rwgt> elsewhere in a comment is left alone
        String e = HEAD + "<!-- no </rwgt> here -->\n</event>\n";
        assertEquals(HEAD + "<!-- no </rwgt> here -->\n<rwgt>\n" + NEW + "</rwgt>\n</event>\n", written(e, null));
    }
}
