package madvec.generator;

/**
 * A process string that cannot be read, or that asks for what cannot be (a decay impossible on shell):
 * the message quotes the text as written and names the offending token and its position.
 */
public final class ProcessSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param text the whole process text
     * @param position character offset of the problem (0-based), or -1 for the whole text
     * @param problem what is wrong
     */
    public ProcessSyntaxException(String text, int position, String problem) {
        super(position < 0 ? "process '" + text + "': " + problem
                : "process '" + text + "': " + problem + " at position " + (position + 1));
        this.position = position;
    }

    /** Character offset of the problem (0-based), or -1. */
    public int position() {
        return position;
    }
}
