package madvec.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import madvec.reweight.ReweightSummary;
import madvec.reweight.ReweightSummary.Estimate;
import madvec.reweight.ReweightSummary.Normalisation;
import madvec.reweight.Reweighter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The job's summary: the files' summaries merged, read as the single-machine command reads one file.
 *
 * <p>The files are taken to be runs of one sample (MadGraph's several seeds or split outputs): with the
 * default {@code event_norm = average} each file's mean weight estimates the cross section, so the
 * merged estimate is the mean over all events; with {@code sum} each file's weights sum to it, so the
 * merged sum is divided by the number of files. Files normalised differently are refused.
 */
final class SummaryTable {
    private final ReweightSummary merged;
    private final Normalisation normalisation;
    private final int files;
    private final List<String> points;
    private final List<String> gradients;
    private final long taskNanos;
    private final long readNanos;
    private final long reweightNanos;

    private SummaryTable(ReweightSummary merged, Normalisation normalisation, int files, List<String> points,
            List<String> gradients, long taskNanos, long readNanos, long reweightNanos) {
        this.merged = merged;
        this.normalisation = normalisation;
        this.files = files;
        this.points = points;
        this.gradients = gradients;
        this.taskNanos = taskNanos;
        this.readNanos = readNanos;
        this.reweightNanos = reweightNanos;
    }

    /**
     * Merges the tasks' reports, checking that every file reported exactly once.
     *
     * @param reports what the accumulator collected
     * @param files the number of input files
     * @param reweighter gives the ids
     * @return the table
     * @throws IllegalStateException when a file is missing or counted twice (events would be lost or doubled)
     */
    static SummaryTable merge(List<FileSummary> reports, int files, Reweighter reweighter) {
        TreeMap<Integer, FileSummary> byFile = new TreeMap<>();
        for (FileSummary r : reports) {
            if (byFile.put(r.fileIndex(), r) != null) {
                throw new IllegalStateException("file " + r.fileIndex() + " was reported twice: the summary would count its events twice");
            }
        }
        if (byFile.size() != files) {
            throw new IllegalStateException(files + " files read but " + byFile.size() + " reported: events would be missing from the summary");
        }
        ReweightSummary merged = reweighter.newSummary();
        Normalisation norm = byFile.firstEntry().getValue().normalisation();
        long task = 0;
        long read = 0;
        long reweight = 0;
        for (FileSummary r : byFile.values()) {
            task += r.taskNanos();
            read += r.readNanos();
            reweight += r.reweightNanos();
            if (r.normalisation() != norm) {
                throw new IllegalArgumentException("the files' weights are normalised differently (event_norm "
                        + name(norm) + " and " + name(r.normalisation()) + "): reweight them in separate jobs");
            }
            merged.merge(r.summary());
        }
        return new SummaryTable(merged, norm, files, reweighter.weightIds(), reweighter.gradients(), task, read, reweight);
    }

    private static String name(Normalisation n) {
        return n.name().toLowerCase(Locale.ROOT);
    }

    /** @return the tasks' time from opening their files to the last row, in seconds, summed over files */
    double taskSeconds() {
        return taskNanos / 1e9;
    }

    /** @return the tasks' time reading and parsing, in seconds, summed over files */
    double readSeconds() {
        return readNanos / 1e9;
    }

    /** @return the tasks' time in the reweighter, in seconds, summed over files */
    double reweightSeconds() {
        return reweightNanos / 1e9;
    }

    /** @return the merged sums */
    ReweightSummary merged() {
        return merged;
    }

    /** @return the cross section (or derivative) of {@code merged().ids().get(k)} and its error */
    Estimate estimate(int k) {
        Estimate e = merged.estimate(k, normalisation);
        return normalisation == Normalisation.SUM ? new Estimate(e.value() / files, e.error() / files) : e;
    }

    /** @return the summary table's rows, in {@link EventSchema#summary()} order */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> ids = merged.ids();
        for (int k = 0; k < ids.size(); k++) {
            String point;
            String parameter = null;
            if (k == 0) {
                point = ids.get(0);
            } else if (k <= points.size()) {
                point = ids.get(k);
            } else {
                int d = k - 1 - points.size();
                point = points.get(d / gradients.size());
                parameter = gradients.get(d % gradients.size());
            }
            Estimate e = estimate(k);
            rows.add(RowFactory.create(ids.get(k), point, parameter, e.value(), e.error(), merged.events(), merged.skipped()));
        }
        return rows;
    }

    /**
     * The table as the single-machine command prints it: {@code # weight_id cross_section_pb error_pb},
     * a line per id, a comment line with the counts.
     */
    String text() {
        if (normalisation == Normalisation.AVERAGE || files == 1) {
            return merged.table(normalisation);
        }
        StringBuilder sb = new StringBuilder("# weight_id cross_section_pb error_pb\n");
        for (int k = 0; k < merged.ids().size(); k++) {
            Estimate e = estimate(k);
            sb.append(String.format(Locale.ROOT, "%s %.10e %.4e%n", merged.ids().get(k), e.value(), e.error()));
        }
        sb.append("# events ").append(merged.events()).append(", reweighted ").append(merged.events() - merged.skipped())
                .append(", not reweighted ").append(merged.skipped()).append(", normalisation sum, mean of ")
                .append(files).append(" files\n");
        return sb.toString();
    }
}
