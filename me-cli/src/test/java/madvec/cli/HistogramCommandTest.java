package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code madvec histogram}: the nominal distribution integrates to the file's cross section, the
 * reweighted ones to the cross sections their weights carry, the plot is a PNG or SVG, and an unknown
 * weight id or observable gets one clear line.
 */
class HistogramCommandTest {

    @Test
    void distributionsIntegrateToTheirCrossSectionsAndArePlotted(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("z.lhe.gz"), png = dir.resolve("h.png"), svg = dir.resolve("h.svg");
        Cli.ok("generate", "--process", "ee_z_mumu", "--events", "2000", "--reweight", "gf13:sminputs.2=1.3e-5",
                "--out", events.toString());
        Cli r = Cli.ok("histogram", "--events", events.toString(), "--observable", "costheta(3)", "--bins", "8", "--out", png.toString());
        String[] lines = r.out().split("\n");
        assertEquals("# low high nominal err_nominal gf13 err_gf13", lines[0]);
        assertEquals(9, lines.length);
        double nominal = 0, moved = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] t = lines[i].trim().split(" ");
            double width = Double.parseDouble(t[1]) - Double.parseDouble(t[0]);
            nominal += Double.parseDouble(t[2]) * width;
            moved += Double.parseDouble(t[4]) * width;
        }
        String init = new String(java.util.zip.GZIPInputStream.class.cast(
                new java.util.zip.GZIPInputStream(Files.newInputStream(events))).readNBytes(200_000));
        String line = init.substring(init.indexOf("<init>")).split("\n")[2].trim();
        double sigma = Double.parseDouble(line.split("\\s+")[0]);
        assertEquals(sigma, nominal, 1e-6 * sigma);
        assertTrue(moved > 1.05 * nominal, "a larger G_F makes more events at the Z pole: " + moved + " vs " + nominal);
        byte[] image = Files.readAllBytes(png);
        assertEquals((byte) 0x89, image[0]);
        assertEquals('P', image[1]);
        Cli.ok("histogram", "--events", events.toString(), "--observable", "pt(3)", "--weights", "gf13", "--out", svg.toString());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void unknownWeightsAndObservablesGetOneClearLine(@TempDir Path dir) {
        Path events = dir.resolve("e.lhe");
        Cli.ok("generate", "--process", "ee_mumu", "--events", "20", "--out", events.toString());
        Cli r = Cli.run("histogram", "--events", events.toString(), "--observable", "costheta(3)", "--weights", "nope");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no weight 'nope'") && r.err().contains("e.lhe:"), r.err());
        r = Cli.run("histogram", "--events", events.toString(), "--observable", "rapidity(3)");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("unknown observable 'rapidity'"), r.err());
    }
}
