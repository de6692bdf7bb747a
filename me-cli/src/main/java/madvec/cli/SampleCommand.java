package madvec.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import madvec.model.StandardModel;
import madvec.generator.Processes;
import madvec.processes.Program;
import madvec.processes.ProgramExecutor;
import madvec.rambo.RamboOnDiet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code madvec sample}: events from hypercube points (drawn or read), mapped to momenta by RAMBO on
 * diet, with |M|^2 and its derivatives; see {@link #USAGE}.
 *
 * <p>Tangents: the first {@code model.k()} are the {@code --grad} parameters (they reach the momenta
 * through the masses, so d/d mass.6 moves the top momenta); with {@code --wrt-coords} the next 3n - 4
 * are the hypercube coordinates, seeded on u and carried through RAMBO into the momenta.
 *
 * <p>Events run in batches of {@link #BATCH}, so any number of events runs in bounded memory; each
 * batch is written before the next is drawn. The random sequence is drawn event by event, coordinate
 * by coordinate, so the output for a seed does not depend on the batch size.
 */
final class SampleCommand {
    /** Events per batch: large enough to amortise the per-batch overhead, small enough to stay in cache. */
    static final int BATCH = 1024;
    /** The seed used without {@code --seed}. */
    static final long DEFAULT_SEED = 1;
    /** Progress goes to stderr at most this often, and only once a run has lasted this long. */
    private static final long PROGRESS_NANOS = 5_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(SampleCommand.class);

    static final String USAGE = """
            usage: madvec sample --process P --sqrts S (--events N [--seed N] | --points FILE|-)
                                 [--grad name[,name...]] [--wrt-coords] [--param-card FILE]
                                 [--set block.id=value]... [--out FILE]

            Maps hypercube points u in [0,1]^(3n-4) (n final-state particles) to momenta with RAMBO on
            diet at total energy S (GeV, centre-of-mass frame) and evaluates |M|^2 and its derivatives.

              --process P       process, e.g. "e+ e- > mu+ mu-"
              --sqrts S         centre-of-mass energy in GeV, above the sum of the final-state masses
              --events N        draw N points uniformly (reproducible: the same seed gives the same output)
              --seed N          seed of the draw (default 1)
              --points FILE     read the points instead: one per line, 3n-4 numbers in [0,1];
                                blank lines and lines starting with # are skipped; - reads stdin
              --grad names      derivatives with respect to card parameters, e.g. mass.6,sminputs.3
              --wrt-coords      derivatives with respect to u1 .. u<3n-4> (the momenta move with u)
              --param-card FILE SLHA card (default: the sm model's card)
              --set b.id=value  override one card entry (repeatable)
              --out FILE        write to FILE instead of stdout

            Output: a header line '# u1 .. E0 px0 py0 pz0 E1 .. weight me d_me/d_<name> .. d_me/d_u1 ..'
            then one line per event, numbers with 17 significant digits. Particles are numbered in
            process order, incoming first; momenta in GeV; weight is the phase-space density of the map
            in prod d^3p/(2E) delta^4(P - sum p), without factors of 2 pi, so that
            sigma = <me * weight> (2 pi)^(4-3n) / (2 s) for massless beams.
            """;

    private String process;
    private double sqrtS = Double.NaN;
    private long events = -1;
    private Long seed;
    private String pointsFile;
    private String cardFile;
    private String outFile;
    private boolean wrtCoords;
    private boolean help;
    private final List<String> sets = new ArrayList<>();
    private final List<String> grads = new ArrayList<>();

    private SampleCommand() {}

    /** Runs {@code madvec sample} on its arguments, rows to {@code stdout} (or {@code --out}). */
    static void run(List<String> args, PrintStream stdout) {
        SampleCommand c = parse(args);
        if (c.help) {
            stdout.print(USAGE);
            return;
        }
        c.execute(stdout);
    }

    private static SampleCommand parse(List<String> args) {
        SampleCommand c = new SampleCommand();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> c.help = true;
                case "--process" -> c.process = Usage.value(args, ++i, a);
                case "--sqrts" -> c.sqrtS = energy(Usage.value(args, ++i, a));
                case "--events" -> c.events = count(Usage.value(args, ++i, a));
                case "--seed" -> c.seed = integer(a, Usage.value(args, ++i, a));
                case "--points" -> c.pointsFile = Usage.value(args, ++i, a);
                case "--param-card" -> c.cardFile = Usage.value(args, ++i, a);
                case "--set" -> c.sets.add(Usage.value(args, ++i, a));
                case "--grad" -> {
                    for (String g : Usage.value(args, ++i, a).split(",")) {
                        if (!g.isBlank()) {
                            c.grads.add(g.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                case "--wrt-coords" -> c.wrtCoords = true;
                case "--out" -> c.outFile = Usage.value(args, ++i, a);
                default -> throw new Usage("unknown option '" + a + "' (madvec sample --help)");
            }
        }
        if (c.help) {
            return c;
        }
        if (c.process == null) {
            throw new Usage("--process is required, e.g. --process \"e+ e- > mu+ mu-\"");
        }
        if (Double.isNaN(c.sqrtS)) {
            throw new Usage("--sqrts is required: the centre-of-mass energy in GeV, e.g. --sqrts 500");
        }
        if (c.events >= 0 && c.pointsFile != null) {
            throw new Usage("give either --events N or --points FILE, not both");
        }
        if (c.events < 0 && c.pointsFile == null) {
            throw new Usage("one of --events N (draw points) or --points FILE (read them) is required");
        }
        if (c.seed != null && c.pointsFile != null) {
            throw new Usage("--seed applies to --events only; --points reads its points from " + c.pointsFile);
        }
        return c;
    }

    private void execute(PrintStream stdout) {
        Program program = Processes.compile(process);
        StandardModel model = StandardModel.of(EvalCommand.loadCard(cardFile, sets), grads);
        int n = program.particles();
        if (program.incoming() != 2 || !program.externals().get(0).incoming() || !program.externals().get(1).incoming()) {
            throw new IllegalArgumentException("sample needs a 2 -> n process with the two incoming particles first, got "
                    + program.process());
        }
        int finals = n - 2;
        if (finals < 2) {
            throw new IllegalArgumentException("sample needs at least two final-state particles, " + program.process()
                    + " has " + finals);
        }
        int dim = 3 * finals - 4;
        int km = model.k();
        int k = km + (wrtCoords ? dim : 0);
        DualScalar[] masses = new DualScalar[n];
        boolean massTangents = false;
        double threshold = 0;
        for (int i = 0; i < n; i++) {
            DualScalar m = model.mass(program.externals().get(i).pdg());
            masses[i] = m.padded(k);
            massTangents |= m.hasTangents();
            if (i >= 2) {
                threshold += m.value();
            }
        }
        if (!(sqrtS > threshold)) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is not above the threshold of "
                    + program.process() + ": the final-state masses sum to " + threshold + " GeV");
        }
        if (!(sqrtS > masses[0].value() + masses[1].value())) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is not above the sum of the incoming masses, "
                    + (masses[0].value() + masses[1].value()) + " GeV");
        }
        DualScalar[] finalMasses = new DualScalar[finals];
        System.arraycopy(masses, 2, finalMasses, 0, finals);
        RamboOnDiet rambo = new RamboOnDiet(sqrtS, masses[0], masses[1], finalMasses);
        // A mass tangent moves every final-state momentum (the reshuffling couples them), not only the
        // momentum of the particle whose mass it is: tell the executor to propagate momentum tangents.
        ProgramExecutor executor = new ProgramExecutor(program, model, k, wrtCoords || massTangents);
        LOG.debug("sample {}: sqrt(s) = {} GeV, {} coordinates, k = {} ({} parameters{}), batches of {}",
                program.process(), sqrtS, dim, k, km, wrtCoords ? " + coordinates" : "", BATCH);

        Writer writer = null;
        SamplePointReader reader = null;
        try {
            writer = outFile == null ? new OutputStreamWriter(stdout, StandardCharsets.UTF_8) : openOut(outFile);
            SplittableRandom random = pointsFile == null ? new SplittableRandom(seed == null ? DEFAULT_SEED : seed) : null;
            reader = pointsFile == null ? null : new SamplePointReader(pointsFile, dim);
            double[][] points = new double[dim][BATCH];
            Batch batch = null;
            List<String> meColumns = meColumns(dim);
            StringBuilder sb = new StringBuilder(header(program, dim, meColumns));
            long done = 0;
            long start = System.nanoTime(), nextReport = start + PROGRESS_NANOS;
            while (true) {
                int count;
                if (random != null) {
                    count = (int) Math.min(BATCH, events - done);
                    for (int lane = 0; lane < count; lane++) {
                        for (int c = 0; c < dim; c++) points[c][lane] = random.nextDouble();
                    }
                } else {
                    count = reader.read(points, BATCH);
                }
                if (count == 0) {
                    break;
                }
                if (batch == null || batch.lanes != count) {
                    batch = new Batch(count, dim, 4 * n, k, wrtCoords ? km : -1);
                }
                batch.evaluate(points, rambo, executor);
                batch.checkFinite(done, meColumns);
                batch.append(sb, points);
                writer.append(sb);
                sb.setLength(0);
                done += count;
                long now = System.nanoTime();
                if (now >= nextReport) {
                    System.err.println(progress(done, now - start));
                    nextReport = now + PROGRESS_NANOS;
                }
            }
            // No events (an empty points file) still gives the header, so the output stays parseable.
            writer.append(sb);
            writer.flush();
            if (System.nanoTime() - start >= PROGRESS_NANOS) {
                System.err.println(progress(done, System.nanoTime() - start));
            }
        } catch (IOException e) {
            throw failed(writer, new UncheckedIOException("cannot write " + (outFile == null ? "stdout" : outFile)
                    + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw failed(writer, e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
        if (outFile != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + outFile + ": " + e.getMessage(), e);
            }
        }
    }

    private String progress(long done, long nanos) {
        String seconds = String.format(Locale.ROOT, "%.0f s", nanos * 1e-9);
        if (pointsFile != null) {
            return "madvec sample: " + done + " points after " + seconds;
        }
        return "madvec sample: " + done + " of " + events + " events (" + (100 * done / events) + "%) after " + seconds;
    }

    /**
     * On failure with {@code --out}, removes the partial file, so that a file that exists is a complete
     * output; rows already written to stdout stay (only the batch that failed and later ones are lost).
     */
    private RuntimeException failed(Writer writer, RuntimeException e) {
        if (outFile != null && writer != null) {
            try {
                writer.close();
                Files.deleteIfExists(Path.of(outFile));
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
        }
        return e;
    }

    private static Writer openOut(String file) {
        try {
            return Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Names of me and its derivatives, in the order of the tangents. */
    private List<String> meColumns(int dim) {
        List<String> names = new ArrayList<>();
        names.add("me");
        for (String g : grads) names.add("d_me/d_" + g);
        if (wrtCoords) {
            for (int c = 1; c <= dim; c++) names.add("d_me/d_u" + c);
        }
        return names;
    }

    private static String header(Program program, int dim, List<String> meColumns) {
        StringBuilder sb = new StringBuilder("#");
        for (int c = 1; c <= dim; c++) sb.append(" u").append(c);
        for (int p = 0; p < program.particles(); p++) {
            sb.append(" E").append(p).append(" px").append(p).append(" py").append(p).append(" pz").append(p);
        }
        sb.append(" weight");
        for (String name : meColumns) sb.append(' ').append(name);
        return sb.append('\n').toString();
    }


    /** The dual arrays of one batch of a given size; rebuilt only when the size changes (the last batch). */
    private static final class Batch {
        final int lanes;
        final int stride;
        final int k;
        final DualLanes[] u;
        final DualLanes[] momenta;
        final double[][] momentumArrays;
        final DualLanes weight;
        final double[] me;

        /** @param firstCoordinateTangent tangent index of u1, or -1 when u carries no tangents */
        Batch(int lanes, int dim, int components, int k, int firstCoordinateTangent) {
            this.lanes = lanes;
            this.k = k;
            u = new DualLanes[dim];
            for (int c = 0; c < dim; c++) {
                u[c] = DualLanes.create(lanes, k);
                if (firstCoordinateTangent >= 0) {
                    // The seed stays: only the values are overwritten batch after batch.
                    u[c].seed(firstCoordinateTangent + c);
                }
            }
            momenta = new DualLanes[components];
            momentumArrays = new double[components][];
            for (int j = 0; j < components; j++) {
                momenta[j] = DualLanes.create(lanes, k);
                momentumArrays[j] = momenta[j].array();
            }
            weight = DualLanes.create(lanes, k);
            stride = weight.stride();
            me = new double[(k + 1) * stride];
        }

        void evaluate(double[][] points, RamboOnDiet rambo, ProgramExecutor executor) {
            for (int c = 0; c < u.length; c++) System.arraycopy(points[c], 0, u[c].array(), 0, lanes);
            rambo.forward(u, momenta, weight);
            executor.evaluate(momentumArrays, stride, lanes, me);
        }

        /**
         * @param first number of events before this batch, to name the event that failed
         * @param names the column of each tangent, to name the number that failed
         */
        void checkFinite(long first, List<String> names) {
            for (int t = 0; t <= k; t++) {
                for (int l = 0; l < lanes; l++) {
                    double v = me[t * stride + l];
                    if (!Double.isFinite(v)) {
                        throw new IllegalStateException("event " + (first + l + 1) + ": " + names.get(t) + " is " + v
                                + " (a coordinate on the edge of [0, 1] where the map is singular, or a propagator on"
                                + " its pole with zero width?)");
                    }
                }
            }
        }

        void append(StringBuilder sb, double[][] points) {
            double[] w = weight.array();
            for (int l = 0; l < lanes; l++) {
                for (double[] coordinate : points) {
                    SampleNumberFormat.append(sb, coordinate[l]);
                    sb.append(' ');
                }
                for (double[] component : momentumArrays) {
                    SampleNumberFormat.append(sb, component[l]);
                    sb.append(' ');
                }
                SampleNumberFormat.append(sb, w[l]);
                for (int t = 0; t <= k; t++) {
                    sb.append(' ');
                    SampleNumberFormat.append(sb, me[t * stride + l]);
                }
                sb.append('\n');
            }
        }
    }

    private static double energy(String s) {
        double v;
        try {
            v = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new Usage("--sqrts: '" + s + "' is not a number (the centre-of-mass energy in GeV)");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new Usage("--sqrts must be a positive, finite energy in GeV, got " + s);
        }
        return v;
    }

    private static long count(String s) {
        long v = integer("--events", s);
        if (v < 1) {
            throw new Usage("--events must be at least 1, got " + s);
        }
        return v;
    }

    private static long integer(String option, String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new Usage(option + ": '" + s + "' is not an integer");
        }
    }
}
