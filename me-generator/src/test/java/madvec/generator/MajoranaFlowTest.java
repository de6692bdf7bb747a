package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import madvec.model.ParamCard;
import madvec.processes.Program;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoParticle;
import madvec.ufo.UfoPoint;
import madvec.ufo.UfoVertex;
import org.junit.jupiter.api.Test;

/**
 * Majorana fermions on lines joined to Dirac fermions in MSSM_SLHA2 (neutralinos and gluinos with quarks,
 * leptons and squarks; charginos, Dirac fermions whose vertices with leptons UFO writes with two
 * antifermions, as a control of the same machinery): Denner et al.'s continuous fermion flow with
 * external Majorana fermions of either wavefunction type (see MajoranaFlow).
 *
 * <p>Checks: the arbitrary choices (which type the program stores for each Majorana fermion, which
 * orientation of a line of Majorana fermions alone is kept) leave |M|^2 unchanged; identical Majorana
 * fermions exchanged; Lorentz invariance; Ward identities of external gluons; derivatives along a
 * neutralino mixing entry and mass against central differences; and a formula, derived here, for the
 * pair production of Majorana fermions through the t- and u-channel exchange of scalars.
 *
 * <p>The formula. A massless fermion f (one helicity: the one the scalar phi couples to, through
 * L = a phi^* chi-bar P f + h.c. with P a chiral projector) and its antifermion into two identical Majorana
 * fermions chi of mass m: with the flow along the f line, M_t = a a' [u-bar_3 P u_1] [v-bar_2 P' v_4] /
 * (t - M^2), and M_u the same with 3 and 4 exchanged and the sign -1 of that odd permutation of the
 * external fermions (t = (p_1 - p_3)^2, u = (p_1 - p_4)^2, M the scalar's mass, P' the other projector).
 * Spin sums: sum |M_t|^2 = |a a'|^2 Tr[p3 P p1] Tr[p2 P p4] / (t - M^2)^2 = |a a'|^2 (m^2 - t)^2 / (t - M^2)^2
 * (the mass terms drop between projectors). For the interference the Majorana relations v = C u-bar^T,
 * u = C v-bar^T (for the electron too, as spinor identities) turn [v-bar_2 P' v_4] into -[u-bar_4 P' u_2]
 * and [v-bar_3 P v_2] into -[u-bar_2 P u_3] (C P^T C^-1 = P, C^T = -C), so sum M_t M_u^* =
 * |a a'|^2 Tr[(p3 + m) P p1 P' (p4 + m) P' p2 P] / ((t - M^2)(u - M^2)) = |a a'|^2 m^2 s / ((t - M^2)(u - M^2)):
 * only the two mass terms survive the projectors. So
 * sum |M|^2 = |a a'|^2 [ (m^2 - t)^2 / (t - M^2)^2 + (m^2 - u)^2 / (u - M^2)^2 - 2 K m^2 s / ((t - M^2)(u - M^2)) ]
 * with K = 1 without colour. At threshold (t = u = -m^2) it vanishes, as it must: two identical Majorana
 * fermions at rest are in the J = 0 state, the f f-bar pair of one helicity has J_z = +-1. For quarks into
 * gluinos through squarks the colour factors are (T^a T^b)_{ij} for one channel and (T^b T^a)_{ij} for the
 * other: sum |c|^2 = Tr(T^a T^b T^b T^a) = 16/3 on the squares and Tr(T^a T^b T^a T^b) = -2/3 on the
 * interference, so the square bracket becomes (16/3) [(m^2 - t)^2 / (t - M^2)^2 + (u terms)] + (4/3) m^2 s /
 * ((t - M^2)(u - M^2)). Each scalar (left and right squark or slepton, not mixed in the first generation at
 * this card) couples to one helicity of the massless fermion, so their contributions add. Averaged over the
 * initial spins (and colours) and halved for the identical final fermions. The couplings a, a' are read
 * from the model's two vertices of each scalar (one chiral term each, checked). The gluon's s-channel alone
 * (all squarks excluded) is the adjoint analogue of q q~ > Q Q~: (4/3) g^4 ((m^2 - t)^2 + (m^2 - u)^2 +
 * 2 m^2 s) / s^2 after averaging and the 1/2 (MajoranaTest's argument that a gluino has the amplitudes of
 * an adjoint Dirac fermion, with the colour sum f^{abc} f^{abd} Tr(T^c T^d) = 12 against 2 for the top).
 */
