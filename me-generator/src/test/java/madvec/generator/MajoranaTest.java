package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import madvec.model.ParamCard;
import madvec.processes.Program;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import org.junit.jupiter.api.Test;

/**
 * Majorana fermions of MSSM_SLHA2: gluino pairs from gluons, where the one fermion line joins the two
 * gluinos through {@code go go g} vertices only (a continuous fermion flow from one to the other in every
 * diagram, Denner et al.'s convention; see MajoranaFlow and, for lines that join Majorana fermions to
 * Dirac ones, MajoranaFlowTest).
 *
 * <p>The formula. For g g > Q Q~ of a Dirac fermion in a colour representation R the amplitude is
 * T^a T^b A_1 + T^b T^a A_2, so sum |M|^2 = Tr(T^a T^b T^b T^a) X + Tr(T^a T^b T^a T^b) Y with
 * X = sum |A_1|^2 + |A_2|^2, Y = sum 2 Re A_1 A_2^*, and Tr(T^a T^b T^b T^a) = d_R C_R^2,
 * Tr(T^a T^b T^a T^b) = d_R C_R (C_R - C_A / 2). Two known results fix X and Y: the abelian one,
 * gamma gamma > Q Q~, X + Y = 8 g^4 K / (tau1 tau2), and the fundamental one (Combridge),
 * (16/3) X - (2/3) Y = 256 g^4 (1 / (6 tau1 tau2) - 3/8) K, with tau1 = 2 p1.p3 / s, tau2 = 2 p2.p3 / s,
 * rho = 4 m^2 / s, K = tau1^2 + tau2^2 + rho - rho^2 / (4 tau1 tau2); so X = 8 g^4 K (tau1^2 + tau2^2) /
 * (tau1 tau2), Y = 16 g^4 K. The gluino is an adjoint (d = 8, C_R = C_A = 3: 72 and 36) Majorana fermion:
 * its Lagrangian's 1/2 and the two ways of contracting identical fields cancel, so the amplitudes of
 * g g > go go are those of an adjoint Dirac fermion, and sum |M|^2 = 72 X + 36 Y = 576 g^4 K (1 - tau1 tau2)
 * / (tau1 tau2). Averaged over the gluons' 4 helicities and 64 colours and divided by 2 for the identical
 * gluinos (MadGraph's convention): |M|^2 = (9/8) g^4 K (1 - tau1 tau2) / (tau1 tau2) (tau1 + tau2 = 1 for
 * equal masses). The same decomposition gives g g > t t~ (16/3 and -2/3), checked first so that the
 * formula's pieces are known to be right.
 */
class MajoranaTest {
    private static final double SQRT_S = 2500;

    private static UfoModel model;

    private static synchronized UfoModel model() {
        if (model == null) {
            model = UfoPhysicsTest.load(SharedModels.folder(SharedModels.MSSM).toString());
        }
        return model;
    }

    /** The model's card with the gluino and top stable (a width in a t-channel propagator breaks gauge invariance). */
    private static ParamCard card() {
        return model().formulas().defaultCard().with("decay.1000021", 0.0).with("decay.6", 0.0);
    }

