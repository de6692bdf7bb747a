package madvec.generator;

import madvec.ufo.UfoModel;
import madvec.ufo.UfoParticle;
import madvec.ufo.UfoPoint;
import madvec.ufo.UfoVertex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UFO {@code sm} model read through the UFO machinery, at MadGraph's default card, against the
 * built-in Standard Model ({@link StandardModel}, {@link SmVertices}): parameters and couplings,
 * values and derivatives, to 1e-12 relative.
 *
 * <p>Couplings are matched by vertex: the built-in vertex and the UFO vertex with the same legs; a
 * built-in fermion-boson vertex has a left- and a right-handed coupling, and the UFO one a sum of
 * couplings times Lorentz structures {@code Gamma*ProjM} and {@code Gamma*ProjP} (or {@code ProjM},
 * {@code ProjP}, {@code Identity} for scalars), read off the structure strings, so that
 * {@code left = sum_i c_i GC_i cL(L_i)} and {@code right = sum_i c_i GC_i cR(L_i)}. A boson vertex's
 * coupling matches one of its UFO vertex's couplings up to a sign (the built-in table folds the sign
 * of MadGraph's {@code VVVV} structures into the coupling).
 */
class UfoSmMatchesBuiltInTest {
    private static final double TOLERANCE = 1e-12;
    private static final List<String> DIRECTIONS = List.of("sminputs.1", "sminputs.2", "sminputs.3", "mass.23",
            "mass.6", "mass.25", "yukawa.6", "yukawa.5", "decay.6");
    private static final Pattern TERM = Pattern.compile("([+-]?)\\s*(?:([0-9.]+)\\*)?(.+)");

    private static UfoModel ufo;
    private static UfoPoint point;
    private static StandardModel builtIn;

    @BeforeAll
    static void load() {
        ufo = UfoModel.load(SharedModels.folder(SharedModels.SM).toString());
        point = ufo.formulas().evaluate(ParamCard.defaultSm(), DIRECTIONS);
        builtIn = StandardModel.of(ParamCard.defaultSm(), DIRECTIONS);
    }

    @Test
    void parametersEqualTheBuiltInSm() {
        Map<String, Function<StandardModel, DualScalar>> byUfoName = new LinkedHashMap<>();
        byUfoName.put("aEW", StandardModel::aEW);
        byUfoName.put("G", StandardModel::gs);
        byUfoName.put("ee", StandardModel::ee);
        byUfoName.put("MZ", StandardModel::mz);
        byUfoName.put("MW", StandardModel::mw);
        byUfoName.put("sw2", StandardModel::sw2);
        byUfoName.put("sw", StandardModel::sw);
        byUfoName.put("cw", StandardModel::cw);
        byUfoName.put("g1", StandardModel::g1);
        byUfoName.put("gw", StandardModel::gw);
        byUfoName.put("vev", StandardModel::vev);
        byUfoName.put("lam", StandardModel::lam);
        byUfoName.put("muH", StandardModel::muH);
        byUfoName.put("yt", m -> m.yukawa(6));
        byUfoName.put("yb", m -> m.yukawa(5));
        byUfoName.put("ytau", m -> m.yukawa(15));
        byUfoName.put("MT", m -> m.mass(6));
        byUfoName.put("MB", m -> m.mass(5));
        byUfoName.put("MTA", m -> m.mass(15));
        byUfoName.put("MH", m -> m.mass(25));
        byUfoName.put("WT", m -> m.width(6));
        byUfoName.put("WZ", m -> m.width(23));
        byUfoName.put("WW", m -> m.width(24));
        byUfoName.put("WH", m -> m.width(25));
        byUfoName.forEach((name, f) -> {
            ComplexDualScalar u = point.value(name);
            assertEquals(0.0, u.im().value(), name + " is real");
            assertClose(f.apply(builtIn), u.re(), name);
        });
        for (int pdg : new int[] {1, 2, 3, 4, 5, 6, 11, 13, 15, 23, 24, 25}) {
            assertClose(builtIn.mass(pdg), point.mass(pdg), "mass of " + pdg);
            assertClose(builtIn.width(pdg), point.width(pdg), "width of " + pdg);
        }
    }

    @Test
    void everyBuiltInCouplingEqualsItsUfoVertexCouplings() {
        int compared = 0;
        for (Vertex v : SmVertices.of(builtIn)) {
            UfoVertex u = ufoVertex(v.legs());
            ComplexDualScalar left = v.left().value().apply(builtIn);
            ComplexDualScalar right = v.right().value().apply(builtIn);
            boolean fermionic = u.particles().stream().anyMatch(p -> p.spin() == 2);
            if (fermionic) {
                ComplexDualScalar[] chiral = chiralCouplings(u);
                assertClose(left, chiral[0], v.left().name() + " (left) vs " + u.name());
                assertClose(right, chiral[1], v.right().name() + " (right) vs " + u.name());
            } else {
                assertTrue(matchesUpToSign(left, u), v.left().name() + " = " + left + " matches none of "
                        + u.name() + "'s couplings " + u.terms());
            }
            compared++;
        }
        assertTrue(compared > 50, "compared " + compared + " vertices");
    }

