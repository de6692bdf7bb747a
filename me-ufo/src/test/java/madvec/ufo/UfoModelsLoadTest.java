package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four shared models load unrestricted, and what the reader built matches what the files hold:
 * the number of constructor calls (and {@code anti()} calls) counted in the text, independently of
 * the parser; the cross references resolve; every formula evaluates at the model's defaults.
 */
class UfoModelsLoadTest {
    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void countsMatchTheFiles(String name) throws IOException {
        Path folder = SharedModels.folder(name);
        UfoModel m = UfoModel.read(folder);
        assertEquals(count(folder, "particles.py", "=\\s*Particle\\(") + count(folder, "particles.py", "\\.anti\\(\\)"),
                m.particles().size(), "particles");
        assertEquals(count(folder, "parameters.py", "=\\s*Parameter\\("), m.parameters().size(), "parameters");
        assertEquals(count(folder, "couplings.py", "=\\s*Coupling\\("), m.couplings().size(), "couplings");
        assertEquals(count(folder, "lorentz.py", "=\\s*Lorentz\\("), m.lorentz().size(), "Lorentz structures");
        assertEquals(count(folder, "vertices.py", "=\\s*Vertex\\("), m.vertices().size(), "vertices");
        assertEquals(count(folder, "coupling_orders.py", "=\\s*CouplingOrder\\("), m.orders().size(), "orders");
        assertEquals(count(folder, "parameters.py", "nature\\s*=\\s*'external'"),
                m.parameters().stream().filter(UfoParameter::external).count(), "external parameters");
        assertEquals(count(folder, "vertices.py", "\\(\\d+,\\d+\\)\\s*:\\s*C\\."),
                m.vertices().stream().mapToInt(v -> v.terms().size()).sum(), "vertex terms");
    }

    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void referencesResolveAndFormulasEvaluate(String name) {
        UfoModel m = UfoModel.read(SharedModels.folder(name));
        Set<String> couplings = new HashSet<>();
        m.couplings().forEach(c -> couplings.add(c.name()));
        for (UfoVertex v : m.vertices()) {
            assertFalse(v.terms().isEmpty(), v.name());
            for (UfoVertex.Term t : v.terms()) {
                assertTrue(couplings.contains(t.coupling()), v.name() + " uses " + t.coupling());
            }
            for (UfoLorentz l : v.lorentz()) {
                for (int i = 0; i < l.spins().size(); i++) {
                    assertEquals(v.particles().get(i).spin(), (int) l.spins().get(i),
                            v.name() + " leg " + i + " spin vs " + l.name());
                }
            }
        }
        for (UfoParticle p : m.particles()) {
            assertNotNull(m.parameter(p.mass()), p.name() + " mass " + p.mass());
            assertNotNull(m.parameter(p.width()), p.name() + " width " + p.width());
            if (!p.selfConjugate()) {
                UfoParticle anti = m.particle(-p.pdg());
                assertEquals(p.antiname(), anti.name());
                assertEquals(-p.charge(), anti.charge(), 1e-15);
            }
        }
        UfoPoint point = m.formulas().evaluate();
        assertEquals(m.couplings().size(), m.formulas().couplings().size());
        for (UfoCoupling c : m.couplings()) {
            var g = point.coupling(c.name());
            assertTrue(Double.isFinite(g.re().value()) && Double.isFinite(g.im().value()), c.name());
        }
        assertEquals(m.parameters().size(), m.formulas().inputs().size() + m.formulas().internalParameters().size());
    }

    private static long count(Path folder, String file, String regex) throws IOException {
        Path p = folder.resolve(file);
        if (!Files.exists(p)) {
            return 0;
        }
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(p)) {
            if (!line.stripLeading().startsWith("#")) {
                code.append(line).append('\n');
            }
        }
        Matcher m = Pattern.compile(regex).matcher(code);
        long n = 0;
        while (m.find()) n++;
        return n;
    }
}
