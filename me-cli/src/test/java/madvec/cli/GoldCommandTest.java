package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code madvec gold}: MadMiner's file names and shapes, the statistical identities on stdout within
 * their errors, x from an event file, single precision, and clear errors for bad parameters, priors
 * and counts.
 */
class GoldCommandTest {

    /** The shape in a .npy header, and its dtype. */
    private static String header(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int length = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        return new String(b, 10, length, StandardCharsets.US_ASCII);
    }

    private static double[] data(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int start = 10 + ((b[8] & 0xff) | (b[9] & 0xff) << 8);
        ByteBuffer buf = ByteBuffer.wrap(b, start, b.length - start).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[(b.length - start) / 8];
        for (int i = 0; i < out.length; i++) out[i] = buf.getDouble();
        return out;
    }

    @Test
    void ratioDataHaveMadMinersNamesAndShapesAndTheirIdentities(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("gold");
        Cli r = Cli.ok("gold", "--process", "ee_z_mumu", "--parameters", "sminputs.2", "--theta0", "1.1663787e-5", "--theta1",
                "1.3e-5", "--events", "3000", "--observables", "costheta(3),pt(3)", "--norm-points", "20000", "--out", out.toString());
        for (String[] f : new String[][] {{"x", "(3000, 2)"}, {"theta0", "(3000, 1)"}, {"theta1", "(3000, 1)"}, {"y", "(3000, 1)"},
            {"r_xz", "(3000, 1)"}, {"t_xz", "(3000, 1)"}, {"t_xz1", "(3000, 1)"}}) {
            String h = header(out.resolve(f[0] + ".npy"));
            assertTrue(h.contains("'shape': " + f[1]) && h.contains("<f8"), f[0] + ": " + h);
        }
        double[] y = data(out.resolve("y.npy"));
        assertEquals(0, y[0]);
        assertEquals(1, y[2999]);
        assertEquals(1500, java.util.Arrays.stream(y).sum());
        for (String line : r.out().split("\n")) {
            String[] t = line.split(" ");
            if (t[0].startsWith("mean_t_xz")) assertEquals(0, Double.parseDouble(t[1]), 4 * Double.parseDouble(t[2]), line);
            if (t[0].equals("mean_r_xz_theta1")) assertEquals(1, Double.parseDouble(t[1]), 4 * Double.parseDouble(t[2]) + 1e-3, line);
        }
        assertTrue(r.out().contains("mean_r_xz_theta1"), r.out());
    }

    @Test
    void localScoreFromAnEventFileInSinglePrecision(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("z.lhe"), out = dir.resolve("local");
        Cli.ok("generate", "--process", "ee_z_mumu", "--events", "200", "--out", events.toString());
        Cli.ok("gold", "--process", "ee_z_mumu", "--parameters", "sminputs.2", "--theta0", "1.2e-5", "--from-events",
                events.toString(), "--norm-points", "5000", "--out", out.toString());
        assertTrue(header(out.resolve("x.npy")).contains("'shape': (200, 8)"), "x: E px py pz of both muons");
        assertTrue(header(out.resolve("theta.npy")).contains("'shape': (200, 1)"));
        assertTrue(header(out.resolve("t_xz.npy")).contains("'shape': (200, 1)"));
        double[] x = data(out.resolve("x.npy"));
        List<LheEvent> list = new ArrayList<>();
        try (LheReader r = LheReader.open(events)) {
            for (LheEvent e; (e = r.next()) != null; ) list.add(e);
        }
        assertEquals(list.get(0).particles().get(2).energy(), x[0], 1e-12, "x is the file's momenta");
        assertEquals(list.get(1).particles().get(3).pz(), x[8 + 7], 1e-12);
        Path single = dir.resolve("f32");
        Cli.ok("gold", "--process", "ee_z_mumu", "--parameters", "sminputs.2", "--theta0", "uniform(1.1e-5,1.2e-5)", "--events",
                "20", "--norm-points", "2000", "--float32", "--out", single.toString());
        assertTrue(header(single.resolve("t_xz.npy")).contains("<f4"));
    }

    @Test
    void badParametersPriorsAndCountsGetOneClearLine(@TempDir Path dir) {
        String out = dir.resolve("g").toString();
        Cli r = Cli.run("gold", "--process", "ee_z_mumu", "--parameters", "mass.99", "--theta0", "1", "--events", "10", "--out", out);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("mass.99"), r.err());
        r = Cli.run("gold", "--process", "ee_z_mumu", "--parameters", "sminputs.2", "--theta0", "uniform(2e-5,1e-5)", "--events",
                "10", "--out", out);
        assertTrue(r.status() != 0 && r.err().contains("no support"), r.err());
        r = Cli.run("gold", "--process", "ee_z_mumu", "--parameters", "sminputs.2", "--theta0", "1e-5", "--events", "0", "--out", out);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--events"), r.err());
        r = Cli.run("gold", "--process", "ee_z_mumu", "--parameters", "sminputs.2", "--theta0", "1e-5", "--events", "10",
                "--observables", "pt(9)", "--out", out);
        assertTrue(r.status() != 0 && r.err().contains("particle 9"), r.err());
        assertTrue(!Files.exists(dir.resolve("g").resolve("x.npy")), "nothing written on failure");
    }

    @Test
    void decayChainsAreRefusedRatherThanGivenWrongData(@TempDir Path dir) {
        Cli r = Cli.run("gold", "--process", "ee_tt_6j", "--parameters", "mass.6", "--theta0", "173", "--events", "10",
                "--out", dir.resolve("g").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("narrow s-channel resonances") && r.err().contains("6(3 4 5)"), r.err());
    }
}
