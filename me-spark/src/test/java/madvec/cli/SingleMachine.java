package madvec.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code madvec} command line run in the test's JVM (class path, hence the shared package). */
public final class SingleMachine {
    private SingleMachine() {}

    /**
     * Runs {@code madvec ARGS}.
     *
     * @param args the command and its options
     * @return its stdout
     * @throws AssertionError with its stderr when it exits with a status other than 0
     */
    public static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new AssertionError("madvec " + String.join(" ", args) + " exited with " + status + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
