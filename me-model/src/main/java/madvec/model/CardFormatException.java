package madvec.model;

/**
 * A parameter card that does not follow the SLHA layout: the message names the source, the line
 * number, the offending line and what was expected there, so that the card can be fixed without a
 * debugger.
 */
public final class CardFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int lineNumber;
    private final String line;

    /**
     * A failure at one line of a card, or of the card as a whole.
     *
     * @param sourceName the file name or other label of the card
     * @param lineNumber 1-based number of the offending line, or the number of lines read when the
     *     problem is the card as a whole (then {@code line} is null)
     * @param line the offending line as read, or null when no single line is at fault
     * @param problem what is wrong and what was expected instead
     */
    public CardFormatException(String sourceName, int lineNumber, String line, String problem) {
        super(line == null
                ? sourceName + ": " + problem + " (after " + lineNumber + " lines)"
                : sourceName + ":" + lineNumber + ": " + problem + "\n    line " + lineNumber + ": " + line);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.line = line;
    }

    /** The file name or label of the card that failed to parse. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The offending line as read, or null when the card as a whole is at fault. */
    public String line() {
        return line;
    }
}
