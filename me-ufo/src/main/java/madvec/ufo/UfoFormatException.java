package madvec.ufo;

/**
 * A UFO model file that cannot be read: a construct outside the Python subset madvec reads, a
 * missing or ill-typed object attribute, an unknown name or a cycle among parameters. The message
 * names the file, the line and column (when known), what was found and what was expected.
 */
public final class UfoFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    /**
     * @param file the file name (as given to the reader), never null
     * @param line 1-based line, 0 when the problem has no single line
     * @param column 1-based column, 0 when unknown
     * @param problem what was found and what was expected
     */
    public UfoFormatException(String file, int line, int column, String problem) {
        super(location(file, line, column) + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String location(String file, int line, int column) {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }

    /** The file the problem is in. */
    public String file() {
        return file;
    }

    /** The 1-based line, 0 when the problem concerns no single line. */
    public int line() {
        return line;
    }

    /** The 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }
}
