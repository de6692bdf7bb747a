package madvec.spark;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ShutdownHookManager;

/**
 * The job's output folder, written beside its final place and renamed into it only when complete: a job
 * that fails or is killed leaves the old output (or none) in place, never half a result. The staging
 * folder is {@code .NAME.madvec-tmp-UUID} next to {@code NAME}; {@link #abandon} deletes it.
 */
final class StagedOutput {
    private final FileSystem fs;
    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    /** Deletes the staging folder when the driver is stopped (Ctrl-C, SIGTERM) before the commit. */
    private final Runnable cleanup;

    private StagedOutput(FileSystem fs, Path target, Path staging, boolean overwrite) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
        this.cleanup = this::deleteStaging;
        // before Hadoop's own hook closes the file systems
        ShutdownHookManager.get().addShutdownHook(cleanup, FileSystem.SHUTDOWN_HOOK_PRIORITY + 1);
    }

    /**
     * Checks the target before the job starts.
     *
     * @param out the output folder
     * @param overwrite whether an existing output may be replaced
     * @param conf resolves the file system
     * @return the staged output
     * @throws IllegalArgumentException if {@code out} exists and {@code overwrite} is false, or it is a file
     * @throws IOException if the file system cannot be asked
     */
    static StagedOutput prepare(String out, boolean overwrite, Configuration conf) throws IOException {
        Path target = new Path(out);
        FileSystem fs = target.getFileSystem(conf);
        target = fs.makeQualified(target);
        if (fs.exists(target)) {
            if (!fs.getFileStatus(target).isDirectory()) {
                throw new IllegalArgumentException("--out must be a folder, not a file: " + out);
            }
            if (!overwrite) {
                throw new IllegalArgumentException("--out exists (add --overwrite to replace it): " + out);
            }
        }
        Path parent = target.getParent();
        if (parent != null && !fs.exists(parent)) {
            throw new IllegalArgumentException("no such folder: " + parent);
        }
        Path staging = new Path(parent, "." + target.getName() + ".madvec-tmp-" + UUID.randomUUID());
        return new StagedOutput(fs, target, staging, overwrite);
    }

    /** @return where the job writes: {@code staging/SUBFOLDER} until {@link #commit} */
    String staging(String subfolder) {
        return new Path(staging, subfolder).toString();
    }

    /** @return the final output folder */
    String target() {
        return target.toString();
    }

    /**
     * Moves the staged output into place, replacing an old one when allowed.
     *
     * @throws IOException if the rename fails (the staging folder is then kept, and named in the message)
     */
    void commit() throws IOException {
        if (overwrite && fs.exists(target) && !fs.delete(target, true)) {
            throw new IOException("could not delete the old output " + target + "; the new one is in " + staging);
        }
        if (!fs.rename(staging, target)) {
            throw new IOException("could not rename " + staging + " to " + target);
        }
        removeHook();
    }

    /** Deletes the staging folder after a failure; quiet, as the failure is what the user must see. */
    void abandon() {
        deleteStaging();
        removeHook();
    }

    private void deleteStaging() {
        try {
            fs.delete(staging, true);
        } catch (IOException ignored) {
            // the failure being reported matters more; the folder's name says what it is
        }
    }

    private void removeHook() {
        if (!ShutdownHookManager.get().isShutdownInProgress()) {
            ShutdownHookManager.get().removeShutdownHook(cleanup);
        }
    }
}
