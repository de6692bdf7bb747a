package madvec.generator;

import madvec.processes.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Physics that needs no reference, for generated processes beyond MadGraph's reference set: W, Z and
 * Higgs bosons, several quark lines, identical quarks, the massive b; Lorentz invariance, Ward
 * identities for every external gluon and photon, symmetry under exchange of identical final-state
 * particles (which tests the fermion signs between diagrams), and time reversal (the process run
 * backwards, incoming and outgoing exchanged, has the same spin- and colour-summed |M|^2).
 */
class GeneratedProcessPhysicsTest {
    /** Widths break gauge invariance at O(width/mass) in t-channels; the exact symmetries are tested without them. */
    private static final StandardModel NO_WIDTHS = StandardModel.of(ParamCard.defaultSm().with("decay.6", 0.0)
            .with("decay.23", 0.0).with("decay.24", 0.0).with("decay.25", 0.0));
    /** A decay chain needs its parent's width (a stable top is refused); widths leave Lorentz invariance intact. */
    private static final StandardModel TOP_WIDTH = StandardModel.of(ParamCard.defaultSm().with("decay.23", 0.0)
            .with("decay.24", 0.0).with("decay.25", 0.0));

    private static List<double[]> events(Program p, double sqrtS, int n, long seed) {
        return Fixtures.randomEvents(p, NO_WIDTHS, sqrtS, n, seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"g g > t t~ g", "u u~ > t t~ g", "g u > t t~ u", "u u > u u", "u u~ > d d~ g",
        "g g > b b~", "e+ e- > w+ w-", "u d~ > w+ z", "u d~ > w+ a", "e+ e- > z h", "z z > h h",
        "w+ w- > w+ w-", "g g > g g g", "e+ e- > a a", "g g > t t~ h", "e+ e- > t t~, t > b u d~, t~ > b~ d u~"})
    void lorentzInvariance(String process) {
        StandardModel model = process.contains(",") ? TOP_WIDTH : NO_WIDTHS;
        Program p = Processes.compile(process, model);
        List<double[]> ev = Fixtures.randomEvents(p, model, 1000.0, 8, 21);
        double[] me = Fixtures.evaluate(p, model, ev);
        SplittableRandom rng = new SplittableRandom(8);
        List<double[]> moved = new ArrayList<>();
        for (double[] e : ev) moved.add(PhysicsWithoutReferenceTest.transform(e, rng));
        double[] me2 = Fixtures.evaluate(p, model, moved);
        for (int i = 0; i < ev.size(); i++) {
            assertTrue(me[i] > 0 && Double.isFinite(me[i]), process + ": event " + i + " gives " + me[i]);
            // boosts up to |beta| = 0.9 of massless multi-leg events lose a few digits to cancellations
            assertEquals(me[i], me2[i], 1e-10 * Math.abs(me[i]), process + ": event " + i);
        }
    }

    /** Every external gluon or photon: its polarisation replaced by its momentum gives a vanishing amplitude. */
    @ParameterizedTest
    @ValueSource(strings = {"g g > t t~ g", "g g > t t~ g g", "u u~ > t t~ g", "g u > t t~ u", "u u~ > d d~ g",
        "g g > b b~", "u d~ > w+ a", "g g > g g g", "e+ e- > a a", "g g > t t~ h", "u u~ > z g", "a a > w+ w-"})
    void wardIdentities(String process) {
        Program p = Processes.compile(process, NO_WIDTHS);
        List<double[]> ev = events(p, 1000.0, 4, 5);
        double[] me = Fixtures.evaluate(p, NO_WIDTHS, ev);
        int probes = 0;
        for (int j = 0; j < p.particles(); j++) {
            int pdg = p.externals().get(j).pdg();
            if (pdg != 21 && pdg != 22) {
                continue;
            }
            probes++;
            Executor probe = new Executor(p, NO_WIDTHS, 0, false);
            probe.workspace.gaugeProbe(j);
            double[] bad = Fixtures.evaluate(probe, ev, 0);
            for (int i = 0; i < ev.size(); i++) {
                double ratio = Math.sqrt(Math.abs(bad[i] / me[i]));
                assertTrue(ratio <= 1e-10, process + ", particle " + j + ", event " + i + ": |M(eps -> p/E)|/|M| = " + ratio);
            }
        }
        assertTrue(probes > 0, process + " has no external gluon or photon");
    }

