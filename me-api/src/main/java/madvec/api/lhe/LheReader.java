package madvec.api.lhe;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a Les Houches Event file one event at a time: memory stays bounded by the header and the
 * largest event, whatever the file size. The header and {@code <init>} are read when the reader is
 * opened; {@link #next()} gives the events in file order.
 *
 * <p>Every malformed line, a NaN or infinite number, an event cut short or a truncated gzip stream gives
 * an {@link LheFormatException} naming the source and line. Not thread-safe.
 */
public final class LheReader implements AutoCloseable {
    private static final int NUMBERS_PER_PARTICLE = 13;
    private static final int BEAM_NUMBERS = 10;

    private final String source;
    private final BufferedReader in;
    private final LheHeader header;
    private final LheInit init;
    private long lineNumber;
    private long events;
    private boolean finished;

    /**
     * Opens a file, plain or gzipped; gzip is recognised by its magic bytes, whatever the name.
     *
     * @param path the file
     * @return a reader positioned at the first event
     * @throws LheFormatException on a malformed header or {@code <init>}
     * @throws IOException if reading fails
     */
    public static LheReader open(Path path) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        try {
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            InputStream data = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new LheReader(path.getFileName().toString(), new InputStreamReader(data, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Reads from a character stream, which {@link #close()} closes.
     *
     * @param source the name used in error messages
     * @param reader the file's text
     * @throws LheFormatException on a malformed header or {@code <init>}
     * @throws IOException if reading fails
     */
    public LheReader(String source, Reader reader) throws IOException {
        this.source = source;
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.header = readHeader();
        this.init = readInit();
    }

    /** @return the header: the text before {@code <init>} and the blocks found in it */
    public LheHeader header() {
        return header;
    }

    /** @return the {@code <init>} block */
    public LheInit init() {
        return init;
    }

    /** @return the number of the last line read, 1-based: after {@link #next()}, the {@code </event>} line */
    public long lineNumber() {
        return lineNumber;
    }

    /** @return how many events {@link #next()} has returned */
    public long eventCount() {
        return events;
    }

    /**
     * Reads the next event.
     *
     * @return the event, or {@code null} at {@code </LesHouchesEvents>}
     * @throws LheFormatException on a malformed event, or an end of file before {@code </LesHouchesEvents>}
     * @throws IOException if reading fails
     */
    public LheEvent next() throws IOException {
        RawEvent raw = nextRaw();
        return raw == null ? null : parse(source, raw);
    }

    /**
     * The lines of one event, from its {@code <event>} line to its {@code </event>} line, not yet parsed:
     * a reader thread can split a file into events while other threads {@linkplain #parse parse} them.
     *
     * @param number the event's 1-based number in the file
     * @param firstLine the 1-based line of {@code <event>}
     * @param lines the lines, {@code <event>} and {@code </event>} included
     */
    public record RawEvent(long number, long firstLine, List<String> lines) {
        /** Copies the list, so that the record is immutable. */
        public RawEvent {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Reads the lines of the next event without parsing them ({@link #parse} does, on any thread);
     * {@link #next()} is {@code parse(source, nextRaw())}.
     *
     * @return the event's lines, or {@code null} at {@code </LesHouchesEvents>}
     * @throws LheFormatException for text between events, an event not closed, or a truncated gzip stream
     * @throws IOException if reading fails
     */
    public RawEvent nextRaw() throws IOException {
        if (finished) return null;
        String line;
        while (true) {
            line = line("<event> or </LesHouchesEvents>");
            String s = line.strip();
            if (s.startsWith("</LesHouchesEvents")) {
                finished = true;
                return null;
            }
            if (s.startsWith("<event") && (s.length() == 6 || s.charAt(6) == '>' || Character.isWhitespace(s.charAt(6)))) break;
            if (!s.isEmpty()) fail(line, "expected <event> or </LesHouchesEvents>");
        }
        long first = lineNumber, eventNumber = events + 1;
        List<String> lines = new ArrayList<>(16);
        lines.add(line);
        while (true) {
            String x = line("</event>");
            lines.add(x);
            // x.strip() would copy every particle line (they start with blanks): look at the first non-blank
            int at = firstNonBlank(x);
            if (at < x.length() && x.charAt(at) == '<') {
                if (x.startsWith("</event>", at) && firstNonBlank(x, at + 8) == x.length()) break;
                if (x.startsWith("<event", at) || x.startsWith("</LesHouchesEvents", at)) {
                    fail(x, "expected </event> to close event " + eventNumber);
                }
            }
        }
        events++;
        return new RawEvent(eventNumber, first, lines);
    }

    private static int firstNonBlank(String x) {
        return firstNonBlank(x, 0);
    }

    /** The index of the first character from {@code from} on that is not whitespace, or the length. */
    private static int firstNonBlank(String x, int from) {
        int i = from;
        while (i < x.length() && Character.isWhitespace(x.charAt(i))) i++;
        return i;
    }

    /**
     * Parses the lines of one event. Thread-safe.
     *
     * @param source the file name shown in messages
     * @param raw the event's lines, from {@link #nextRaw()}
     * @return the event
     * @throws LheFormatException naming the source, the line and what is wrong
     */
    public static LheEvent parse(String source, RawEvent raw) {
        return new EventLines(source, raw).parse();
    }

    /** The parse of one event's lines, with their line numbers for messages. */
    private static final class EventLines {
        private final String source;
        private final RawEvent raw;
        private int at;
        /** Token bounds of the line being parsed (room for one token more than a particle line has). */
        private final int[] bounds = new int[2 * (NUMBERS_PER_PARTICLE + 1)];
        /** The particle line being parsed (from 1), 0 for the event line, and their count. */
        private int particleLine, particleCount;

        EventLines(String source, RawEvent raw) {
            this.source = source;
            this.raw = raw;
        }

        private String line(String expected) {
            if (at >= raw.lines().size()) {
                throw new LheFormatException(source, raw.firstLine() + at, null, "unexpected end of event: expected " + expected);
            }
            return raw.lines().get(at++);
        }

        private void fail(String line, String problem) {
            throw new LheFormatException(source, raw.firstLine() + at - 1, line, problem);
        }

        LheEvent parse() {
            String s = line("<event>").strip();
            int close = s.lastIndexOf('>');
            if (close < 0 || !s.endsWith(">") || !s.startsWith("<event")) fail(raw.lines().get(0), "expected <event ...> alone on its line");
            String attributes = s.substring(6, close);
            String first = line("event line of event " + raw.number());
            int count = LheNumbers.split(first, bounds);
            if (count != 6) {
                fail(first, "event line of event " + raw.number() + " (NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP): expected 6"
                        + " numbers, got " + count);
            }
            int nup = integer(first, 0, "NUP");
            if (nup < 0) fail(first, eventLine() + ": NUP must be >= 0, got " + nup);
            int idprup = integer(first, 1, "IDPRUP");
            double xwgtup = number(first, 2, "XWGTUP");
            double scalup = number(first, 3, "SCALUP");
            double aqed = number(first, 4, "AQEDUP");
            double aqcd = number(first, 5, "AQCDUP");

            List<LheParticle> particles = new ArrayList<>(nup);
            for (int i = 1; i <= nup; i++) {
                particleLine = i;
                particleCount = nup;
                String p = line("particle line " + i + " of " + nup);
                if (startsWithTag(p)) fail(p, where() + ": expected " + NUMBERS_PER_PARTICLE + " numbers, got a tag");
                particles.add(particle(p));
            }
            particleLine = 0;
            long extraStart = raw.firstLine() + at;
            List<String> extra = raw.lines().subList(at, raw.lines().size() - 1);
            RwgtBlock.parse(extra, source, extraStart); // checked here, where line numbers are known
            return new LheEvent(attributes, idprup, xwgtup, scalup, aqed, aqcd, particles, extra);
        }

        private static boolean startsWithTag(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c)) return c == '<';
            }
            return false;
        }

        private LheParticle particle(String line) {
            int count = LheNumbers.split(line, bounds);
            if (count != NUMBERS_PER_PARTICLE) {
                fail(line, where() + ": expected " + NUMBERS_PER_PARTICLE + " numbers, got " + count);
            }
            return new LheParticle(integer(line, 0, "IDUP"), integer(line, 1, "ISTUP"),
                    integer(line, 2, "MOTHUP(1)"), integer(line, 3, "MOTHUP(2)"),
                    integer(line, 4, "ICOLUP(1)"), integer(line, 5, "ICOLUP(2)"),
                    number(line, 6, "px"), number(line, 7, "py"), number(line, 8, "pz"), number(line, 9, "E"),
                    number(line, 10, "m"), number(line, 11, "VTIMUP"), number(line, 12, "SPINUP"));
        }

        /** The line being parsed, for messages (built only on failure: most of a large file's parse is here). */
        private String where() {
            return particleLine == 0 ? eventLine() : "particle line " + particleLine + " of " + particleCount;
        }

        private String eventLine() {
            return "event line of event " + raw.number();
        }

        private String token(String line, int t) {
            return line.substring(bounds[2 * t], bounds[2 * t + 1]);
        }

        private int integer(String line, int t, String field) {
            long v = LheNumbers.integer(line, bounds[2 * t], bounds[2 * t + 1]);
            if (v == LheNumbers.NOT_AN_INT) {
                fail(line, where() + ", " + field + ": expected an integer, got '" + token(line, t) + "'");
            }
            return (int) v;
        }

        private double number(String line, int t, String field) {
            double v = LheNumbers.number(line, bounds[2 * t], bounds[2 * t + 1]);
            if (Double.isNaN(v)) {
                fail(line, where() + ", " + field + ": expected a finite number, got '" + token(line, t) + "'");
            }
            return v;
        }
    }

    /** Closes the underlying stream. @throws IOException if closing fails */
    @Override
    public void close() throws IOException {
        in.close();
    }

    private LheHeader readHeader() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean opened = false;
        while (true) {
            String line = line("<init>");
            String s = line.strip();
            if (s.startsWith("<LesHouchesEvents")) opened = true;
            if (s.startsWith("<init") && (s.length() == 5 || s.charAt(5) == '>' || Character.isWhitespace(s.charAt(5)))) {
                if (!opened) fail(line, "expected <LesHouchesEvents ...> before <init>");
                return LheHeader.of(text.toString());
            }
            if (!opened && !s.isEmpty() && !s.startsWith("<?xml") && !s.startsWith("<!--")) {
                fail(line, "expected <LesHouchesEvents ...>: not a Les Houches Event file");
            }
            text.append(line).append('\n');
        }
    }

    private LheInit readInit() throws IOException {
        String beam = line("<init> beam line");
        String[] t = LheNumbers.tokens(beam);
        String what = "<init> beam line (IDBMUP(2) EBMUP(2) PDFGUP(2) PDFSUP(2) IDWTUP NPRUP)";
        expectCount(beam, t, BEAM_NUMBERS, what);
        int[] ids = new int[BEAM_NUMBERS];
        double[] energies = new double[2];
        for (int i = 0; i < BEAM_NUMBERS; i++) {
            if (i == 2 || i == 3) energies[i - 2] = number(beam, t[i], what);
            else ids[i] = integer(beam, t[i], what);
        }
        int nprup = ids[9];
        if (nprup < 1) fail(beam, "<init> beam line: NPRUP must be >= 1, got " + nprup);
        List<LheInit.Process> processes = new ArrayList<>();
        for (int i = 1; i <= nprup; i++) {
            String where = "<init> process line " + i + " of " + nprup + " (XSECUP XERRUP XMAXUP LPRUP)";
            String p = line(where);
            String[] q = LheNumbers.tokens(p);
            expectCount(p, q, 4, where);
            processes.add(new LheInit.Process(number(p, q[0], where), number(p, q[1], where),
                    number(p, q[2], where), integer(p, q[3], where)));
        }
        List<String> extra = new ArrayList<>();
        while (true) {
            String x = line("</init>");
            if (x.strip().equals("</init>")) break;
            if (x.strip().startsWith("<event")) fail(x, "expected </init>");
            extra.add(x);
        }
        return new LheInit(ids[0], ids[1], energies[0], energies[1], ids[4], ids[5], ids[6], ids[7], ids[8],
                processes, extra);
    }

    /** The next line; the end of the input is an error, since a whole file ends with </LesHouchesEvents>. */
    private String line(String expected) throws IOException {
        String line;
        try {
            line = in.readLine();
        } catch (EOFException | ZipException e) {
            throw new LheFormatException(source, lineNumber + 1, null,
                    "corrupt or truncated gzip stream (" + e.getMessage() + ") while expecting " + expected);
        }
        if (line == null) {
            throw new LheFormatException(source, lineNumber + 1, null, "unexpected end of file: expected " + expected);
        }
        lineNumber++;
        return line;
    }

    private void expectCount(String line, String[] t, int n, String what) {
        if (t.length != n) fail(line, what + ": expected " + n + " numbers, got " + t.length);
    }

    private int integer(String line, String token, String what) {
        Integer v = LheNumbers.parseInt(token);
        if (v == null) fail(line, what + ": expected an integer, got '" + token + "'");
        return v;
    }

    private double number(String line, String token, String what) {
        Double v = LheNumbers.parseDouble(token);
        if (v == null) fail(line, what + ": expected a finite number, got '" + token + "'");
        return v;
    }

    private void fail(String line, String problem) {
        throw new LheFormatException(source, lineNumber, line, problem);
    }
}
