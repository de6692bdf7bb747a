package madvec.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words an I/O failure for a person: what went wrong, without the Java exception's type name. */
final class Failures {
    private Failures() {}

    /** What {@code e} means, e.g. {@code "no such file: x.txt"} or {@code "No space left on device"}. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text (a byte sequence that is not UTF-8)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
}
