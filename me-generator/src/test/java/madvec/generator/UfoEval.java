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
        double[] me = evaluate(program, p, ev, 0, false, null, -1);
        double worst = 0;
        for (int gluon = 0; gluon < gluons; gluon++) {
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
}
