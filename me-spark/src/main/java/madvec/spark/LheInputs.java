package madvec.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The event files a job reads, expanded on the driver before any task starts, so that a missing file
 * fails the job at once instead of after hours of work on the others.
 *
 * <p>Each argument is a file, a folder (its {@code *.lhe} and {@code *.lhe.gz} files, by name) or a
 * Hadoop glob ({@code runs/G*}/{@code events.lhe.gz}); any file system Hadoop knows (local, HDFS, S3A).
 * The order is the arguments' order, each folder or glob sorted by path: it is the order of the
 * {@code file_index} column, so that sorting the output by it and the event number restores the input.
 */
final class LheInputs {
    private LheInputs() {}

    /**
     * Expands paths into files.
     *
     * @param arguments files, folders or globs
     * @param conf the Hadoop configuration that resolves their file systems
     * @return the files' fully qualified paths, each once
     * @throws IllegalArgumentException naming an argument that matches nothing, or a file given twice
     * @throws IOException if a file system cannot be listed
     */
    static List<String> expand(List<String> arguments, Configuration conf) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        for (String argument : arguments) {
            for (String file : expandOne(argument, conf)) {
                if (!files.add(file)) {
                    throw new IllegalArgumentException("event file given twice: " + file);
                }
            }
        }
        return new ArrayList<>(files);
    }

    private static List<String> expandOne(String argument, Configuration conf) throws IOException {
        Path path = new Path(argument);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new IllegalArgumentException("no such file: " + argument);
        }
        List<String> files = new ArrayList<>();
        Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus match : matches) {
            if (match.isDirectory()) {
                files.addAll(eventFilesIn(fs, match.getPath(), argument));
            } else {
                files.add(match.getPath().toString());
            }
        }
        return files;
    }

    private static List<String> eventFilesIn(FileSystem fs, Path folder, String argument) throws IOException {
        List<String> files = new ArrayList<>();
        for (FileStatus child : fs.listStatus(folder)) {
            String name = child.getPath().getName();
            if (child.isFile() && (name.endsWith(".lhe") || name.endsWith(".lhe.gz"))) {
                files.add(child.getPath().toString());
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .lhe or .lhe.gz file in folder: " + argument);
        }
        files.sort(null);
        return files;
    }
}
