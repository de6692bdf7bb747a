package madvec.api.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file being written beside its target, moved into place only when complete, so that the target
 * always holds a whole output or its old content. A shutdown hook, registered before the file exists,
 * deletes it if the JVM stops first (Ctrl-C, SIGTERM), so that no half-written file is left either.
 */
public final class TemporaryFile {
    private final Path target;
    private final Path path;
    private final Thread hook;

    private TemporaryFile(Path target, Path path, Thread hook) {
        this.target = target;
        this.path = path;
        this.hook = hook;
    }

    /**
     * Creates an empty temporary file in the target's folder, named after it.
     *
     * @param target where the file goes when complete
     * @return the temporary file
     * @throws IOException if it cannot be created
     */
    public static TemporaryFile beside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path path = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                + ".tmp");
        Thread hook = new Thread(() -> deleteQuietly(path), "madvec-temporary-file");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Files.createFile(path);
        } catch (IOException | RuntimeException e) {
            removeHook(hook);
            throw e;
        }
        return new TemporaryFile(target, path, hook);
    }

    /** @return the temporary file's path, to write to */
    public Path path() {
        return path;
    }

    /**
     * Moves the complete file onto the target (atomically where the file system can), replacing
     * what was there.
     *
     * @throws IOException if the move fails (the temporary file is then deleted)
     */
    public void moveIntoPlace() throws IOException {
        try {
            try {
                Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            discard();
        }
    }

    /** Deletes the temporary file (if still there) and leaves the target untouched. */
    public void discard() {
        deleteQuietly(path);
        removeHook(hook);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing else to do while failing or shutting down
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }
}
