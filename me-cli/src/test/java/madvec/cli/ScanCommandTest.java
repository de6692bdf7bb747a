package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code madvec scan}: the derivative column against finite differences of the value column, and the plots. */
class ScanCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theDerivativeColumnIsTheSlopeOfTheValueColumnAndThePlotsAreWritten(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("scan.png"), svg = dir.resolve("scan.svg");
        assertEquals(0, run("scan", "--process", "mumu_h_4l", "--parameter", "mass.23", "--from", "88", "--to", "92",
                "--steps", "401", "--png", png.toString(), "--svg", svg.toString()), err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("# mass.23 me d_me/d_mass.23", lines[0]);
        assertEquals(402, lines.length);
        double[][] t = Arrays.stream(lines).skip(1).map(l -> Arrays.stream(l.trim().split(" ")).mapToDouble(Double::parseDouble)
                .toArray()).toArray(double[][]::new);
        for (int i = 1; i < t.length - 1; i += 50) {
            double fd = (t[i + 1][1] - t[i - 1][1]) / (t[i + 1][0] - t[i - 1][0]);
            assertEquals(fd, t[i][2], 1e-4 * Math.abs(t[i][1]) + 1e-3 * Math.abs(fd), "step " + i + " at " + t[i][0]);
        }
        byte[] image = Files.readAllBytes(png);
        assertTrue(image.length > 1000 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G', "a PNG image");
        assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
        assertEquals(2, Files.list(dir).count(), "no temporary file left beside the plots");
    }

    @Test
    void badRangesAndPointsAreUsageErrors() {
        assertEquals(2, run("scan", "--process", "gg_tt", "--parameter", "mass.6", "--from", "170", "--to", "175", "--steps", "1"));
        assertEquals(2, run("scan", "--process", "gg_tt", "--parameter", "mass.6", "--from", "170", "--to", "175", "--point", "0.1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--point needs 2 coordinates"), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("scan", "--process", "gg_tt", "--parameter", "mass.77", "--from", "1", "--to", "2"));
    }
}
