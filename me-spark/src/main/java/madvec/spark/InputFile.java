package madvec.spark;

import java.io.Serializable;

/**
 * One event file of the job and its place in the input list; one task reads it.
 *
 * @param index position in the expanded input list, from 0: the output's {@code file_index}
 * @param path fully qualified path
 */
record InputFile(int index, String path) implements Serializable {
    /** @return the path as messages give it: a local file without its {@code file:} scheme */
    String displayName() {
        return path.startsWith("file:") ? new org.apache.hadoop.fs.Path(path).toUri().getPath() : path;
    }
}
