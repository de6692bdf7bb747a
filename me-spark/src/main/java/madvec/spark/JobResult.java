package madvec.spark;

import java.io.PrintStream;

/**
 * A finished job: where its tables are and its summary.
 *
 * @param out the output folder ({@code events/} and {@code summary/} in it)
 * @param files how many event files were read
 * @param summary the merged summary
 * @param seconds wall time from the first task to the committed output
 */
record JobResult(String out, int files, SummaryTable summary, double seconds) {
    /** @return the number of events written */
    long events() {
        return summary.merged().events();
    }

    /** Prints the summary table, as the single-machine command does. */
    void print(PrintStream out) {
        out.print(summary.text());
    }
}
