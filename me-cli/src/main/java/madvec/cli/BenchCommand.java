package madvec.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;
import madvec.simd.Simd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec bench}: events per second, the median of repeated timed runs with their min and max,
 * one table row per mode. The matrix element is timed at fixed momenta (as MadGraph's own throughput
 * numbers are); with {@code --wrt-coords} the hypercube modes include the RAMBO-on-diet map, which
 * coordinate derivatives need, and are compared with value only through the same map. stdout holds
 * only the table; progress goes to stderr.
 */
@Command(name = "bench", sortOptions = false,
        description = {"Events per second, value only and with derivatives.", "",
            "The median of 5 timed runs after a warm-up, with min and max, one row per mode: value;"
                    + " value+grad:NAMES with --grad; value+vary:NAME for each --vary NAME;"
                    + " value+momenta with --wrt-momenta; points:value and points:value+coords with --wrt-coords,"
                    + " and points:value+coords+grad:NAMES"
                    + " with both; derivatives in the mode --ad picks (the row name then ends in [reverse]"
                    + " when reverse mode ran).", ""},
        footer = {"", "Output: '# mode events_per_s_median min max gflop_per_s peak_fraction', then one line per mode"
                + " (the last two for value rows only, '-' elsewhere: FLOPs counted from the program's operations times"
                + " the median rate, against the core's peak), then a '# peak' line saying how the peak was found."})
final class BenchCommand implements Runnable {
    private static final int REPEATS = 5;
    /** A varied parameter alternates between its card value and this much more, relatively. */
    static final double VARY_STEP = 1e-6;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    GradOptions grad;

    @Mixin
    AdOption ad;

    @Mixin
    PrecisionOption precision;

    @Option(names = "--vary", split = ",", paramLabel = "NAME",
            description = "a row value+vary:NAME in which the card parameter NAME gets a new value before every"
                    + " batch, alternating between its card value v and v*(1+1e-6) (1e-6 when v = 0),"
                    + " as a fit does; comma list, repeatable, one row each")
    List<String> vary = new ArrayList<>();

    @Option(names = "--wrt-coords", description = "add the hypercube rows points:value and points:value+coords")
    boolean coords;

