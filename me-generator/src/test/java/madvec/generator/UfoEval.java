package madvec.generator;

import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.processes.Bindings;
import madvec.processes.Program;
import madvec.processes.ProgramPlan;
import madvec.processes.Workspace;

/** Test helpers: TSV reference files, and evaluation of a program at one UFO point. */
final class UfoEval {
    private UfoEval() {}

    private static final java.util.Map<List<Object>, ProgramPlan> PLANS = new java.util.concurrent.ConcurrentHashMap<>();

    static Path bsm() {
        return Path.of(System.getProperty("madvec.shared", "../shared"), "reference", "bsm");
    }

    static Path reference() {
        return Path.of(System.getProperty("madvec.shared", "../shared"), "reference");
    }

    static List<double[]> rows(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return rows;
    }

    static String header(Path file, String key) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("# " + key + ":"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElseThrow();
    }

    /** |M|^2 with k tangents: component t of event l at [t * n + l]. */
    static double[] evaluate(Program program, UfoPoint point, List<double[]> events, boolean momentumTangents,
            double[][] momentumTangentBlocks) {
        return evaluate(program, point, events, momentumTangents ? 1 : point.k(), momentumTangents, momentumTangentBlocks,
                -1);
    }

    /**
     * |M|^2 with k tangents (parameters of the point, or momentum directions from the blocks), optionally
     * with the polarisation of external {@code gaugeProbe} replaced by its momentum.
     */
    static double[] evaluate(Program program, UfoPoint point, List<double[]> events, int k, boolean momentumTangents,
            double[][] momentumTangentBlocks, int gaugeProbe) {
        // plans are made once per program and tangent shape: making one runs the helicity filter
        ProgramPlan plan = PLANS.computeIfAbsent(java.util.Arrays.asList(program, k, momentumTangents),
                key -> ProgramPlan.of(program, k, momentumTangents, List.of(point)));
        Bindings b = plan.bind(point);
        Workspace w = plan.workspace();
        w.gaugeProbe(gaugeProbe);
        int n = program.particles(), lanes = events.size();
        double[][] mom = momentumTangentBlocks != null ? momentumTangentBlocks : new double[4 * n][(k + 1) * lanes];
        if (momentumTangentBlocks == null) {
            for (int l = 0; l < lanes; l++) {
                for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
            }
        }
        double[] me = new double[(k + 1) * lanes];
        w.evaluate(b, mom, lanes, lanes, me);
        return me;
    }

    static double[] evaluate(Program program, UfoPoint point, List<double[]> events) {
        return evaluate(program, point, events, false, null);
    }

    /**
     * Ward identities: the worst |M(eps -> p/E)| / |M| over the events with each of the first
     * {@code gluons} externals' polarisation replaced by its momentum, each checked against {@code tolerance}.
     */
    static double wardRatio(Program program, UfoPoint p, List<double[]> ev, int gluons, double tolerance) {
        return wardRatio(program, p, ev, java.util.stream.IntStream.range(0, gluons).toArray(), tolerance);
    }

