package madvec.generator;

import madvec.processes.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import madvec.model.ParamCard;
import madvec.model.StandardModel;

/** Shared helpers of the physics tests: evaluation of a batch, reference files, random events. */
final class Fixtures {
    private Fixtures() {}

    /** ../shared/reference, or null where shared/ is absent. */
    static Path reference() {
        String shared = System.getProperty("madvec.shared", "../shared");
        Path p = Path.of(shared, "reference");
        return Files.isDirectory(p) ? p : null;
    }

    /** Rows of a reference TSV: momenta then me. */
    static List<double[]> readTsv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    static StandardModel model(List<String> grads) {
        return StandardModel.of(ParamCard.defaultSm(), grads);
    }

    static StandardModel model(ParamCard card, List<String> grads) {
        return StandardModel.of(card, grads);
    }

    /** |M|^2 (value and k tangents, component t of event i at [t * n + i]). */
    static double[] evaluate(Program p, StandardModel m, List<double[]> events) {
        Executor ex = new Executor(p, m, m.k(), false);
        return evaluate(ex, events, m.k());
    }

    static double[] evaluate(Executor ex, List<double[]> events, int k) {
        int n = ex.program().particles(), lanes = events.size();
        double[][] mom = new double[4 * n][(k + 1) * lanes];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
        }
        double[] me = new double[(k + 1) * lanes];
        ex.evaluate(mom, lanes, lanes, me);
        return me;
    }

    /** Random physical events for a program at sqrt(s). */
    static List<double[]> randomEvents(Program p, StandardModel m, double sqrtS, int count, long seed) {
        return randomEvents(p, pdg -> m.mass(pdg).value(), sqrtS, count, seed);
    }

    /** Random physical events for a program at sqrt(s), with the masses a model gives by PDG code. */
    static List<double[]> randomEvents(Program p, java.util.function.IntToDoubleFunction massOf, double sqrtS, int count,
            long seed) {
        int n = p.particles();
        double[] in = new double[2], out = new double[n - 2];
        for (int i = 0; i < n; i++) {
            double mass = massOf.applyAsDouble(p.externals().get(i).pdg());
            if (i < 2) {
                in[i] = mass;
            } else {
                out[i - 2] = mass;
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> events = new ArrayList<>();
        for (int e = 0; e < count; e++) events.add(RandomEvents.flat(sqrtS, in, out, rng));
        return events;
    }

    static Program program(String process) {
        return HandBuiltPrograms.forProcess(process);
    }
}
