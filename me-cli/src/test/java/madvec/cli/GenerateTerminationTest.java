package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A {@code generate} stopped by SIGTERM while it writes events leaves no file at {@code --out} and no
 * temporary file: checked on a second JVM, since a signal cannot be sent to the test's own.
 */
class GenerateTerminationTest {

    @Test
    void sigtermLeavesNoHalfWrittenEventFile(@TempDir Path dir) throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path", "");
        assumeTrue(!modulePath.isEmpty(), "runs on the module path only");
        Path out = dir.resolve("events.lhe");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--add-modules=jdk.incubator.vector", "-p", modulePath,
                "-m", "madvec.cli/madvec.cli.Main", "generate", "--process", "ee_mumu", "--events", "1000000000",
                "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!writing(dir) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(p.isAlive(), "the run ended before it could be stopped: " + Files.readString(dir.resolve("log.txt")));
            assertTrue(writing(dir), "the run writes a temporary file beside --out");
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run stops on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertFalse(Files.exists(out), "no file in place of --out");
        assertEquals(List.of(), others(dir), "no temporary file is left");
    }

    /** Whether a temporary file beside --out already holds events (past the header). */
    private static boolean writing(Path dir) throws IOException {
        for (Path f : others(dir)) {
            if (Files.size(f) > 200_000) return true;
        }
        return false;
    }

    private static List<Path> others(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> !f.getFileName().toString().equals("log.txt")).toList();
        }
    }
}
