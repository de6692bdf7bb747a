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
 * Physics of processes from UFO models where no MadGraph number exists: gauge invariance (an external
 * gluon's polarisation replaced by its momentum gives 0), Lorentz invariance (boosted momenta give the
 * same |M|^2), and exact derivatives (parameters, a SMEFT Wilson coefficient, momenta) against
 * central differences. SMEFT at non-zero coefficients, so that the dimension-6 vertices contribute.
 */
class UfoPhysicsTest {
    private static final double SQRT_S = 1500;

    private record Setup(UfoModel model, ParamCard card, Program program) {
        UfoPoint point(List<String> derivatives) {
            return model.formulas().evaluate(card, derivatives);
        }
    }

    private static final java.util.Map<String, UfoModel> MODELS = new java.util.concurrent.ConcurrentHashMap<>();

    static UfoModel load(String spec) {
        return MODELS.computeIfAbsent(spec, UfoModel::load);
    }

    private static Setup smeft(String process) {
        UfoModel m = load(SharedModels.folder(SharedModels.SMEFT) + "-full");
        // ctG (smeft.15), cG (smeft.1) and the imaginary ctG (smeftcpv.8) at values a fit might give (Lambda = 1 TeV)
        ParamCard card = m.formulas().defaultCard().with("decay.6", 0.0).with("smeft.15", 0.6).with("smeft.1", 0.3).with("smeftcpv.8", -0.4);
        return new Setup(m, card, UfoProcesses.compile(process, m, m.formulas().evaluate(card, List.of())));
    }

    private static Setup mssm() {
        UfoModel m = load(SharedModels.folder(SharedModels.MSSM).toString());
        // a width in a t-channel propagator breaks gauge and Lorentz invariance: the checks run without (as the
        // SM's do). The card's stop mixing matrix, written with 8 digits, is unitary to 1e-8 only, and gauge
        // invariance needs it exactly (the g g su3 su3~ contact term sums |R_3i|^2 over both stops): an exactly
        // orthogonal one here
        double c = 0.55364501, sn = Math.sqrt(1 - c * c);
        ParamCard card = m.formulas().defaultCard().with("decay.1000006", 0.0).with("decay.2000006", 0.0)
                .with("usqmix.3.3", c).with("usqmix.3.6", sn).with("usqmix.6.3", sn).with("usqmix.6.6", -c);
        return new Setup(m, card, UfoProcesses.compile("g g > su3 su3~", m, m.formulas().evaluate(card, List.of())));
    }

    private static List<double[]> events(Setup s, UfoPoint p, int count, long seed) {
        return Fixtures.randomEvents(s.program(), pdg -> p.mass(pdg).value(), SQRT_S, count, seed);
    }

    private static void gaugeInvariant(Setup s, String what) {
        UfoPoint p = s.point(List.of());
        List<double[]> ev = events(s, p, 8, 3);
        double[] me = UfoEval.evaluate(s.program(), p, ev, 0, false, null, -1);
        for (int gluon = 0; gluon < 2; gluon++) {
            double[] probe = UfoEval.evaluate(s.program(), p, ev, 0, false, null, gluon);
            for (int l = 0; l < ev.size(); l++) {
                assertTrue(me[l] > 0, what + ": |M|^2 > 0");
                // the amplitude with the polarisation replaced by p/E, relative to the physical one: rounding
                double ratio = Math.sqrt(Math.abs(probe[l] / me[l]));
                assertTrue(ratio <= 1e-10, what + ", gluon " + gluon + ", event " + l + ": |M(eps -> p/E)|/|M| = "
                        + ratio);
            }
        }
    }

    @Test
    void gaugeInvariance() {
        gaugeInvariant(mssm(), "MSSM g g > su3 su3~");
        gaugeInvariant(smeft("g g > t t~ NP<=1"), "SMEFTsim g g > t t~ NP<=1 (ctG, cG non-zero)");
        gaugeInvariant(smeft("g g > t t~ g NP<=1"), "SMEFTsim g g > t t~ g NP<=1 (ctG, cG non-zero)");
    }

