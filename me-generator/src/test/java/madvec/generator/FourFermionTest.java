package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.model.ParamCard;
import madvec.processes.ColourTerm;
import madvec.processes.Operation;
import madvec.processes.Program;
import madvec.ufo.UfoLorentz;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import madvec.ufo.UfoVertex;
import org.junit.jupiter.api.Test;

/**
 * SMEFTsim's four-fermion vertices (the four-top operators and a four-quark one), where no MadGraph
 * number exists at non-zero coefficients: Lorentz and gauge invariance, exact derivatives along the
 * coefficients, Fermi statistics of the identical tops, and a contact term against its formula.
 *
 * <p>{@code g g > t t~ t t~ / a z h NP<=1} is the four-top process with the four-fermion operators: without
 * {@code QED<=1} (the four-fermion couplings have QED order 2) and without the photon, Z and Higgs, whose
 * Standard-Model diagrams of order QCD^2 QED^2 would enter too (MadGraph leaves an order the process does
 * not name unbounded), so at zero coefficients it is the pure-QCD process of the MadGraph reference
 * ({@code BsmReferenceTest}).
 *
 * <p>What these checks found: SMEFTsim's t~ t t~ t vertex, read literally, is symmetric under the exchange
 * of its identical legs, and with it gauge invariance, Lorentz invariance and the exchange symmetry all
 * failed (by 1 to 80 %); with the crossed spinor chains signed as {@code UfoProcesses.crossing} says, all
 * hold to rounding. They cannot see a sign common to all four-fermion diagrams, that of their interference
 * with the Standard Model's; {@code interferenceWithTheGluonExchangeMatchesItsFormula} checks it for the
 * (1 2)(3 4) chains of u u~ > t t~.
 */
class FourFermionTest {
    private static final double SQRT_S = 1500;
    private static final String FOUR_TOPS = "g g > t t~ t t~ / a z h NP<=1";
    /** SMEFT entries: ctt, cQQ1, cQQ8, cQt1, cQt8 (the four-top operators) and ctG. */
    private static final Map<String, Double> COEFFICIENTS = Map.of("smeft.48", 0.8, "smeft.44", 0.5,
            "smeft.45", -0.7, "smeft.72", 0.6, "smeft.73", -0.9, "smeft.15", 0.3);

    private static UfoModel model;
    private static Program fourTops;

    private static synchronized UfoModel model() {
        if (model == null) {
            // shared with UfoPhysicsTest: reading and compiling SMEFTsim takes seconds
            model = UfoPhysicsTest.load(SharedModels.folder(SharedModels.SMEFT) + "-full");
        }
        return model;
    }

    /**
     * The model's defaults with every Wilson coefficient 0 and the top stable (a width in t-channel top
     * propagators breaks gauge invariance), then the given coefficients.
     */
    private static ParamCard card(Map<String, Double> coefficients) {
        ParamCard c = model().formulas().defaultCard();
        Map<String, Double> zero = new HashMap<>();
        for (String n : c.names()) {
            if (n.startsWith("smeft.") || n.startsWith("smeftcpv.")) {
                zero.put(n, 0.0);
            }
        }
        return c.with(zero).with("decay.6", 0.0).with(coefficients);
    }

    private static synchronized Program fourTops() {
        if (fourTops == null) {
            fourTops = UfoProcesses.compile(FOUR_TOPS, model(), point(card(COEFFICIENTS), List.of()));
        }
        return fourTops;
    }

    private static UfoPoint point(ParamCard card, List<String> derivatives) {
        return model().formulas().evaluate(card, derivatives);
    }