    private static List<double[]> events(Program program, UfoPoint p, int count, long seed) {
        return Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, count, seed);
    }

    private static double dot(double[] e, int i, int j) {
        return e[4 * i] * e[4 * j] - e[4 * i + 1] * e[4 * j + 1] - e[4 * i + 2] * e[4 * j + 2]
                - e[4 * i + 3] * e[4 * j + 3];
    }

    /** X and Y of the class comment at one event (for g^4 = 1). */
    private static double[] xy(double[] e, double m2) {
        double s = 2 * dot(e, 0, 1), t1 = 2 * dot(e, 0, 2) / s, t2 = 2 * dot(e, 1, 2) / s, rho = 4 * m2 / s;
        double k = t1 * t1 + t2 * t2 + rho - rho * rho / (4 * t1 * t2);
        return new double[] {8 * k * (t1 * t1 + t2 * t2) / (t1 * t2), 16 * k};
    }

    private static double worstAgainst(String process, int pdg, double colourX, double colourY, double factor) {
        UfoPoint p = model().formulas().evaluate(card(), List.of());
        Program program = UfoProcesses.compile(process, model(), p);
        List<double[]> ev = events(program, p, 8, 41);
        double[] me = UfoEval.evaluate(program, p, ev);
        double g2 = 4 * Math.PI * card().value("sminputs.3"), m2 = Math.pow(p.mass(pdg).value(), 2), worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double[] xy = xy(ev.get(l), m2);
            double want = factor * g2 * g2 * (colourX * xy[0] + colourY * xy[1]) / 256;
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        System.out.printf("%s in MSSM_SLHA2: worst relative difference from the formula %.2e%n", process, worst);
        return worst;
    }

    @Test
    void topPairsMatchTheColourDecomposition() {
        assertTrue(worstAgainst("g g > t t~", 6, 16.0 / 3, -2.0 / 3, 1) <= 1e-12);
    }

    @Test
    void gluinoPairsFromGluonsMatchTheFormula() {
        UfoPoint p = model().formulas().evaluate(card(), List.of());
        // the gluino-gluon coupling is the strong coupling: the formula's g
        double re = p.coupling("GC_8").re().value(), im = p.coupling("GC_8").im().value();
        assertEquals(Math.sqrt(4 * Math.PI * card().value("sminputs.3")), Math.hypot(re, im), 1e-13);
        assertTrue(worstAgainst("g g > go go", 1000021, 72, 36, 0.5) <= 1e-12);
    }

    @Test
    void wardIdentityForGluons() {
        UfoPoint p = model().formulas().evaluate(card(), List.of());
        Program program = UfoProcesses.compile("g g > go go", model(), p);
        List<double[]> ev = events(program, p, 6, 3);
        double worst = UfoEval.wardRatio(program, p, ev, 2, 1e-10);
        System.out.printf("g g > go go, Ward identity: worst |M(eps -> p/E)|/|M| %.2e%n", worst);
    }

    @Test
    void lorentzInvarianceAndTheExchangeOfTheGluinos() {
        UfoPoint p = model().formulas().evaluate(card(), List.of());
        Program program = UfoProcesses.compile("g g > go go", model(), p);
        List<double[]> ev = events(program, p, 6, 13);
        List<double[]> boosted = UfoPhysicsTest.boost(ev, program.particles(), 0.7, 0.5, -0.3, 0.6);
        List<double[]> swapped = UfoEval.swapped(ev, 2, 3);
        double[] a = UfoEval.evaluate(program, p, ev), b = UfoEval.evaluate(program, p, boosted);
        double[] c = UfoEval.evaluate(program, p, swapped);
        double worstBoost = 0, worstSwap = 0;
        for (int l = 0; l < ev.size(); l++) {
            // the two gluinos have wavefunctions of different types (o and i): the exchange tests that they
            // describe the same Majorana particle
            assertEquals(a[l], c[l], 1e-12 * a[l], "gluinos exchanged, event " + l);
            assertEquals(a[l], b[l], 1e-10 * a[l], "boosted, event " + l);
            worstBoost = Math.max(worstBoost, Math.abs(a[l] - b[l]) / a[l]);
            worstSwap = Math.max(worstSwap, Math.abs(a[l] - c[l]) / a[l]);
        }
        System.out.printf("g g > go go: boosted %.2e, gluinos exchanged %.2e (worst relative differences)%n",
                worstBoost, worstSwap);
    }

    /**
     * Exact derivatives through the Majorana line: along the gluino mass (at fixed momenta, the external
     * gluinos' spinors and the t-channel propagators move) against central differences, and along alpha_s,
     * where |M|^2 goes as g^4 = (4 pi alpha_s)^2: d|M|^2/d alpha_s = 2 |M|^2 / alpha_s.
     */
    @Test
    void derivativesAlongTheGluinoMassAndAlphaS() {
        List<String> names = List.of("mass.1000021", "sminputs.3");
        UfoPoint p = model().formulas().evaluate(card(), names);
        Program program = UfoProcesses.compile("g g > go go", model(), p);
        List<double[]> ev = events(program, p, 4, 23);
        int lanes = ev.size();
        double[] me = UfoEval.evaluate(program, p, ev);
        double m = card().value("mass.1000021"), h = 1e-3, as = card().value("sminputs.3"), worst = 0;
        double[] up = UfoEval.evaluate(program, model().formulas().evaluate(card().with("mass.1000021", m + h),
                List.of()), ev);
        double[] down = UfoEval.evaluate(program, model().formulas().evaluate(card().with("mass.1000021", m - h),
                List.of()), ev);
        for (int l = 0; l < lanes; l++) {
            double fd = (up[l] - down[l]) / (2 * h), exact = me[lanes + l];
            assertTrue(Math.abs(exact) > 1e-6 * me[l] / m, "d|M|^2/dm is not zero: " + exact);
            assertEquals(fd, exact, 1e-6 * Math.abs(exact), "d|M|^2/d mass.1000021, event " + l);
            assertEquals(2 * me[l] / as, me[2 * lanes + l], 1e-12 * me[l] / as, "d|M|^2/d sminputs.3, event " + l);
            worst = Math.max(worst, Math.abs(fd - exact) / Math.abs(exact));
        }
        System.out.printf("g g > go go: d|M|^2/d mass.1000021 against central differences %.2e%n", worst);
    }
}
