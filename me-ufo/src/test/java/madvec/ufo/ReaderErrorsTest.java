package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader reads the Python subset (comments, continuations, Python 2 longs and u'' strings,
 * try/except, tuples as dict keys, True/False, anti()) and refuses anything else with an error
 * naming the file, the line, the column and what was expected.
 */
class ReaderErrorsTest {
    @TempDir
    Path dir;

    @Test
    void theTinyModelReads() throws IOException {
        UfoModel m = UfoModel.read(new TinyModel().write(dir));
        assertEquals(3, m.particles().size());
        UfoParticle anti = m.particle(-9000002);
        assertEquals("chi~", anti.name());
        assertEquals(-3, anti.colour());
        assertEquals(1.0 / 3, anti.charge(), 1e-15);
        assertEquals(List.of("newcoup.1", "mass.9000001"), m.formulas().inputs());
        UfoPoint p = m.formulas().evaluate(null, List.of("newcoup.1"));
        // GC_1 = -i gx (the backslash continuation inside the string joins the lines)
        assertEquals(-0.5, p.coupling("GC_1").im().value(), 0);
        assertEquals(-1.0, p.coupling("GC_1").im().tangent(0), 0);
        // GC_2 = |i gx^2 / sqrt 2|^2 = gx^4 / 2, d/dgx = 2 gx^3
        assertEquals(Math.pow(0.5, 4) / 2, p.coupling("GC_2").re().value(), 1e-16);
        assertEquals(2 * Math.pow(0.5, 3), p.coupling("GC_2").re().tangent(0), 1e-15);
        assertEquals(0.0, p.coupling("GC_2").im().value(), 0);
        assertEquals(100.0, p.mass(9000002).value());
    }

    private UfoFormatException failure(TinyModel model) throws IOException {
        Path folder = model.write(dir);
        return assertThrows(UfoFormatException.class, () -> UfoModel.read(folder).formulas());
    }

    private static void assertNames(UfoFormatException e, String file, int line, String... words) {
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "'" + w + "' in: " + e.getMessage());
        }
    }

    @Test
    void anUnterminatedString() throws IOException {
        TinyModel m = new TinyModel().replace("particles.py", "antitexname = 'Zp',", "antitexname = 'Zp,");
        assertNames(failure(m), "particles.py", m.lineOf("particles.py", "antitexname = 'Zp,"), "unterminated string");
    }

    @Test
    void aFunctionDefinition() throws IOException {
        TinyModel m = new TinyModel().replace("couplings.py", "GC_1 = ", "def f(x):\n    return x\n\nGC_1 = ");
        UfoFormatException e = failure(m);
        assertNames(e, "couplings.py", m.lineOf("couplings.py", "def f"), "'def'", "expected assignments");
        assertEquals(1, e.column());
    }

    @Test
    void aMissingKeyword() throws IOException {
        TinyModel m = new TinyModel().replace("particles.py", "pdg_code = 9000003, ", "");
        assertNames(failure(m), "particles.py", m.lineOf("particles.py", "Zp = Particle"), "Particle 'Zp'",
                "pdg_code", "missing");
    }

    @Test
    void aReferenceToSomethingUndefined() throws IOException {
        TinyModel m = new TinyModel().replace("vertices.py", "P.Zp ]", "P.Zq ]");
        assertNames(failure(m), "vertices.py", m.lineOf("vertices.py", "P.Zq"), "particles.py defines no 'Zq'");
    }

    @Test
    void aMissingBracket() throws IOException {
        TinyModel m = new TinyModel().replace("lorentz.py", "spins = [ 2, 2, 3 ],", "spins = [ 2, 2, 3 ,");
        UfoFormatException e = failure(m);
        assertEquals("lorentz.py", e.file());
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }

    @Test
    void aPositionalArgument() throws IOException {
        TinyModel m = new TinyModel().replace("coupling_orders.py", "CouplingOrder(name = 'NP'", "CouplingOrder('NP'");
        assertNames(failure(m), "coupling_orders.py", 2, "keyword arguments only");
    }

    @Test
    void aBrokenFormulaPointsIntoTheString() throws IOException {
        TinyModel m = new TinyModel().replace("parameters.py", "value = 'complex(0,1)*gx**2/cmath.sqrt(2.) + MX*0'",
                "value = 'complex(0,1)*gx**/cmath.sqrt(2.)'");
        UfoFormatException e = failure(m);
        int line = m.lineOf("parameters.py", "gx**/");
        assertNames(e, "parameters.py", line, "'/'", "expected a value");
        String text = m.line("parameters.py", line);
        assertEquals(text.indexOf("**/") + 3, e.column(), e.getMessage());
    }

    @Test
    void anUnknownNameInACoupling() throws IOException {
        TinyModel m = new TinyModel().replace("couplings.py", "'gx2*complexconjugate(gx2)'", "'gx2*gy'");
        assertNames(failure(m), "couplings.py", m.lineOf("couplings.py", "gx2*gy"), "unknown name 'gy'", "coupling GC_2");
    }

    @Test
    void anUnknownFunction() throws IOException {
        TinyModel m = new TinyModel().replace("couplings.py", "'gx2*complexconjugate(gx2)'", "'cmath.frobnicate(gx2)'");
        assertNames(failure(m), "couplings.py", m.lineOf("couplings.py", "frobnicate"), "unknown function 'frobnicate'");
    }

    @Test
    void aCycleAmongParameters() throws IOException {
        TinyModel m = new TinyModel().replace("parameters.py", "texname = 'g_x^2')", """
                texname = 'g_x^2')
                a1 = Parameter(name = 'a1', nature = 'internal', type = 'real', value = 'a2 + 1', texname = 'a')
                a2 = Parameter(name = 'a2', nature = 'internal', type = 'real', value = '2*a3', texname = 'a')
                a3 = Parameter(name = 'a3', nature = 'internal', type = 'real', value = 'gx*a1', texname = 'a')
                """);
        UfoFormatException e = failure(m);
        assertNames(e, "parameters.py", m.lineOf("parameters.py", "a1 = Parameter"), "a1 -> a2 -> a3 -> a1", "cycle");
    }

    @Test
    void aConditionOutsideCond() throws IOException {
        TinyModel m = new TinyModel().replace("couplings.py", "'gx2*complexconjugate(gx2)'", "'gx2 if gx else 0'");
        assertNames(failure(m), "couplings.py", m.lineOf("couplings.py", "gx2 if gx"), "'if'", "cond(");
    }

    @Test
    void blankLinesDoNotHideTheEndOfABlock() throws IOException {
        // the definition after the blank line is at column 1 again: outside the except block
        TinyModel m = new TinyModel().replace("lorentz.py", "   pass\n", "   pass\n\n   # a comment\n\n");
        assertEquals(1, UfoModel.read(m.write(dir)).lorentz().size());
        TinyModel bad = new TinyModel().replace("lorentz.py", "   pass\n", "   pass\n\n  FFV0 = 1\n");
        UfoFormatException e = failure(bad);
        assertNames(e, "lorentz.py", bad.lineOf("lorentz.py", "FFV0"), "indentation does not match");
    }

    @Test
    void aMissingFile() throws IOException {
        Path folder = new TinyModel().write(dir);
        java.nio.file.Files.delete(folder.resolve("vertices.py"));
        UfoFormatException e = assertThrows(UfoFormatException.class, () -> UfoModel.read(folder));
        assertTrue(e.getMessage().contains("vertices.py") && e.getMessage().contains("missing"), e.getMessage());
    }
}
