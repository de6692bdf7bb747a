package madvec.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import madvec.api.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code NAME.precision} in a model file: read per model, double when absent, a clear error when misspelt. */
class ModelSpecPrecisionTest {
    @TempDir
    Path dir;

    @Test
    void precisionIsReadPerModel() throws Exception {
        Path f = dir.resolve("models.properties");
        Files.writeString(f, "gg.process = gg_tt\ngg.precision = mixed\nee.process = ee_mumu\n");
        List<ModelSpec> specs = ModelSpec.readFile(f);
        assertEquals(Precision.DOUBLE, specs.stream().filter(s -> s.name().equals("ee")).findFirst().orElseThrow().precision());
        assertEquals(Precision.MIXED, specs.stream().filter(s -> s.name().equals("gg")).findFirst().orElseThrow().precision());
        assertEquals(Precision.FLOAT, ModelSpec.parse("x=gg_tt").withPrecision(Precision.FLOAT).withSqrtS(1000).precision(),
                "kept through the other with* methods");
    }

    @Test
    void misspeltPrecisionNamesFileAndKey() throws Exception {
        Path f = dir.resolve("models.properties");
        Files.writeString(f, "gg.process = gg_tt\ngg.precision = half\n");
        var e = assertThrows(IllegalArgumentException.class, () -> ModelSpec.readFile(f));
        assertTrue(e.getMessage().contains("gg.precision") && e.getMessage().contains("'half' is not double, float or mixed"),
                e.getMessage());
    }
}
