package madvec.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.api.io.NpyWriter;
import madvec.api.lhe.LheFormatException;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheReader;
import madvec.api.lhe.LheWriter;
import madvec.model.ParamCard;
import madvec.reweight.EventWeights;
import madvec.reweight.ReweightCard;
import madvec.reweight.ReweightSummary;
import madvec.reweight.Reweighter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec reweight}: new weights for the events of an LHE file at the parameter points of a
 * MadGraph reweight card, with their derivatives, as MadGraph's reweight module writes them.
 *
 * <p>The main thread reads and parses; {@code --threads} workers reweight, format and compress batches;
 * the main thread writes them in input order (see {@link ReweightPipeline}).
 */
@Command(name = "reweight", sortOptions = false,
        description = {"New weights for the events of an LHE file (plain or gzipped) at the points of a MadGraph"
                + " reweight card: original weight x |M(new)|^2 / |M(original)|^2, summed over helicities (with 'change"
                + " helicity True' in the card: at the events' helicities).", "",
            "The process, model restriction and original parameters come from the file's header (<MG5ProcCard>,"
                    + " <slha>); --process and --param-card override or supply them. Weights are added as"
                    + " <wgt id='ID'> after the event's existing ones and described in <initrwgt>; the derivative of"
                    + " weight ID with respect to --grad NAME has id ID_d_NAME. stdout: the cross section of every"
                    + " weight id with its statistical error. Progress on stderr."})
