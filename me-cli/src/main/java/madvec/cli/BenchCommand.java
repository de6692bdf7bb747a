package madvec.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;
import madvec.generator.Catalog;
import madvec.simd.Simd;

/**
 * {@code madvec bench --process P [--grad names] [--wrt-coords] [--threads N] [--batch B] [--seconds S]
 * [--sqrts S]}: events per second, the median of repeated timed runs with their min and max, for
 * value only and with the requested derivatives. The matrix element is timed at fixed momenta (as
 * MadGraph's own throughput numbers are); with {@code --wrt-coords} the hypercube modes include the
 * RAMBO-on-diet map, which coordinate derivatives need, and are compared with value only through the
 * same map. stdout holds only the table; progress goes to stderr.
 */
final class BenchCommand {
    private static final int REPEATS = 5;

    private BenchCommand() {}

    private record Mode(String name, MatrixElement me, boolean points) {}

    static void run(List<String> args, PrintStream out) {
        String process = null;
        List<String> grads = new ArrayList<>();
        boolean coords = false;
        int threads = 1, batch = 1024;
        double seconds = 5.0;
        Double sqrtS = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--process" -> process = Usage.value(args, ++i, a);
                case "--grad" -> {
                    for (String g : Usage.value(args, ++i, a).split(",")) {
                        if (!g.isBlank()) {
                            grads.add(g.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                case "--wrt-coords" -> coords = true;
                case "--threads" -> threads = positiveInt(Usage.value(args, ++i, a), a);
                case "--batch" -> batch = positiveInt(Usage.value(args, ++i, a), a);
                case "--seconds" -> seconds = positiveDouble(Usage.value(args, ++i, a), a);
                case "--sqrts" -> sqrtS = positiveDouble(Usage.value(args, ++i, a), a);
                default -> throw new Usage("unknown option '" + a + "'");
            }
        }
        if (process == null) {
            throw new Usage("--process is required (a catalog name such as gg_tt, or a process string)");
        }
        if (sqrtS == null && Catalog.find(process) == null) {
            sqrtS = 1000.0;
        }
        List<Mode> modes = new ArrayList<>();
        modes.add(new Mode("value", build(process, sqrtS, List.of(), false), false));
        if (!grads.isEmpty()) {
            modes.add(new Mode("value+grad:" + String.join(",", grads), build(process, sqrtS, grads, false), false));
        }
        if (coords) {
            modes.add(new Mode("points:value", build(process, sqrtS, List.of(), false), true));
            modes.add(new Mode("points:value+coords", build(process, sqrtS, List.of(), true), true));
        }
        MatrixElement first = modes.get(0).me();
        double[][] u = new double[first.dimensions()][batch];
        SplittableRandom rng = new SplittableRandom(1);
        for (int l = 0; l < batch; l++) {
            for (int c = 0; c < u.length; c++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
        double[][] momenta = first.evaluatePoints(u).momenta();
        System.err.printf(Locale.ROOT, "madvec bench: %s, sqrt(s) = %s GeV, batch %d, %d thread(s), %s; %d x %.2f s per mode%n",
                first.process(), first.sqrtS(), batch, threads, Simd.describe(), REPEATS, seconds / REPEATS);
        out.println("# mode events_per_s_median min max");
        for (Mode m : modes) {
            double[] rates = measure(m, u, momenta, threads, seconds);
            Arrays.sort(rates);
            out.printf(Locale.ROOT, "%s %.3g %.3g %.3g%n", m.name(), rates[rates.length / 2], rates[0], rates[rates.length - 1]);
            out.flush();
        }
    }

    private static MatrixElement build(String process, Double sqrtS, List<String> grads, boolean coords) {
        MatrixElement.Builder b = MatrixElement.builder(process).derivatives(grads.toArray(String[]::new));
        if (sqrtS != null) {
            b.sqrtS(sqrtS);
        }
        if (coords) {
            b.wrtCoordinates();
        }
        return b.build();
    }

    /** Events per second of REPEATS timed runs, after a warm-up of at least a second. */
    private static double[] measure(Mode m, double[][] u, double[][] momenta, int threads, double seconds) {
        long slice = (long) (seconds / REPEATS * 1e9);
        // the JIT needs about a second to compile the kernels; time nothing before that
        long warmUp = Math.max(slice, 1_000_000_000L);
        double[] rates = new double[REPEATS];
        try (ParallelEvaluator pe = threads > 1 ? new ParallelEvaluator(m.me(), threads) : null) {
            for (int r = -1; r < REPEATS; r++) {
                long start = System.nanoTime(), events = 0;
                do {
                    Batch b = m.points() ? (pe != null ? pe.evaluatePoints(u) : m.me().evaluatePoints(u))
                            : (pe != null ? pe.evaluateMomenta(momenta) : m.me().evaluateMomenta(momenta));
                    events += b.lanes();
                } while (System.nanoTime() - start < (r < 0 ? warmUp : slice));
                double rate = events / ((System.nanoTime() - start) * 1e-9);
                if (r >= 0) {
                    rates[r] = rate;
                }
                System.err.printf(Locale.ROOT, "  %s %s: %.3g events/s%n", m.name(), r < 0 ? "warm-up" : "run " + (r + 1), rate);
            }
        }
        return rates;
    }

    private static int positiveInt(String s, String option) {
        try {
            int v = Integer.parseInt(s);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Usage(option + " needs a positive integer, got '" + s + "'");
    }

    private static double positiveDouble(String s, String option) {
        try {
            double v = Double.parseDouble(s);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Usage(option + " needs a positive number, got '" + s + "'");
    }
}
