package madvec.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import madvec.api.lhe.LheReader;

/**
 * An LHE file opened for a command: plain or gzipped (by its magic bytes), with the bytes read so far
 * counted, so that progress can say how much of the file is done.
 */
final class LheInput {
    private final LheReader reader;
    private final Counting counter;
    private final long size;

    private LheInput(LheReader reader, Counting counter, long size) {
        this.reader = reader;
        this.counter = counter;
        this.size = size;
    }

    /**
     * @param option the option that named the file, for messages
     * @throws IllegalArgumentException for a folder, or a malformed header (with its line)
     * @throws UncheckedIOException when the file cannot be read
     */
    static LheInput open(Path file, String option) {
        if (Files.isDirectory(file)) throw new IllegalArgumentException(option + ": " + file + " is a folder, not a file");
        InputStream raw = null;
        try {
            long size = Files.size(file);
            Counting counter = new Counting(Files.newInputStream(file));
            raw = new BufferedInputStream(counter, 1 << 16);
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            InputStream data = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            LheReader reader = new LheReader(file.getFileName().toString(), data);
            return new LheInput(reader, counter, size);
        } catch (IOException e) {
            close(raw);
            throw new UncheckedIOException(option + ": " + Failures.describe(e), e);
        } catch (RuntimeException e) {
            close(raw);
            throw e;
        }
    }

    private static void close(InputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException e) {
            // already failing
        }
    }

    LheReader reader() {
        return reader;
    }

    /** @return the fraction of the file's bytes read, 0 to 1 */
    double fraction() {
        return size == 0 ? 1 : Math.min(1, (double) counter.count / size);
    }

    void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // everything needed was read
        }
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
