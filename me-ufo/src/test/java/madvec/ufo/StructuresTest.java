package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.ufo.python.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lorentz and colour strings parsed into typed tensors with their indices checked: all structures
 * of the four models, a few by their exact form, the expansion of sums, products and powers, and
 * the errors of structures whose indices do not match their legs.
 */
class StructuresTest {
    private static final SourcePosition AT = new SourcePosition("lorentz.py", 7, 20);

    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void everyStructureOfTheModelParsesWithConsistentIndices(String name) {
        UfoModel m = UfoModel.read(SharedModels.folder(name));
        int tensors = 0;
        for (UfoLorentz l : m.lorentz()) {
            Structure<LorentzTensor> s = m.lorentzStructure(l);
            assertFalse(s.terms().isEmpty(), l.name());
            tensors += s.terms().stream().mapToInt(t -> t.factors().size()).sum();
        }
        int colours = 0;
        for (UfoVertex v : m.vertices()) {
            List<Structure<ColourTensor>> cs = m.colourStructures(v);
            assertEquals(v.colours().size(), cs.size());
            colours += cs.size();
        }
        assertTrue(tensors >= m.lorentz().size() / 2, name + ": " + tensors + " tensors");
        assertEquals(m.vertices().stream().mapToInt(v -> v.colours().size()).sum(), colours);
    }

    @Test
    void smStructuresHaveTheirWrittenForm() {
        UfoModel m = UfoModel.read(SharedModels.folder(SharedModels.SM));
        Structure<LorentzTensor> ffv5 = m.lorentzStructure(lorentz(m, "FFV5"));
        assertEquals(List.of(
                new Structure.Term<>(1, 0, List.of(new LorentzTensor.Gamma(3, 2, -1), new LorentzTensor.ProjM(-1, 1))),
                new Structure.Term<>(4, 0, List.of(new LorentzTensor.Gamma(3, 2, -1), new LorentzTensor.ProjP(-1, 1)))),
                ffv5.terms());
        Structure<LorentzTensor> vvv1 = m.lorentzStructure(lorentz(m, "VVV1"));
        assertEquals(6, vvv1.terms().size());
        assertEquals(0.0, vvv1.terms().stream().mapToDouble(Structure.Term::re).sum(), "antisymmetric: +-1 three times each");
        assertEquals(new Structure.Term<>(1, 0, List.of()), m.lorentzStructure(lorentz(m, "SSS1")).terms().get(0));
        UfoVertex ggg = m.vertices().stream().filter(v -> v.particles().stream().allMatch(p -> p.pdg() == 21)
                && v.particles().size() == 3).findFirst().orElseThrow();
        assertEquals(List.of(new Structure.Term<>(1, 0, List.of(new ColourTensor.F(1, 2, 3)))),
                m.colourStructures(ggg).get(0).terms());
        UfoVertex gggg = m.vertices().stream().filter(v -> v.particles().stream().allMatch(p -> p.pdg() == 21)
                && v.particles().size() == 4).findFirst().orElseThrow();
        for (Structure<ColourTensor> s : m.colourStructures(gggg)) {
            assertEquals(2, s.terms().get(0).factors().size(), "f f");
        }
    }

