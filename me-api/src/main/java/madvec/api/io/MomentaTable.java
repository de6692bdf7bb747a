package madvec.api.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import madvec.model.CardNumbers;

/**
 * Events read from a text table: one event per line, whitespace-separated {@code E px py pz} (GeV) for
 * each external particle, incoming particles first. Blank lines and lines whose first non-blank
 * character is {@code #} are skipped; every other line must be an event.
 *
 * <p>Each event is checked: the column count, every token a finite decimal number, every energy
 * {@code >= 0}, and four-momentum conservation, sum(incoming) = sum(outgoing) in each component to
 * within {@value #CONSERVATION_TOLERANCE} of the total incoming energy. Why that tolerance: every
 * component of a physical momentum is bounded by its energy, so the rounding error of each printed
 * number is at most its relative precision times the total energy; with the usual 16-17 significant
 * digits the sums agree to about 1e-15 of it, and even a table printed with 10 significant digits
 * and a dozen particles stays below 1e-8, while a real mistake (a swapped column, a missing
 * particle, the wrong particle count) violates conservation by a sizeable fraction of the energy.
 * Errors are {@link IllegalArgumentException}s naming the source and line number.
 *
 * <p>Instances are immutable.
 */
public final class MomentaTable {
    /** Allowed conservation violation per component, relative to the total incoming energy. */
    public static final double CONSERVATION_TOLERANCE = 1e-8;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] COMPONENTS = {"E", "px", "py", "pz"};

    private final String sourceName;
    private final int incoming;
    private final int particles;
    private final double[][] events;
    private final int[] lineNumbers;

    private MomentaTable(String sourceName, int incoming, int particles, double[][] events, int[] lineNumbers) {
        this.sourceName = sourceName;
        this.incoming = incoming;
        this.particles = particles;
        this.events = events;
        this.lineNumbers = lineNumbers;
    }

    /**
     * Reads a table of scattering events (two incoming particles, then {@code particles - 2}
     * outgoing ones). The reader is read to its end, not closed.
     *
     * @param sourceName the name used in error messages (a file name, "stdin", ...)
     * @param particles the number of external particles, at least 3
     * @param in the table's text
     * @throws IllegalArgumentException on a malformed line (naming the source and line), or when the
     *     table holds no event
     * @throws IOException if reading fails
     */
    public static MomentaTable read(String sourceName, Reader in, int particles) throws IOException {
        return read(sourceName, in, 2, particles);
    }

    /**
     * Reads a table of events with {@code incoming} (1 for a decay, 2 for a scattering) incoming
     * particles first, then {@code particles - incoming} outgoing ones. The reader is read to its end,
     * not closed.
     *
     * @param sourceName the name used in error messages
     * @param in the table's text
     * @param incoming the number of incoming particles, 1 or 2
     * @param particles the number of external particles, at least 3
     * @throws IllegalArgumentException on a malformed line (naming the source and line), when the
     *     table holds no event, or when the particle counts are impossible
     * @throws IOException if reading fails
     */
    public static MomentaTable read(String sourceName, Reader in, int incoming, int particles) throws IOException {
        MomentaTable all = chunks(sourceName, in, incoming, particles).next(Integer.MAX_VALUE);
        return all;
    }

    /**
     * A reader of the table a chunk at a time, so that a table of any length is read in bounded
     * memory and results can be written as the input arrives; the checks and messages are those of
     * {@link #read}, line numbers counted over the whole input.
     *
     * @param sourceName the name used in error messages
     * @param in the table's text; read as far as asked, not closed
     * @param incoming the number of incoming particles, 1 or 2
     * @param particles the number of external particles, at least 3
     * @throws IllegalArgumentException when the particle counts are impossible
     */
    public static Chunks chunks(String sourceName, Reader in, int incoming, int particles) {
        if (incoming < 1 || incoming > 2) {
            throw new IllegalArgumentException("incoming particles must be 1 or 2, got " + incoming);
        }
        if (particles < 3 || particles - incoming < 1) {
            throw new IllegalArgumentException("need at least 3 particles, one of them outgoing: got "
                    + incoming + " incoming of " + particles + " particles");
        }
        return new Chunks(sourceName, in instanceof BufferedReader b ? b : new BufferedReader(in), incoming, particles);
    }

    /** Reads a table chunk by chunk; see {@link #chunks}. Not thread-safe. */
    public static final class Chunks {
        private final String sourceName;
        private final BufferedReader reader;
        private final int incoming;
        private final int particles;
        private int lineNumber;
        private long events;
        private boolean ended;

        private Chunks(String sourceName, BufferedReader reader, int incoming, int particles) {
            this.sourceName = sourceName;
            this.reader = reader;
            this.incoming = incoming;
            this.particles = particles;
        }

        /**
         * The next up to {@code max} events, or null after the last one.
         *
         * @throws IllegalArgumentException on a malformed line (naming the source and line), on text
         *     that is not in the reader's encoding, or when the whole input holds no event
         * @throws IOException if reading fails
         */
        public MomentaTable next(int max) throws IOException {
            List<double[]> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            while (!ended && rows.size() < max) {
                String line = readLine();
                if (line == null) {
                    ended = true;
                    break;
                }
                lineNumber++;
                String body = line.strip();
                if (body.isEmpty() || body.startsWith("#")) {
                    continue;
                }
                events++;
                EventLine event = new EventLine(sourceName, lineNumber, incoming, particles);
                rows.add(event.parse(WHITESPACE.split(body)));
                lines.add(lineNumber);
            }
            if (rows.isEmpty()) {
                if (events == 0) {
                    throw new IllegalArgumentException(sourceName + ": no events (" + lineNumber
                            + " lines, all blank or comments): expected one line of E px py pz per particle per event");
                }
                return null;
            }
            return new MomentaTable(sourceName, incoming, particles, rows.toArray(double[][]::new),
                    lines.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Event lines read so far, the one that failed included: the number of the event an error is about. */
        public long events() {
            return events;
        }

        private String readLine() throws IOException {
            try {
                return reader.readLine();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(sourceName + ":" + (lineNumber + 1)
                        + ": not UTF-8 text (a byte sequence that is not UTF-8): save the table as UTF-8 or ASCII", e);
            }
        }
    }

    /** The parse of one event line; holds what error messages need. */
    private record EventLine(String sourceName, int lineNumber, int incoming, int particles) {
        double[] parse(String[] tokens) {
            int columns = 4 * particles;
            if (tokens.length != columns) {
                throw fail("expected " + columns + " columns (E px py pz for each of " + particles
                        + " particles), found " + tokens.length);
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = number(tokens[c], c);
            }
            for (int p = 0; p < particles; p++) {
                if (row[4 * p] < 0) {
                    throw fail("particle " + (p + 1) + " has negative energy E = " + row[4 * p]);
                }
            }
            checkConservation(row);
            return row;
        }

        private double number(String token, int column) {
            String where = COMPONENTS[column % 4] + " of particle " + (column / 4 + 1) + " (column " + (column + 1) + ")";
            double v;
            try {
                v = CardNumbers.parse(token);
            } catch (NumberFormatException e) {
                throw fail(where + ": " + e.getMessage());
            }
            // every check squares the components (masses, invariants): an overflow there would surface
            // later as a NaN far from its cause, so it is named here
            if (!Double.isFinite(v * v)) {
                throw fail(where + ": '" + token + "' overflows when squared: components must stay below 1e154 GeV");
            }
            return v;
        }

        private void checkConservation(double[] row) {
            double energyIn = 0;
            for (int p = 0; p < incoming; p++) {
                energyIn += row[4 * p];
            }
            if (!(energyIn > 0)) {
                throw fail("the incoming particles carry no energy");
            }
            int worst = 0;
            double worstImbalance = 0;
            for (int mu = 0; mu < 4; mu++) {
                double imbalance = 0;
                for (int p = 0; p < particles; p++) {
                    imbalance += p < incoming ? row[4 * p + mu] : -row[4 * p + mu];
                }
                if (Math.abs(imbalance) > Math.abs(worstImbalance)) {
                    worst = mu;
                    worstImbalance = imbalance;
                }
            }
            double allowed = CONSERVATION_TOLERANCE * energyIn;
            if (Math.abs(worstImbalance) > allowed) {
                throw fail(String.format(Locale.ROOT, "four-momentum not conserved: %s(incoming) - %s(outgoing) = %.3e"
                                + " GeV, beyond the tolerance %.3e GeV (%.0e of the incoming energy %.6g GeV)",
                        COMPONENTS[worst], COMPONENTS[worst], worstImbalance, allowed, CONSERVATION_TOLERANCE, energyIn));
            }
        }

        private IllegalArgumentException fail(String problem) {
            return new IllegalArgumentException(sourceName + ":" + lineNumber + ": " + problem);
        }
    }

    /** The name of the source, as used in error messages. */
    public String sourceName() {
        return sourceName;
    }

    /** The number of events. */
    public int size() {
        return events.length;
    }

    /** The number of external particles per event. */
    public int particles() {
        return particles;
    }

    /** The number of incoming particles (the first ones of each event). */
    public int incoming() {
        return incoming;
    }

    /** A copy of event {@code i}: {@code E px py pz} of each particle in turn, 4 * particles values. */
    public double[] event(int i) {
        return events[i].clone();
    }

    /** A copy of all events, {@code [event][4 * particle + mu]}. */
    public double[][] events() {
        double[][] copy = new double[events.length][];
        for (int i = 0; i < events.length; i++) {
            copy[i] = events[i].clone();
        }
        return copy;
    }

    /** The line of the source that event {@code i} was read from, for messages about that event. */
    public int lineNumber(int i) {
        return lineNumbers[i];
    }

    /** The source and the table's size. */
    @Override
    public String toString() {
        return "MomentaTable[" + sourceName + ", " + events.length + " events of " + particles + " particles]";
    }
}
