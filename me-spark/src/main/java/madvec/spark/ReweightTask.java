package madvec.spark;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheFormatException;
import madvec.api.lhe.LheReader;
import madvec.reweight.EventPosition;
import madvec.reweight.EventWeights;
import madvec.reweight.ReweightException;
import madvec.reweight.ReweightSummary;
import madvec.reweight.Reweighter;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * One task: reads its event file (a partition holds one) and gives one row per event, in file order,
 * reweighted {@code batch} events at a time so that each subprocess's events fill SIMD lanes. Rows are
 * made as the writer asks for them: memory stays bounded by one batch, whatever the file's size.
 *
 * <p>When the file is done, its {@link FileSummary} goes to the accumulator; Spark applies a task's
 * accumulator updates only when it succeeds, once per partition, so a failed and retried task counts once.
 */
final class ReweightTask implements FlatMapFunction<Iterator<InputFile>, Row> {
    private static final long serialVersionUID = 1L;

    private final JobSpec spec;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final CollectionAccumulator<FileSummary> summaries;

    ReweightTask(JobSpec spec, Broadcast<SerializableConfiguration> hadoop, CollectionAccumulator<FileSummary> summaries) {
        this.spec = spec;
        this.hadoop = hadoop;
        this.summaries = summaries;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) {
        // a partition holds one file (the job makes one per file); several are read one after the other
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = new FileRows(files.next());
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The rows of one file, a batch at a time. */
    private final class FileRows implements Iterator<Row> {
        private final InputFile file;
        private LheReader reader;
        private Reweighter reweighter;
        private ReweightSummary summary;
        private List<Row> batch = Collections.emptyList();
        private int next;
        private boolean finished;
        private long openedAt;
        private long readNanos;
        private long reweightNanos;

        FileRows(InputFile file) {
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            while (next == batch.size() && !finished) {
                readBatch();
            }
            return next < batch.size();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }

        private void readBatch() {
            try {
                if (reader == null) {
                    open();
                }
                long t0 = System.nanoTime();
                List<LheEvent> events = new ArrayList<>(spec.batch());
                List<EventPosition> positions = new ArrayList<>(spec.batch());
                LheEvent e;
                while (events.size() < spec.batch() && (e = reader.next()) != null) {
                    events.add(e);
                    positions.add(new EventPosition(file.displayName(), reader.eventCount(), eventLine(e)));
                }
                readNanos += System.nanoTime() - t0;
                batch = rows(events, positions);
                next = 0;
                if (events.size() < spec.batch()) {
                    finish();
                }
            } catch (LheFormatException | ReweightException e) {
                throw new EventFailure(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new EventFailure(file.displayName() + ": " + e.getMessage());
            } catch (CharacterCodingException e) {
                throw new EventFailure(LheSource.notUtf8(file.displayName()));
            } catch (IOException e) {
                throw new EventFailure(file.displayName() + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            }
        }

        /** The line of the event's {@code <event>} tag: the reader is at its {@code </event>}. */
        private long eventLine(LheEvent e) {
            return reader.lineNumber() - 2 - e.particles().size() - e.extraLines().size();
        }

        private void open() throws IOException {
            openedAt = System.nanoTime();
            reader = LheSource.open(file.path(), file.displayName(), hadoop.value().value());
            TaskContext context = TaskContext.get();
            if (context != null) {
                // closes the file when the task ends, also when it fails half-way
                context.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> closeQuietly());
            }
            reweighter = ExecutorReweighters.forFile(spec, reader.header());
            summary = reweighter.newSummary();
        }

        private List<Row> rows(List<LheEvent> events, List<EventPosition> positions) {
            if (events.isEmpty()) {
                return Collections.emptyList();
            }
            long t0 = System.nanoTime();
            List<EventWeights> weights = reweighter.reweight(events, positions, spec.skipBad());
            reweightNanos += System.nanoTime() - t0;
            List<Row> rows = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                EventWeights w = weights.get(i);
                summary.add(w);
                rows.add(RowFactory.create(file.index(), file.path(), positions.get(i).event(), w.original(),
                        w.weights(), flatten(w.derivatives()), w.problem()));
            }
            return rows;
        }

        private void finish() throws IOException {
            finished = true;
            summaries.add(new FileSummary(file.index(), summary,
                    ReweightSummary.Normalisation.of(reader.init(), summary), System.nanoTime() - openedAt, readNanos, reweightNanos));
            reader.close();
        }

        private void closeQuietly() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // an input that fails to close loses nothing; the task's own outcome is what counts
            }
        }
    }

    /** {@code derivatives[point][g]} as one array, point by point: the order of the derivative ids. */
    static double[] flatten(double[][] derivatives) {
        int g = derivatives.length == 0 ? 0 : derivatives[0].length;
        double[] flat = new double[derivatives.length * g];
        for (int p = 0; p < derivatives.length; p++) {
            System.arraycopy(derivatives[p], 0, flat, p * g, g);
        }
        return flat;
    }
}