    private static UfoLorentz lorentz(UfoModel m, String name) {
        return m.lorentz().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static Structure<LorentzTensor> parse(String text, Integer... spins) {
        return StructureReader.lorentz(new UfoLorentz("X1", List.of(spins), text, 7), AT);
    }

    @Test
    void sumsProductsAndPowersAreExpanded() {
        Structure<LorentzTensor> s = parse("(P(-1,1) + 2*P(-1,2))*Gamma(-1,2,1)", 2, 2, 1);
        assertEquals(2, s.terms().size());
        assertEquals(2.0, s.terms().get(1).re());
        Structure<LorentzTensor> square = parse("P(-1,1)**2 - P(-1,3)**2/2.", 1, 1, 1);
        assertEquals(List.of(new LorentzTensor.Momentum(-1, 1), new LorentzTensor.Momentum(-1, 1)),
                square.terms().get(0).factors());
        assertEquals(-0.5, square.terms().get(1).re());
        Structure<LorentzTensor> i = parse("complex(0,1)*Gamma(3,2,1)/cmath.sqrt(4)", 2, 2, 3);
        assertEquals(0.0, i.terms().get(0).re());
        assertEquals(0.5, i.terms().get(0).im(), 1e-16);
        Structure<LorentzTensor> fourFermion = parse("Gamma(-1,2,-3)*Gamma(-1,4,-2)*ProjM(-3,1)*ProjM(-2,3)", 2, 2, 2, 2);
        assertEquals(4, fourFermion.terms().get(0).factors().size());
    }

    @Test
    void indicesThatDoNotMatchTheLegsAreErrors() {
        assertError("Gamma(3,2,-1)*ProjM(-2,1)", List.of(2, 2, 3), "summed index");
        assertError("Gamma(3,2,1)", List.of(2, 2, 1), "leg 3 of spin 0 appears as [LORENTZ]");
        assertError("Metric(1,2)", List.of(3, 3, 3), "leg 3 of spin 1 appears nowhere");
        assertError("P(-1,4)*P(-1,1)", List.of(1, 1, 1), "momentum of leg 4");
        assertError("Foo(1,2)", List.of(1, 1), "unknown Lorentz tensor 'Foo'");
        assertError("Gamma(1,2)", List.of(3, 2), "Gamma takes 3 indices");
        assertError("Metric(1,2)*Metric(1,2)", List.of(3, 3), "leg 1 of spin 1 appears as [LORENTZ, LORENTZ]");
        assertError("Metric(1,2)", List.of(5, 5), "spins 3/2 and 2 are not supported");
        UfoFormatException e = assertThrows(UfoFormatException.class, () -> parse("Gamma(3,2,1", 2, 2, 3));
        assertEquals("lorentz.py", e.file());
        assertEquals(7, e.line());
    }

    private static void assertError(String text, List<Integer> spins, String words) {
        UfoFormatException e = assertThrows(UfoFormatException.class,
                () -> StructureReader.lorentz(new UfoLorentz("X1", spins, text, 7), AT), text);
        assertTrue(e.getMessage().startsWith("lorentz.py:7"), e.getMessage());
        assertTrue(e.getMessage().contains(words), "'" + words + "' in: " + e.getMessage());
    }

    @Test
    void colourIndicesMustMatchTheLegsRepresentations() {
        UfoModel m = UfoModel.read(SharedModels.folder(SharedModels.SM));
        // u~ u g, as written in the sm model
        List<UfoParticle> quarkGluon = List.of(m.particle(-2), m.particle(2), m.particle(21));
        assertEquals(1, StructureReader.colour("T(3,2,1)", quarkGluon, "test", AT).terms().size());
        assertColourError("T(1,2,3)", quarkGluon, "leg 1 (antifundamental) appears as [ADJOINT]");
        assertColourError("f(1,2,3)", quarkGluon, "leg 1 (antifundamental) appears as [ADJOINT]");
        assertColourError("Identity(1,2)", quarkGluon, "leg 3 (adjoint) appears nowhere");
        assertColourError("T(3,2,-1)", quarkGluon, "summed colour index -1");
        List<UfoParticle> gluonQuark = List.of(m.particle(21), m.particle(2), m.particle(-2), m.particle(23));
        assertColourError("Identity(1,2)*Identity(3,2)", gluonQuark, "leg 2 (fundamental) appears as");
        List<UfoParticle> quarkZ = List.of(m.particle(-2), m.particle(2), m.particle(23));
        assertEquals(1, StructureReader.colour("Identity(1,2)", quarkZ, "test", AT).terms().size());
        assertColourError("1", quarkZ, "leg 1 (antifundamental) appears nowhere");
        List<UfoParticle> gg = List.of(m.particle(21), m.particle(21), m.particle(25));
        assertEquals(1, StructureReader.colour("Identity(1,2)", gg, "test", AT).terms().size());
        List<UfoParticle> qg = List.of(m.particle(2), m.particle(21), m.particle(25));
        assertColourError("Identity(1,2)", qg, "joins fundamental and adjoint");
    }

    private static void assertColourError(String text, List<UfoParticle> legs, String words) {
        UfoFormatException e = assertThrows(UfoFormatException.class,
                () -> StructureReader.colour(text, legs, "colour structure 0 of vertex V_9", AT), text);
        assertTrue(e.getMessage().contains(words), "'" + words + "' in: " + e.getMessage());
        assertTrue(e.getMessage().contains("V_9"), e.getMessage());
    }
}
