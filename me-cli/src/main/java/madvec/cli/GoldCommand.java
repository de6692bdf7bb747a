package madvec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.api.io.NpyWriter;
import madvec.events.EventSampler;
import madvec.events.GoldData;
import madvec.events.GoldSampler;
import madvec.events.LheMomenta;
import madvec.events.Observables;
import madvec.events.ThetaSpec;
import madvec.events.channels.ChannelSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code madvec gold}: training data for likelihood-ratio and score estimators (MadMiner's sample
 * augmenter), as NumPy files.
 */
@Command(name = "gold", sortOptions = false,
        description = {"Gold data for simulation-based inference, as MadMiner's sample augmenter writes them:",
            "with --theta1, x theta0 theta1 y r_xz t_xz (score at theta0) t_xz1 (score at theta1); without it,",
            "x theta t_xz (local score). NumPy .npy files in --out DIR.", ""},
        footer = {"", "THETA: a point V[,V...] (one value per parameter), a list of points V,V;V,V (events",
            "split evenly), or priors per parameter: uniform(a,b), gaussian(mu,sigma).",
            "t_xz = grad log |M|^2 + grad log(phase-space weight / flux) - grad log sigma at fixed",
            "hypercube point; sigma(theta) and its gradient from one fixed sample of --norm-points points."})
