package madvec.spark;

import java.io.PrintStream;

/**
 * A finished job: where its tables are and its summary.
 *
 * @param out the output folder ({@code events/} and {@code summary/} in it)
 * @param files how many event files were read
 * @param summary the merged summary
 * @param seconds wall time from the driver's start of the job to the committed output
 * @param taskSeconds the reweighting tasks' run time, summed over tasks
 * @param readSeconds of which reading and parsing the files
 * @param reweightSeconds of which the reweighter (matching and matrix elements); the rest is making
 *     rows and writing Parquet
 */
record JobResult(String out, int files, SummaryTable summary, double seconds, double taskSeconds, double readSeconds,
        double reweightSeconds) {
    /** @return the number of events written */
    long events() {
        return summary.merged().events();
    }

    /** @return one line for stderr: events, rate and where the tasks' time went */
    String timing() {
        return String.format(java.util.Locale.ROOT, "madvec-spark: %d events of %d files in %.1f s (%.3g events/s); "
                + "task time %.1f s: reading and parsing %.1f s, matrix elements %.1f s, rows and Parquet %.1f s -> %s",
                events(), files, seconds, events() / seconds, taskSeconds, readSeconds, reweightSeconds,
                Math.max(0, taskSeconds - readSeconds - reweightSeconds), out);
    }

    /** Prints the summary table, as the single-machine command does. */
    void print(PrintStream out) {
        out.print(summary.text());
    }
}
