package madvec.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of the reweighting stage on the driver's stderr: one line per finished file (a task), with
 * the events written so far and the rate. Spark reports a task when it ends, so a line comes per file,
 * not per batch; nothing is printed per event.
 */
final class Progress extends SparkListener {
    private final PrintStream err;
    private final int files;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong events = new AtomicLong();
    private volatile int stageId = -1;

    Progress(PrintStream err, int files) {
        this.err = err;
        this.files = files;
    }

    /** The local property that marks the reweighting stage's jobs (the summary pass has tasks too). */
    static final String PASS = "madvec.pass";
    static final String REWEIGHT = "reweight";

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        if (submitted.properties() != null && REWEIGHT.equals(submitted.properties().getProperty(PASS))) {
            stageId = submitted.stageInfo().stageId();
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.stageId() != stageId || end.taskMetrics() == null || !end.taskInfo().successful()) {
            return;
        }
        long total = events.addAndGet(end.taskMetrics().outputMetrics().recordsWritten());
        int n = done.incrementAndGet();
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "madvec-spark: %d/%d files, %d events, %.3g events/s%n", n, files, total,
                total / Math.max(seconds, 1e-9));
    }
}
