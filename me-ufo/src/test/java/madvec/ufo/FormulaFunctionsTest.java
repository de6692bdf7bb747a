package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.autodiff.ComplexDualScalar;
import madvec.ufo.formula.Complex;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions UFO formulas use, in dual arithmetic: values against {@link Math} on the real axis
 * and against identities off it (exp(log z) = z, sin^2 + cos^2 = 1, ...), derivatives against
 * central differences along both a real and a complex path, and the errors of points where a
 * formula has no value.
 */
class FormulaFunctionsTest {
    @TempDir
    Path dir;

    /** name to formula; x is real (0.3), z complex (0.3 + 0.21 i). */
    private static final Map<String, String> FORMULAS = new LinkedHashMap<>();

    static {
        String[] fns = {"cmath.sqrt", "cmath.exp", "cmath.log", "cmath.sin", "cmath.cos", "cmath.tan", "cmath.asin",
            "cmath.acos", "cmath.atan", "cmath.sinh", "cmath.cosh", "cmath.tanh", "sec", "csc", "cot", "asec", "acsc",
            "complexconjugate", "re", "im", "abs", "reglog"};
        for (String f : fns) {
            String n = f.replace("cmath.", "");
            FORMULAS.put("r_" + n, f + "(" + (n.startsWith("as") || n.startsWith("ac") ? "1/x" : "x") + ")");
            if (n.equals("asec") || n.equals("acsc")) {
                FORMULAS.put("r_" + n, f + "(1/x)");
            }
            FORMULAS.put("c_" + n, f + "(z)");
        }
        FORMULAS.put("r_asin", "cmath.asin(x)");
        FORMULAS.put("r_acos", "cmath.acos(x)");
        FORMULAS.put("c_pow", "z**2.5");
        FORMULAS.put("c_powint", "z**-3");
        FORMULAS.put("c_zpowz", "z**z");
        FORMULAS.put("r_pow", "x**x");
        FORMULAS.put("r_cond0", "cond(x - x, 2*x, 3*x)");
        FORMULAS.put("r_cond1", "cond(x, 2*x, 3*x)");
        FORMULAS.put("c_sqrtneg", "cmath.sqrt(-x)");
        FORMULAS.put("c_logneg", "cmath.log(-x)");
        FORMULAS.put("r_pi", "cmath.pi*x + cmath.e");
    }

    private Path model() throws IOException {
        StringBuilder p = new StringBuilder("""
                texname = 'g_x^2')
                x = Parameter(name = 'x', nature = 'internal', type = 'real', value = '0.6*gx', texname = 'x')
                z = Parameter(name = 'z', nature = 'internal', type = 'complex', value = 'complex(x, 0.7*x)', texname = 'z')
                """);
        FORMULAS.forEach((n, f) -> p.append(n).append(" = Parameter(name = '").append(n)
                .append("', nature = 'internal', type = 'complex', value = '").append(f).append("', texname = 'f')\n"));
        return new TinyModel().replace("parameters.py", "texname = 'g_x^2')", p.toString()).write(dir);
    }

