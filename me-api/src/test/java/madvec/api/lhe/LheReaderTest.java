package madvec.api.lhe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LheReaderTest {
    static String resource() throws IOException {
        try (InputStream in = LheReaderTest.class.getResourceAsStream("/madvec/api/lhe/eemumu.lhe")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<LheEvent> readAll(LheReader r) throws IOException {
        List<LheEvent> events = new ArrayList<>();
        for (LheEvent e; (e = r.next()) != null; ) events.add(e);
        assertNull(r.next(), "stays at the end");
        return events;
    }

    @Test
    void readsHeaderAndInit() throws IOException {
        try (LheReader r = new LheReader("eemumu.lhe", new StringReader(resource()))) {
            LheHeader h = r.header();
            assertTrue(h.text().startsWith("<LesHouchesEvents version=\"3.0\">\n<header>\n"));
            assertTrue(h.text().endsWith("</initrwgt>\n</header>\n"));
            assertEquals("import model sm\ndefine ell+ = e+ mu+\ngenerate e+ e- > mu+ mu-\noutput eemumu\n",
                    h.mg5ProcCard().orElseThrow());
            assertEquals("BLOCK MASS #\n      23 9.118800e+01 # mz\n      25 1.250000e+02 # mh\nDECAY  23 2.441404e+00 # wz\n",
                    h.slha().orElseThrow());
            String initrwgt = h.initrwgt().orElseThrow();
            assertTrue(initrwgt.startsWith("<initrwgt>\n<weightgroup name='mg_reweighting'"));
            assertTrue(initrwgt.endsWith("</weightgroup>\n</initrwgt>\n"));

            LheInit init = r.init();
            assertEquals(new LheInit(-11, 11, 50, 50, 0, 0, 0, 0, 3,
                    List.of(new LheInit.Process(0.81234567, 1.23e-3, 0.27, 1)),
                    List.of("<generator name='MadGraph5_aMC@NLO' version='3.5.0'>please cite 1405.0301 </generator>")),
                    init);
            assertEquals(40, r.lineNumber());
            assertEquals(0, r.eventCount());
        }
    }

    @Test
    void readsEveryFieldOfTheEvents() throws IOException {
        try (LheReader r = new LheReader("eemumu.lhe", new StringReader(resource()))) {
            List<LheEvent> events = readAll(r);
            assertEquals(3, events.size());
            assertEquals(3, r.eventCount());

            LheEvent e1 = events.get(0);
            assertEquals("", e1.attributes());
            assertEquals(1, e1.processId());
            assertEquals(0.27078189, e1.weight());
            assertEquals(100.0, e1.scale());
            assertEquals(7.546771e-3, e1.alphaQed());
            assertEquals(0.118, e1.alphaQcd());
            assertEquals(4, e1.particles().size());
            assertEquals(new LheParticle(-11, -1, 0, 0, 0, 0, 0, 0, 50, 50, 0, 0, 1), e1.particles().get(0));
            assertEquals(new LheParticle(13, 1, 1, 2, 0, 0, -30, -0.0, -40, 50, 0, 0, -1), e1.particles().get(3));
            assertEquals(Map.of("rwgt_1", 0.26, "rwgt_2", 0.28125), e1.weights());
            assertEquals(List.of("rwgt_1", "rwgt_2"), List.copyOf(e1.weights().keySet()));
            assertEquals(4, e1.extraLines().size());
            assertArrayEquals(new double[] {50, 0, 0, 50, 50, -0.0, -0.0, -50, 50, 30, 0, 40, 50, -30, -0.0, -40},
                    e1.momenta());

            LheEvent e2 = events.get(1);
            assertEquals("npLO=' -1 ' npNLO=' -1 '", e2.attributes());
            assertEquals(5, e2.particles().size());
            assertEquals(new LheParticle(23, 2, 1, 2, 0, 0, 0, 0, 0, 100, 100, 0, 0), e2.particles().get(2));
            assertEquals(new LheParticle(13, 1, 3, 3, 0, 0, 0, -50, 0, 50, 0.10566, 1.25e-3, 1), e2.particles().get(4));
            assertEquals(2, e2.incoming().size());
            assertEquals(List.of(-13, 13), e2.outgoing().stream().map(LheParticle::pdg).toList());
            assertEquals(16, e2.momenta().length, "the resonance is not an external particle");
            assertEquals(Map.of(), e2.weights());
            assertEquals("#aMCatNLO 2 5 3 3 1 0.45933600E+02 0.45933600E+02 9 0 0 0.99999999E+00", e2.extraLines().get(0));
            assertEquals("<mgrwt>", e2.extraLines().get(1));
            assertEquals("<scales pt_clust_1=\"91.188\" pt_clust_2=\"91.188\"> </scales>", e2.extraLines().getLast());
            assertEquals(9, e2.extraLines().size());

            LheEvent e3 = events.get(2);
            assertEquals(-0.27078189, e3.weight());
            assertEquals(List.of(), e3.extraLines());
            assertEquals(1.0, e3.particles().get(3).spin());
        }
    }

    /** The resource with line {@code number} (1-based) replaced, or removed when {@code replacement} is null. */
    static String withLine(int number, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(resource().split("\n", -1)));
        if (replacement == null) lines.remove(number - 1);
        else lines.set(number - 1, replacement);
        return String.join("\n", lines);
    }

    static String line(int number) throws IOException {
        return resource().split("\n")[number - 1];
    }

    static LheFormatException failure(String text) {
        return assertThrows(LheFormatException.class, () -> {
            try (LheReader r = new LheReader("events.lhe", new StringReader(text))) {
                readAll(r);
            }
        });
    }

    @Test
    void missingColumnNamesLineAndParticle() throws IOException {
        String bad = line(46).substring(0, line(46).lastIndexOf(' '));
        LheFormatException e = failure(withLine(46, bad));
        assertEquals("events.lhe:46: particle line 4 of 4: expected 13 numbers, got 12: '" + bad + "'", e.getMessage());
        assertEquals(46, e.lineNumber());
        assertEquals("events.lhe", e.source());
    }

    @Test
    void tooFewParticlesForNup() throws IOException {
        LheFormatException e = failure(withLine(42, line(42).replaceFirst(" 4 ", " 5 ")));
        assertEquals(47, e.lineNumber());
        assertTrue(e.getMessage().startsWith("events.lhe:47: particle line 5 of 5: expected 13 numbers, got a tag"), e.getMessage());
    }

    @Test
    void nonNumberAndNanAreErrors() throws IOException {
        LheFormatException e = failure(withLine(72, line(72).replace("-5.0000000000e+01", "-5.0x")));
        assertTrue(e.getMessage().startsWith("events.lhe:72: particle line 2 of 4, pz: expected a finite number, got '-5.0x'"),
                e.getMessage());
        e = failure(withLine(45, line(45).replace("+3.0000000000e+01", "NaN")));
        assertTrue(e.getMessage().startsWith("events.lhe:45: particle line 3 of 4, px: expected a finite number, got 'NaN'"),
                e.getMessage());
        e = failure(withLine(70, line(70).replace("-2.7078189e-01", "Infinity")));
        assertTrue(e.getMessage().startsWith("events.lhe:70: event line of event 3, XWGTUP"), e.getMessage());
        e = failure(withLine(49, "<wgt id='rwgt_2'> nan </wgt>"));
        assertTrue(e.getMessage().startsWith("events.lhe:49: weight 'rwgt_2': expected a finite number"), e.getMessage());
        e = failure(withLine(43, line(43).replace("-11 -1", "-11 -1.0")));
        assertTrue(e.getMessage().startsWith("events.lhe:43: particle line 1 of 4, ISTUP: expected an integer"), e.getMessage());
    }

    @Test
    void missingEndOfEventAndTruncatedFile() throws IOException {
        LheFormatException e = failure(withLine(51, null));
        assertEquals("events.lhe:51: expected </event> to close event 1: '<event npLO=' -1 ' npNLO=' -1 '>'", e.getMessage());
        String truncated = resource().substring(0, resource().indexOf("</rwgt>"));
        e = failure(truncated);
        assertEquals("events.lhe:50: unexpected end of file: expected </event>", e.getMessage());
        e = failure(withLine(76, null)); // no </LesHouchesEvents>
        assertEquals(76, e.lineNumber());
        e = failure(withLine(69, "stray text"));
        assertTrue(e.getMessage().startsWith("events.lhe:69: expected <event> or </LesHouchesEvents>"), e.getMessage());
    }

    @Test
    void notAnLheFileAndBadInit() throws IOException {
        LheFormatException e = failure("hello\n");
        assertEquals("events.lhe:1: expected <LesHouchesEvents ...>: not a Les Houches Event file: 'hello'", e.getMessage());
        e = failure(withLine(37, "-11 11 5.000000e+01 5.000000e+01 0 0 0 0 3"));
        assertTrue(e.getMessage().startsWith("events.lhe:37: <init> beam line"), e.getMessage());
    }
}