class MajoranaFlowTest {
    private static final double SQRT_S = 1500;
    /** The processes of the brief, and the gluon-only gluino pairs as a control of the old path. */
    private static final List<String> PROCESSES = List.of("u u~ > go go", "g u > go su1", "e+ e- > n1 n1",
            "u u~ > n1 n2", "u g > su1 n1", "e+ e- > x1+ x1-", "g g > go go", "e+ e- > n1 n1 / z", "u u > su1 su1",
            "u u > su1 su4", "e+ e- > n1 n2 z", "u u~ > n1 n2, n2 > n1 mu+ mu-");

    private static UfoModel model() {
        return UfoPhysicsTest.load(SharedModels.folder(SharedModels.MSSM).toString());
    }

    /**
     * The model's card with the widths that enter t- and u-channel propagators set to 0 (they break gauge
     * invariance and the formula's simple denominators): gluino, first-generation squarks and selectrons.
     */
    private static ParamCard card() {
        ParamCard c = model().formulas().defaultCard();
        for (String pdg : List.of("1000021", "1000002", "2000002", "1000011", "2000011", "1000012", "6")) {
            c = c.with("decay." + pdg, 0.0);
        }
        return c;
    }

    private static UfoPoint point() {
        return model().formulas().evaluate(card(), List.of());
    }

