package madvec.api.lhe;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
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
    private final ByteLines in;
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
            return new LheReader(path.getFileName().toString(), data);
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
        this(source, new ReaderBytes(reader));
    }

    /**
     * Reads from a byte stream of UTF-8 text (already decompressed), which {@link #close()} closes. The
     * fastest way in: event lines are split and parsed as bytes, never decoded as a whole.
     *
     * @param source the name used in error messages
     * @param bytes the file's bytes
     * @throws LheFormatException on a malformed header or {@code <init>}
     * @throws IOException if reading fails
     */
    public LheReader(String source, InputStream bytes) throws IOException {
        this.source = source;
        this.in = new ByteLines(bytes);
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
        LheText text = new LheText(1 << 10);
        if (!readEvent(text)) return null;
        List<String> lines = new ArrayList<>(16);
        byte[] b = text.array();
        for (int from = 0, i = 0; i < text.length(); i++) {
            if (b[i] == '\n') {
                try {
                    lines.add(ByteLines.strict(b, from, i));
                } catch (CharacterCodingException e) {
                    throw new LheFormatException(source, lastFirstLine + lines.size(),
                            new String(b, from, i - from, StandardCharsets.UTF_8), "not UTF-8 text");
                }
                from = i + 1;
            }
        }
        return new RawEvent(events, lastFirstLine, lines);
    }

    /**
     * Events as read, not yet parsed, as bytes: what a reading thread hands to the threads that parse
     * ({@link #parse(String, RawEvents, int)}) and write them back. Each event is its lines, {@code <event>}
     * to {@code </event>}, each ended by {@code \n}. Immutable once returned.
     */
    public static final class RawEvents {
        private final LheText text;
        private final int[] starts;
        private final long[] firstLines;
        private final long firstNumber;
        private final int size;

        private RawEvents(LheText text, int[] starts, long[] firstLines, long firstNumber, int size) {
            this.text = text;
            this.starts = starts;
            this.firstLines = firstLines;
            this.firstNumber = firstNumber;
            this.size = size;
        }

        /** @return the number of events */
        public int size() {
            return size;
        }

        /** @return the 1-based number in the file of event i */
        public long number(int i) {
            return firstNumber + i;
        }

        /** @return the 1-based line of event i's {@code <event>} */
        public long firstLine(int i) {
            return firstLines[i];
        }

        /** @return the bytes holding the events; event i is {@code [start(i), end(i))} */
        public byte[] bytes() {
            return text.array();
        }

        /** @return where event i starts in {@link #bytes()} */
        public int start(int i) {
            return starts[i];
        }

        /** @return where event i ends in {@link #bytes()}: after the line end of its {@code </event>} */
        public int end(int i) {
            return i + 1 < size ? starts[i + 1] : text.length();
        }

        /** @return the bytes of all the events */
        public int length() {
            return text.length();
        }
    }

    /**
     * Reads up to {@code max} events without parsing them.
     *
     * @return the events, none at {@code </LesHouchesEvents>}
     * @throws LheFormatException for text between events, an event not closed, or a truncated gzip stream
     * @throws IOException if reading fails
     */
    public RawEvents nextEvents(int max) throws IOException {
        LheText text = new LheText(1 << 16);
        int[] starts = new int[Math.max(1, Math.min(max, 1 << 12))];
        long[] firstLines = new long[starts.length];
        long first = events + 1;
        int n = 0;
        while (n < max) {
            int at = text.length();
            if (!readEvent(text)) break;
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * n);
                firstLines = java.util.Arrays.copyOf(firstLines, 2 * n);
            }
            starts[n] = at;
            firstLines[n++] = lastFirstLine;
        }
        return new RawEvents(text, starts, firstLines, first, n);
    }

    private static final byte[] EVENT = bytes("<event"), END_EVENT = bytes("</event>"), END_FILE = bytes("</LesHouchesEvents");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The line of the last event's {@code <event>}. */
    private long lastFirstLine;

    /**
     * Appends the next event's lines to {@code out}, each with {@code \n}.
     *
     * @return false at {@code </LesHouchesEvents>}
     */
    private boolean readEvent(LheText out) throws IOException {
        if (finished) return false;
        while (true) {
            line("<event> or </LesHouchesEvents>");
            int at = in.firstNonBlank(in.start());
            if (in.hasAt(at, END_FILE)) {
                finished = true;
                return false;
            }
            if (in.hasAt(at, EVENT) && (at + 6 == in.end() || in.bytes()[at + 6] == '>' || LheNumbers.blank(in.bytes()[at + 6]))) break;
            if (at != in.end()) fail(in.text(), "expected <event> or </LesHouchesEvents>");
        }
        long eventNumber = events + 1;
        lastFirstLine = lineNumber;
        out.append(in.bytes(), in.start(), in.end()).append('\n');
        while (true) {
            line("</event>");
            out.append(in.bytes(), in.start(), in.end()).append('\n');
            int at = in.firstNonBlank(in.start());
            if (at < in.end() && in.bytes()[at] == '<') {
                if (in.hasAt(at, END_EVENT) && in.firstNonBlank(at + 8) == in.end()) break;
                if (in.hasAt(at, EVENT) || in.hasAt(at, END_FILE)) {
                    fail(in.text(), "expected </event> to close event " + eventNumber);
                }
            }
        }
        events++;
        return true;
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
        LheText text = new LheText(1 << 10);
        for (String line : raw.lines()) text.append(line).append('\n');
        return new EventBytes(source, text.array(), 0, text.length(), raw.number(), raw.firstLine()).parse();
    }

    /**
     * Parses event {@code i} of a batch from {@link #nextEvents}. Thread-safe.
     *
     * @param source the file name shown in messages
     * @param events the batch
     * @param i which event
     * @return the event
     * @throws LheFormatException naming the source, the line and what is wrong
     */
    public static LheEvent parse(String source, RawEvents events, int i) {
        return new EventBytes(source, events.bytes(), events.start(i), events.end(i), events.number(i), events.firstLine(i)).parse();
    }

    /** The parse of one event's lines, given as bytes each ended by a line feed, with their line numbers for messages. */
    private static final class EventBytes {
        private final String source;
        private final byte[] b;
        private final int end;
        private final long number, firstLine;
        /** Where the next line starts, the current line's bounds (without its line feed), and the lines taken. */
        private int next, from, to, taken;
        /** Token bounds of the line being parsed (room for one token more than a particle line has). */
        private final int[] bounds = new int[2 * (NUMBERS_PER_PARTICLE + 1)];
        /** The particle line being parsed (from 1), 0 for the event line, and their count. */
        private int particleLine, particleCount;

        EventBytes(String source, byte[] b, int start, int end, long number, long firstLine) {
            this.source = source;
            this.b = b;
            this.next = start;
            this.end = end;
            this.number = number;
            this.firstLine = firstLine;
        }

        /** The next line; the description of what was expected is built only when there is none. */
        private void line(String expected) {
            if (next >= end) {
                throw new LheFormatException(source, firstLine + taken, null, "unexpected end of event: expected " + expected);
            }
            take();
        }

        /** The next line, which is particle line {@code particleLine} of {@code particleCount} (or the event line at 0). */
        private void numberLine() {
            if (next >= end) {
                throw new LheFormatException(source, firstLine + taken, null, "unexpected end of event: expected " + where());
            }
            take();
        }

        private void take() {
            from = next;
            int i = next;
            while (i < end && b[i] != '\n') i++;
            to = i;
            next = i + 1;
            taken++;
        }

        private String text() {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }

        private void fail(String problem) {
            throw new LheFormatException(source, firstLine + taken - 1, text(), problem);
        }

        /** The line, which is kept as text: refused when it is not UTF-8. */
        private String strictText() {
            try {
                return ByteLines.strict(b, from, to);
            } catch (CharacterCodingException e) {
                fail("not UTF-8 text");
                throw new AssertionError(e);
            }
        }

        LheEvent parse() {
            line("<event>");
            String s = text().strip();
            int close = s.lastIndexOf('>');
            if (close < 0 || !s.endsWith(">") || !s.startsWith("<event")) fail("expected <event ...> alone on its line");
            String attributes = s.substring(6, close);
            particleLine = 0;
            numberLine();
            int count = LheNumbers.split(b, from, to, bounds);
            if (count != 6) {
                fail("event line of event " + number + " (NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP): expected 6"
                        + " numbers, got " + count);
            }
            int nup = integer(0, "NUP");
            if (nup < 0) fail(eventLine() + ": NUP must be >= 0, got " + nup);
            int idprup = integer(1, "IDPRUP");
            double xwgtup = number(2, "XWGTUP");
            double scalup = number(3, "SCALUP");
            double aqed = number(4, "AQEDUP");
            double aqcd = number(5, "AQCDUP");

            List<LheParticle> particles = new ArrayList<>(nup);
            for (int i = 1; i <= nup; i++) {
                particleLine = i;
                particleCount = nup;
                numberLine();
                if (startsWithTag()) fail(where() + ": expected " + NUMBERS_PER_PARTICLE + " numbers, got a tag");
                particles.add(particle());
            }
            particleLine = 0;
            long extraStart = firstLine + taken;
            List<String> extra = new ArrayList<>();
            // every line left but the last, </event>
            while (next < end) {
                line("</event>");
                if (next < end) extra.add(strictText());
            }
            RwgtBlock.parse(extra, source, extraStart); // checked here, where line numbers are known
            return new LheEvent(attributes, idprup, xwgtup, scalup, aqed, aqcd, particles, extra);
        }

        private boolean startsWithTag() {
            for (int i = from; i < to; i++) {
                if (!LheNumbers.blank(b[i])) return b[i] == '<';
            }
            return false;
        }

        private LheParticle particle() {
            int count = LheNumbers.split(b, from, to, bounds);
            if (count != NUMBERS_PER_PARTICLE) {
                fail(where() + ": expected " + NUMBERS_PER_PARTICLE + " numbers, got " + count);
            }
            return new LheParticle(integer(0, "IDUP"), integer(1, "ISTUP"),
                    integer(2, "MOTHUP(1)"), integer(3, "MOTHUP(2)"),
                    integer(4, "ICOLUP(1)"), integer(5, "ICOLUP(2)"),
                    number(6, "px"), number(7, "py"), number(8, "pz"), number(9, "E"),
                    number(10, "m"), number(11, "VTIMUP"), number(12, "SPINUP"));
        }

        /** The line being parsed, for messages (built only on failure: most of a large file's parse is here). */
        private String where() {
            return particleLine == 0 ? eventLine() : "particle line " + particleLine + " of " + particleCount;
        }

        private String eventLine() {
            return "event line of event " + number;
        }

        private String token(int t) {
            return new String(b, bounds[2 * t], bounds[2 * t + 1] - bounds[2 * t], StandardCharsets.UTF_8);
        }

        private int integer(int t, String field) {
            long v = LheNumbers.integer(b, bounds[2 * t], bounds[2 * t + 1]);
            if (v == LheNumbers.NOT_AN_INT) fail(where() + ", " + field + ": expected an integer, got '" + token(t) + "'");
            return (int) v;
        }

        private double number(int t, String field) {
            double v = LheNumbers.number(b, bounds[2 * t], bounds[2 * t + 1]);
            if (Double.isNaN(v)) fail(where() + ", " + field + ": expected a finite number, got '" + token(t) + "'");
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
            String line = lineText("<init>");
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
        String beam = lineText("<init> beam line");
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
            String p = lineText(where);
            String[] q = LheNumbers.tokens(p);
            expectCount(p, q, 4, where);
            processes.add(new LheInit.Process(number(p, q[0], where), number(p, q[1], where),
                    number(p, q[2], where), integer(p, q[3], where)));
        }
        List<String> extra = new ArrayList<>();
        while (true) {
            String x = lineText("</init>");
            if (x.strip().equals("</init>")) break;
            if (x.strip().startsWith("<event")) fail(x, "expected </init>");
            extra.add(x);
        }
        return new LheInit(ids[0], ids[1], energies[0], energies[1], ids[4], ids[5], ids[6], ids[7], ids[8],
                processes, extra);
    }

    /** The next line; the end of the input is an error, since a whole file ends with </LesHouchesEvents>. */
    private void line(String expected) throws IOException {
        boolean more;
        try {
            more = in.next();
        } catch (EOFException | ZipException e) {
            throw new LheFormatException(source, lineNumber + 1, null,
                    "corrupt or truncated gzip stream (" + e.getMessage() + ") while expecting " + expected);
        }
        if (!more) throw new LheFormatException(source, lineNumber + 1, null, "unexpected end of file: expected " + expected);
        lineNumber++;
    }

    /** The next line as text. */
    private String lineText(String expected) throws IOException {
        line(expected);
        try {
            return in.strictText();
        } catch (CharacterCodingException e) {
            throw new LheFormatException(source, lineNumber, in.text(), "not UTF-8 text");
        }
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
