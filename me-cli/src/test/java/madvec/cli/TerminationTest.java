package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by SIGTERM (what {@code kill} and service managers send; Ctrl-C's SIGINT takes the same
 * path, the JVM's shutdown hooks) leaves the old {@code --out} file as it was and no temporary file:
 * checked on a real second JVM, since a signal cannot be sent to the test's own.
 */
class TerminationTest {

    @Test
    void sigtermKeepsTheOldOutputAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path", "");
        assumeTrue(!modulePath.isEmpty(), "runs on the module path only");
        Path out = dir.resolve("events.txt");
        Files.writeString(out, "old\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--add-modules=jdk.incubator.vector", "-p", modulePath,
                "-m", "madvec.cli/madvec.cli.Main", "sample", "--process", "gg_tt", "--events", "100000000",
                "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            // wait until the run is writing its temporary file, then stop it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryFiles(dir, out).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(p.isAlive(), "the run ended before it could be stopped: " + Files.readString(dir.resolve("log.txt")));
            assertTrue(!temporaryFiles(dir, out).isEmpty(), "the run writes a temporary file beside --out");
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run stops on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertEquals("old\n", Files.readString(out), "the old output is kept");
        assertEquals(List.of(), temporaryFiles(dir, out), "no temporary file is left");
    }

    private static List<Path> temporaryFiles(Path dir, Path out) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> !f.equals(out) && !f.getFileName().toString().equals("log.txt")).toList();
        }
    }
}