    /** Boosts every momentum of every event along (nx, ny, nz) with rapidity eta. */
    static List<double[]> boost(List<double[]> events, int n, double eta, double nx, double ny, double nz) {
        double norm = Math.sqrt(nx * nx + ny * ny + nz * nz), ch = Math.cosh(eta), sh = Math.sinh(eta);
        List<double[]> out = new ArrayList<>();
        for (double[] e : events) {
            double[] b = e.clone();
            for (int i = 0; i < n; i++) {
                double en = e[4 * i], px = e[4 * i + 1], py = e[4 * i + 2], pz = e[4 * i + 3];
                double par = (px * nx + py * ny + pz * nz) / norm;
                double newPar = ch * par + sh * en;
                b[4 * i] = ch * en + sh * par;
                b[4 * i + 1] = px + (newPar - par) * nx / norm;
                b[4 * i + 2] = py + (newPar - par) * ny / norm;
                b[4 * i + 3] = pz + (newPar - par) * nz / norm;
            }
            out.add(b);
        }
        return out;
    }

    @Test
    void lorentzInvariance() {
        for (Setup s : List.of(smeft("g g > t t~ NP<=1"), smeft("g g > t t~ g NP<=1"), mssm())) {
            UfoPoint p = s.point(List.of());
            List<double[]> ev = events(s, p, 16, 11);
            List<double[]> boosted = boost(ev, s.program().particles(), 0.8, 0.3, -0.5, 0.8);
            double[] a = UfoEval.evaluate(s.program(), p, ev), b = UfoEval.evaluate(s.program(), p, boosted);
            for (int l = 0; l < ev.size(); l++) {
                assertEquals(a[l], b[l], 1e-10 * a[l], s.program().process() + ", event " + l + " boosted");
            }
        }
    }

    @Test
    void parameterDerivativesMatchCentralDifferences() {
        Setup s = smeft("g g > t t~ NP<=1");
        List<String> names = List.of("smeft.15", "smeft.1", "smeftcpv.8", "mass.6", "sminputs.3");
        UfoPoint p = s.point(names);
        List<double[]> ev = events(s, p, 8, 5);
        int lanes = ev.size();
        double[] me = UfoEval.evaluate(s.program(), p, ev);
        for (int t = 0; t < names.size(); t++) {
            String name = names.get(t);
            double x = s.card().value(name), h = 1e-4 * Math.max(Math.abs(x), 1e-2);
            if (name.equals("mass.6")) {
                // the external tops' masses move with mass.6 and the momenta stay: only the derivative at fixed
                // momenta is compared, so the events are regenerated neither side
                h = 1e-3;
            }
            Setup up = new Setup(s.model(), s.card().with(name, x + h), s.program());
            Setup down = new Setup(s.model(), s.card().with(name, x - h), s.program());
            double[] mu = UfoEval.evaluate(s.program(), up.point(List.of()), ev);
            double[] md = UfoEval.evaluate(s.program(), down.point(List.of()), ev);
            for (int l = 0; l < lanes; l++) {
                double fd = (mu[l] - md[l]) / (2 * h), exact = me[(t + 1) * lanes + l];
                assertEquals(fd, exact, 1e-6 * Math.max(Math.abs(fd), Math.abs(me[l] / Math.max(Math.abs(x), 1))),
                        "d|M|^2/d" + name + ", event " + l);
            }
            if (name.startsWith("smeft")) {
                assertTrue(Math.abs(me[(t + 1) * lanes]) > 1e-6 * me[0], "d|M|^2/d" + name + " is not zero");
            }
        }
    }

