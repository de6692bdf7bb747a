package madvec.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import madvec.model.CardNumbers;

/**
 * Reads hypercube points for {@code madvec sample --points FILE}, a batch at a time so that a file of
 * any length runs in bounded memory: one point per line, {@code dimensions} numbers in [0, 1]
 * separated by white space; blank lines and lines starting with {@code #} are skipped; {@code -}
 * reads stdin.
 *
 * <p>Every problem is reported as an {@link IllegalArgumentException} naming the file, the line, the
 * event (points are numbered from 1, as {@link EventErrors} numbers events) and the coordinate.
 */
final class SamplePointReader implements Closeable {
    private final BufferedReader in;
    private final String source;
    private final boolean stdin;
    private final int dimensions;
    private int lineNumber;
    /** Points read so far, over all batches. */
    private long points;
    /** The line of each point of the last batch. */
    private int[] lines = new int[0];

    /**
     * @param file a path, or {@code -} for stdin
     * @param dimensions coordinates per point, 3n - 4
     */
    SamplePointReader(String file, int dimensions) {
        this.dimensions = dimensions;
        this.stdin = file.equals("-");
        this.source = Inputs.sourceName(file);
        this.in = Inputs.open(file, "--points");
    }

    /**
     * Reads up to {@code max} points into {@code u[coordinate][point]}.
     *
     * @return the number of points read; less than {@code max} only at the end of the input
     * @throws IllegalArgumentException for a line with the wrong number of coordinates, a token that
     *     is not a number, NaN, or a coordinate outside [0, 1]
     */
    int read(double[][] u, int max) {
        if (lines.length < max) {
            lines = new int[max];
        }
        int count = 0;
        try {
            String line;
            while (count < max && (line = readLine()) != null) {
                lineNumber++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                points++;
                String[] tokens = t.split("\\s+");
                if (tokens.length != dimensions) {
                    throw new IllegalArgumentException(where() + "expected " + dimensions
                            + " numbers (the hypercube coordinates u1 .. u" + dimensions + "), found " + tokens.length);
                }
                for (int c = 0; c < dimensions; c++) {
                    u[c][count] = coordinate(tokens[c], c);
                }
                lines[count++] = lineNumber;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + Failures.describe(e), e);
        }
        return count;
    }

    private String readLine() throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ":" + (lineNumber + 1)
                    + ": not UTF-8 text (a byte sequence that is not UTF-8): save the points as UTF-8 or ASCII", e);
        }
    }

    private double coordinate(String token, int c) {
        if (token.equalsIgnoreCase("nan")) {
            throw new IllegalArgumentException(where() + "u" + (c + 1) + " is NaN; coordinates must be in [0, 1]");
        }
        double v;
        try {
            v = CardNumbers.parse(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where() + "u" + (c + 1) + ": " + e.getMessage());
        }
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(where() + "u" + (c + 1) + " = " + token + " is outside [0, 1]");
        }
        return v;
    }

    /** {@code "file:line: "} of point {@code i} of the last batch, for messages about it. */
    String location(int i) {
        return source + ":" + lines[i] + ": ";
    }

    private String where() {
        return EventErrors.at(source + ":" + lineNumber + ": ", points, "");
    }

    @Override
    public void close() {
        if (stdin) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source + ": " + e.getMessage(), e);
        }
    }
}
