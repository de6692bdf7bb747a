package madvec.api.lhe;

/**
 * A malformed Les Houches Event file. The message names the source, the line number, what was expected
 * and the offending line, as in {@code events.lhe:57: particle line 3 of 5: expected 13 numbers, got 12: '...'}.
 */
public final class LheFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Longer lines are cut in the message so that a binary or one-line file does not flood a log. */
    private static final int MAX_QUOTED = 200;

    private final String source;
    private final long lineNumber;

    /**
     * Builds the message from its parts.
     *
     * @param source the file name (or other label) shown in the message
     * @param lineNumber the 1-based line number of the offending line
     * @param line the offending line, or {@code null} at the end of the input
     * @param problem what was expected and what was found
     */
    public LheFormatException(String source, long lineNumber, String line, String problem) {
        super(source + ":" + lineNumber + ": " + problem + (line == null ? "" : ": '" + cut(line) + "'"));
        this.source = source;
        this.lineNumber = lineNumber;
    }

    private static String cut(String line) {
        return line.length() <= MAX_QUOTED ? line : line.substring(0, MAX_QUOTED) + "...";
    }

    /** @return the source named in the message */
    public String source() {
        return source;
    }

    /** @return the 1-based number of the offending line */
    public long lineNumber() {
        return lineNumber;
    }
}
