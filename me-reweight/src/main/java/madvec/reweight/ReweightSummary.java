package madvec.reweight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import madvec.api.lhe.LheInit;

/**
 * Sums over events of the original weight, every new weight and every derivative, and of their
 * squares: what the cross sections and their statistical errors come from. One per thread or
 * partition, combined with {@link #merge}; not thread-safe itself. Events that were not reweighted
 * count with zero new weights (as the output file has them) and are counted apart.
 */
public final class ReweightSummary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** How a sample's weights make a cross section, as MadGraph's {@code event_norm}. */
    public enum Normalisation {
        /** sigma = the mean weight (MadGraph's default {@code event_norm = average}) */
        AVERAGE,
        /** sigma = the sum of the weights ({@code event_norm = sum}) */
        SUM;

        /**
         * The normalisation that makes the original weights give the {@code <init>} cross section (the
         * sum of XSECUP): whichever of mean and sum is closer to it.
         */
        public static Normalisation of(LheInit init, ReweightSummary summary) {
            double xsec = init.processes().stream().mapToDouble(LheInit.Process::crossSection).sum();
            if (summary.events == 0) return AVERAGE;
            double sum = summary.sums[0], mean = sum / summary.events;
            return Math.abs(sum - xsec) < Math.abs(mean - xsec) ? SUM : AVERAGE;
        }
    }

    /**
     * A cross section (or its derivative) and its statistical error.
     *
     * @param value the estimate
     * @param error its standard error
     */
    public record Estimate(double value, double error) {}

    private final List<String> ids;
    private final int points;
    private final double[] sums, squares;
    private long events, skipped;

    /**
     * @param weightIds the new weight ids
     * @param gradientIds the derivative ids
     */
    public ReweightSummary(List<String> weightIds, List<String> gradientIds) {
        List<String> all = new ArrayList<>();
        all.add("original");
        all.addAll(weightIds);
        all.addAll(gradientIds);
        this.ids = List.copyOf(all);
        this.points = weightIds.size();
        this.sums = new double[all.size()];
        this.squares = new double[all.size()];
    }

    /** Adds one event. @throws IllegalArgumentException when it has another number of weights */
    public void add(EventWeights w) {
        if (w.weights().length != points) throw new IllegalArgumentException("expected " + points + " weights, got " + w.weights().length);
        events++;
        if (!w.ok()) skipped++;
        accumulate(0, w.original());
        int k = 1;
        for (double x : w.weights()) accumulate(k++, x);
        for (double[] d : w.derivatives()) for (double x : d) accumulate(k++, x);
    }

    private void accumulate(int k, double x) {
        sums[k] += x;
        squares[k] += x * x;
    }

    /**
     * Adds another summary of the same ids (another thread's or partition's events).
     *
     * @return this
     * @throws IllegalArgumentException when the ids differ
     */
    public ReweightSummary merge(ReweightSummary other) {
        if (!ids.equals(other.ids)) throw new IllegalArgumentException("summaries of different weights cannot be merged");
        for (int k = 0; k < sums.length; k++) {
            sums[k] += other.sums[k];
            squares[k] += other.squares[k];
        }
        events += other.events;
        skipped += other.skipped;
        return this;
    }

    /** @return {@code original}, the new weight ids, the derivative ids */
    public List<String> ids() {
        return ids;
    }

    /** @return the number of events added */
    public long events() {
        return events;
    }

    /** @return how many of them were not reweighted */
    public long skipped() {
        return skipped;
    }

    /** @return the sum of the weights of id {@code ids().get(k)} */
    public double sum(int k) {
        return sums[k];
    }

    /** @return the sum of their squares */
    public double sumOfSquares(int k) {
        return squares[k];
    }

    /**
     * The cross section of one id and its statistical error: the mean (or sum) of the weights, and the
     * standard error from their spread.
     */
    public Estimate estimate(int k, Normalisation norm) {
        if (events == 0) return new Estimate(0, 0);
        double n = events, mean = sums[k] / n;
        double variance = Math.max(0, squares[k] / n - mean * mean);
        double errorOfMean = Math.sqrt(variance / n);
        return norm == Normalisation.AVERAGE ? new Estimate(mean, errorOfMean) : new Estimate(sums[k], errorOfMean * n);
    }

    /**
     * The table a command prints: {@code # weight_id cross_section_pb error_pb}, one line per id
     * (original first, then the new weights and their derivatives, d sigma / d parameter), then a comment
     * line with the event counts.
     */
    public String table(Normalisation norm) {
        StringBuilder sb = new StringBuilder("# weight_id cross_section_pb error_pb\n");
        for (int k = 0; k < ids.size(); k++) {
            Estimate e = estimate(k, norm);
            sb.append(String.format(Locale.ROOT, "%s %.10e %.4e%n", ids.get(k), e.value(), e.error()));
        }
        sb.append("# events ").append(events).append(", reweighted ").append(events - skipped).append(", not reweighted ")
                .append(skipped).append(", normalisation ").append(norm.name().toLowerCase(Locale.ROOT)).append('\n');
        return sb.toString();
    }
}
