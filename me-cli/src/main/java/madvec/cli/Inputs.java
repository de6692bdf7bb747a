package madvec.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the text inputs of the commands alike: a file or {@code -} for stdin, UTF-8, errors in words. */
final class Inputs {
    /** What {@code -} reads in tests, or null for {@code System.in} (looked up when read: tests may set it). */
    static InputStream stdin;

    private Inputs() {}

    /** The path of a file option, or null for {@code -} (stdin), for comparison with {@code --out}. */
    static Path pathOf(String file) {
        return file == null || file.equals("-") ? null : Path.of(file);
    }

    /** The name of {@code file} in messages. */
    static String sourceName(String file) {
        return file.equals("-") ? "<stdin>" : file;
    }

    /**
     * A reader of {@code file} ({@code -}: {@code stdin}, which the caller does not close) that reports
     * bytes that are not UTF-8 instead of replacing them, so that a wrong encoding is named.
     *
     * @param option the option that named the file, for messages ({@code --momenta})
     * @throws IllegalArgumentException for a missing file or a folder
     */
    static BufferedReader open(String file, String option) {
        // a decoder of its own: newDecoder() reports malformed input, where a Charset replaces it
        if (file.equals("-")) {
            return new BufferedReader(new InputStreamReader(stdin != null ? stdin : System.in,
                    StandardCharsets.UTF_8.newDecoder()));
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(option + ": " + file + " is a folder, not a file");
        }
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()));
        } catch (IOException e) {
            throw new UncheckedIOException(option + ": " + Failures.describe(e), e);
        }
    }
}