    @Option(names = "--wrt-momenta", description = "add a row value+momenta: the gradient with respect to every"
            + " momentum component at the fixed momenta (with --grad, and the parameters')")
    boolean momentaGradient;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", split = ",", converter = Limits.Threads.class,
            description = "worker threads, at most 4 per core and 256 (default: ${DEFAULT-VALUE}); a comma list"
                    + " such as 1,2 times each mode at every count, the timed runs alternated, and prints each"
                    + " count's speed-up over the first as the median of the ratios of neighbouring runs")
    List<Integer> threads;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1024", converter = Limits.Batch.class,
            description = "events per batch, at most 1048576 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5", converter = Limits.Seconds.class,
            description = "timed seconds per mode, split into 5 runs, at most 3600 (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "1", converter = Limits.Seconds.class,
            description = "untimed seconds per mode before the timed runs, at least one run's length, at most"
                    + " 3600 (default: ${DEFAULT-VALUE}: the JIT needs about a second to compile the kernels)")
    double warmUpSeconds;

    @Option(names = "--sqrts", paramLabel = "S", converter = Limits.PositiveReal.class,
            description = "centre-of-mass energy in GeV (default: the catalog's, else 1000)")
    Double sqrtS;

    @Option(names = "--fma-units", paramLabel = "N", converter = Limits.FmaUnits.class,
            description = "vector FMA operations per cycle and core at madvec's vector width, for the peak"
                    + " (default: from the CPU family in /proc/cpuinfo)")
    Integer fmaUnits;

    @Option(names = "--clock-ghz", paramLabel = "GHZ", converter = Limits.PositiveReal.class,
            description = "core clock in GHz, for the peak (default: 'cpu MHz' of /proc/cpuinfo)")
    Double clockGhz;

    /**
     * One row: the matrix element of each batch (index from 0), at the fixed momenta or the points, and
     * the FLOPs per event of a value pass (0 where they are not counted).
     */
    private record Mode(String name, IntFunction<MatrixElement> perBatch, boolean points, long flops) {}

    @Override
    public void run() {
        if (sqrtS == null && process.catalogEntry() == null) {
            sqrtS = 1000.0;
        }
        MatrixElement value = build(new String[0], false);
        List<String> varied = vary.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
        // a varied parameter that is zero on the card must keep what it can switch on
        MatrixElement free = varied.isEmpty() ? value : process.builder().free(varied.toArray(String[]::new))
                .sqrtS(sqrtS != null ? sqrtS : value.sqrtS()).build();
        List<Mode> modes = new ArrayList<>();
        modes.add(new Mode("value", i -> value, false, value.valueFlopsPerEvent()));
        String[] grads = grad.names();
        if (grads.length > 0) {
            MatrixElement me = build(grads, false);
            modes.add(new Mode("value+grad:" + String.join(",", me.parameters()) + tag(me.reverseMomenta()), i -> me, false,
                    0));
        }
        for (String name : varied) {
            double v0 = free.card().value(name);
            double v1 = v0 == 0 ? VARY_STEP : v0 * (1 + VARY_STEP);
            withParameter(free, name, v1);  // an unknown name or a refused value fails here, before any timing
            modes.add(new Mode("value+vary:" + name, i -> withParameter(free, name, i % 2 == 0 ? v0 : v1), false,
                    free.valueFlopsPerEvent()));
        }
        if (momentaGradient) {
            MatrixElement me = build(grads, false, true);
            String with = grads.length > 0 ? "+grad:" + String.join(",", me.parameters()) : "";
            modes.add(new Mode("value+momenta" + with + tag(me.reverseMomenta()), i -> me, false, 0));
        }
        if (coords && value.dimensions() < 0) {
            throw new UsageError("--wrt-coords: " + value.process() + " has one final-state particle, so no"
                    + " phase-space coordinates");
        }
        if (coords) {
            MatrixElement me = build(new String[0], true);
            modes.add(new Mode("points:value", i -> value, true, 0));
            modes.add(new Mode("points:value+coords" + tag(me.reversePoints()), i -> me, true, 0));
            if (grads.length > 0) {
                MatrixElement both = build(grads, true);
                modes.add(new Mode("points:value+coords+grad:" + String.join(",", both.parameters())
                        + tag(both.reversePoints()), i -> both, true, 0));
            }
        }
        double[][] u = new double[Math.max(0, value.dimensions())][batch];
        SplittableRandom rng = new SplittableRandom(1);
        for (int l = 0; l < batch; l++) {
            // away from the edges of the hypercube, where the map is singular
            for (int c = 0; c < u.length; c++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
        double[][] momenta = value.dimensions() < 0 ? oneParticleFinalState(value.sqrtS(), batch)
                : EventErrors.evaluate(() -> value.evaluatePoints(u), 0, lane -> "").momenta();
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        List<Integer> counts = threads.stream().distinct().toList();
        err.printf(Locale.ROOT, "madvec bench: %s, sqrt(s) = %s GeV, batch %d, %s thread(s), %s precision, %s; %d x %.2f s"
                + " per mode%n", value.process(), value.sqrtS(), batch,
                String.join(",", counts.stream().map(String::valueOf).toList()),
                value.precision().name().toLowerCase(Locale.ROOT), Simd.describe(), REPEATS, seconds / REPEATS);
        CorePeak peak = CorePeak.detect(fmaUnits, clockGhz);
        if (value.precision() != madvec.api.Precision.DOUBLE) {
            // mixed runs its colour sum in double, a small share: its fraction is of the float peak too
            peak = peak.singlePrecision();
        }
        out.println("# mode events_per_s_median min max gflop_per_s peak_fraction");
        List<String> scaling = new ArrayList<>();
        for (Mode m : modes) {
            double[][] rates = measure(m, counts, u, momenta, err);
            for (int t = 0; t < counts.size(); t++) {
                double[] sorted = rates[t].clone();
                Arrays.sort(sorted);
                double median = sorted[sorted.length / 2];
                // the peak is per core: with several threads, compare with that many cores
                String hardware = m.flops() == 0 ? "- -" : String.format(Locale.ROOT, "%.3g %.3g", median * m.flops() / 1e9,
                        median * m.flops() / 1e9 / (peak.gflops() * counts.get(t)));
                String name = counts.size() == 1 ? m.name() : m.name() + "@threads=" + counts.get(t);
                out.printf(Locale.ROOT, "%s %.3g %.3g %.3g %s%n", name, median, sorted[0], sorted[sorted.length - 1], hardware);
                if (t > 0) {
                    scaling.add(speedUp(m.name(), counts.get(t), counts.get(0), rates[t], rates[0]));
                }
            }
        }
        scaling.forEach(out::println);
        out.printf(Locale.ROOT, "# peak per core %s; value pass %d FLOP/event%n", peak.describe(), modes.get(0).flops());
        StringBuilder kinds = new StringBuilder("# value pass by kind:");
        long total = Math.max(1, modes.get(0).flops());
        value.valueFlopsByKind().forEach((k, f) -> kinds.append(String.format(Locale.ROOT, " %s %.1f %%",
                k.name().toLowerCase(Locale.ROOT), 100.0 * f / total)));
        out.println(kinds);
    }

    /**
     * A 2 -> 1 process has no phase space: every event is the same, the incoming partons along the beam
     * with sqrt(s)/2 each and the produced particle at rest with p^2 = s (as MadGraph's test dumps).
     */
    private static double[][] oneParticleFinalState(double sqrtS, int batch) {
        double e = sqrtS / 2;
        double[] row = {e, 0, 0, e, e, 0, 0, -e, sqrtS, 0, 0, 0};
        double[][] momenta = new double[row.length][batch];
        for (int i = 0; i < row.length; i++) Arrays.fill(momenta[i], row[i]);
        return momenta;
    }

    private static String tag(boolean reverse) {
        return reverse ? "[reverse]" : "";
    }

    /** The one call that changes a parameter of a built matrix element: no recompilation, microseconds. */
    private static MatrixElement withParameter(MatrixElement me, String name, double value) {
        return me.withParameters(Map.of(name, value));
    }

    private MatrixElement build(String[] derivatives, boolean wrtCoords) {
        return build(derivatives, wrtCoords, false);
    }

    private MatrixElement build(String[] derivatives, boolean wrtCoords, boolean wrtMomenta) {
        MatrixElement.Builder b = precision.apply(ad.apply(process.builder())).derivatives(derivatives);
        if (wrtMomenta) {
            b.wrtMomenta();
        }
        if (sqrtS != null) {
            b.sqrtS(sqrtS);
        }
        if (wrtCoords) {
            b.wrtCoordinates();
        }
        return b.build();
    }

    /**
     * A '# speed-up' line: the median over runs r of rate(threads, r) / rate(first, r). Runs of the
     * two counts were timed one after the other, so a machine whose speed drifts (a shared host) moves
     * both alike, which the ratio of medians would not cancel.
     */
    private static String speedUp(String mode, int threads, int first, double[] rates, double[] base) {
        double[] ratio = new double[rates.length];
        for (int r = 0; r < rates.length; r++) ratio[r] = rates[r] / base[r];
        Arrays.sort(ratio);
        return String.format(Locale.ROOT, "# speed-up %s %d threads against %d: %.3g (runs alternated; min %.3g max %.3g)",
                mode, threads, first, ratio[ratio.length / 2], ratio[0], ratio[ratio.length - 1]);
    }

    /**
     * Events per second of REPEATS timed runs per thread count (rows of the result, in the order of
     * {@code counts}), after a warm-up of {@code --warm-up} seconds (at least one run) each; run r of every
     * count is timed before run r + 1 of any.
     */
    private double[][] measure(Mode m, List<Integer> counts, double[][] u, double[][] momenta, PrintWriter err) {
        long slice = (long) (seconds / REPEATS * 1e9);
        long warmUp = Math.max(slice, (long) (warmUpSeconds * 1e9));
        double[][] rates = new double[counts.size()][REPEATS];
        List<Evaluator> evaluators = counts.stream().map(Evaluator::new).toList();
        try {
            int batches = 0;
            for (int r = -1; r < REPEATS; r++) {
                for (int t = 0; t < counts.size(); t++) {
                    Evaluator evaluator = evaluators.get(t);
                    long start = System.nanoTime(), events = 0;
                    do {
                        MatrixElement me = m.perBatch().apply(batches++);
                        Batch b = EventErrors.evaluate(() -> evaluator.evaluate(me, m.points() ? u : momenta, m.points()),
                                0, lane -> "");
                        events += b.lanes();
                    } while (System.nanoTime() - start < (r < 0 ? warmUp : slice));
                    double rate = events / ((System.nanoTime() - start) * 1e-9);
                    if (r >= 0) {
                        rates[t][r] = rate;
                    }
                    err.printf(Locale.ROOT, "  %s%s %s: %.3g events/s%n", m.name(),
                            counts.size() == 1 ? "" : " (" + counts.get(t) + " threads)", r < 0 ? "warm-up" : "run " + (r + 1),
                            rate);
                }
            }
        } finally {
            evaluators.forEach(Evaluator::close);
        }
        return rates;
    }

    /** Evaluates on the calling thread, or in parallel with a pool kept while the matrix element stays the same. */
    private static final class Evaluator implements AutoCloseable {
        private final int threads;
        private MatrixElement poolMe;
        private ParallelEvaluator pool;

        Evaluator(int threads) {
            this.threads = threads;
        }

        Batch evaluate(MatrixElement me, double[][] input, boolean points) {
            if (threads == 1) {
                return points ? me.evaluatePoints(input) : me.evaluateMomenta(input);
            }
            if (me != poolMe) {
                close();
                pool = new ParallelEvaluator(me, threads);
                poolMe = me;
            }
            return points ? pool.evaluatePoints(input) : pool.evaluateMomenta(input);
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.close();
                pool = null;
                poolMe = null;
            }
        }
    }
}
