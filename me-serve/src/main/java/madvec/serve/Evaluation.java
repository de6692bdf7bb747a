package madvec.serve;

import java.util.ArrayList;
import java.util.List;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One coalesced evaluation: the jobs of a batch that share a matrix element and an input kind,
 * concatenated into one set of API columns, evaluated in event slices (on as many workers as are
 * free; events are independent, so the bits do not depend on the split), then cut back into each
 * job's outputs.
 *
 * <p>If a slice fails (an event the API refuses, a non-finite result), every job of the evaluation
 * is evaluated again on its own, so that only the request with the bad event gets the error, with
 * the event numbered within that request.
 */
final class Evaluation {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

    private final Model model;
    private final List<InferJob> jobs;
    private final MatrixElement me;
    private final boolean momenta, wantU;
    private final int events;
    private final double[][] columns;
    // merged results, written by disjoint slices
    private final double[] value, weight;
    private final double[][] dme, dweight, u;
    private final List<String> names;
    private volatile RuntimeException failure;

    Evaluation(Model model, List<InferJob> jobs) {
        this.model = model;
        this.jobs = jobs;
        InferJob first = jobs.getFirst();
        this.me = model.at(first.form(), first.point());
        this.momenta = first.momenta();
        this.wantU = jobs.stream().anyMatch(j -> j.wanted().stream().anyMatch(w -> w.name().equals("u")));
        this.columns = jobs.size() == 1 ? first.columns() : concat(jobs);
        this.events = columns[0].length;
        this.names = momenta ? me.momentumDerivativeNames() : me.pointDerivativeNames();
        this.value = new double[events];
        this.weight = momenta ? null : new double[events];
        this.dme = new double[names.size()][];
        this.dweight = new double[momenta ? 0 : names.size()][];
        for (int j = 0; j < dme.length; j++) dme[j] = new double[events];
        for (int j = 0; j < dweight.length; j++) dweight[j] = new double[events];
        this.u = wantU ? new double[model.dimensions()][events] : null;
    }

    private static double[][] concat(List<InferJob> jobs) {
        int width = jobs.getFirst().columns().length, total = 0;
        for (InferJob j : jobs) total += j.events();
        double[][] c = new double[width][total];
        int at = 0;
        for (InferJob j : jobs) {
            for (int k = 0; k < width; k++) System.arraycopy(j.columns()[k], 0, c[k], at, j.events());
            at += j.events();
        }
        return c;
    }

    int events() {
        return events;
    }

    List<InferJob> jobs() {
        return jobs;
    }

