package madvec.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheReader;
import madvec.model.ParamCard;
import madvec.reweight.ReweightCard;
import madvec.reweight.Reweighter;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The reweighting job on a Spark session: checks the inputs and cards on the driver, compiles the
 * reweighter once there (to fail before any task starts, and to know the weight ids), reweights one file
 * per task, writes {@code events/} and {@code summary/} as Parquet into a staging folder and moves it
 * into place when both are complete.
 */
final class ReweightJob {
    private final SparkSession spark;
    private final PrintStream err;

    /**
     * @param spark the session to run on
     * @param err where progress goes
     */
    ReweightJob(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    /**
     * Runs the job.
     *
     * @param request what to reweight and where to
     * @return the result, after the output is in place
     * @throws IOException if a file cannot be read or the output cannot be written
     * @throws IllegalArgumentException on bad input: a missing file, a bad card, an existing output
     * @throws org.apache.spark.SparkException (wrapping an {@link EventFailure}) when an event cannot be reweighted
     */
    JobResult run(JobRequest request) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        List<String> files = LheInputs.expand(request.events(), hadoop);
        StagedOutput output = StagedOutput.prepare(request.out(), request.overwrite(), hadoop);
        ReweightCard card = ReweightCard.read(Path.of(request.card()));
        LheHeader header;
        String firstName = new InputFile(0, files.get(0)).displayName();
        try (LheReader first = LheSource.open(files.get(0), firstName, hadoop)) {
            header = first.header();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(LheSource.notUtf8(firstName), e);
        }
        Reweighter.Builder builder = Reweighter.builder().header(header).process(request.process()).card(card)
                .gradients(request.gradients().toArray(String[]::new)).progress(err::println);
        String paramCardText = null;
        if (request.paramCard() != null) {
            Path p = Path.of(request.paramCard());
            builder.paramCard(ParamCard.read(p));
            paramCardText = Files.readString(p);
        }
        Reweighter reweighter = builder.build();
        JobSpec spec = new JobSpec(request.process(), request.paramCard(), paramCardText, reweighter.gradients(),
                PointSpec.of(reweighter.points()), card.eventHelicities(), request.batch(), request.skipBad());
        ExecutorReweighters.share(spec, header, reweighter);

        List<InputFile> inputs = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            inputs.add(new InputFile(i, files.get(i)));
        }
        Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(hadoop));
        CollectionAccumulator<FileSummary> reports = spark.sparkContext().collectionAccumulator("madvec file summaries");
        Progress progress = new Progress(err, files.size());
        spark.sparkContext().addSparkListener(progress);
        boolean committed = false;
        try {
            JavaRDD<Row> rows = jsc.parallelize(inputs, inputs.size()).mapPartitions(new ReweightTask(spec, conf, reports));
            jsc.setLocalProperty(Progress.PASS, Progress.REWEIGHT);
            try {
                spark.createDataFrame(rows, EventSchema.events(reweighter.weightIds(), reweighter.gradientIds()))
                        .write().mode(SaveMode.ErrorIfExists).parquet(output.staging("events"));
            } finally {
                jsc.setLocalProperty(Progress.PASS, null);
            }
            SummaryTable summary = SummaryTable.merge(reports.value(), files.size(), reweighter);
            spark.createDataFrame(summary.rows(), EventSchema.summary()).coalesce(1)
                    .write().mode(SaveMode.ErrorIfExists).parquet(output.staging("summary"));
            output.commit();
            committed = true;
            return new JobResult(output.target(), files.size(), summary, (System.nanoTime() - start) / 1e9,
                    summary.taskSeconds(), summary.readSeconds(), summary.reweightSeconds());
        } finally {
            // also for Spark's own (checked, undeclared) SparkException of a failed task
            if (!committed) {
                awaitIdle();
                output.abandon();
            }
            spark.sparkContext().removeSparkListener(progress);
        }
    }

    /**
     * Waits (up to a minute) for the failed job's other tasks to stop: Spark cancels them as it fails the
     * job, but a task still running could write into the staging folder after it is deleted.
     */
    private void awaitIdle() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && running() > 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int running() {
        int n = 0;
        for (SparkExecutorInfo e : spark.sparkContext().statusTracker().getExecutorInfos()) {
            n += e.numRunningTasks();
        }
        return n;
    }
}
