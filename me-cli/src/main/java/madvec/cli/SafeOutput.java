package madvec.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import madvec.api.io.TemporaryFile;

/**
 * Where a command writes its results: stdout, or the file of {@code --out}, such that nothing is lost
 * and nothing is silent.
 *
 * <ul>
 *   <li>A regular file (new or existing) is written to a temporary file in its folder and moved into
 *       place atomically by {@link #commit}; on failure, or when the JVM is stopped (SIGINT, SIGTERM:
 *       a shutdown hook), the temporary file is deleted, so a file either holds a complete output or
 *       its old content.</li>
 *   <li>An existing path that is not a regular file (a device such as {@code /dev/null}, a FIFO) is
 *       written in place: it is never deleted nor replaced. A folder is refused.</li>
 *   <li>An output that is also an input is refused before anything is read.</li>
 *   <li>Every write error ends the command: stdout (a {@link PrintWriter}, which keeps errors to
 *       itself) is asked after each batch by {@link #check}, so that a closed pipe
 *       ({@code madvec sample ... | head -1}) stops the work promptly.</li>
 * </ul>
 */
final class SafeOutput implements Closeable {
    private final Writer writer;
    /** The bytes under {@link #writer}, for binary outputs (plots); null for stdout. */
    private final OutputStream stream;
    private final PrintWriter stdout;
    private final String name;
    /** Null for stdout and for paths written in place. */
    /** Null for stdout and for paths written in place. */
    private final TemporaryFile temp;
    private boolean done;

    private SafeOutput(Writer writer, OutputStream stream, PrintWriter stdout, String name, TemporaryFile temp) {
        this.writer = writer;
        this.stream = stream;
        this.stdout = stdout;
        this.name = name;
        this.temp = temp;
    }

    private SafeOutput(Writer writer, OutputStream stream, PrintWriter stdout, String name) {
        this(writer, stream, stdout, name, null);
    }

    /**
     * Opens the output.
     *
     * @param out the {@code --out} path, or null for stdout
     * @param stdout the command's stdout
     * @param inputs the files the command will read, by option name ({@code --momenta}); paths that
     *     do not exist (or {@code -}, stdin) are ignored
     * @throws UsageError when {@code out} is a folder or one of the inputs
     * @throws UncheckedIOException when the file cannot be created
     */
    static SafeOutput open(Path out, PrintWriter stdout, Map<String, Path> inputs) {
        if (out == null) {
            return new SafeOutput(stdout, null, stdout, "stdout");
        }
        if (Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a folder: give the name of a file");
        }
        for (Map.Entry<String, Path> in : inputs.entrySet()) {
            if (in.getValue() != null && sameFile(out, in.getValue())) {
                throw new UsageError("--out " + out + " is also the input " + in.getKey() + " " + in.getValue()
                        + ": writing it would destroy what is read; write elsewhere, then move it");
            }
        }
        try {
            if (Files.exists(out) && !Files.isRegularFile(out)) {
                // a device or a FIFO: there is nothing to replace, and replacing /dev/null would be a disaster
                OutputStream s = Files.newOutputStream(out, StandardOpenOption.WRITE);
                return new SafeOutput(writer(s), s, null, out.toString());
            }
            // through a link to the file it names: the move must replace that file, not the link
            Path target = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath();
            Path folder = target.getParent();
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("--out " + out + ": no such folder: " + folder);
            }
            // beside the target, deleted by a shutdown hook registered before it exists (SIGTERM, Ctrl-C)
            TemporaryFile temp = TemporaryFile.beside(target);
            OutputStream s;
            try {
                s = Files.newOutputStream(temp.path(), StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                temp.discard();
                throw e;
            }
            copyPermissions(target, temp.path());
            return new SafeOutput(writer(s), s, null, out.toString(), temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + Failures.describe(e), e);
        }
    }

    private static boolean sameFile(Path out, Path in) {
        try {
            return Files.exists(out) && Files.exists(in) && Files.isSameFile(out, in);
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the umask's permissions are as good a choice
        }
    }

    private static Writer writer(OutputStream s) {
        return new BufferedWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Where to write; an {@link IOException} from it goes through {@link #failed}. */
    Writer writer() {
        return writer;
    }

    /**
     * The raw bytes of a file output, for binary formats (PNG); use either this or the text methods.
     *
     * @throws IllegalStateException for stdout
     */
    OutputStream stream() {
        if (stream == null) {
            throw new IllegalStateException("stdout takes text only");
        }
        return stream;
    }

    /** Writes {@code text}. */
    void write(CharSequence text) {
        try {
            writer.append(text);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** A write error, worded with the output's name. */
    UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot write " + name + ": " + Failures.describe(e), e);
    }

    /**
     * Fails if a write has failed; call after each batch. stdout is flushed to find out, so that what is
     * written appears as it goes.
     *
     * @throws UncheckedIOException naming the output
     */
    void check() {
        if (stdout != null && stdout.checkError()) {
            throw new UncheckedIOException("cannot write to stdout",
                    new IOException("it was closed by its reader (the end of a pipe, e.g. head)"));
        }
    }

    /** Flushes and closes the output and, for a file, moves it into place; the output is complete. */
    void commit() {
        try {
            writer.flush();
            check();
            if (stdout == null) {
                writer.close();
            }
            if (temp != null) {
                temp.moveIntoPlace();
            }
            done = true;
        } catch (IOException e) {
            throw failed(e);
        } finally {
            close();
        }
    }

    /** Without {@link #commit}: discards a file output (an existing file keeps its old content). */
    @Override
    public void close() {
        if (stdout == null) {
            try {
                writer.close();
            } catch (IOException e) {
                // the output is discarded or already committed; a second error says nothing new
            }
        }
        if (!done && temp != null) {
            temp.discard();
        }
    }
}