    @Test
    void theRestrictionKeepsExactlyTheBuiltInVertices() {
        // The built-in table prunes vanishing couplings as MadGraph's restriction does: the physical
        // (non-Goldstone, non-ghost) UFO vertices that survive restrict_default are the built-in ones.
        List<String> ufoLegs = new ArrayList<>();
        for (UfoVertex v : ufo.vertices()) {
            boolean physical = v.particles().stream().allMatch(p -> p.ghostNumber() == 0 && !goldstone(p));
            if (physical) {
                ufoLegs.add(key(v.particles().stream().mapToInt(UfoParticle::pdg).toArray()));
            }
        }
        List<String> builtInLegs = new ArrayList<>();
        for (Vertex v : SmVertices.of(builtIn)) {
            String k = key(v.legs());
            if (!builtInLegs.contains(k)) {
                builtInLegs.add(k);
            }
        }
        assertEquals(builtInLegs.stream().sorted().toList(), ufoLegs.stream().sorted().toList());
    }

    private static boolean goldstone(UfoParticle p) {
        return Math.abs(p.pdg()) == 250 || Math.abs(p.pdg()) == 251;
    }

    private static String key(int[] legs) {
        int[] s = legs.clone();
        Arrays.sort(s);
        return Arrays.toString(s);
    }

    private static UfoVertex ufoVertex(int[] legs) {
        String k = key(legs);
        List<UfoVertex> found = ufo.vertices().stream()
                .filter(v -> key(v.particles().stream().mapToInt(UfoParticle::pdg).toArray()).equals(k)).toList();
        assertEquals(1, found.size(), "UFO vertices with legs " + k);
        return found.get(0);
    }

    /** Left- and right-handed couplings: sum over terms of coupling x (PL, PR) coefficients of its structure. */
    private static ComplexDualScalar[] chiralCouplings(UfoVertex v) {
        ComplexDualScalar l = ComplexDualScalar.constant(0, 0, DIRECTIONS.size());
        ComplexDualScalar r = l;
        for (UfoVertex.Term t : v.terms()) {
            double[] c = chirality(v.lorentz().get(t.lorentz()).structure());
            ComplexDualScalar g = point.coupling(t.coupling());
            l = l.plus(g.times(c[0]));
            r = r.plus(g.times(c[1]));
        }
        return new ComplexDualScalar[] {l, r};
    }

    /** The (ProjM, ProjP) coefficients of a structure such as {@code Gamma(3,2,-1)*ProjM(-1,1) + 4*...}. */
    static double[] chirality(String structure) {
        double[] c = new double[2];
        for (String term : structure.replace(" - ", " + -").split(" \\+ ")) {
            Matcher m = TERM.matcher(term.strip());
            assertTrue(m.matches(), term);
            double f = (m.group(1).equals("-") ? -1 : 1) * (m.group(2) == null ? 1 : Double.parseDouble(m.group(2)));
            String factors = m.group(3);
            if (factors.contains("ProjM")) {
                c[0] += f;
            } else if (factors.contains("ProjP")) {
                c[1] += f;
            } else {
                assertTrue(factors.matches("Gamma\\(\\d,\\d,\\d\\)|Identity\\(\\d,\\d\\)|1"), factors);
                c[0] += f;
                c[1] += f;
            }
        }
        return c;
    }

    private static boolean matchesUpToSign(ComplexDualScalar g, UfoVertex v) {
        for (UfoVertex.Term t : v.terms()) {
            ComplexDualScalar u = point.coupling(t.coupling());
            for (double s : new double[] {1, -1}) {
                if (close(g, u.times(s))) {
                    assertClose(g, u.times(s), t.coupling());
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(ComplexDualScalar a, ComplexDualScalar b) {
        double scale = Math.max(Math.hypot(a.re().value(), a.im().value()), Math.hypot(b.re().value(), b.im().value()));
        return Math.hypot(a.re().value() - b.re().value(), a.im().value() - b.im().value()) <= TOLERANCE * scale;
    }

    private static void assertClose(ComplexDualScalar expected, ComplexDualScalar actual, String what) {
        assertClose(expected.re(), actual.re(), what + " (real part)");
        assertClose(expected.im(), actual.im(), what + " (imaginary part)");
    }

    /**
     * Values and every tangent equal to 1e-12 relative: a tangent relative to the larger of the two and
     * the derivative's natural scale |value / input| (a derivative that vanishes analytically, such as
     * that of the vev with respect to aEWM1, is rounding noise of that scale in both derivations).
     */
    static void assertClose(DualScalar expected, DualScalar actual, String what) {
        assertEquals(expected.k(), actual.k(), what + ": tangent count");
        assertFalse(Double.isNaN(actual.value()), what);
        assertEquals(expected.value(), actual.value(), TOLERANCE * Math.max(Math.abs(expected.value()),
                Math.abs(actual.value())), what + ": value");
        for (int j = 0; j < expected.k(); j++) {
            double e = expected.tangent(j);
            double a = actual.tangent(j);
            double natural = Math.abs(expected.value()) / Math.abs(ParamCard.defaultSm().value(DIRECTIONS.get(j)));
            assertEquals(e, a, TOLERANCE * Math.max(natural, Math.max(Math.abs(e), Math.abs(a))),
                    what + ": d/d " + DIRECTIONS.get(j));
        }
    }
}
