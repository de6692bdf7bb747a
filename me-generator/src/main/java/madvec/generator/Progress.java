package madvec.generator;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Progress messages of a long compilation: nothing for the first two seconds (most processes are
 * done by then), afterwards at most one message every two seconds. Called between subprocesses and
 * phases, never while evaluating.
 */
final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;

    private final Consumer<String> sink;
    private final String statement;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private boolean spoke;

    /**
     * @param sink where messages go, or null for none
     * @param statement the process as written, to head each message
     */
    Progress(Consumer<String> sink, String statement) {
        this(sink, statement, System::nanoTime);
    }

    /** As above, with a clock in nanoseconds (tests pass their own). */
    Progress(Consumer<String> sink, String statement, LongSupplier clock) {
        this.sink = sink;
        this.statement = statement;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start;
    }

    /** Reports what is being done, if it is time to. */
    void report(Supplier<String> what) {
        if (sink == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now - last >= QUIET_NANOS) {
            last = now;
            spoke = true;
            sink.accept(String.format(Locale.ROOT, "%s: %s (%.1f s)", statement, what.get(), (now - start) / 1e9));
        }
    }

    /** Says that the compilation is over, if progress was reported at all. */
    void done(Supplier<String> what) {
        if (sink != null && spoke) {
            sink.accept(String.format(Locale.ROOT, "%s: %s (%.1f s)", statement, what.get(),
                    (clock.getAsLong() - start) / 1e9));
        }
    }
}