    @Test
    void realValuesEqualJavaMath() throws IOException {
        UfoPoint p = UfoModel.read(model()).formulas().evaluate();
        double x = 0.3;
        Map<String, Double> expected = Map.ofEntries(Map.entry("r_sqrt", Math.sqrt(x)), Map.entry("r_exp", Math.exp(x)),
                Map.entry("r_log", Math.log(x)), Map.entry("r_sin", Math.sin(x)), Map.entry("r_cos", Math.cos(x)),
                Map.entry("r_tan", Math.tan(x)), Map.entry("r_asin", Math.asin(x)), Map.entry("r_acos", Math.acos(x)),
                Map.entry("r_atan", Math.atan(x)), Map.entry("r_sinh", Math.sinh(x)), Map.entry("r_cosh", Math.cosh(x)),
                Map.entry("r_tanh", Math.tanh(x)), Map.entry("r_sec", 1 / Math.cos(x)), Map.entry("r_csc", 1 / Math.sin(x)),
                Map.entry("r_cot", 1 / Math.tan(x)), Map.entry("r_asec", Math.acos(x)), Map.entry("r_acsc", Math.asin(x)),
                Map.entry("r_complexconjugate", x), Map.entry("r_re", x), Map.entry("r_im", 0.0), Map.entry("r_abs", x),
                Map.entry("r_reglog", Math.log(x)), Map.entry("r_pow", Math.pow(x, x)), Map.entry("r_cond0", 2 * x),
                Map.entry("r_cond1", 3 * x), Map.entry("r_pi", Math.PI * x + Math.E));
        expected.forEach((n, v) -> {
            ComplexDualScalar g = p.value(n);
            assertEquals(v, g.re().value(), 4e-16 * Math.max(1, Math.abs(v)), n);
            assertEquals(0.0, g.im().value(), 0.0, n + " is real");
        });
        ComplexDualScalar s = p.value("c_sqrtneg");
        assertEquals(0.0, s.re().value(), 0.0);
        assertEquals(Math.sqrt(x), s.im().value(), 1e-16, "cmath.sqrt(-x) = i sqrt(x)");
        ComplexDualScalar l = p.value("c_logneg");
        assertEquals(Math.log(x), l.re().value(), 1e-16);
        assertEquals(Math.PI, l.im().value(), 0.0, "cmath.log(-x) = log(x) + i pi");
    }

    @Test
    void complexValuesSatisfyIdentities() throws IOException {
        UfoPoint p = UfoModel.read(model()).formulas().evaluate();
        Complex z = new Complex(0.3, 0.21);
        assertClose(z, c(p, "c_exp").log(), "log(exp z)");
        assertClose(z, c(p, "c_log").exp(), "exp(log z)");
        assertClose(z, c(p, "c_sqrt").times(c(p, "c_sqrt")), "sqrt(z)^2");
        assertClose(Complex.ONE, c(p, "c_sin").times(c(p, "c_sin")).plus(c(p, "c_cos").times(c(p, "c_cos"))), "sin^2+cos^2");
        assertClose(c(p, "c_tan"), c(p, "c_sin").div(c(p, "c_cos")), "tan");
        assertClose(z, c(p, "c_asin").sin(), "sin(asin z)");
        assertClose(z, c(p, "c_acos").cos(), "cos(acos z)");
        Complex t = c(p, "c_atan");
        assertClose(z, t.sin().div(t.cos()), "tan(atan z)");
        assertClose(Complex.ONE, c(p, "c_cosh").times(c(p, "c_cosh")).minus(c(p, "c_sinh").times(c(p, "c_sinh"))), "cosh^2-sinh^2");
        assertClose(Complex.ONE, c(p, "c_sec").times(c(p, "c_cos")), "sec cos");
        assertClose(Complex.ONE, c(p, "c_csc").times(c(p, "c_sin")), "csc sin");
        assertClose(z.reciprocal(), c(p, "c_asec").cos(), "cos(asec z)");
        assertClose(new Complex(0.3, -0.21), c(p, "c_complexconjugate"), "conjugate");
        assertClose(new Complex(0.3, 0), c(p, "c_re"), "re");
        assertClose(new Complex(0.21, 0), c(p, "c_im"), "im");
        assertClose(new Complex(Math.hypot(0.3, 0.21), 0), c(p, "c_abs"), "abs");
        assertClose(z.log().times(2.5).exp(), c(p, "c_pow"), "z**2.5");
        assertClose(z.times(z).times(z).reciprocal(), c(p, "c_powint"), "z**-3");
        assertClose(z.log().times(z).exp(), c(p, "c_zpowz"), "z**z");
    }