final class GoldCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    EnergyOption energy;

    @Option(names = "--parameters", required = true, split = ",", paramLabel = "NAME",
            description = "the parameters of interest, SLHA names (sminputs.2, mass.6, ...)")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--theta0", required = true, paramLabel = "THETA", description = "theta0 (or theta without --theta1)")
    String theta0;

    @Option(names = "--theta1", paramLabel = "THETA", description = "theta1: ratio-estimator data")
    String theta1;

    @Option(names = "--events", paramLabel = "N", converter = Limits.Events.class,
            description = "number of events (with --from-events: at most N of the file's, default all)")
    Long events;

    @Option(names = "--from-events", paramLabel = "FILE",
            description = "take the events of an LHE file (.lhe or .lhe.gz; the process's single subprocess, final"
                    + " state in any order) as drawn at theta0 instead of generating them")
    Path fromEvents;

    @Option(names = "--observables", paramLabel = "LIST",
            description = "x as observables, e.g. costheta(3),pt(3),m(3,4) (default: E px py pz of every final-state particle)")
    String observables;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the .npy files (made if missing)")
    Path out;

    @Option(names = "--float32", description = "write single precision (default: double)")
    boolean float32;

    @Mixin
    SeedThreadsOptions run;

    @Option(names = "--norm-points", paramLabel = "N", defaultValue = "50000", converter = Limits.Batch.class,
            description = "points of the sample giving sigma(theta) and its gradient (default: ${DEFAULT-VALUE})")
    int normPoints;

    @Override
    public void run() {
        if (fromEvents == null && events == null) {
            throw new UsageError("--events N is required (or --from-events FILE)");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out: " + out + " exists and is not a folder");
        }
        if (normPoints < 16) {
            throw new UsageError("--norm-points must be at least 16, got " + normPoints);
        }
        String[] names = parameters.stream().map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
        if (names.length == 0) {
            throw new UsageError("--parameters needs at least one name");
        }
        ThetaSpec t0 = ThetaSpec.parse(theta0, names.length, "--theta0");
        ThetaSpec t1 = theta1 == null ? null : ThetaSpec.parse(theta1, names.length, "--theta1");
        MatrixElement.Builder scoredBuilder = process.builder().derivatives(names).free(names);
        energy.applyTo(scoredBuilder, process);
        MatrixElement scored = scoredBuilder.build();
        refuseResonances(scored);
        MatrixElement.Builder drawnBuilder = process.builder().free(names);
        energy.applyTo(drawnBuilder, process);
        MatrixElement drawn = drawnBuilder.build();
        int particles = scored.pdgs().length;
        GoldData.Features x = observables == null ? GoldData.Features.momenta(particles)
                : GoldData.Features.of(Observables.parse(observables, particles));
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "madvec gold: %s at sqrt(s) = %s GeV, parameters %s, %s, seed %d, %d thread(s)%n",
                scored.process(), scored.sqrtS(), String.join(",", names), t1 == null ? "local score" : "ratio", run.seed, run.threads);
        err.flush();
        double[][] from = null;
        if (fromEvents != null) {
            try {
                from = LheMomenta.read(fromEvents, scored.pdgs(), events == null ? Long.MAX_VALUE : events);
            } catch (IOException e) {
                throw new UncheckedIOException("--from-events: " + Failures.describe(e), e);
            }
        }
        long start = System.nanoTime();
        EventSampler.Setup setup = new EventSampler.Setup(5, 20_000, 1000, 1e-3, 8192, run.seed, run.threads);
        GoldSampler sampler = new GoldSampler(scored, drawn, t0.points().get(0), setup, normPoints, line -> progress(err, line));
        GoldSampler.Point reference = sampler.at(t0.points().get(0));
        progress(err, String.format(Locale.ROOT, "  sigma(theta0) = %.6e +- %.2e pb from %d points, grad log sigma %s",
                reference.sigma().value(), reference.sigma().error(), normPoints, java.util.Arrays.toString(reference.gradLogSigma())));
        long n = from != null ? from[0].length : events;
        GoldData data = t1 == null ? GoldData.local(sampler, t0, n, from, x, run.seed, line -> progress(err, line))
                : GoldData.ratio(sampler, t0, t1, n, from, x, run.seed, line -> progress(err, line));
        double seconds = (System.nanoTime() - start) * 1e-9;
        write(data);
        summary(data, names, n, seconds, err);
    }

    private void write(GoldData data) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("--out: " + Failures.describe(e), e);
        }
        for (Map.Entry<String, double[][]> a : data.arrays().entrySet()) {
            Path file = out.resolve(a.getKey() + ".npy");
            try (SafeOutput o = SafeOutput.open(file, spec.commandLine().getOut(), Map.of())) {
                try {
                    NpyWriter.write(o.stream(), a.getValue(), float32);
                } catch (IOException e) {
                    throw o.failed(e);
                }
                o.commit();
            }
        }
    }

    /** The statistical identities on stdout: E[t_xz] = 0 at the drawing point, E[r_xz] = 1 over theta1's events. */
    private void summary(GoldData data, String[] names, long n, double seconds, PrintWriter err) {
        PrintWriter o = spec.commandLine().getOut();
        o.println("# quantity value error");
        double[][] t = data.arrays().get("t_xz"), y = data.arrays().get("y"), r = data.arrays().get("r_xz");
        for (int j = 0; j < names.length; j++) {
            double[] m = mean(t, j, y, 0);
            o.printf(Locale.ROOT, "mean_t_xz/%s %.6e %.3e%n", names[j], m[0], m[1]);
        }
        if (r != null && fromEvents == null) {
            double[] m = mean(r, 0, y, 1);
            o.printf(Locale.ROOT, "mean_r_xz_theta1 %.6e %.3e%n", m[0], m[1]);
        }
        o.flush();
        err.printf(Locale.ROOT, "madvec gold: %d events in %.2f s (%.3g events/s), files %s in %s%n", n, seconds, n / seconds,
                data.arrays().keySet(), out);
        err.flush();
    }

    /** Mean and standard error of column j over the events with y = which (every event when y is absent). */
    private static double[] mean(double[][] a, int j, double[][] y, int which) {
        double s = 0, s2 = 0;
        long k = 0;
        for (int e = 0; e < a.length; e++) {
            if (y != null && y[e][0] != which) {
                continue;
            }
            s += a[e][j];
            s2 += a[e][j] * a[e][j];
            k++;
        }
        double m = s / k;
        return new double[] {m, Math.sqrt(Math.max(0, s2 / k - m * m) / Math.max(1, k - 1))};
    }

    private static void progress(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    /**
     * Gold data need sigma(theta) and events on the flat phase space, whose latent variable is RAMBO's
     * hypercube point; a narrow resonance (a decay chain's top or W) is invisible to it, and the data
     * would be wrong without a sign, so such processes are refused until gold has resonance channels.
     */
    private static void refuseResonances(MatrixElement me) {
        if (Double.isNaN(me.sqrtS()) || me.dimensions() <= 0) {
            return;
        }
        ChannelSet channels = ChannelSet.of(me);
        if (channels.resonant()) {
            throw new UsageError("gold samples flat phase space, which misses the narrow s-channel resonances of "
                    + me.process() + " (" + String.join("; ", channels.describe()) + "): sigma(theta), r_xz and t_xz"
                    + " would be wrong; gold over resonance channels is not supported yet (generate and integrate"
                    + " have them)");
        }
    }
}