    /** As {@link #wardRatio(Program, UfoPoint, List, int, double)} for the given externals. */
    static double wardRatio(Program program, UfoPoint p, List<double[]> ev, int[] gluons, double tolerance) {
        double[] me = evaluate(program, p, ev, 0, false, null, -1);
        double worst = 0;
        for (int gluon : gluons) {
            double[] probe = evaluate(program, p, ev, 0, false, null, gluon);
            for (int l = 0; l < ev.size(); l++) {
                double ratio = Math.sqrt(Math.abs(probe[l] / me[l]));
                org.junit.jupiter.api.Assertions.assertTrue(ratio <= tolerance,
                        "gluon " + gluon + ", event " + l + ": |M(eps -> p/E)|/|M| = " + ratio);
                worst = Math.max(worst, ratio);
            }
        }
        return worst;
    }
    /**
     * The worst |M(eps -> k)|^2 / |M|^2 over the events, each of the given externals' polarisation replaced
     * by its momentum in turn (a ratio of squares: where the colour flows are not independent the probe's
     * flow amplitudes vanish only in the colour-summed square). Asserts |M|^2 > 0 on every event, without
     * which the ratio means nothing.
     */
    static double wardSquared(Program program, UfoPoint p, List<double[]> ev, int[] bosons) {
        double[] me = evaluate(program, p, ev, 0, false, null, -1);
        for (int l = 0; l < ev.size(); l++) {
            org.junit.jupiter.api.Assertions.assertTrue(me[l] > 0, program.process() + ", event " + l + ": |M|^2 = " + me[l]);
        }
        double worst = 0;
        for (int boson : bosons) {
            double[] probe = evaluate(program, p, ev, 0, false, null, boson);
            for (int l = 0; l < ev.size(); l++) worst = Math.max(worst, Math.abs(probe[l] / me[l]));
        }
        return worst;
    }

    /** The externals that are gluons or photons. */
    static int[] gaugeBosons(Program program) {
        return java.util.stream.IntStream.range(0, program.particles())
                .filter(i -> program.externals().get(i).pdg() == 21 || program.externals().get(i).pdg() == 22).toArray();
    }

    /** The events with the momenta of externals i and j exchanged. */
    static List<double[]> swapped(List<double[]> events, int i, int j) {
        List<double[]> out = new ArrayList<>();
        for (double[] e : events) {
            double[] s = e.clone();
            System.arraycopy(e, 4 * j, s, 4 * i, 4);
            System.arraycopy(e, 4 * i, s, 4 * j, 4);
            out.add(s);
        }
        return out;
    }

    /**
     * Asserts that b agrees with a event by event within {@code tolerance} relative ({@code what} and the
     * event name a failure) and returns the worst relative difference.
     */
    static double agreement(String what, double[] a, double[] b, int events, double tolerance) {
        double worst = 0;
        for (int l = 0; l < events; l++) {
            org.junit.jupiter.api.Assertions.assertEquals(a[l], b[l], tolerance * Math.abs(a[l]), what + ", event " + l);
            worst = Math.max(worst, Math.abs(a[l] - b[l]) / Math.abs(a[l]));
        }
        return worst;
    }

    /** Asserts |M|^2 unchanged, event by event within {@code tolerance}, by one fixed boost; returns the worst. */
    static double boostInvariance(Program program, UfoPoint p, List<double[]> ev, double tolerance) {
        List<double[]> boosted = UfoPhysicsTest.boost(ev, program.particles(), 0.8, 0.3, -0.6, 0.74);
        double worst = agreement(program.process() + ": boosted", evaluate(program, p, ev), evaluate(program, p, boosted),
                ev.size(), tolerance);
        System.out.printf("%s: boosted, worst relative difference %.1e%n", program.process(), worst);
        return worst;
    }

    /**
     * The coupling of the UFO vertex with these particles in this order, checked to be a single chiral
     * term ({@code ProjM(2,1)} or {@code ProjP(2,1)}); null when the model has no such vertex.
     */
    static madvec.autodiff.ComplexDualScalar chiralCoupling(UfoModel model, UfoPoint p, String... names) {
        for (madvec.ufo.UfoVertex v : model.vertices()) {
            List<String> have = v.particles().stream().map(madvec.ufo.UfoParticle::name).toList();
            if (have.equals(List.of(names))) {
                org.junit.jupiter.api.Assertions.assertEquals(1, v.terms().size(), v.name() + ": one chiral term expected");
                String lorentz = v.lorentz().get(v.terms().get(0).lorentz()).structure().replace(" ", "");
                org.junit.jupiter.api.Assertions.assertTrue(lorentz.equals("ProjM(2,1)") || lorentz.equals("ProjP(2,1)"),
                        v.name() + ": " + lorentz);
                return p.coupling(v.terms().get(0).coupling());
            }
        }
        return null;
    }
}
