package madvec.ufo.python;

import madvec.ufo.UfoFormatException;

/**
 * Where a token or node starts: file name, 1-based line and column.
 *
 * @param file the file name as given to the tokenizer
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(String file, int line, int column) {
    /** An error at this position. */
    public UfoFormatException error(String problem) {
        return new UfoFormatException(file, line, column, problem);
    }

    /**
     * The position of a character inside a string literal that starts here: expression strings are
     * parsed on their own, and their errors must point into the file.
     */
    public SourcePosition shifted(int lineOffset, int columnInString) {
        return lineOffset == 0 ? new SourcePosition(file, line, column + 1 + columnInString)
                : new SourcePosition(file, line + lineOffset, columnInString + 1);
    }
}
