package madvec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import madvec.api.HelicityColourWeights;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheWriter;
import madvec.events.CrossSection;
import madvec.events.EventSampler;
import madvec.events.LheEventBuilder;
import madvec.events.MultiChannelCrossSection;
import madvec.events.Selection;
import madvec.events.channels.ChannelSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code madvec generate}: unweighted events as MadGraph writes them in LHE, with helicities and colour
 * flows chosen per event from their weights.
 */
@Command(name = "generate", sortOptions = false,
        description = {"Unweighted events in Les Houches format (.lhe or .lhe.gz), as MadGraph writes them:",
            "VEGAS-adapted proposals, accept-reject against a maximum weight from a pre-sample, per event a",
            "helicity (by |M_h|^2) and a colour flow (by |J_j|^2) with its colour tags, decay-chain resonances",
            "as status-2 lines.", ""},
        footer = {"", "Events above the maximum weight are kept once (MadGraph's truncation); their share",
            "of sigma is reported. <init> carries sigma and its error from the pre-sample; the estimate",
            "from every proposal goes to stderr. The file appears only when complete."})
final class GenerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    EnergyOption energy;

    @Option(names = "--phase-space", paramLabel = "MAP", defaultValue = "auto",
            description = "auto, flat or channels, as for integrate: channels proposes points from the s-channel"
                    + " resonances' Breit-Wigner channels (decay chains); auto takes them when there is a resonance"
                    + " (default: ${DEFAULT-VALUE})")
    String phaseSpace;

    @Option(names = "--events", required = true, paramLabel = "N", converter = Limits.Events.class,
            description = "number of unweighted events")
    long events;

    @Mixin
    SeedThreadsOptions run;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the event file, .lhe or .lhe.gz")
    Path out;

    @Option(names = "--truncation", paramLabel = "R", defaultValue = "1e-3", converter = Limits.Real.class,
            description = "share of sigma allowed above the maximum weight in the pre-sample (default: ${DEFAULT-VALUE})")
    double truncation;

    @Option(names = "--reweight", paramLabel = "ID:NAME=V[,NAME=V]",
            description = "add a <rwgt> weight ID to every event: the event weight times |M|^2 at the card changed so over"
                    + " |M|^2 (MadGraph's reweighting, momenta kept), e.g. gf13:sminputs.2=1.3e-5 (repeatable)")
    List<String> reweight = new ArrayList<>();

    @Override
    public void run() {
        if (Files.isDirectory(out)) {
            throw new UsageError("--out: " + out + " is a folder");
        }
        String name = out.getFileName().toString();
        if (!name.endsWith(".lhe") && !name.endsWith(".lhe.gz")) {
            throw new UsageError("--out must end in .lhe or .lhe.gz, got " + out);
        }
        if (!(truncation >= 0 && truncation < 1)) {
            throw new UsageError("--truncation must be in [0, 1), got " + truncation);
        }
        Map<String, Map<String, Double>> points = reweightPoints();
        MatrixElement.Builder b = process.builder();
        points.values().forEach(m -> b.free(m.keySet().toArray(String[]::new)));
        energy.applyTo(b, process);
        MatrixElement me = b.build();
        Map<String, MatrixElement> moved = new LinkedHashMap<>();
        points.forEach((id, m) -> moved.put(id, me.withParameters(m)));
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "madvec generate: %s at sqrt(s) = %s GeV, %d events, seed %d, %d thread(s)%n", me.process(),
                me.sqrtS(), events, run.seed, run.threads);
        err.flush();
        long t0 = System.nanoTime();
        EventSampler.Setup setup = new EventSampler.Setup(5, 20_000, 50_000, truncation, 8192, run.seed, run.threads);
        MultiChannelCrossSection.PhaseSpace map = IntegrateCommand.phaseSpace(phaseSpace);
        if (map == MultiChannelCrossSection.PhaseSpace.AUTO) {
            map = MultiChannelCrossSection.usesChannels(me) ? MultiChannelCrossSection.PhaseSpace.CHANNELS
                    : MultiChannelCrossSection.PhaseSpace.FLAT;
        }
        if (map == MultiChannelCrossSection.PhaseSpace.CHANNELS) {
            ChannelSet channels = ChannelSet.of(me);
            progress(err, String.format(Locale.ROOT, "madvec generate: %d phase-space channel(s), resonances as PDG(particles)",
                    channels.channels().size()));
            channels.describe().forEach(line -> progress(err, "  " + line));
        } else {
            progress(err, "madvec generate: flat phase space (RAMBO on diet)");
        }
        boolean useChannels = map == MultiChannelCrossSection.PhaseSpace.CHANNELS;
        try (EventSampler sampler = useChannels
                ? EventSampler.prepareChannels(me, ChannelSet.of(me), setup, line -> progress(err, line))
                : EventSampler.prepare(me, setup, line -> progress(err, line))) {
            CrossSection.Estimate sigma = sampler.presample().sigma();
            progress(err, String.format(Locale.ROOT, "  pre-sample: sigma = %.6e +- %.2e pb, maximum weight %.4e pb",
                    sigma.value(), sigma.error(), sampler.maxWeight()));
            if (sigma.error() > 0.05 * sigma.value()) {
                // a phase space that misses the peaks: w_max and sigma are then unreliable, and the user must know
                progress(err, String.format(Locale.ROOT, "madvec generate: warning: the pre-sample's sigma has a relative error"
                        + " of %.0f%%: the phase space does not follow this process's peaks%s, so the maximum weight is"
                        + " uncertain and events above it will be frequent", 100 * sigma.error() / sigma.value(),
                        useChannels ? "" : " (narrow resonances? try --phase-space channels)"));
            }
            long t1 = System.nanoTime();
            write(me, moved, sampler, sigma, err);
            double seconds = (System.nanoTime() - t1) * 1e-9;
            CrossSection.Estimate all = sampler.sigma();
            err.printf(Locale.ROOT, "madvec generate: %d events in %.2f s (%.3g events/s; %.2f s in all with the grid),"
                    + " unweighting efficiency %.4f (%d proposals)%n", events, seconds, events / seconds,
                    (System.nanoTime() - t0) * 1e-9, sampler.efficiency(), sampler.proposals());
            err.printf(Locale.ROOT, "madvec generate: sigma from every proposal %.6e +- %.2e pb; %d event(s) above the maximum"
                    + " weight, kept once: %.2e of sigma%n", all.value(), all.error(), sampler.overweightEvents(),
                    sampler.overweightShare());
            err.flush();
        }
    }

    /** The reweighting points by id, each a map of card changes. */
    private Map<String, Map<String, Double>> reweightPoints() {
        Map<String, Map<String, Double>> points = new LinkedHashMap<>();
        for (String r : reweight) {
            int colon = r.indexOf(':');
            String id = colon < 0 ? "" : r.substring(0, colon).trim();
            if (!id.matches("[A-Za-z0-9_.+-]+")) {
                throw new UsageError("--reweight needs ID:NAME=V[,NAME=V...] with an id of letters, digits and _.+-, got '" + r + "'");
            }
            Map<String, Double> changes = new LinkedHashMap<>();
            for (String nv : r.substring(colon + 1).split(",")) {
                int eq = nv.indexOf('=');
                if (eq <= 0) {
                    throw new UsageError("--reweight " + id + ": '" + nv.trim() + "' is not NAME=V");
                }
                changes.put(nv.substring(0, eq).trim().toLowerCase(Locale.ROOT), Limits.real(nv.substring(eq + 1).trim()));
            }
            if (points.put(id, changes) != null) {
                throw new UsageError("--reweight: the id '" + id + "' is given twice");
            }
        }
        return points;
    }

    private void write(MatrixElement me, Map<String, MatrixElement> moved, EventSampler sampler, CrossSection.Estimate sigma,
            PrintWriter err) {
        LheEventBuilder lhe = new LheEventBuilder(me);
        LheWriter writer;
        try {
            LheHeader header = header(me);
            if (!moved.isEmpty()) {
                header = header.withInitrwgt(initrwgt());
            }
            writer = LheWriter.open(out, header, init(me, sigma));
        } catch (IOException e) {
            throw new UncheckedIOException("--out: " + Failures.describe(e), e);
        }
        // Ctrl-C or SIGTERM: the writer's temporary file has its own shutdown hook that deletes it
        try {
            long written = 0, lastReport = System.nanoTime();
            while (written < events) {
                EventSampler.Chunk c = sampler.next();
                int n = (int) Math.min(c.events(), events - written);
                if (n == 0) {
                    continue;
                }
                HelicityColourWeights hc = me.helicityColourWeights(c.momenta());
                List<int[]> hels = hc.helicities();
                Map<String, double[]> ratios = new LinkedHashMap<>();
                moved.forEach((id, m) -> ratios.put(id, m.evaluateMomenta(c.momenta()).me()));
                for (int e = 0; e < n; e++) {
                    int h = Selection.pick(hc.helicity(), e, c.random()[0][e]);
                    int f = Math.max(0, Selection.pick(hc.flow(), e, c.random()[1][e]));
                    LheEvent event = lhe.event(c.momenta(), e, hels.get(h), f, sigma.value());
                    if (!ratios.isEmpty()) {
                        Map<String, Double> w = new LinkedHashMap<>();
                        for (Map.Entry<String, double[]> r : ratios.entrySet()) {
                            w.put(r.getKey(), sigma.value() * r.getValue()[e] / c.me()[e]);
                        }
                        event = event.withWeights(w);
                    }
                    writer.write(event);
                }
                written += n;
                if (System.nanoTime() - lastReport > 2_000_000_000L && written < events) {
                    lastReport = System.nanoTime();
                    progress(err, String.format(Locale.ROOT, "  %d of %d events, efficiency %.4f", written, events,
                            sampler.efficiency()));
                }
            }
            writer.commit();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("--out: " + Failures.describe(e), e);
        } finally {
            closeQuietly(writer);
        }
    }

    private static void closeQuietly(LheWriter writer) {
        try {
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // the temporary file is gone or will be; nothing else to do
        }
    }

    private static void progress(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    /** MadGraph's description of the weights: one {@code <weight>} per id, its card changes as text. */
    private String initrwgt() {
        StringBuilder b = new StringBuilder("<initrwgt>\n<weightgroup name='madvec_reweight' weight_name_strategy='includeIdInWeightName'>\n");
        for (Map.Entry<String, Map<String, Double>> p : reweightPoints().entrySet()) {
            b.append("<weight id='").append(p.getKey()).append("'>");
            p.getValue().forEach((name, v) -> {
                String[] bi = name.split("\\.");
                b.append(" set ").append(bi[0]).append(' ').append(bi.length > 1 ? bi[1] : "").append(' ').append(v);
            });
            b.append(" </weight>\n");
        }
        return b.append("</weightgroup>\n</initrwgt>\n").toString();
    }

    /** A MadGraph-like header: the process card and the parameter card in force. */
    private static LheHeader header(MatrixElement me) {
        StringWriter card = new StringWriter();
        try {
            me.card().write(card);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = "<LesHouchesEvents version=\"3.0\">\n<header>\n<!-- generated by madvec generate -->\n"
                + "<MG5ProcCard>\nimport model sm\ngenerate " + me.process() + "\noutput madvec\n</MG5ProcCard>\n"
                + "<slha>\n" + card + (card.toString().endsWith("\n") ? "" : "\n") + "</slha>\n</header>\n";
        return LheHeader.of(text);
    }

    /** Beams at sqrt(s) in the centre-of-mass frame, no PDFs, unit weights (IDWTUP 3) of value sigma. */
    private static LheInit init(MatrixElement me, CrossSection.Estimate sigma) {
        int[] pdg = me.pdgs();
        double[] m = me.externalMasses();
        double s = me.sqrtS() * me.sqrtS();
        double e1 = (s + m[0] * m[0] - m[1] * m[1]) / (2 * me.sqrtS()), e2 = me.sqrtS() - e1;
        return new LheInit(pdg[0], pdg[1], e1, e2, 0, 0, 0, 0, 3,
                List.of(new LheInit.Process(sigma.value(), sigma.error(), sigma.value(), 1)),
                List.of("<generator name='madvec'>generate</generator>"));
    }
}
