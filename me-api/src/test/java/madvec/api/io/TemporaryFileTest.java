package madvec.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFileTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteFileReplacesTheTargetAndADiscardedOneLeavesItAlone() throws IOException {
        Path target = dir.resolve("out.lhe");
        Files.writeString(target, "old");
        TemporaryFile t = TemporaryFile.beside(target);
        assertEquals(dir, t.path().getParent());
        assertTrue(t.path().getFileName().toString().startsWith(".out.lhe."), t.path().toString());
        Files.writeString(t.path(), "half");
        t.discard();
        assertEquals("old", Files.readString(target));
        assertFalse(Files.exists(t.path()));

        TemporaryFile u = TemporaryFile.beside(target);
        Files.writeString(u.path(), "new");
        u.moveIntoPlace();
        assertEquals("new", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the target is left");
        }
    }
}