    @Test
    void fourTopDerivativeAlongTheChromomagneticCoefficient() {
        Setup s = smeft("g g > t t~ t t~ QED<=1 NP<=1");
        // Re ctG only: Im ctG and the others are checked on g g > t t~ (this program has 2436 operations)
        List<String> names = List.of("smeft.15");
        UfoPoint p = s.point(names);
        List<double[]> ev = events(s, p, 2, 8);
        int lanes = ev.size();
        double[] me = UfoEval.evaluate(s.program(), p, ev);
        for (int t = 0; t < names.size(); t++) {
            String name = names.get(t);
            double x = s.card().value(name), h = 1e-4;
            double[] mu = UfoEval.evaluate(s.program(),
                    new Setup(s.model(), s.card().with(name, x + h), s.program()).point(List.of()), ev);
            double[] md = UfoEval.evaluate(s.program(),
                    new Setup(s.model(), s.card().with(name, x - h), s.program()).point(List.of()), ev);
            for (int l = 0; l < lanes; l++) {
                double fd = (mu[l] - md[l]) / (2 * h), exact = me[(t + 1) * lanes + l];
                assertTrue(Math.abs(exact) > 1e-4 * me[l], "d|M|^2/d" + name + " is not zero: " + exact);
                assertEquals(fd, exact, 1e-7 * Math.abs(exact), "g g > t t~ t t~: d|M|^2/d" + name + ", event " + l);
            }
        }
    }

    @Test
    void quadraticMomentumDependenceHasExactTangents() {
        // heft's g g > h through VVS3 (quadratic in the momenta): |M|^2 = |GC_13|^2 s^2 / 64, so scaling
        // the first gluon's momentum, p1 -> (1 + e) p1, changes s -> (1 + e) s and |M|^2 by 2 e |M|^2
        UfoModel heft = UfoModel.load(SharedModels.folder(SharedModels.HEFT).toString());
        UfoPoint p = heft.formulas().evaluate(heft.formulas().defaultCard(), List.of());
        Program program = UfoProcesses.compile("g g > h HIG<=1 HIW<=1", heft, p);
        double e = 500;
        double[] ev = {e, 0, 0, e, e, 0, 0, -e, 2 * e, 0, 0, 0};
        int lanes = 1;
        double[][] mom = new double[12][2 * lanes];
        for (int j = 0; j < 12; j++) mom[j][0] = ev[j];
        for (int mu = 0; mu < 4; mu++) {
            mom[mu][1] = ev[mu]; // dp1 = p1
            mom[8 + mu][1] = ev[mu]; // the Higgs takes p1 + p2: dp_h = dp1
        }
        double[] me = UfoEval.evaluate(program, p, List.of(ev), 1, true, mom, -1);
        assertEquals(2 * me[0], me[1], 1e-12 * me[0], "d|M|^2 along p1 -> (1 + e) p1");
    }

    @Test
    void momentumDerivativeAlongTheScatteringAngle() {
        Setup s = mssm();
        UfoPoint p = s.point(List.of());
        double m = p.mass(1000006).value(), en = SQRT_S / 2, q = Math.sqrt(en * en - m * m), theta = 0.7, h = 1e-5;
        double[][] mom = new double[16][2];
        double[] ev = angle(en, q, theta), dev = new double[16];
        for (int j = 0; j < 16; j++) {
            mom[j][0] = ev[j];
            dev[j] = (angle(en, q, theta + h)[j] - angle(en, q, theta - h)[j]) / (2 * h);
            mom[j][1] = dev[j];
        }
        double[] me = UfoEval.evaluate(s.program(), p, List.of(ev), 1, true, mom, -1);
        double up = UfoEval.evaluate(s.program(), p, List.of(angle(en, q, theta + 1e-4)))[0];
        double down = UfoEval.evaluate(s.program(), p, List.of(angle(en, q, theta - 1e-4)))[0];
        double fd = (up - down) / 2e-4;
        assertTrue(Math.abs(fd) > 1e-3 * me[0], "the angle matters: " + fd);
        assertEquals(fd, me[1], 1e-6 * Math.abs(fd), "d|M|^2/dtheta, g g > su3 su3~");
    }

    /** g g > X X~ in the centre-of-mass frame at scattering angle theta. */
    private static double[] angle(double en, double q, double theta) {
        return new double[] {en, 0, 0, en, en, 0, 0, -en, en, q * Math.sin(theta), 0, q * Math.cos(theta), en,
            -q * Math.sin(theta), 0, -q * Math.cos(theta)};
    }
}
