package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import madvec.processes.Operation;
import madvec.processes.Program;
import org.junit.jupiter.api.Test;

/**
 * A program is data with a readable text form: the text of g g > t t~ is pinned by a golden file (a
 * change to the generator that changes it shows up here as a diff), and programs compare by value.
 */
class ProgramTextTest {

    @Test
    void textOfGgTtMatchesTheGoldenFile() throws IOException {
        String expected;
        try (InputStream in = ProgramTextTest.class.getResourceAsStream("gg_tt.program.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, Processes.compile("g g > t t~").text());
    }

    @Test
    void textHasOneLinePerExternalAndOperation() {
        Program p = Processes.compile("g g > t t~ g");
        String[] lines = p.text().split("\n");
        long ops = java.util.Arrays.stream(lines).filter(l -> l.matches("(w|amp)\\d+ = (external|[A-Z0-9]+_\\d)\\(.*")).count();
        assertEquals(p.particles() + p.operations().size(), ops);
        assertTrue(p.text().contains("VVVV_"), "the four-gluon vertex is listed by its ALOHA name");
    }

    @Test
    void programsCompareByValue() {
        Program p = Processes.compile("u u~ > t t~");
        Program copy = new Program(p.process(), new ArrayList<>(p.externals()), new ArrayList<>(p.operations()),
                p.slots(), p.amplitudes(), new ArrayList<>(p.colourTerms()), p.colourMatrix(), p.average(),
                new ArrayList<>(p.couplings()), new ArrayList<>(p.colourFlows()));
        assertEquals(p, copy);
        assertEquals(p.hashCode(), copy.hashCode());
        List<Operation> ops = new ArrayList<>(p.operations());
        Operation first = ops.get(0);
        ops.set(0, new Operation(first.structure(), first.a(), first.b(), first.c(), first.couplingLeft(),
                first.couplingRight(), first.factors(), first.propagator(), first.pdg() == 6 ? 21 : 6, first.out(),
                first.amplitude()));
        Program changed = new Program(p.process(), p.externals(), ops, p.slots(), p.amplitudes(), p.colourTerms(),
                p.colourMatrix(), p.average(), p.couplings());
        assertNotEquals(p, changed);
        double[][] m = p.colourMatrix();
        m[0][0] += 1;
        assertNotEquals(m[0][0], p.colourMatrix()[0][0], "the program's colour matrix cannot be changed from outside");
    }
}
