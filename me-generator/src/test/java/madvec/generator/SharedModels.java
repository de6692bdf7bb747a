package madvec.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The UFO model folders of ../shared/models; tests that need them are skipped, with a message, without them. */
final class SharedModels {
    static final String SM = "sm";
    static final String HEFT = "heft";
    static final String MSSM = "MSSM_SLHA2";
    static final String SMEFT = "SMEFTsim_topU3l_MwScheme_UFO";

    private SharedModels() {}

    static Path folder(String model) {
        String shared = System.getProperty("madvec.shared", "../shared");
        Path dir = Path.of(shared, "models", model);
        Assumptions.assumeTrue(Files.isDirectory(dir), "no UFO model folder " + dir + " (../shared absent): skipped");
        return dir;
    }
}
