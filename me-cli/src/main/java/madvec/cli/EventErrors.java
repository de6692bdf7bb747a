package madvec.cli;

import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import madvec.api.Batch;

/**
 * One wording for a problem with one event, whichever command meets it:
 * {@code [FILE:LINE: ]event N: problem}, events numbered from 1 over the whole run, the input line
 * named when the event came from a file.
 *
 * <p>Why re-word: the API numbers the events of each call from 0 ({@code "event 0: |M|^2 is NaN ..."})
 * and knows nothing of files or of earlier batches; the momenta table names lines, not events. The
 * commands send every evaluation and every table error through here, so the translation is in one place.
 */
final class EventErrors {
    /** How the API starts a message about one event of a batch. */
    private static final Pattern API_EVENT = Pattern.compile("event (\\d+): (.*)", Pattern.DOTALL);
    /** How {@code MomentaTable} starts a message about one line. */
    private static final Pattern TABLE_LINE = Pattern.compile("(.*):(\\d+): (.*)", Pattern.DOTALL);

    private EventErrors() {}

    /** The message about event {@code event} (from 1), read at {@code location} ({@code "file:line: "} or ""). */
    static String at(String location, long event, String problem) {
        return location + "event " + event + ": " + problem;
    }

    /**
     * Runs one batch evaluation through the API, re-wording its messages about an event.
     *
     * @param before events of the run before this batch
     * @param location where event {@code lane} of the batch was read ({@code "file:line: "}), or ""
     */
    static Batch evaluate(Supplier<Batch> evaluation, long before, IntFunction<String> location) {
        try {
            return evaluation.get();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            Matcher m = API_EVENT.matcher(String.valueOf(e.getMessage()));
            if (!m.matches()) {
                throw e;
            }
            int lane = Integer.parseInt(m.group(1));
            throw new IllegalArgumentException(at(location.apply(lane), before + lane + 1, m.group(2)), e);
        }
    }

    /**
     * A {@code MomentaTable} error {@code "file:LINE: problem"} re-worded with the event that line holds.
     *
     * @param event the number of that event, from 1 ({@code MomentaTable.Chunks.events()})
     */
    static IllegalArgumentException tableError(IllegalArgumentException e, String source, long event) {
        Matcher m = TABLE_LINE.matcher(String.valueOf(e.getMessage()));
        if (!m.matches() || !m.group(1).equals(source)) {
            return e;
        }
        String where = source + ":" + m.group(2) + ": ";
        // an encoding error is about a line that holds no event yet
        return new IllegalArgumentException(m.group(3).startsWith("not UTF-8") ? where + m.group(3)
                : at(where, event, m.group(3)), e);
    }
}
