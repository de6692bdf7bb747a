package madvec.reweight;

/**
 * Where an event came from, for messages.
 *
 * @param source the file name (or table name)
 * @param event the event's 1-based number in the source
 * @param line the 1-based line of its {@code <event>} tag, 0 when unknown (an event from a table)
 */
public record EventPosition(String source, long event, long line) {
    /** @return {@code source:line: event N} (or {@code source: event N} without a line), the prefix of messages */
    public String label() {
        return source + (line > 0 ? ":" + line : "") + ": event " + event;
    }
}
