package madvec.spark;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.spark.SparkException;

/** Words a failed job for a person: the executor's own message when there is one, not Spark's wrapping. */
final class JobFailure {
    private JobFailure() {}

    /**
     * The message to print for {@code e}.
     *
     * @param e what the job threw
     * @return one line
     */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EventFailure) {
                return t.getMessage();
            }
        }
        if (e instanceof SparkException && e.getMessage() != null) {
            // a task failure whose cause did not survive the trip: Spark's message has the executor's
            String m = e.getMessage();
            int at = m.indexOf(EventFailure.class.getName() + ": ");
            if (at >= 0) {
                String rest = m.substring(at + EventFailure.class.getName().length() + 2);
                int eol = rest.indexOf('\n');
                return eol >= 0 ? rest.substring(0, eol) : rest;
            }
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return m != null ? m.lines().findFirst().orElse(m) : e.toString();
    }
}