    /** Exchanging the momenta of identical final-state particles leaves |M|^2 unchanged. */
    @ParameterizedTest
    @CsvSource({"u u > u u,2,3", "g g > g g g,2,4", "g g > t t~ g g,4,5", "e+ e- > a a,2,3", "z z > h h,2,3",
        "u u~ > u u~ g,2,4"})
    void identicalParticlesAreSymmetric(String process, int a, int b) {
        Program p = Processes.compile(process, NO_WIDTHS);
        if (p.externals().get(a).pdg() != p.externals().get(b).pdg()) {
            // u u~ > u u~ g: exchange the quark with the quark, not with the antiquark
            b = a;
        }
        List<double[]> ev = events(p, 1000.0, 6, 9);
        List<double[]> swapped = new ArrayList<>();
        for (double[] e : ev) {
            double[] s = e.clone();
            System.arraycopy(e, 4 * a, s, 4 * b, 4);
            System.arraycopy(e, 4 * b, s, 4 * a, 4);
            swapped.add(s);
        }
        double[] me = Fixtures.evaluate(p, NO_WIDTHS, ev), me2 = Fixtures.evaluate(p, NO_WIDTHS, swapped);
        for (int i = 0; i < ev.size(); i++) {
            assertEquals(me[i], me2[i], 1e-12 * Math.abs(me[i]), process + ": event " + i);
        }
    }

    /**
     * Time reversal: a 2 -> 2 process and its reverse give the same summed |M|^2 at the same momenta,
     * so me x (initial states averaged over) x (identical final-state factor) agrees both ways.
     */
    @ParameterizedTest
    @CsvSource({"g g > t t~,t t~ > g g,256,72", "e+ e- > w+ w-,w+ w- > e+ e-,4,9", "e+ e- > z h,z h > e+ e-,4,3",
        "z z > h h,h h > z z,18,2", "u d~ > w+ g,w+ g > u d~,36,48", "u u~ > d d~,d d~ > u u~,36,36"})
    void timeReversal(String forward, String backward, double forwardStates, double backwardStates) {
        Program f = Processes.compile(forward, NO_WIDTHS), r = Processes.compile(backward, NO_WIDTHS);
        List<double[]> ev = events(f, 800.0, 6, 13);
        List<double[]> reversed = new ArrayList<>();
        for (double[] e : ev) {
            double[] x = new double[16];
            System.arraycopy(e, 8, x, 0, 8);
            System.arraycopy(e, 0, x, 8, 8);
            reversed.add(x);
        }
        double[] mf = Fixtures.evaluate(f, NO_WIDTHS, ev), mr = Fixtures.evaluate(r, NO_WIDTHS, reversed);
        for (int i = 0; i < ev.size(); i++) {
            double a = mf[i] * forwardStates, b = mr[i] * backwardStates;
            assertEquals(a, b, 1e-12 * Math.abs(a), forward + " vs " + backward + ": event " + i);
        }
    }

    /**
     * The same physics written in another order: a subprocess and its copy with particles listed in
     * another order (momenta permuted alike) agree, which tests the generator's fermion-flow signs
     * and external bookkeeping.
     */
    @ParameterizedTest
    @CsvSource({"u u~ > t t~,u~ u > t t~,1 0 2 3", "g u > t t~ u,u g > t t~ u,1 0 2 3 4",
        "e+ e- > mu+ mu-,e- e+ > mu- mu+,1 0 3 2", "u u~ > d d~ g,u u~ > g d~ d,0 1 4 3 2",
        "u d > u d,d u > d u,1 0 3 2", "e+ e- > w+ w-,e- e+ > w- w+,1 0 3 2"})
    void reorderedParticlesAgree(String process, String reordered, String permutation) {
        Program p = Processes.compile(process, NO_WIDTHS), q = Processes.compile(reordered, NO_WIDTHS);
        String[] perm = permutation.split(" ");
        List<double[]> ev = events(p, 1000.0, 6, 17);
        List<double[]> permuted = new ArrayList<>();
        for (double[] e : ev) {
            double[] x = new double[e.length];
            for (int j = 0; j < perm.length; j++) System.arraycopy(e, 4 * Integer.parseInt(perm[j]), x, 4 * j, 4);
            permuted.add(x);
        }
        double[] a = Fixtures.evaluate(p, NO_WIDTHS, ev), b = Fixtures.evaluate(q, NO_WIDTHS, permuted);
        for (int i = 0; i < ev.size(); i++) {
            assertEquals(a[i], b[i], 1e-12 * Math.abs(a[i]), process + " vs " + reordered + ": event " + i);
        }
    }
}
