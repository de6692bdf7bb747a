package madvec.api.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes per-event results as a text table that both people and programs read:
 * <ul>
 *   <li>one header line: {@code #}, a space, the column names separated by single spaces, e.g.
 *       {@code # me d_me/d_mass.6};</li>
 *   <li>then one line per event: the values in column order, separated by single spaces, each
 *       formatted {@code %.16e} (17 significant digits, e.g. {@code 6.7976363019165540e-01}), which
 *       reads back to the identical double; NaN and infinities, if a result holds any, are written
 *       {@code NaN}, {@code Infinity} and {@code -Infinity};</li>
 *   <li>lines end with {@code \n}; numbers use {@code .} as the decimal point whatever the locale.</li>
 * </ul>
 */
public final class ResultTable {
    private ResultTable() {
    }

    /**
     * Writes the table; the writer is flushed, not closed.
     *
     * @param columns the column names: non-empty, without whitespace
     * @param columnsData one array per column, {@code columnsData[column][event]}, all of equal length
     * @throws IllegalArgumentException if names and data do not match, a name is empty or holds
     *     whitespace, or the columns differ in length
     * @throws IOException if writing fails
     */
    public static void write(Writer out, List<String> columns, double[][] columnsData) throws IOException {
        check(columns, columnsData);
        writeHeader(out, columns);
        writeRows(out, columns, columnsData);
    }

    /**
     * Writes the header line alone, for a table written a batch at a time; not flushed.
     *
     * @throws IllegalArgumentException if a name is empty or holds whitespace
     * @throws IOException if writing fails
     */
    public static void writeHeader(Writer out, List<String> columns) throws IOException {
        check(columns, new double[columns.size()][0]);
        out.write("# " + String.join(" ", columns) + "\n");
    }

    /**
     * Writes the rows of one batch, without a header; the writer is flushed, so that the rows appear as
     * they are computed.
     *
     * @throws IllegalArgumentException as {@link #write} does
     * @throws IOException if writing fails
     */
    public static void writeRows(Writer out, List<String> columns, double[][] columnsData) throws IOException {
        int events = check(columns, columnsData);
        StringBuilder line = new StringBuilder(columns.size() * 24);
        Formatter numbers = new Formatter(line, Locale.ROOT);
        for (int e = 0; e < events; e++) {
            line.setLength(0);
            for (int c = 0; c < columnsData.length; c++) {
                if (c > 0) {
                    line.append(' ');
                }
                numbers.format("%.16e", columnsData[c][e]);
            }
            line.append('\n');
            out.append(line);
        }
        out.flush();
    }

    /** Checks names against data; returns the number of events. */
    private static int check(List<String> columns, double[][] columnsData) {
        if (columns == null || columnsData == null) {
            throw new IllegalArgumentException("columns and data must not be null");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a result table needs at least one column");
        }
        if (columns.size() != columnsData.length) {
            throw new IllegalArgumentException(columns.size() + " column names " + columns + " but "
                    + columnsData.length + " data columns");
        }
        for (String name : columns) {
            if (name == null || name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("column name '" + name + "' must be non-empty and hold no"
                        + " whitespace: the header separates names by spaces");
            }
        }
        int events = -1;
        for (int c = 0; c < columnsData.length; c++) {
            if (columnsData[c] == null) {
                throw new IllegalArgumentException("data of column " + columns.get(c) + " is null");
            }
            if (events >= 0 && columnsData[c].length != events) {
                throw new IllegalArgumentException("column " + columns.get(c) + " has " + columnsData[c].length
                        + " values but column " + columns.get(0) + " has " + events);
            }
            events = columnsData[c].length;
        }
        return events;
    }
}
