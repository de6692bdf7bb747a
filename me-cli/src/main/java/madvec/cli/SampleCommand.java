package madvec.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec sample}: events from hypercube points (drawn or read), mapped to momenta by RAMBO on
 * diet, with |M|^2 and its derivatives, all through {@link MatrixElement#evaluatePoints}.
 *
 * <p>Events run in batches ({@code --batch}, {@link #BATCH} by default), so any number of events runs in bounded memory; each
 * batch is written before the next is drawn. The random sequence is drawn event by event, coordinate
 * by coordinate, so the output for a seed does not depend on the batch size.
 */
@Command(name = "sample", sortOptions = false,
        description = {"|M|^2 and its derivatives at RAMBO-on-diet events.", "",
            "Maps hypercube points u in [0,1]^(3n-4) (n final-state particles) to momenta with RAMBO on diet"
                    + " at total energy sqrt(s) (centre-of-mass frame) and evaluates |M|^2 and its derivatives.", ""},
        footer = {"",
            "Output: a header line '# u1 .. E0 px0 py0 pz0 E1 .. weight me d_me/d_<name> .. d_me/d_u1 ..'"
                    + " then one line per event, numbers with 17 significant digits. Particles are numbered in"
                    + " process order, incoming first; momenta in GeV; weight is the phase-space density of the map"
                    + " in prod d^3p/(2E) delta^4(P - sum p), without factors of 2 pi, so that"
                    + " sigma = <me * weight> (2 pi)^(4-3n) / (2 s) for massless beams."})
final class SampleCommand implements Runnable {
    /** Events per batch: large enough to amortise the per-batch overhead, small enough to stay in cache. */
    static final int BATCH = 1024;
    /** The seed used without {@code --seed}. */
    static final long DEFAULT_SEED = 1;
    /** Progress goes to stderr at most this often, and only once a run has lasted this long. */
    private static final long PROGRESS_NANOS = 5_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(SampleCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    EnergyOption energy;

    // Plain options checked in run(), not a picocli ArgGroup: its messages for a clash are hard to read.
    @Option(names = "--events", paramLabel = "N", converter = Limits.Events.class,
            description = "draw N points uniformly (the same seed gives the same output)")
    Long events;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the draw (default: " + DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--points", paramLabel = "FILE",
            description = "read the points instead: one per line, 3n-4 numbers in [0,1]; blank lines and lines"
                    + " starting with # are skipped; - reads stdin")
    String points;

    @Mixin
    GradOptions grad;

    @Option(names = "--wrt-coords", description = "derivatives with respect to u1 .. u<3n-4> as well (the momenta move with u)")
    boolean wrtCoords;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path out;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "" + BATCH, converter = Limits.Batch.class,
            description = "events evaluated at a time, at most 1048576; the output does not depend on it"
                    + " (default: ${DEFAULT-VALUE})")
    int batch;

    @Override
    public void run() {
        if (events != null && points != null) {
            throw new UsageError("give either --events N or --points FILE, not both");
        }
        if (events == null && points == null) {
            throw new UsageError("one of --events N (draw points) or --points FILE (read them) is required");
        }
        if (seed != null && points != null) {
            throw new UsageError("--seed applies to --events only; --points reads its points from " + points);
        }
        MatrixElement.Builder builder = process.builder().derivatives(grad.names());
        energy.applyTo(builder, process);
        if (wrtCoords) {
            builder.wrtCoordinates();
        }
        MatrixElement me = builder.build();
        int dim = me.dimensions();
        LOG.debug("sample {}: sqrt(s) = {} GeV, {} coordinates, derivatives {}, batches of {}",
                me.process(), me.sqrtS(), dim, me.pointDerivativeNames(), batch);

        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--points", Inputs.pathOf(points));
        inputs.put("--param-card", process.card);
        try (SafeOutput output = SafeOutput.open(out, spec.commandLine().getOut(), inputs);
                SamplePointReader reader = points == null ? null : new SamplePointReader(points, dim)) {
            SplittableRandom random = reader == null ? new SplittableRandom(seed == null ? DEFAULT_SEED : seed) : null;
            double[][] buffer = new double[dim][batch];
            StringBuilder sb = new StringBuilder(header(me));
            long done = 0;
            long start = System.nanoTime(), nextReport = start + PROGRESS_NANOS;
            while (true) {
                int count;
                if (random != null) {
                    count = (int) Math.min(batch, events - done);
                    for (int lane = 0; lane < count; lane++) {
                        for (int c = 0; c < dim; c++) buffer[c][lane] = random.nextDouble();
                    }
                } else {
                    count = reader.read(buffer, batch);
                }
                if (count == 0) {
                    break;
                }
                double[][] u = new double[dim][];
                for (int c = 0; c < dim; c++) u[c] = Arrays.copyOf(buffer[c], count);
                Batch b = EventErrors.evaluate(() -> me.evaluatePoints(u), done,
                        lane -> reader == null ? "" : reader.location(lane));
                append(sb, u, b);
                output.write(sb);
                sb.setLength(0);
                output.check();
                done += count;
                long now = System.nanoTime();
                if (now >= nextReport) {
                    spec.commandLine().getErr().println(progress(done, now - start));
                    nextReport = now + PROGRESS_NANOS;
                }
            }
            // No events (an empty points file) still gives the header, so the output stays parseable.
            output.write(sb);
            output.commit();
            if (System.nanoTime() - start >= PROGRESS_NANOS) {
                spec.commandLine().getErr().println(progress(done, System.nanoTime() - start));
            }
        }
    }

    private String progress(long done, long nanos) {
        String seconds = String.format(Locale.ROOT, "%.0f s", nanos * 1e-9);
        if (points != null) {
            return "madvec sample: " + done + " points after " + seconds;
        }
        return "madvec sample: " + done + " of " + events + " events (" + (100 * done / events) + "%) after " + seconds;
    }

    private static String header(MatrixElement me) {
        StringBuilder sb = new StringBuilder("#");
        for (int c = 1; c <= me.dimensions(); c++) sb.append(" u").append(c);
        for (int p = 0; p < me.pdgs().length; p++) {
            sb.append(" E").append(p).append(" px").append(p).append(" py").append(p).append(" pz").append(p);
        }
        sb.append(" weight me");
        for (String name : me.pointDerivativeNames()) sb.append(" d_me/d_").append(name);
        return sb.append('\n').toString();
    }

    private static void append(StringBuilder sb, double[][] u, Batch b) {
        List<String> names = b.names();
        double[][] momenta = b.momenta();
        for (int l = 0; l < b.lanes(); l++) {
            for (double[] coordinate : u) {
                SampleNumberFormat.append(sb, coordinate[l]);
                sb.append(' ');
            }
            for (double[] component : momenta) {
                SampleNumberFormat.append(sb, component[l]);
                sb.append(' ');
            }
            SampleNumberFormat.append(sb, b.weight()[l]);
            sb.append(' ');
            SampleNumberFormat.append(sb, b.me()[l]);
            for (int j = 0; j < names.size(); j++) {
                sb.append(' ');
                SampleNumberFormat.append(sb, b.dme(j)[l]);
            }
            sb.append('\n');
        }
    }
}
