package madvec.api.lhe;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import madvec.api.io.TemporaryFile;

/**
 * Writes a Les Houches Event file in MadGraph's layout, gzipped when the target's name ends in
 * {@code .gz}. Numbers are printed with MadGraph's 11 significant digits, or up to 17 where a value
 * needs them, so that a file read back gives the same doubles.
 *
 * <p>The file is written to a temporary file in the target's folder and moved into place by
 * {@link #close()} only after {@link #commit()}: a failed or abandoned run never leaves a half-written
 * file where the target should be. Not thread-safe.
 */
public final class LheWriter implements AutoCloseable {
    private final TemporaryFile temporary;
    private final Writer out;
    private final StringBuilder sb = new StringBuilder(512);
    private boolean committed;
    private boolean closed;

    private LheWriter(TemporaryFile temporary, Writer out) {
        this.temporary = temporary;
        this.out = out;
    }

    /**
     * Starts a file: writes the header verbatim and the {@code <init>} block.
     *
     * @param target where the file goes on {@link #close()} after {@link #commit()}
     * @param header the header (use {@link LheHeader#withInitrwgt(String)} to describe new weights)
     * @param init the {@code <init>} block
     * @return the writer, ready for events
     * @throws IOException if the temporary file cannot be written
     */
    public static LheWriter open(Path target, LheHeader header, LheInit init) throws IOException {
        TemporaryFile temporary = TemporaryFile.beside(target);
        Writer w = null;
        try {
            OutputStream os = Files.newOutputStream(temporary.path());
            if (target.getFileName().toString().endsWith(".gz")) os = new GZIPOutputStream(os, 1 << 16);
            w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            LheWriter writer = new LheWriter(temporary, w);
            writer.writeStart(header, init);
            return writer;
        } catch (IOException | RuntimeException e) {
            if (w != null) w.close();
            temporary.discard();
            throw e;
        }
    }

    /**
     * Appends an event.
     *
     * @param event the event, written with its attributes and extra lines verbatim
     * @throws IOException if writing fails
     */
    public void write(LheEvent event) throws IOException {
        if (closed) throw new IllegalStateException("writer closed");
        sb.setLength(0);
        out.append(appendEvent(sb, event));
    }

    /**
     * Appends an event as {@link #write(LheEvent)} writes it, for callers that format events on several
     * threads and write the text in order themselves. Thread-safe.
     *
     * @param sb where the text goes
     * @param event the event
     * @return {@code sb}
     */
    public static StringBuilder appendEvent(StringBuilder sb, LheEvent event) {
        sb.append("<event");
        if (!event.attributes().isEmpty()) sb.append(' ').append(event.attributes());
        sb.append(">\n");
        LheNumbers.appendInt(sb, event.particles().size(), 2).append(' ');
        LheNumbers.appendInt(sb, event.processId(), 6).append(' ');
        LheNumbers.appendDouble(sb, event.weight()).append(' ');
        LheNumbers.appendDouble(sb, event.scale()).append(' ');
        LheNumbers.appendDouble(sb, event.alphaQed()).append(' ');
        LheNumbers.appendDouble(sb, event.alphaQcd()).append('\n');
        for (LheParticle p : event.particles()) {
            LheNumbers.appendInt(sb, p.pdg(), 9).append(' ');
            LheNumbers.appendInt(sb, p.status(), 2).append(' ');
            LheNumbers.appendInt(sb, p.mother1(), 4).append(' ');
            LheNumbers.appendInt(sb, p.mother2(), 4).append(' ');
            LheNumbers.appendInt(sb, p.colour1(), 4).append(' ');
            LheNumbers.appendInt(sb, p.colour2(), 4);
            for (double x : new double[] {p.px(), p.py(), p.pz(), p.energy(), p.mass(), p.lifetime(), p.spin()}) {
                LheNumbers.appendDouble(sb.append(' '), x);
            }
            sb.append('\n');
        }
        for (String line : event.extraLines()) sb.append(line).append('\n');
        return sb.append("</event>\n");
    }

    /**
     * Appends an event with {@code newWeights} added after its existing {@code <rwgt>} weights.
     *
     * @param event the event
     * @param newWeights id to weight, in the order to write them
     * @throws IllegalArgumentException when an id already exists in the event
     * @throws IOException if writing fails
     */
    public void write(LheEvent event, Map<String, Double> newWeights) throws IOException {
        write(event.addWeights(newWeights));
    }

    /** Marks the file complete: {@link #close()} will then end it and move it into place. */
    public void commit() {
        committed = true;
    }

    /**
     * Ends the file and moves it to the target when committed (replacing any file there); otherwise
     * deletes the temporary file and leaves the target untouched.
     *
     * @throws IOException if finishing or moving the file fails (the temporary file is then deleted)
     */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            if (committed) out.write(END);
            out.close();
        } catch (IOException | RuntimeException e) {
            temporary.discard();
            throw e;
        }
        if (committed) {
            temporary.moveIntoPlace();
        } else {
            temporary.discard();
        }
    }

    private void writeStart(LheHeader header, LheInit init) throws IOException {
        sb.setLength(0);
        out.append(appendStart(sb, header, init));
    }

    /**
     * Appends a number as the writer prints every number: {@code +d.dddddddddde+XX}, MadGraph's 11
     * significant digits or up to 17 where the value needs them to read back exactly. Thread-safe.
     *
     * @param sb where the text goes
     * @param x a finite number
     * @return {@code sb}
     */
    public static StringBuilder appendNumber(StringBuilder sb, double x) {
        return LheNumbers.appendDouble(sb, x);
    }

    /** The line that ends a file, after the last event. */
    public static final String END = "</LesHouchesEvents>\n";

    /**
     * Appends the start of a file as {@link #open} writes it: the header verbatim and the {@code <init>}
     * block. Thread-safe.
     *
     * @param sb where the text goes
     * @param header the header
     * @param init the {@code <init>} block
     * @return {@code sb}
     */
    public static StringBuilder appendStart(StringBuilder sb, LheHeader header, LheInit init) {
        sb.append(header.text());
        sb.append("<init>\n");
        LheNumbers.appendInt(sb, init.beam1(), 8).append(' ');
        LheNumbers.appendInt(sb, init.beam2(), 8).append(' ');
        LheNumbers.appendDouble(sb, init.energy1()).append(' ');
        LheNumbers.appendDouble(sb, init.energy2()).append(' ');
        for (int v : new int[] {init.pdfGroup1(), init.pdfGroup2(), init.pdfSet1(), init.pdfSet2(), init.weightingStrategy()}) {
            LheNumbers.appendInt(sb, v, 4).append(' ');
        }
        LheNumbers.appendInt(sb, init.processes().size(), 4).append('\n');
        for (LheInit.Process p : init.processes()) {
            LheNumbers.appendDouble(sb, p.crossSection()).append(' ');
            LheNumbers.appendDouble(sb, p.error()).append(' ');
            LheNumbers.appendDouble(sb, p.maxWeight()).append(' ');
            LheNumbers.appendInt(sb, p.id(), 4).append('\n');
        }
        for (String line : init.extraLines()) sb.append(line).append('\n');
        return sb.append("</init>\n");
    }
}
