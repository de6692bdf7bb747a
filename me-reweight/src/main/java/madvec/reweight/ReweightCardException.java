package madvec.reweight;

/** A reweight card that cannot be used; the message starts with {@code SOURCE:LINE:}. */
public final class ReweightCardException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final long lineNumber;

    /**
     * @param source the card's name, shown in the message
     * @param lineNumber the 1-based line, 0 when the problem is the card as a whole
     * @param problem what is wrong
     */
    public ReweightCardException(String source, long lineNumber, String problem) {
        super(source + (lineNumber > 0 ? ":" + lineNumber : "") + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** @return the 1-based line of the problem, 0 for the card as a whole */
    public long lineNumber() {
        return lineNumber;
    }
}