final class ReweightCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--events", required = true, paramLabel = "IN.lhe[.gz]", description = "the events (plain or gzipped)")
    Path events;

    @Option(names = "--card", required = true, paramLabel = "FILE", description = "the reweight card (MadGraph's reweight_card.dat syntax)")
    Path card;

    @Option(names = "--out", paramLabel = "OUT.lhe[.gz]",
            description = "write the events with their new weights here (gzipped when the name ends in .gz); without it,"
                    + " only the summary (and --weights-out) is written")
    Path out;

    @Mixin
    GradOptions grad;

    @Option(names = "--weights-out", paramLabel = "W.npy",
            description = "the weights as a NumPy array, one row per event: ok (1, or 0 when not reweighted), original"
                    + " weight, the new weights in card order, then their derivatives point by point")
    Path weightsOut;

    @Option(names = "--process", paramLabel = "P",
            description = "the process definitions, replacing the header's (several: separate them with '; add process ')")
    String process;

    @Option(names = "--param-card", paramLabel = "FILE", description = "the original parameters, replacing the header's <slha>")
    Path paramCard;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = Limits.Threads.class,
            description = "reweighting threads besides the reading one; the output does not depend on them (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "2048", converter = Limits.Batch.class,
            description = "events reweighted at a time (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--skip-bad", description = "keep events that cannot be reweighted, with zero new weights and a comment"
            + " saying why, and count them in the summary, instead of stopping (a malformed file still stops)")
    boolean skipBad;

    @Override
    public void run() {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--events", events);
        inputs.put("--card", card);
        inputs.put("--param-card", paramCard);
        if (weightsOut != null) {
            for (Map.Entry<String, Path> in : inputs.entrySet()) refuseSame(weightsOut, in);
            if (out != null && weightsOut.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new UsageError("--weights-out and --out name the same file");
            }
        }
        ReweightCard rc = readCard();
        LheInput input = LheInput.open(events, "--events");
        try {
            LheReader reader = input.reader();
            Reweighter rw = Reweighter.builder().header(reader.header()).process(process).paramCard(readParamCard())
                    .card(rc).gradients(grad.names()).progress(line -> spec.commandLine().getErr().println("madvec: " + line))
                    .build();
            run(rw, input);
        } finally {
            input.close();
        }
    }

    private void run(Reweighter rw, LheInput input) {
        LheReader reader = input.reader();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Path> inputs = Map.of("--events", events, "--card", card);
        boolean gzip = out != null && out.getFileName().toString().endsWith(".gz");
        ReweightSummary summary = rw.newSummary();
        long[] writeNanos = new long[1];
        try (SafeOutput output = out == null ? null : SafeOutput.open(out, spec.commandLine().getOut(), inputs);
                NpyWriter npy = weightsOut == null ? null : NpyWriter.open(weightsOut, 2 + rw.weightIds().size() + rw.gradientIds().size())) {
            OutputStream stream = output == null ? null : output.stream();
            if (stream != null) {
                LheHeader header = rw.withInitrwgt(reader.header());
                write(stream, ReweightPipeline.encode(LheWriter.appendStart(new StringBuilder(), header, reader.init()), gzip), output);
            }
            Progress progress = new Progress(err, events.getFileName().toString());
            long readNanos = 0;
            try (ReweightPipeline pipeline = new ReweightPipeline(rw, threads, skipBad, stream != null, gzip, done -> {
                long t = System.nanoTime();
                for (EventWeights w : done.weights()) {
                    summary.add(w);
                    if (npy != null) writeRow(npy, w);
                }
                if (stream != null) write(stream, done.bytes(), output);
                writeNanos[0] += System.nanoTime() - t;
            })) {
                while (true) {
                    long t = System.nanoTime();
                    ReweightPipeline.Chunk chunk = readChunk(reader);
                    readNanos += System.nanoTime() - t;
                    if (chunk.events().size() == 0) break;
                    pipeline.submit(chunk);
                    progress.update(reader.eventCount(), input.fraction());
                }
                pipeline.finish();
                if (stream != null) write(stream, ReweightPipeline.encode(LheWriter.END, gzip), output);
                progress.done(reader.eventCount(), readNanos, pipeline.parseNanos.get(), rw.compileSeconds(),
                        pipeline.reweightNanos.get(), pipeline.formatNanos.get(), writeNanos[0]);
            }
            if (npy != null) npy.commit();
            if (output != null) output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (weightsOut != null ? weightsOut : out) + ": " + Failures.describe(e), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(summary.table(ReweightSummary.Normalisation.of(reader.init(), summary)));
        stdout.flush();
        if (summary.skipped() > 0) {
            err.println("madvec: " + summary.skipped() + " of " + summary.events() + " events were not reweighted (--skip-bad):"
                    + " they have zero new weights and a comment saying why");
        }
    }

    /** Up to {@code --batch} events, split from the file but not parsed (the workers parse them). */
    private ReweightPipeline.Chunk readChunk(LheReader reader) {
        try {
            return new ReweightPipeline.Chunk(reader.nextEvents(batch), events.getFileName().toString());
        } catch (LheFormatException x) {
            throw ReweightPipeline.withEventNumber(x, reader.eventCount() + 1);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read " + events + ": " + Failures.describe(x), x);
        }
    }

    private static void writeRow(NpyWriter npy, EventWeights w) {
        int points = w.weights().length, g = points == 0 ? 0 : w.derivatives()[0].length;
        double[] row = new double[2 + points * (1 + g)];
        row[0] = w.ok() ? 1 : 0;
        row[1] = w.original();
        System.arraycopy(w.weights(), 0, row, 2, points);
        for (int p = 0; p < points; p++) System.arraycopy(w.derivatives()[p], 0, row, 2 + points + p * g, g);
        try {
            npy.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the --weights-out file: " + Failures.describe(e), e);
        }
    }

    private static void write(OutputStream stream, byte[] bytes, SafeOutput output) {
        try {
            stream.write(bytes);
        } catch (IOException e) {
            throw output.failed(e);
        }
    }

    private ReweightCard readCard() {
        if (Files.isDirectory(card)) throw new IllegalArgumentException("--card: " + card + " is a folder, not a file");
        try {
            return ReweightCard.read(card);
        } catch (IOException e) {
            throw new UncheckedIOException("--card: " + Failures.describe(e), e);
        }
    }

    private ParamCard readParamCard() {
        if (paramCard == null) return null;
        try {
            return ParamCard.read(paramCard);
        } catch (IOException e) {
            throw new UncheckedIOException("--param-card: " + Failures.describe(e), e);
        }
    }

    private static void refuseSame(Path output, Map.Entry<String, Path> in) {
        try {
            if (in.getValue() != null && Files.exists(output) && Files.exists(in.getValue()) && Files.isSameFile(output, in.getValue())) {
                throw new UsageError("--weights-out " + output + " is also the input " + in.getKey() + ": write elsewhere");
            }
        } catch (IOException e) {
            // cannot tell: the write will say what is wrong
        }
    }

    /** Progress on stderr every 2 s, and a closing line with where the time went. */
    private static final class Progress {
        private final PrintWriter err;
        private final String name;
        private final long start = System.nanoTime();
        private long last = start;

        Progress(PrintWriter err, String name) {
            this.err = err;
            this.name = name;
        }

        void update(long events, double fraction) {
            long now = System.nanoTime();
            if (now - last < 2_000_000_000L) return;
            last = now;
            err.printf("madvec: reweight: %d events, %.0f%% of %s, %.3g events/s%n", events, 100 * fraction, name,
                    events / ((now - start) / 1e9));
            err.flush();
        }

        void done(long events, long read, long parse, double compile, long reweight, long format, long write) {
            double s = (System.nanoTime() - start) / 1e9;
            err.printf("madvec: reweight: %d events in %.2f s, %.3g events/s; thread seconds in: reading (and gunzip) %.2f,"
                    + " parsing %.2f, compiling %.2f, matrix elements %.2f, formatting and compressing %.2f, writing %.2f%n",
                    events, s, events / s, read / 1e9, parse / 1e9, compile, Math.max(0, reweight / 1e9 - compile),
                    format / 1e9, write / 1e9);
            err.flush();
        }
    }
}
