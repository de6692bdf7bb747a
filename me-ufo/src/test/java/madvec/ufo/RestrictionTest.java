package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Test;

/** Restrictions as MadGraph applies them, and MadGraph's {@code PATH[-restriction]} naming. */
class RestrictionTest {
    private static boolean hasVertex(UfoModel m, int... legs) {
        int[] want = legs.clone();
        Arrays.sort(want);
        return m.vertices().stream().anyMatch(v -> {
            int[] have = v.particles().stream().mapToInt(UfoParticle::pdg).sorted().toArray();
            return Arrays.equals(have, want);
        });
    }

    @Test
    void smDefaultZeroesLightMassesAndTheirYukawaVerticesGo() {
        Path folder = SharedModels.folder(SharedModels.SM);
        UfoModel full = UfoModel.load(folder + "-full");
        UfoModel restricted = UfoModel.load(folder.toString());
        assertEquals("sm-default", restricted.name());
        assertTrue(full.restriction().isEmpty());
        for (String p : List.of("MC", "Me", "MM", "ymc", "yme", "ymm", "lamWS", "AWS", "rhoWS", "etaWS")) {
            assertEquals(0.0, restricted.fixedParameters().get(p), p);
        }
        assertFalse(restricted.fixedParameters().containsKey("MB"));
        assertFalse(restricted.fixedParameters().containsKey("MT"));
        for (int pdg : new int[] {4, 11, 13}) {
            assertEquals("ZERO", restricted.particle(pdg).mass(), "mass of " + pdg);
            assertNotEquals("ZERO", full.particle(pdg).mass(), "unrestricted mass of " + pdg);
            assertTrue(hasVertex(full, -pdg, pdg, 25), "unrestricted h coupling of " + pdg);
            assertFalse(hasVertex(restricted, -pdg, pdg, 25), "restricted h coupling of " + pdg);
        }
        assertTrue(hasVertex(restricted, -5, 5, 25));
        assertTrue(hasVertex(restricted, -6, 6, 25));
        // the CKM matrix is diagonal: no u-s-W vertex is left
        assertTrue(hasVertex(full, -2, 3, 24) || hasVertex(full, -3, 2, -24));
        assertFalse(hasVertex(restricted, -2, 3, 24) || hasVertex(restricted, -3, 2, -24));
        // the fixed parameters are inputs no more, and a derivative with respect to one says why not
        assertFalse(restricted.formulas().inputs().contains("yukawa.11"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> restricted.formulas().evaluate(null, List.of("yukawa.11")));
        assertTrue(e.getMessage().contains("fixed yme to 0.0"), e.getMessage());
        // what was removed vanishes in the full model at the restriction card's point
        UfoPoint atCard = full.formulas().evaluate(card(folder.resolve("restrict_default.dat")), List.of());
        assertFalse(restricted.removedCouplings().isEmpty());
        for (String c : restricted.removedCouplings()) {
            var g = atCard.coupling(c);
            assertEquals(0.0, Math.hypot(g.re().value(), g.im().value()), c);
        }
        assertEquals(full.couplings().size(), restricted.couplings().size() + restricted.removedCouplings().size());
    }

    @Test
    void aParameterKeptFreeKeepsItsVerticesAndDerivatives() {
        Path folder = SharedModels.folder(SharedModels.SM);
        UfoModel m = UfoModel.load(folder.toString(), List.of("yukawa.11"));
        assertFalse(m.fixedParameters().containsKey("yme"));
        assertTrue(hasVertex(m, -11, 11, 25));
        UfoPoint p = m.formulas().evaluate(null, List.of("yukawa.11"));
        UfoVertex eeh = m.vertices().stream().filter(v -> v.particles().stream().mapToInt(UfoParticle::pdg).sorted()
                .boxed().toList().equals(List.of(-11, 11, 25))).findFirst().orElseThrow();
        var g = p.coupling(eeh.terms().get(0).coupling());
        assertEquals(0.0, Math.abs(g.im().value()), "the coupling vanishes at yme = 0");
        // -i yme / vev: d/d yme = -1/vev
        assertEquals(-1.0 / p.value("vev").re().value(), g.im().tangent(0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> UfoModel.load(folder.toString(), List.of("yukawa.99")));
    }

    @Test
    void parametersSetToOneAreFixedAtOne() throws IOException {
        Path folder = SharedModels.folder(SharedModels.SM);
        UfoModel full = UfoModel.read(folder);
        ParamCard card = ParamCard.read("restrict_test.dat", new StringReader(
                "Block SMINPUTS\n 3 1.0 # aS\nBlock MASS\n 5 0.0 # MB\n 6 172.5 # MT\n"));
        UfoModel m = full.restrict("test", card, List.of());
        assertEquals(1.0, m.fixedParameters().get("aS"));
        assertEquals(0.0, m.fixedParameters().get("MB"));
        assertEquals("ZERO", m.particle(5).mass());
        assertEquals(172.5, m.parameter("MT").value());
        UfoPoint p = m.formulas().evaluate();
        assertEquals(2 * Math.sqrt(Math.PI), p.value("G").re().value(), 1e-15, "G = 2 sqrt(aS pi) at aS = 1");
        assertEquals(172.5, p.mass(6).value());
        assertThrows(IllegalStateException.class, () -> m.restrict("again", card, List.of()));
    }

    @Test
    void restrictionsAreNamedAsMadGraphNamesThem() {
        Path smeft = SharedModels.folder(SharedModels.SMEFT);
        UfoModel plain = UfoModel.load(smeft.toString());
        assertTrue(plain.restriction().isEmpty(), "no restrict_default.dat: no restriction");
        UfoModel smLimit = UfoModel.load(smeft + "-SMlimit_massless");
        assertEquals("SMlimit_massless", smLimit.restriction().orElseThrow());
        assertTrue(smLimit.vertices().size() < plain.vertices().size());
        long fourFermion = smLimit.vertices().stream()
                .filter(v -> v.particles().stream().filter(p -> p.spin() == 2).count() == 4).count();
        assertEquals(0, fourFermion, "the SM limit has no four-fermion operators");
        assertTrue(plain.vertices().stream().anyMatch(v -> v.particles().stream().filter(p -> p.spin() == 2).count() == 4));
        var e = assertThrows(IllegalArgumentException.class, () -> UfoModel.load(smeft + "-nonsense"));
        assertTrue(e.getMessage().contains("massless") && e.getMessage().contains("nonsense"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UfoModel.load(smeft.resolveSibling("no_such_model").toString()));
    }

    @Test
    void modelsGivenByNameAreLookedForOnTheSearchPath() {
        Path models = SharedModels.folder(SharedModels.SM).getParent();
        UfoModel sm = UfoModel.load("sm", List.of(), List.of(Path.of("no/such/dir"), models));
        assertEquals("sm-default", sm.name());
        UfoModel heftFull = UfoModel.load("heft-full", List.of(), List.of(models));
        assertTrue(heftFull.restriction().isEmpty());
        var e = assertThrows(IllegalArgumentException.class, () -> UfoModel.load("nonexistent_model", List.of(), List.of(models)));
        assertTrue(e.getMessage().contains("nonexistent_model") && e.getMessage().contains("madvec.models"), e.getMessage());
    }

    private static ParamCard card(Path p) {
        try {
            return ParamCard.read(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
