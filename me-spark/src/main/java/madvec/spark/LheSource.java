package madvec.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import madvec.api.lhe.LheReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** Opens an event file on any Hadoop file system as an {@link LheReader}; gzip is told by its magic bytes. */
final class LheSource {
    private static final int BUFFER = 1 << 16;

    private LheSource() {}

    /**
     * Opens a file, plain or gzipped.
     *
     * @param file a fully qualified path
     * @param name the name the reader's errors give
     * @param conf resolves the file system
     * @return a reader positioned at the first event
     * @throws IOException if the file cannot be read or its header is malformed
     */
    static LheReader open(String file, String name, Configuration conf) throws IOException {
        Path path = new Path(file);
        InputStream raw = new BufferedInputStream(path.getFileSystem(conf).open(path), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream data = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, BUFFER) : raw;
            // the byte-level reader: lines kept as text that are not UTF-8 are an error, not replacement characters
            return new LheReader(name, data);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The message for a file that is not UTF-8. The decoder works ahead of the lines read, so it names
     * the file, not a line.
     */
    static String notUtf8(String name) {
        return name + ": not UTF-8 text (a byte sequence that is not UTF-8)";
    }
}
