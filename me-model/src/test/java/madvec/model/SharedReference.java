package madvec.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (MadGraph reference data) through the system property Surefire sets. */
final class SharedReference {
    private SharedReference() {
    }

    /** The shared folder; skips the calling test, with a message, when it is absent. */
    static Path folder() {
        String property = System.getProperty("madvec.shared");
        Assumptions.assumeTrue(property != null, "system property madvec.shared is not set: reference data skipped");
        Path dir = Path.of(property);
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("reference")),
                "no reference folder under " + dir + ": tests against MadGraph's cards skipped");
        return dir;
    }
}
