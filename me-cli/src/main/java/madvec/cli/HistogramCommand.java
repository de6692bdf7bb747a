package madvec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheFormatException;
import madvec.api.lhe.LheReader;
import madvec.events.Observables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code madvec histogram}: the distribution of one observable of an event file at its nominal weight and
 * at reweighting weights, as a table and a plot (the MadJax paper's Figure 4, left).
 */
@Command(name = "histogram", sortOptions = false,
        description = {"Distribution of an observable of an LHE file (.lhe or .lhe.gz), d sigma / d x in pb per unit,",
            "at the event weight and at <rwgt> weights: a table on stdout and a plot (PNG or SVG).", ""},
        footer = {"", "Particles are numbered from 1 as in MadGraph: the incoming ones, then the final-state",
            "ones (status 1) in file order; resonances are skipped. Observables: e px py pz pt eta y phi",
            "costheta (of i), m(i,j). The nominal histogram is normalised to the <init> cross section;",
            "reweighted ones get the same factor."})
final class HistogramCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "the event file")
    Path events;

    @Option(names = "--observable", required = true, paramLabel = "OBS", description = "e.g. costheta(3), pt(3), m(3,4)")
    String observable;

    @Option(names = "--weights", split = ",", paramLabel = "ID",
            description = "<rwgt> weight ids to draw besides the nominal weight (default: every one in the file)")
    List<String> weights;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "20", description = "number of bins, 1 to 10000 (default: ${DEFAULT-VALUE})")
    int bins;

    @Option(names = "--range", split = ",", paramLabel = "A,B", converter = Limits.Real.class,
            description = "the observable's range (default: the smallest to the largest value in the file)")
    List<Double> range;

    @Option(names = "--out", paramLabel = "FILE", description = "the plot, .png or .svg")
    Path out;

    @Override
    public void run() {
        if (out != null) {
            String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!n.endsWith(".png") && !n.endsWith(".svg")) {
                throw new UsageError("--out must end in .png or .svg, got " + out);
            }
        }
        if (bins < 1 || bins > 10_000) {
            throw new UsageError("--bins must be from 1 to 10000, got " + bins);
        }
        if (range != null && (range.size() != 2 || !(range.get(1) > range.get(0)))) {
            throw new UsageError("--range needs two numbers A,B with B > A");
        }
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        double sigma = Double.NaN;
        Observables obs = null;
        int particles = -1;
        try (LheReader r = LheReader.open(events)) {
            if (!r.init().processes().isEmpty()) {
                sigma = r.init().processes().stream().mapToDouble(p -> p.crossSection()).sum();
            }
            LheEvent e;
            while ((e = r.next()) != null) {
                int n = e.incoming().size() + e.outgoing().size();
                Map<String, Double> w = e.weights();
                if (obs == null) {
                    particles = n;
                    obs = Observables.parse(observable, n);
                    ids.addAll(weights != null ? new LinkedHashSet<>(weights) : w.keySet());
                } else if (n != particles) {
                    throw new IllegalArgumentException(events + ":" + r.lineNumber() + ": event " + r.eventCount() + " has "
                            + n + " particles, the first event " + particles);
                }
                double[] row = new double[2 + ids.size()];
                row[0] = obs.of(column(e.momenta()), 0)[0];
                row[1] = e.weight();
                for (int k = 0; k < ids.size(); k++) {
                    Double v = w.get(ids.get(k));
                    if (v == null) {
                        throw new IllegalArgumentException(events + ":" + r.lineNumber() + ": event " + r.eventCount()
                                + " has no weight '" + ids.get(k) + "'" + (w.isEmpty() ? " (no <rwgt> block)" : "; it has "
                                        + w.keySet()));
                    }
                    row[2 + k] = v;
                }
                rows.add(row);
            }
        } catch (LheFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("--events: " + Failures.describe(e), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(events + ": no events");
        }
        table(rows, ids, sigma);
    }

    private static double[][] column(double[] momenta) {
        double[][] p = new double[momenta.length][1];
        for (int j = 0; j < momenta.length; j++) p[j][0] = momenta[j];
        return p;
    }

    private void table(List<double[]> rows, List<String> ids, double sigma) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[0]);
        }
        if (range != null) {
            lo = range.get(0);
            hi = range.get(1);
        } else if (!(hi > lo)) {
            hi = lo + 1;
        }
        int sets = 1 + ids.size();
        double[][] sum = new double[sets][bins], sum2 = new double[sets][bins];
        double nominal = 0;
        long outside = 0;
        for (double[] r : rows) {
            nominal += r[1];
            int b = (int) Math.floor((r[0] - lo) / (hi - lo) * bins);
            if (r[0] == hi) b = bins - 1;
            if (b < 0 || b >= bins) {
                outside++;
                continue;
            }
            for (int s = 0; s < sets; s++) {
                sum[s][b] += r[1 + s];
                sum2[s][b] += r[1 + s] * r[1 + s];
            }
        }
        // the nominal weights sum to sigma after this factor, whether the file writes sigma or sigma / N per event
        double scale = (Double.isFinite(sigma) && sigma > 0 ? sigma : nominal) / nominal, width = (hi - lo) / bins;
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) edges[b] = lo + b * width;
        double[][] values = new double[sets][bins];
        PrintWriter o = spec.commandLine().getOut();
        StringBuilder head = new StringBuilder("# low high nominal err_nominal");
        for (String id : ids) head.append(' ').append(id).append(" err_").append(id);
        o.println(head);
        for (int b = 0; b < bins; b++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.6g %.6g", edges[b], edges[b + 1]));
            for (int s = 0; s < sets; s++) {
                values[s][b] = sum[s][b] * scale / width;
                line.append(String.format(Locale.ROOT, " %.6e %.3e", values[s][b], Math.sqrt(sum2[s][b]) * scale / width));
            }
            o.println(line);
        }
        o.flush();
        if (outside > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "madvec histogram: %d of %d events outside the range [%s, %s]%n",
                    outside, rows.size(), lo, hi);
            spec.commandLine().getErr().flush();
        }
        if (out != null) {
            List<String> labels = new ArrayList<>();
            labels.add("nominal");
            labels.addAll(ids);
            HistogramPlot plot = new HistogramPlot(events.getFileName().toString(), observable, edges, labels, values);
            boolean svg = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
            try (SafeOutput so = SafeOutput.open(out, o, Map.of("--events", events))) {
                try {
                    if (svg) {
                        plot.writeSvg(so.stream());
                    } else {
                        plot.writePng(so.stream());
                    }
                } catch (IOException e) {
                    throw so.failed(e);
                }
                so.commit();
            }
        }
    }
}