    private static List<double[]> events(Program program, UfoPoint p, int count, long seed) {
        return Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, count, seed);
    }

    @Test
    void fourTopOperatorsContribute() {
        // the checks below test the four-fermion vertices only if they change |M|^2 visibly
        Program program = fourTops();
        UfoPoint on = point(card(COEFFICIENTS), List.of()), off = point(card(Map.of("smeft.15", 0.3)), List.of());
        List<double[]> ev = events(program, on, 4, 21);
        double[] a = UfoEval.evaluate(program, on, ev), b = UfoEval.evaluate(program, off, ev);
        for (int l = 0; l < ev.size(); l++) {
            System.out.printf("event %d: the four-top operators change |M|^2 by %.1f %%%n", l, 100 * (a[l] / b[l] - 1));
            assertTrue(Math.abs(a[l] / b[l] - 1) > 0.01, "event " + l + ": the four-top operators change |M|^2 by "
                    + (a[l] / b[l] - 1));
        }
    }

    @Test
    void lorentzInvariance() {
        Program program = fourTops();
        UfoPoint p = point(card(COEFFICIENTS), List.of());
        List<double[]> ev = events(program, p, 4, 11);
        List<double[]> boosted = UfoPhysicsTest.boost(ev, program.particles(), 0.9, -0.4, 0.7, 0.5);
        double[] a = UfoEval.evaluate(program, p, ev), b = UfoEval.evaluate(program, p, boosted);
        double worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            assertEquals(a[l], b[l], 1e-10 * a[l], FOUR_TOPS + ", event " + l + " boosted");
            worst = Math.max(worst, Math.abs(a[l] - b[l]) / a[l]);
        }
        System.out.printf("%s boosted: worst relative difference %.2e%n", FOUR_TOPS, worst);
    }

    @Test
    void wardIdentityForGluons() {
        Program program = fourTops();
        UfoPoint p = point(card(COEFFICIENTS), List.of());
        List<double[]> ev = events(program, p, 4, 3);
        double worst = UfoEval.wardRatio(program, p, ev, 2, 1e-10);
        System.out.printf("%s, Ward identity: worst |M(eps -> p/E)|/|M| %.2e%n", FOUR_TOPS, worst);
    }

    @Test
    void derivativesAlongFourTopCoefficientsMatchCentralDifferences() {
        Program program = fourTops();
        List<String> names = List.of("smeft.48", "smeft.73");
        ParamCard c = card(COEFFICIENTS);
        UfoPoint p = point(c, names);
        List<double[]> ev = events(program, p, 3, 5);
        int lanes = ev.size();
        double[] me = UfoEval.evaluate(program, p, ev);
        double worst = 0;
        for (int t = 0; t < names.size(); t++) {
            String name = names.get(t);
            // |M|^2 is quadratic in each coefficient at NP<=1: the central difference is exact up to rounding
            double x = c.value(name), h = 1e-2;
            double[] up = UfoEval.evaluate(program, point(c.with(name, x + h), List.of()), ev);
            double[] down = UfoEval.evaluate(program, point(c.with(name, x - h), List.of()), ev);
            for (int l = 0; l < lanes; l++) {
                double fd = (up[l] - down[l]) / (2 * h), exact = me[(t + 1) * lanes + l];
                assertTrue(Math.abs(exact) > 1e-3 * me[l], "d|M|^2/d" + name + " is not zero: " + exact);
                assertEquals(fd, exact, 1e-8 * Math.abs(exact), "d|M|^2/d" + name + ", event " + l);
                worst = Math.max(worst, Math.abs(fd - exact) / Math.abs(exact));
            }
        }
        System.out.printf("%s, d|M|^2/d ctt and d cQt8: worst relative difference from central differences %.2e%n",
                FOUR_TOPS, worst);
    }

    /** The event with the momenta of externals i and j exchanged. */
    private static double[] swap(double[] e, int i, int j) {
        double[] s = e.clone();
        for (int mu = 0; mu < 4; mu++) {
            s[4 * i + mu] = e[4 * j + mu];
            s[4 * j + mu] = e[4 * i + mu];
        }
        return s;
    }

    /**
     * Fermi statistics: diagrams that differ by the exchange of the two tops (or antitops) carry opposite
     * signs, so |M|^2 summed over helicities and colours is symmetric under the exchange of their momenta.
     * A wrong relative sign would survive in the squares of the diagrams and break the symmetry in their
     * interference; the program with the sign of some four-fermion diagrams flipped (those whose
     * four-fermion vertex touches the first top directly, a set the exchange does not map to itself) is
     * asymmetric by far more, which shows the interference matters at these points.
     */
    @Test
    void symmetricUnderExchangeOfIdenticalTops() {
        Program program = fourTops();
        UfoPoint p = point(card(COEFFICIENTS), List.of());
        List<double[]> ev = events(program, p, 4, 17);
        for (int[] pair : new int[][] {{2, 4}, {3, 5}}) {
            Program flipped = flipFourFermionDiagramsTouching(program, pair[0]);
            List<double[]> swapped = new ArrayList<>();
            for (double[] e : ev) swapped.add(swap(e, pair[0], pair[1]));
            double[] a = UfoEval.evaluate(program, p, ev), b = UfoEval.evaluate(program, p, swapped);
            double[] fa = UfoEval.evaluate(flipped, p, ev), fb = UfoEval.evaluate(flipped, p, swapped);
            double worstFlipped = 0, worst = 0;
            for (int l = 0; l < ev.size(); l++) {
                assertEquals(a[l], b[l], 1e-12 * a[l], "externals " + pair[0] + " <-> " + pair[1] + ", event " + l);
                worst = Math.max(worst, Math.abs(a[l] - b[l]) / a[l]);
                worstFlipped = Math.max(worstFlipped, Math.abs(fa[l] - fb[l]) / fa[l]);
            }
            System.out.printf("externals %d <-> %d: |M|^2 symmetric to %.2e; with the sign of the four-fermion diagrams "
                    + "touching %d flipped, asymmetric by %.2e%n", pair[0], pair[1], worst, pair[0], worstFlipped);
            assertTrue(worstFlipped > 1e-2, "the flipped-sign variant breaks the symmetry: " + worstFlipped);
        }
    }

    /** The program with the sign of every diagram flipped that has a four-fermion vertex with external {@code ext} as a leg. */
    private static Program flipFourFermionDiagramsTouching(Program program, int ext) {
        Map<Integer, Operation> bySlot = new HashMap<>();
        for (Operation o : program.operations()) {
            if (o.amplitude() < 0) {
                bySlot.put(o.out(), o);
            }
        }
        boolean[] flip = new boolean[program.amplitudes()];
        for (Operation o : program.operations()) {
            if (o.amplitude() >= 0) {
                flip[o.amplitude()] = touches(o, ext, bySlot, true);
            }
        }
        List<ColourTerm> terms = new ArrayList<>();
        for (ColourTerm t : program.colourTerms()) {
            double s = flip[t.amplitude()] ? -1 : 1;
            terms.add(new ColourTerm(t.jamp(), t.amplitude(), s * t.re(), s * t.im()));
        }
        return new Program(program.process() + " (flipped)", program.externals(), program.operations(),
                program.slots(), program.amplitudes(), terms, program.colourMatrix(), program.average(),
                program.couplings(), program.colourFlows());
    }

    private static boolean touches(Operation o, int ext, Map<Integer, Operation> bySlot, boolean amplitude) {
        List<Integer> in = new ArrayList<>(List.of(o.a(), o.b()));
        if (o.c() >= 0) {
            in.add(o.c());
        }
        if (amplitude) {
            in.add(o.out());
        }
        if (o.polynomial() != null && o.polynomial().name().startsWith("FFFF") && in.contains(ext)) {
            return true;
        }
        for (int s : in) {
            Operation below = bySlot.get(s);
            if (below != null && touches(below, ext, bySlot, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * u u~ > t t~ through the contact term of c_tu^(1) alone, against the formula written out.
     *
     * <p>The UFO vertex (legs t~, t, u~, u, all outgoing) has the term {@code Identity(1,2)*Identity(3,4)} x
     * FFFF18 = {@code Gamma(-1,2,-2)*Gamma(-1,4,-3)*ProjP(-3,3)*ProjP(-2,1)} x G, G = i c_tu^(1) / Lambda^2:
     * (psi_2 gamma^mu P_R psi_1)(psi_4 gamma_mu P_R psi_3). For u(p1) u~(p2) > t(p3) t~(p4) the legs are
     * psi_1 = v(p4), psi_2 = ubar(p3), psi_3 = u(p1), psi_4 = vbar(p2), so
     * M = G [ubar(p3) gamma^mu P_R v(p4)] [vbar(p2) gamma_mu P_R u(p1)] delta_{c3 c4} delta_{c1 c2}.
     * Summing spins, each chain gives a trace in which the masses drop out (P_R (pslash -/+ m) P_L = pslash P_L,
     * and a term with an odd number of gamma matrices vanishes): Tr[p3slash gamma_mu p4slash gamma_nu P_R] and
     * Tr[p2slash gamma^mu p1slash gamma^nu P_R]. Their contraction is 16 (p3.p2)(p4.p1) (the epsilon parts of two
     * traces with the same chirality add to the symmetric ones; the same identity gives muon decay's
     * 128 G_F^2 (p_mu.p_nuebar)(p_e.p_numu)). Colours: sum |delta delta|^2 = 9, averaged over 9 initial colours;
     * spins averaged over 4:
     * |M|^2 = 4 |G|^2 (p1.p4)(p2.p3) = |G|^2 (u - m_t^2)^2, u = (p1 - p4)^2.
     * {@code NP==1} keeps the diagrams linear in the coefficients only; with every other coefficient 0 the
     * contact term is all that is left.
     */
    @Test
    void contactTermMatchesItsFormula() {
        double ctu1 = 0.7, lambda = 1000;
        ParamCard c = card(Map.of("smeft.49", ctu1)).with("smeftcutoff.1", lambda);
        UfoPoint p = point(c, List.of());
        // the vertex term the formula assumes, read from the model
        UfoVertex v = model().vertices().stream().filter(x -> x.particles().stream().map(q -> q.pdg()).toList()
                .equals(List.of(-6, 6, -2, 2)) && x.terms().stream().anyMatch(t -> t.coupling().equals("GC_116")))
                .findFirst().orElseThrow();
        List<UfoVertex.Term> terms = v.terms().stream().filter(t -> t.coupling().equals("GC_116")).toList();
        assertEquals(1, terms.size());
        UfoLorentz ffff = v.lorentz().get(terms.get(0).lorentz());
        assertEquals("Gamma(-1,2,-2)*Gamma(-1,4,-3)*ProjP(-3,3)*ProjP(-2,1)", ffff.structure());
        assertEquals("Identity(1,2)*Identity(3,4)", v.colours().get(terms.get(0).colour()));
        assertEquals(0, p.coupling("GC_116").re().value(), 0);
        assertEquals(ctu1 / (lambda * lambda), p.coupling("GC_116").im().value(), 1e-15 * ctu1 / (lambda * lambda));

        Program program = UfoProcesses.compile("u u~ > t t~ NP==1", model(), p);
        List<double[]> ev = events(program, p, 8, 29);
        double[] me = UfoEval.evaluate(program, p, ev);
        double g2 = Math.pow(ctu1 / (lambda * lambda), 2), worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double want = 4 * g2 * dot(e, 0, 3) * dot(e, 1, 2);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        System.out.printf("u u~ > t t~ through c_tu^(1): worst relative difference from 4 |G|^2 (p1.p4)(p2.p3) %.2e%n",
                worst);
        assertTrue(worst <= 1e-12, "worst relative difference " + worst);
    }

    /**
     * The sign of a four-fermion amplitude relative to the Standard Model's: u u~ > t t~ through the
     * s-channel gluon and the colour-octet contact term of c_tu^(8), against the formula written out.
     *
     * <p>The UFO's gluon vertex is GC_6 x {@code Gamma(3,2,1)} x T(3,2,1), GC_6 = -i g_s; the octet term is
     * {@code T(-1,2,1)*T(-1,4,3)} x FFFF18 x GC_117, GC_117 = i c / Lambda^2. With the Feynman rules "vertex =
     * coupling x structure", the propagator -i g_{mu nu} / s and i M = product of both:
     * M = (g_s^2 / s) J_t.J_u + G J_t^R.J_u^R, G = c / Lambda^2, with J_t = ubar(p3) gamma T^A v(p4),
     * J_u = vbar(p2) gamma T^A u(p1), J^R the same with P_R; both terms have the same colour T^A x T^A (sum of
     * squares 2) and the same fermion lines (no relative sign). Spin sums (massless u, top mass m):
     * sum |J_t.J_u|^2 = 32 [(p1.p3)(p2.p4) + (p1.p4)(p2.p3) + m^2 p1.p2] (the textbook q q~ > Q Q~);
     * sum (J_t.J_u)(J_t^R.J_u^R)^* = Tr[p3 gamma^mu p4 gamma^nu P_R] Tr[p2 gamma_mu p1 gamma_nu P_R]
     * - 2 m^2 g^{mu nu} Tr[p2 gamma_mu p1 gamma_nu P_R] = 16 (p1.p4)(p2.p3) + 8 m^2 p1.p2 (the top's
     * (pslash3 + m) gamma^mu (pslash4 - m) P_L gamma^nu keeps the m^2 term: gamma^mu P_L gamma^nu has an even
     * number of gamma matrices); sum |J_t^R.J_u^R|^2 = 16 (p1.p4)(p2.p3) (contactTermMatchesItsFormula).
     * Averaged over 4 spins and 9 colours:
     * |M|^2 = (2 / 36) [32 (g^4 / s^2) X + 2 (g^2 / s) G (16 (p1.p4)(p2.p3) + 8 m^2 p1.p2) + 16 G^2 (p1.p4)(p2.p3)],
     * X = (p1.p3)(p2.p4) + (p1.p4)(p2.p3) + m^2 p1.p2. The photon, Z and Higgs are left out (their
     * Standard-Model diagrams would add to it); a wrong sign between the two diagrams flips the middle term.
     */
    @Test
    void interferenceWithTheGluonExchangeMatchesItsFormula() {
        double ctu8 = 0.9, lambda = 1000;
        ParamCard c = card(Map.of("smeft.50", ctu8)).with("smeftcutoff.1", lambda);
        UfoPoint p = point(c, List.of());
        UfoVertex v = model().vertices().stream().filter(x -> x.particles().stream().map(q -> q.pdg()).toList()
                .equals(List.of(-6, 6, -2, 2)) && x.terms().stream().anyMatch(t -> t.coupling().equals("GC_117")))
                .findFirst().orElseThrow();
        List<UfoVertex.Term> terms = v.terms().stream().filter(t -> t.coupling().equals("GC_117")).toList();
        assertEquals(1, terms.size());
        assertEquals("Gamma(-1,2,-2)*Gamma(-1,4,-3)*ProjP(-3,3)*ProjP(-2,1)",
                v.lorentz().get(terms.get(0).lorentz()).structure());
        assertEquals("T(-1,2,1)*T(-1,4,3)", v.colours().get(terms.get(0).colour()));
        double g2 = 4 * Math.PI * c.value("sminputs.3"), gs = Math.sqrt(g2);
        assertEquals(-gs, p.coupling("GC_6").im().value(), 1e-14 * gs);
        assertEquals(ctu8 / (lambda * lambda), p.coupling("GC_117").im().value(), 1e-15 * ctu8 / (lambda * lambda));

        Program program = UfoProcesses.compile("u u~ > t t~ / a z h NP<=1", model(), p);
        List<double[]> ev = events(program, p, 8, 31);
        double[] me = UfoEval.evaluate(program, p, ev);
        double g = ctu8 / (lambda * lambda), m2 = Math.pow(p.mass(6).value(), 2), worst = 0, smallest = 1;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double s = 2 * dot(e, 0, 1), p13p24 = dot(e, 0, 2) * dot(e, 1, 3), p14p23 = dot(e, 0, 3) * dot(e, 1, 2);
            double qcd = 32 * g2 * g2 / (s * s) * (p13p24 + p14p23 + m2 * s / 2);
            double interference = 2 * g2 / s * g * (16 * p14p23 + 8 * m2 * s / 2);
            double contact = 16 * g * g * p14p23;
            double want = 2.0 / 36 * (qcd + interference + contact);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
            smallest = Math.min(smallest, Math.abs(interference) / (qcd + interference + contact));
        }
        System.out.printf("u u~ > t t~ / a z h NP<=1 through the gluon and c_tu^(8): worst relative difference from "
                + "the formula %.2e; the interference is at least %.1f %% of |M|^2%n", worst, 100 * smallest);
        assertTrue(smallest > 0.01, "the interference matters at these points: " + smallest);
        // 1e-11: the formula's dot products of nearly back-to-back momenta lose a few digits (2e-12 seen)
        assertTrue(worst <= 1e-11, "worst relative difference " + worst);
    }

    private static double dot(double[] e, int i, int j) {
        return e[4 * i] * e[4 * j] - e[4 * i + 1] * e[4 * j + 1] - e[4 * i + 2] * e[4 * j + 2]
                - e[4 * i + 3] * e[4 * j + 3];
    }
}