    private static List<double[]> events(Program program, UfoPoint p, int count, long seed) {
        return Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, count, seed);
    }

    private static double[] withChoice(ProcessCompiler.MajoranaChoice choice, String process, UfoPoint p,
            List<double[]> ev) {
        ProcessCompiler.MajoranaChoice before = ProcessCompiler.majoranaChoice;
        ProcessCompiler.majoranaChoice = choice;
        try {
            return UfoEval.evaluate(UfoProcesses.compile(process, model(), p), p, ev);
        } finally {
            ProcessCompiler.majoranaChoice = before;
        }
    }

    /**
     * MSSM's e+ x1- sve vertex joins two antifermions, so on the charginos' line of the sneutrino diagrams
     * one segment runs against its fermion number; a photon radiated there needs the photon vertex read
     * flow-reversed. Without it three of the 18 diagrams were silently missing (15 were generated) and the
     * photon's Ward identity failed by 1.5; the chargino's width, which breaks it by itself, is set to 0.
     */
    @Test
    void aPhotonOnAClashingDiracLineKeepsGaugeInvariance() {
        UfoPoint p = model().formulas().evaluate(card().with("decay.1000024", 0.0), List.of());
        GeneratedProcess generated = UfoProcesses.compileAll("e+ e- > x1+ x1- a", model(), p).get(0);
        assertEquals(18, generated.diagrams(), "diagrams of e+ e- > x1+ x1- a");
        Program program = generated.program();
        List<double[]> ev = events(program, p, 6, 31);
        double worst = Math.sqrt(UfoEval.wardSquared(program, p, ev, new int[] {4}));
        System.out.printf("e+ e- > x1+ x1- a: photon Ward identity %.1e%n", worst);
        // 8e-8 seen (1.5 without the reversed vertices): the photon couples to the charginos through the
        // card's mixing matrices, unitary to the 8 digits the card gives them
        assertTrue(worst < 1e-6, "photon Ward identity: " + worst);
    }

    /**
     * Gluons on squark and quark lines where the quarks may be read through C (they meet the gluino):
     * <ul>
     * <li>{@code u u > su1 su1 g g} by gluino exchange, a gluon on each quark: whichever way the line runs,
     *     one quark's segment runs against its fermion number and needs {@code u~ u g} flow-reversed. It was
     *     refused before the quarks counted as clashing fermions.</li>
     * <li>{@code u u~ > su1 su1~ g}: the squark seagull has two colour structures with one Lorentz structure
     *     and coupling; both got one name, and keeping one fermion flow per named diagram dropped one of
     *     them (Ward identity off by 1e-2 in |M|^2, 0.17 in a model of its own). They are named apart now.</li>
     * </ul>
     */
    @Test
    void gluonsOnQuarkAndSquarkLinesKeepGaugeInvariance() {
        UfoPoint p = point();
        for (String process : List.of("u u > su1 su1 g g", "u u~ > su1 su1~ g", "u u~ > su1 su1~ g g")) {
            GeneratedProcess generated = UfoProcesses.compileAll(process, model(), p).get(0);
            Program program = generated.program();
            List<double[]> ev = events(program, p, 4, 37);
            double worst = UfoEval.wardSquared(program, p, ev, UfoEval.gaugeBosons(program));
            System.out.printf("%s: %d diagrams, gluon Ward identities |M(eps -> p)|^2/|M|^2 %.1e%n", process,
                    generated.diagrams(), worst);
            // squares, not amplitudes: colour flows of two strings and two gluons are not independent
            assertTrue(worst < 1e-12, process + ": gluon Ward identities " + worst);
        }
    }

    @Test
    void flowChoicesDoNotChangeTheResult() {
        UfoPoint p = point();
        List<ProcessCompiler.MajoranaChoice> choices = List.of(new ProcessCompiler.MajoranaChoice(true, true, false),
                new ProcessCompiler.MajoranaChoice(false, false, true), new ProcessCompiler.MajoranaChoice(true, false, true));
        for (String process : PROCESSES) {
            Program program = UfoProcesses.compile(process, model(), p);
            List<double[]> ev = events(program, p, 6, 7);
            double[] base = UfoEval.evaluate(program, p, ev);
            double worst = 0;
            boolean changed = false;
            int reversed = reversedVertices(program), fewest = reversed, most = reversed;
            for (ProcessCompiler.MajoranaChoice choice : choices) {
                Program other = withChoiceProgram(choice, process, p);
                changed |= !other.operations().equals(program.operations());
                fewest = Math.min(fewest, reversedVertices(other));
                most = Math.max(most, reversedVertices(other));
                double[] x = withChoice(choice, process, p, ev);
                for (int l = 0; l < ev.size(); l++) {
                    assertTrue(base[l] > 0, process + ": |M|^2 = " + base[l]);
                    assertEquals(base[l], x[l], 1e-13 * base[l], process + ", " + choice + ", event " + l);
                    worst = Math.max(worst, Math.abs(base[l] - x[l]) / base[l]);
                }
            }
            // some choice changes the program (which legs are read through C, which vertices reversed): where
            // a Majorana fermion is, and on the charginos' line, whose e+ x1- sve vertex joins two antifermions
            assertTrue(changed, process + ": the choices change the program");
            if (process.equals("u u~ > go go")) {
                // quark-gluino lines read as written under one choice and through reversed vertices under another
                assertTrue(most > fewest, process + ": reversed vertices " + fewest + " to " + most);
            }
            System.out.printf("%s: flow choices, worst relative difference %.1e%n", process, worst);
        }
    }

    /** How many operations use a flow-reversed (charge-conjugated) vertex. */
    private static int reversedVertices(Program program) {
        return (int) program.operations().stream()
                .filter(o -> o.polynomial() != null && o.polynomial().name().contains("_R_")).count();
    }

    private static Program withChoiceProgram(ProcessCompiler.MajoranaChoice choice, String process, UfoPoint p) {
        ProcessCompiler.MajoranaChoice before = ProcessCompiler.majoranaChoice;
        ProcessCompiler.majoranaChoice = choice;
        try {
            return UfoProcesses.compile(process, model(), p);
        } finally {
            ProcessCompiler.majoranaChoice = before;
        }
    }

    @Test
    void identicalMajoranaFermionsExchanged() {
        UfoPoint p = point();
        for (String process : List.of("u u~ > go go", "e+ e- > n1 n1", "g g > go go")) {
            Program program = UfoProcesses.compile(process, model(), p);
            List<double[]> ev = events(program, p, 6, 11);
            double[] a = UfoEval.evaluate(program, p, ev), b = UfoEval.evaluate(program, p, UfoEval.swapped(ev, 2, 3));
            double worst = UfoEval.agreement(process + ": the two Majorana fermions exchanged", a, b, ev.size(), 1e-13);
            System.out.printf("%s: identical Majorana fermions exchanged, worst relative difference %.1e%n", process, worst);
        }
    }

    @Test
    void lorentzInvariance() {
        UfoPoint p = point();
        for (String process : PROCESSES) {
            Program program = UfoProcesses.compile(process, model(), p);
            List<double[]> ev = events(program, p, 6, 17);
            UfoEval.boostInvariance(program, p, ev, 1e-12);
        }
    }

    @Test
    void wardIdentitiesOfExternalGluons() {
        UfoPoint p = point();
        for (String process : List.of("g u > go su1", "u g > su1 n1", "u g > su4 go")) {
            Program program = UfoProcesses.compile(process, model(), p);
            int gluon = process.startsWith("g") ? 0 : 1;
            List<double[]> ev = events(program, p, 6, 19);
            double[] me = UfoEval.evaluate(program, p, ev, 0, false, null, -1);
            double[] probe = UfoEval.evaluate(program, p, ev, 0, false, null, gluon);
            double worst = 0;
            for (int l = 0; l < ev.size(); l++) {
                double ratio = Math.sqrt(Math.abs(probe[l] / me[l]));
                assertTrue(ratio <= 1e-10, process + ", event " + l + ": |M(eps -> p/E)| / |M| = " + ratio);
                worst = Math.max(worst, ratio);
            }
            System.out.printf("%s: Ward identity, worst |M(eps -> p/E)| / |M| %.1e%n", process, worst);
        }
    }

    /** The single chiral coupling of the UFO vertex with these particles, in this order (0 when the vertex is absent). */
    private static double coupling(UfoPoint p, String... names) {
        var c = UfoEval.chiralCoupling(model(), p, names);
        return c == null ? 0 : Math.hypot(c.re().value(), c.im().value());
    }

    private static double dot(double[] e, int i, int j) {
        return e[4 * i] * e[4 * j] - e[4 * i + 1] * e[4 * j + 1] - e[4 * i + 2] * e[4 * j + 2]
                - e[4 * i + 3] * e[4 * j + 3];
    }

    /** The class comment's bracket for one scalar of mass {@code mScalar}, colour weights {@code squares} and {@code k}. */
    private static double bracket(double[] e, double m2, double mScalar, double squares, double k) {
        double s = 2 * dot(e, 0, 1), t = m2 - 2 * dot(e, 0, 2), u = m2 - 2 * dot(e, 0, 3), ms2 = mScalar * mScalar;
        return squares * ((m2 - t) * (m2 - t) / ((t - ms2) * (t - ms2)) + (m2 - u) * (m2 - u) / ((u - ms2) * (u - ms2)))
                - 2 * k * m2 * s / ((t - ms2) * (u - ms2));
    }

    @Test
    void neutralinoPairsThroughSelectronsMatchTheFormula() {
        UfoPoint p = point();
        assertEquals(0.0, p.mass(11).value());
        Program program = UfoProcesses.compile("e+ e- > n1 n1 / z", model(), p);
        assertEquals(4, program.amplitudes(), "t- and u-channel selectrons sl1 and sl4");
        List<double[]> ev = events(program, p, 8, 29);
        double[] me = UfoEval.evaluate(program, p, ev);
        double m2 = Math.pow(p.mass(1000022).value(), 2), worst = 0;
        double a1 = coupling(p, "e+", "n1", "sl1-") * coupling(p, "n1", "e-", "sl1+");
        double a4 = coupling(p, "e+", "n1", "sl4-") * coupling(p, "n1", "e-", "sl4+");
        assertTrue(a1 > 0 && a4 > 0);
        double interference = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double want = (a1 * a1 * bracket(e, m2, p.mass(1000011).value(), 1, 1)
                    + a4 * a4 * bracket(e, m2, p.mass(2000011).value(), 1, 1)) / 8;
            double noInterference = (a1 * a1 * bracket(e, m2, p.mass(1000011).value(), 1, 0)
                    + a4 * a4 * bracket(e, m2, p.mass(2000011).value(), 1, 0)) / 8;
            interference = Math.max(interference, Math.abs(noInterference - want) / want);
            assertEquals(want, me[l], 1e-12 * want, "e+ e- > n1 n1 / z, event " + l);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        // the t-u interference, whose sign Denner's rule for identical Majorana fermions fixes, is large here
        assertTrue(interference > 0.05, "interference " + interference);
        System.out.printf("e+ e- > n1 n1 / z against the formula: worst %.1e (t-u interference up to %.0f%%)%n", worst,
                100 * interference);
    }

    @Test
    void gluinoPairsFromQuarksMatchTheFormulas() {
        UfoPoint p = point();
        assertEquals(0.0, p.mass(2).value());
        double g2 = 4 * Math.PI * card().value("sminputs.3"), m2 = Math.pow(p.mass(1000021).value(), 2);
        // squark exchange alone (no gluon): the colour-weighted formula
        Program squarks = UfoProcesses.compile("u u~ > go go / g", model(), p);
        List<double[]> ev = events(squarks, p, 8, 31);
        double[] me = UfoEval.evaluate(squarks, p, ev);
        double a1 = coupling(p, "u~", "go", "su1") * coupling(p, "go", "u", "su1~");
        double a4 = coupling(p, "u~", "go", "su4") * coupling(p, "go", "u", "su4~");
        assertTrue(a1 > 0 && a4 > 0);
        double worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double want = (a1 * a1 * bracket(e, m2, p.mass(1000002).value(), 16.0 / 3, -2.0 / 3)
                    + a4 * a4 * bracket(e, m2, p.mass(2000002).value(), 16.0 / 3, -2.0 / 3)) / 72;
            assertEquals(want, me[l], 1e-12 * want, "u u~ > go go / g, event " + l);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        System.out.printf("u u~ > go go / g against the formula: worst %.1e%n", worst);
        // the gluon alone (no squark)
        Program gluon = UfoProcesses.compile("u u~ > go go / su1 su2 su3 su4 su5 su6", model(), p);
        assertEquals(1, gluon.amplitudes());
        double[] s = UfoEval.evaluate(gluon, p, ev);
        worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double sh = 2 * dot(e, 0, 1), t = m2 - 2 * dot(e, 0, 2), u = m2 - 2 * dot(e, 0, 3);
            double want = 4.0 / 3 * g2 * g2 * ((m2 - t) * (m2 - t) + (m2 - u) * (m2 - u) + 2 * m2 * sh) / (sh * sh);
            assertEquals(want, s[l], 1e-12 * want, "u u~ > go go through the gluon, event " + l);
            worst = Math.max(worst, Math.abs(s[l] - want) / want);
        }
        System.out.printf("u u~ > go go through the gluon alone against the formula: worst %.1e%n", worst);
    }

    /**
     * The whole of {@code u u~ > go go}: the gluon's s-channel interferes with the squarks' t and u channels,
     * so the relative sign of a line of two Majorana fermions (the gluinos through {@code go go g}, whose
     * orientation is a free choice) and of lines that join a Majorana fermion to a quark is tested.
     *
     * <p>Derivation, for the left-handed quark and q~_L of mass M (the right-handed one with q~_R is its
     * parity image, and the two add), with SUSY-QCD's vertices i g gamma^mu T^c (quark-gluon), -g f^{abc}
     * gamma^mu (gluinos a (outgoing flow), c (incoming flow), gluon b, the two contractions of identical fields
     * included), -i sqrt2 g T^a P_L (quark into gluino and squark) and its conjugate -i sqrt2 g T^a P_R; the
     * flow along the quark in t and u, from gluino 4 to gluino 3 in s; Denner's signs +1 (t: 3 1 2 4),
     * -1 (u: 4 1 2 3), -1 (s: 2 1 3 4). With f^{abc} T^c = -i [T^a, T^b]:
     * M = i g^2 [(T^a T^b)_{ji} F1 + (T^b T^a)_{ji} F2], F1 = B / s + y A_u / (u - M^2),
     * F2 = -(B / s + y A_t / (t - M^2)), with B = [v-bar_2 gamma^mu P_L u_1][u-bar_3 gamma_mu v_4],
     * A_t = [u-bar_3 P_L u_1][v-bar_2 P_R v_4], A_u the same with 3 and 4 exchanged, and y = 2 (the squared
     * Yukawa coupling 2 g^2 over g^2; here y = |a a'| / g^2 from the model's couplings). Colour sums: 16/3 on
     * |F1|^2 and |F2|^2, -2/3 on F1 F2^*. Spin sums (traces; for the crossed products the Majorana relation
     * u-bar_3 gamma_mu v_4 = u-bar_4 gamma_mu v_3 from C gamma^T C^-1 = -gamma):
     * sum |B|^2 = 4 [(m^2 - t)^2 + (m^2 - u)^2 + 2 m^2 s], sum |A_t|^2 = (m^2 - t)^2, sum A_t A_u^* = m^2 s,
     * sum B A_t^* = 2 (m^2 - t)^2 + 2 m^2 s, sum B A_u^* = 2 (m^2 - u)^2 + 2 m^2 s. The gluon's part alone gives
     * 12 g^4 sum |B|^2 / s^2 per helicity, which is the s-channel formula of the test above.
     */
    @Test
    void gluinoPairsFromQuarksWithAllDiagramsMatchTheFormula() {
        UfoPoint p = point();
        double g2 = 4 * Math.PI * card().value("sminputs.3"), m2 = Math.pow(p.mass(1000021).value(), 2);
        Program program = UfoProcesses.compile("u u~ > go go", model(), p);
        assertEquals(5, program.amplitudes(), "the gluon, su1 and su4 in t and u");
        List<double[]> ev = events(program, p, 8, 47);
        double[] me = UfoEval.evaluate(program, p, ev);
        double y1 = coupling(p, "u~", "go", "su1") * coupling(p, "go", "u", "su1~") / g2;
        double y4 = coupling(p, "u~", "go", "su4") * coupling(p, "go", "u", "su4~") / g2;
        assertEquals(2, y1, 1e-6, "the Yukawa coupling sqrt2 g of SUSY-QCD");
        double worst = 0, interference = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double want = (oneHelicity(e, m2, p.mass(1000002).value(), y1, 1)
                    + oneHelicity(e, m2, p.mass(2000002).value(), y4, 1)) * g2 * g2 / 72;
            double without = (oneHelicity(e, m2, p.mass(1000002).value(), y1, 0)
                    + oneHelicity(e, m2, p.mass(2000002).value(), y4, 0)) * g2 * g2 / 72;
            interference = Math.max(interference, Math.abs(want - without) / want);
            assertEquals(want, me[l], 1e-12 * want, "u u~ > go go, event " + l);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        assertTrue(interference > 0.05, "s-channel interference " + interference);
        System.out.printf("u u~ > go go against the formula: worst %.1e (s-t,u interference up to %.0f%%)%n", worst,
                100 * interference);
    }

    /** The test's sum over spins and colours of one quark helicity, over g^4; {@code x} 0 drops the s-t,u interference. */
    private static double oneHelicity(double[] e, double m2, double mScalar, double y, double x) {
        double s = 2 * dot(e, 0, 1), t = m2 - 2 * dot(e, 0, 2), u = m2 - 2 * dot(e, 0, 3), ms2 = mScalar * mScalar;
        double dt = t - ms2, du = u - ms2;
        double bb = 4 * ((m2 - t) * (m2 - t) + (m2 - u) * (m2 - u) + 2 * m2 * s);
        double att = (m2 - t) * (m2 - t), auu = (m2 - u) * (m2 - u), atu = m2 * s;
        double bat = 2 * (m2 - t) * (m2 - t) + 2 * m2 * s, bau = 2 * (m2 - u) * (m2 - u) + 2 * m2 * s;
        double f1 = bb / (s * s) + y * y * auu / (du * du) + x * 2 * y * bau / (s * du);
        double f2 = bb / (s * s) + y * y * att / (dt * dt) + x * 2 * y * bat / (s * dt);
        double f12 = -(bb / (s * s) + x * y * bat / (s * dt) + x * y * bau / (s * du) + y * y * atu / (dt * du));
        return 16.0 / 3 * (f1 + f2) - 4.0 / 3 * f12;
    }

    /**
     * Two quarks into two identical squarks by gluino exchange: the fermion line joins two incoming quarks,
     * so its flow runs against one of them whichever way it is oriented, through the charge-conjugated
     * vertex C Gamma^T C^-1 (Denner et al.). With the flow from quark 1 to quark 2, the vertex of quark 2
     * read reversed (C P_L^T C^-1 = P_L): M_t = a^2 (T^c_{k i} T^c_{l j}) [v-bar_2 P_L (q + m) P_L u_1] / (t - m^2)
     * = a^2 T T m [v-bar_2 P_L u_1] / (t - m^2), q = p_1 - p_3, the projectors leaving the gluino mass m
     * alone; M_u the same with the squarks (k, p_3 and l, p_4) exchanged and the same sign (the permutation
     * of the external fermions, 2 1, is the same). sum |v-bar_2 P_L u_1|^2 = 2 p_1.p_2 = s; colour sums
     * Tr(T^a T^b) Tr(T^a T^b) = 2 on the squares and Tr(T^a T^b T^a T^b) = -2/3 on the interference: sum |M|^2 =
     * |a|^4 m^2 s [2 / (t - m^2)^2 + 2 / (u - m^2)^2 - (4/3) / ((t - m^2)(u - m^2))], averaged over 4 spins and 9
     * colours and halved for the identical squarks (the gluino-mass term of Beenakker et al.'s q q > q~ q~).
     * The sign of the interference is that of the two diagrams' relative sign.
     */
    @Test
    void squarkPairsFromQuarksThroughReversedVerticesMatchTheFormula() {
        UfoPoint p = point();
        Program program = UfoProcesses.compile("u u > su1 su1", model(), p);
        assertEquals(2, program.amplitudes(), "the gluino in t and u");
        List<double[]> ev = events(program, p, 8, 53);
        double[] me = UfoEval.evaluate(program, p, ev);
        double a = coupling(p, "u~", "go", "su1"), mg2 = Math.pow(p.mass(1000021).value(), 2);
        double ms2 = Math.pow(p.mass(1000002).value(), 2), worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double s = 2 * dot(e, 0, 1), t = ms2 - 2 * dot(e, 0, 2), u = ms2 - 2 * dot(e, 0, 3);
            double dt = t - mg2, du = u - mg2;
            double want = Math.pow(a, 4) * mg2 * s * (2 / (dt * dt) + 2 / (du * du) - 4.0 / 3 / (dt * du)) / 72;
            assertEquals(want, me[l], 1e-12 * want, "u u > su1 su1, event " + l);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        System.out.printf("u u > su1 su1 against the formula: worst %.1e%n", worst);
    }

    /**
     * Charginos through the t-channel sneutrino alone: UFO writes the vertices as e+ x1- sv1 and e- x1+ sv1~
     * (two antifermions, two fermions), so both chargino lines run against the charginos' fermion number
     * and the externals at the slots of the other type are read through C. One diagram, one helicity of
     * the electron (no Yukawa coupling): sum |M|^2 = |a a'|^2 (m^2 - t)^2 / (t - M^2)^2 with t = (p_e- - p_x1-)^2
     * (each chain a trace 2 p.p' between chiral projectors, as in the class comment), averaged over 4 spins.
     */
    @Test
    void charginoPairsThroughTheSneutrinoMatchTheFormula() {
        UfoPoint p = point();
        Program program = UfoProcesses.compile("e+ e- > x1+ x1- / z a", model(), p);
        assertEquals(1, program.amplitudes(), "the t-channel sneutrino");
        List<double[]> ev = events(program, p, 8, 43);
        double[] me = UfoEval.evaluate(program, p, ev);
        double a = coupling(p, "e+", "x1-", "sv1") * coupling(p, "e-", "x1+", "sv1~");
        assertTrue(a > 0);
        double m2 = Math.pow(p.mass(1000024).value(), 2), ms2 = Math.pow(p.mass(1000012).value(), 2), worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double t = m2 - 2 * dot(ev.get(l), 1, 3);
            double want = a * a * (m2 - t) * (m2 - t) / ((t - ms2) * (t - ms2)) / 4;
            assertEquals(want, me[l], 1e-12 * want, "e+ e- > x1+ x1- / z a, event " + l);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        System.out.printf("e+ e- > x1+ x1- / z a against the formula: worst %.1e%n", worst);
    }

    /** Exact derivatives through Majorana lines along a neutralino mixing entry and the neutralino mass. */
    @Test
    void derivativesAlongNeutralinoMixingAndMass() {
        List<String> names = List.of("nmix.1.1", "mass.1000022");
        for (String process : List.of("e+ e- > n1 n1", "u g > su1 n1")) {
            UfoPoint p = model().formulas().evaluate(card(), names);
            Program program = UfoProcesses.compile(process, model(), p);
            List<double[]> ev = events(program, p, 4, 37);
            int lanes = ev.size();
            double[] me = UfoEval.evaluate(program, p, ev);
            double worst = 0;
            for (int j = 0; j < names.size(); j++) {
                double x = card().value(names.get(j)), h = 1e-4 * Math.abs(x);
                double[] up = UfoEval.evaluate(program, model().formulas().evaluate(card().with(names.get(j), x + h),
                        List.of()), ev);
                double[] down = UfoEval.evaluate(program, model().formulas().evaluate(card().with(names.get(j), x - h),
                        List.of()), ev);
                for (int l = 0; l < lanes; l++) {
                    double fd = (up[l] - down[l]) / (2 * h), exact = me[(j + 1) * lanes + l];
                    assertTrue(Math.abs(exact) > 1e-6 * me[l] / Math.abs(x), process + ": d/d" + names.get(j) + " = " + exact);
                    assertEquals(fd, exact, 1e-6 * Math.abs(exact), process + ": d|M|^2/d " + names.get(j) + ", event " + l);
                    worst = Math.max(worst, Math.abs(fd - exact) / Math.abs(exact));
                }
            }
            System.out.printf("%s: derivatives along nmix.1.1 and mass.1000022 against central differences %.1e%n",
                    process, worst);
        }
    }
}