    /** Evaluates events [from, to) into the merged results; safe to call from several threads on disjoint ranges. */
    void slice(int from, int to) {
        if (failure != null) {
            return;
        }
        try {
            double[][] in = from == 0 && to == events ? columns : cut(columns, from, to);
            Batch b = momenta ? me.evaluateMomenta(in) : me.evaluatePoints(in);
            int len = to - from;
            System.arraycopy(b.me(), 0, value, from, len);
            for (int j = 0; j < dme.length; j++) System.arraycopy(b.dme(j), 0, dme[j], from, len);
            if (!momenta) {
                System.arraycopy(b.weight(), 0, weight, from, len);
                for (int j = 0; j < dweight.length; j++) System.arraycopy(b.dweight(j), 0, dweight[j], from, len);
            }
            if (wantU) {
                double[][] pu = me.pointsOf(in);
                for (int c = 0; c < pu.length; c++) System.arraycopy(pu[c], 0, u[c], from, len);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private static double[][] cut(double[][] c, int from, int to) {
        double[][] s = new double[c.length][];
        for (int k = 0; k < c.length; k++) s[k] = java.util.Arrays.copyOfRange(c[k], from, to);
        return s;
    }

    /** After every slice: completes each job's future (never exceptionally). */
    void complete() {
        if (failure != null) {
            if (jobs.size() == 1 && events == jobs.getFirst().events() && !sliced) {
                jobs.getFirst().future().complete(refusal(failure));
                return;
            }
            // find the bad request: each job again, alone, unsliced
            for (InferJob j : jobs) {
                Evaluation alone = new Evaluation(model, List.of(j));
                alone.slice(0, j.events());
                alone.complete();
            }
            return;
        }
        int at = 0;
        for (InferJob j : jobs) {
            InferJob.Result r;
            try {
                r = InferJob.Result.ok(outputs(j, at));
            } catch (ArithmeticException e) {
                r = InferJob.Result.failed(400, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("internal error building the outputs of model {}", model.name(), e);
                r = InferJob.Result.failed(500, "internal error: " + e);
            }
            j.future().complete(r);
            at += j.events();
        }
    }

    private boolean sliced;

    /** Marks that the events were split over several slices (a failure then re-runs the job unsplit). */
    void markSliced() {
        sliced = true;
    }

    private InferJob.Result refusal(RuntimeException e) {
        if (e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
            return InferJob.Result.failed(400, e.getMessage());
        }
        LOG.error("internal error evaluating model {}", model.name(), e);
        return InferJob.Result.failed(500, "internal error: " + e);
    }

    /** The job's outputs from the merged results at offset {@code at}; non-finite values are refused by name. */
    private List<Tensors.Output> outputs(InferJob j, int at) {
        int b = j.events(), d = model.dimensions(), p = model.parameters().size();
        List<Tensors.Output> out = new ArrayList<>();
        for (Tensors.Wanted w : j.wanted()) {
            double[] data;
            long[] shape;
            switch (w.name()) {
                case "me" -> {
                    data = range(value, at, b);
                    shape = new long[] {b};
                }
                case "log_me" -> {
                    data = new double[b];
                    for (int e = 0; e < b; e++) data[e] = Math.log(value[at + e]);
                    shape = new long[] {b};
                }
                case "weight" -> {
                    data = range(weight, at, b);
                    shape = new long[] {b};
                }
                case "log_p" -> {
                    data = new double[b];
                    // log(me) + log(weight) rather than log(me * weight): the product can underflow
                    for (int e = 0; e < b; e++) data[e] = Math.log(value[at + e]) + Math.log(weight[at + e]);
                    shape = new long[] {b};
                }
                case "grad_theta" -> {
                    data = new double[b * p];
                    for (int k = 0; k < p; k++) {
                        double[] g = dme[names.indexOf(model.parameters().get(k))];
                        for (int e = 0; e < b; e++) data[e * p + k] = g[at + e];
                    }
                    shape = new long[] {b, p};
                }
                case "grad_u", "grad_u_log_p" -> {
                    boolean log = w.name().equals("grad_u_log_p");
                    data = new double[b * d];
                    for (int c = 0; c < d; c++) {
                        int k = names.indexOf("u" + (c + 1));
                        double[] g = dme[k], gw = dweight[k];
                        for (int e = 0; e < b; e++) {
                            int l = at + e;
                            data[e * d + c] = log ? g[l] / value[l] + gw[l] / weight[l] : g[l];
                        }
                    }
                    shape = new long[] {b, d};
                }
                case "u" -> {
                    data = new double[b * d];
                    for (int c = 0; c < d; c++) {
                        for (int e = 0; e < b; e++) data[e * d + c] = u[c][at + e];
                    }
                    shape = new long[] {b, d};
                }
                default -> throw new IllegalStateException("unchecked output " + w.name());
            }
            int width = shape.length == 1 ? 1 : (int) shape[1];
            for (int i = 0; i < data.length; i++) {
                if (!Double.isFinite(data[i])) {
                    throw new ArithmeticException("event " + i / width + ": output " + w.name() + " is " + data[i]
                            + (w.name().startsWith("log") || w.name().equals("grad_u_log_p") ? " (|M|^2 = " + value[at + i / width]
                            + (weight == null ? "" : ", weight = " + weight[at + i / width]) + ")" : ""));
                }
            }
            out.add(new Tensors.Output(w.name(), shape, data, w.binary()));
        }
        return out;
    }

    private static double[] range(double[] a, int at, int b) {
        return at == 0 && b == a.length ? a : java.util.Arrays.copyOfRange(a, at, at + b);
    }
}
