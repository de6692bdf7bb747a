package madvec.generator;

import madvec.processes.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that need no reference numbers: Lorentz and gauge invariance, an analytic formula. */
class PhysicsWithoutReferenceTest {
    private static final StandardModel SM = Fixtures.model(List.of());
    /**
     * MadGraph puts the top width in t-channel propagators too, which breaks gauge invariance (and with
     * it the independence of the helicity sum from the polarisation vectors' frame) at order
     * width/mass; exact symmetry checks therefore run with a stable top.
     */
    private static final StandardModel STABLE_TOP = Fixtures.model(ParamCard.defaultSm().with("decay.6", 0.0), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"e+ e- > mu+ mu-", "u u~ > t t~", "g g > t t~"})
    void lorentzInvariance(String process) {
        Program p = Fixtures.program(process);
        List<double[]> events = Fixtures.randomEvents(p, STABLE_TOP, 1000.0, 24, 11);
        double[] me = Fixtures.evaluate(p, STABLE_TOP, events);
        SplittableRandom rng = new SplittableRandom(5);
        List<double[]> moved = new ArrayList<>();
        for (double[] e : events) moved.add(transform(e, rng));
        double[] me2 = Fixtures.evaluate(p, STABLE_TOP, moved);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(me[i], me2[i], 1e-12 * Math.abs(me[i]), "event " + i);
        }
    }

    /** A random rotation followed by a boost with |beta| up to 0.9, applied to every momentum. */
    static double[] transform(double[] ev, SplittableRandom rng) {
        double a = 2 * Math.PI * rng.nextDouble(), b = Math.acos(2 * rng.nextDouble() - 1), g = 2 * Math.PI * rng.nextDouble();
        double[][] r = rotation(a, b, g);
        double[] beta = {0.9 * (2 * rng.nextDouble() - 1) / Math.sqrt(3), 0.9 * (2 * rng.nextDouble() - 1) / Math.sqrt(3),
            0.9 * (2 * rng.nextDouble() - 1) / Math.sqrt(3)};
        double b2 = beta[0] * beta[0] + beta[1] * beta[1] + beta[2] * beta[2];
        double gamma = 1 / Math.sqrt(1 - b2);
        double[] out = new double[ev.length];
        for (int p = 0; p < ev.length / 4; p++) {
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) v[i] += r[i][j] * ev[4 * p + 1 + j];
            }
            double e = ev[4 * p];
            double bp = beta[0] * v[0] + beta[1] * v[1] + beta[2] * v[2];
            out[4 * p] = gamma * (e + bp);
            for (int i = 0; i < 3; i++) out[4 * p + 1 + i] = v[i] + ((gamma - 1) * bp / b2 + gamma * e) * beta[i];
        }
        return out;
    }

    private static double[][] rotation(double a, double b, double g) {
        double ca = Math.cos(a), sa = Math.sin(a), cb = Math.cos(b), sb = Math.sin(b), cg = Math.cos(g), sg = Math.sin(g);
        return new double[][] {
            {ca * cb * cg - sa * sg, -ca * cb * sg - sa * cg, ca * sb},
            {sa * cb * cg + ca * sg, -sa * cb * sg + ca * cg, sa * sb},
            {-sb * cg, sb * sg, cb}};
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void wardIdentityForGluons(int gluon) {
        Program p = Fixtures.program("g g > t t~");
        List<double[]> events = Fixtures.randomEvents(p, STABLE_TOP, 1500.0, 16, 3);
        Executor physical = new Executor(p, STABLE_TOP, 0, false);
        Executor probe = new Executor(p, STABLE_TOP, 0, false);
        probe.workspace.gaugeProbe(gluon);
        double[] me = Fixtures.evaluate(physical, events, 0);
        double[] unphysical = Fixtures.evaluate(probe, events, 0);
        for (int i = 0; i < events.size(); i++) {
            // |M|^2 is quadratic in the amplitude: an amplitude ratio of 1e-12 is a ratio of 1e-24 here
            assertTrue(Math.sqrt(Math.abs(unphysical[i] / me[i])) <= 1e-12,
                    "event " + i + ": |M(eps -> p/E)| / |M| = " + Math.sqrt(Math.abs(unphysical[i] / me[i])));
        }
    }

    @Test
    void photonExchangeMatchesTheTextbookFormula() {
        Program full = Fixtures.program("e+ e- > mu+ mu-");
        // keep only the photon diagram: the first current and the amplitude that closes it
        Program photon = new Program("e+ e- > a > mu+ mu-", full.externals(), full.operations().subList(0, 2),
                5, 1, List.of(new ColourTerm(0, 0, 1, 0)), new double[][] {{1}}, full.average(), full.couplings());
        List<double[]> events = Fixtures.randomEvents(photon, SM, 500.0, 32, 7);
        double[] me = Fixtures.evaluate(photon, SM, events);
        double e2 = SM.ee().value() * SM.ee().value();
        for (int i = 0; i < events.size(); i++) {
            double[] ev = events.get(i);
            double s = mass2(ev, 0, 1, 1), t = mass2(ev, 0, 2, -1), u = mass2(ev, 0, 3, -1);
            double expected = 2 * e2 * e2 * (t * t + u * u) / (s * s);
            assertEquals(expected, me[i], 1e-12 * expected, "event " + i);
        }
    }

    /** (p_a +- p_b)^2. */
    private static double mass2(double[] ev, int a, int b, int sign) {
        double[] q = new double[4];
        for (int mu = 0; mu < 4; mu++) q[mu] = ev[4 * a + mu] + sign * ev[4 * b + mu];
        return q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - q[3] * q[3];
    }

    @Test
    void vanishingHelicitiesAreDropped() {
        // massless fermion lines conserve helicity: 4 of 16 combinations survive in e+ e- > mu+ mu-
        assertEquals(4, new Executor(Fixtures.program("e+ e- > mu+ mu-"), SM, 0, false).liveHelicities().size());
        assertEquals(8, new Executor(Fixtures.program("u u~ > t t~"), SM, 0, false).liveHelicities().size());
        assertEquals(16, new Executor(Fixtures.program("g g > t t~"), SM, 0, false).liveHelicities().size());
    }
}