    @Test
    void everyFunctionsDerivativeMatchesCentralDifferences() throws IOException {
        UfoParameters f = UfoModel.read(model()).formulas();
        double gx = 0.5;
        double h = 1e-6;
        ParamCard card = DerivativesMatchFiniteDifferencesTest.cardOf(Map.of("newcoup.1", gx, "mass.9000001", 100.0));
        UfoPoint exact = f.evaluate(card, List.of("newcoup.1"));
        UfoPoint up = f.evaluate(card.with("newcoup.1", gx + h), List.of());
        UfoPoint down = f.evaluate(card.with("newcoup.1", gx - h), List.of());
        for (String n : FORMULAS.keySet()) {
            ComplexDualScalar v = exact.value(n);
            double fdRe = (up.value(n).re().value() - down.value(n).re().value()) / (2 * h);
            double fdIm = (up.value(n).im().value() - down.value(n).im().value()) / (2 * h);
            double scale = Math.hypot(v.re().tangent(0), v.im().tangent(0)) + Math.hypot(v.re().value(), v.im().value());
            assertEquals(fdRe, v.re().tangent(0), 1e-8 * scale, "d re " + n + " / d gx");
            assertEquals(fdIm, v.im().tangent(0), 1e-8 * scale, "d im " + n + " / d gx");
        }
        assertTrue(Math.abs(exact.value("c_zpowz").im().tangent(0)) > 0.1, "a complex derivative is checked");
    }

    @Test
    void theFlattenedProgramAgreesWithTheTrees() throws IOException {
        UfoParameters f = UfoModel.read(model()).formulas();
        UfoPoint tape = f.evaluate(null, f.inputs());
        UfoPoint trees = f.evaluateWithTrees(null, f.inputs());
        for (String n : FORMULAS.keySet()) {
            ComplexDualScalar b = trees.value(n);
            double scale = Math.hypot(b.re().value(), b.im().value());
            double[] gx = {0.5, 100};
            TapeMatchesTreesTest.assertClose(b.re(), tape.value(n).re(), scale, gx, n + " (real part)");
            TapeMatchesTreesTest.assertClose(b.im(), tape.value(n).im(), scale, gx, n + " (imaginary part)");
        }
    }

    @Test
    void pointsWithoutAValueAreErrorsNamingTheFormula() throws IOException {
        ParamCard card = DerivativesMatchFiniteDifferencesTest.cardOf(Map.of("newcoup.1", 0.8, "mass.9000001", 100.0));
        UfoParameters notReal = withParameter("'cmath.sqrt(0.25 - gx**2)'");
        var complexReal = assertThrows(IllegalArgumentException.class, () -> notReal.evaluate(card, List.of()));
        assertTrue(complexReal.getMessage().contains("parameter extra = cmath.sqrt(0.25 - gx**2) is declared real"),
                complexReal.getMessage());
        assertEquals(0.3, notReal.evaluate(card.with("newcoup.1", 0.4), List.of()).value("extra").re().value(), 1e-16);
        UfoParameters pole = withParameter("'1/(gx - 0.7)'");
        var division = assertThrows(IllegalArgumentException.class,
                () -> pole.evaluate(card.with("newcoup.1", 0.7), List.of()));
        assertTrue(division.getMessage().contains("parameter extra = 1/(gx - 0.7): division by zero"), division.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> pole.evaluate(card, List.of("mass.6")));
        assertTrue(unknown.getMessage().contains("no external parameter mass.6"), unknown.getMessage());
    }

    private UfoParameters withParameter(String formula) throws IOException {
        Path folder = new TinyModel().replace("parameters.py", "texname = 'g_x^2')", "texname = 'g_x^2')\n"
                + "extra = Parameter(name = 'extra', nature = 'internal', type = 'real', value = " + formula
                + ", texname = 'b')\n").write(dir);
        return UfoModel.read(folder).formulas();
    }

    private static Complex c(UfoPoint p, String n) {
        ComplexDualScalar v = p.value(n);
        return new Complex(v.re().value(), v.im().value());
    }

    private static void assertClose(Complex expected, Complex actual, String what) {
        double err = expected.minus(actual).abs();
        assertTrue(err <= 1e-15 * Math.max(1, expected.abs()), what + ": expected " + expected + ", got " + actual);
    }
}
