package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheReader;
import madvec.api.lhe.LheWriter;
import madvec.events.BornCrossSections;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.reweight.FlatSample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** madvec reweight: weights against eval, order and content kept, the summary against the Born formula, bad input named. */
class ReweightCommandTest {
    @TempDir
    Path dir;

    private static final String CARD = """
            # back to the sample's own point, then a heavier Z
            launch --rwgt_name=own
            launch --rwgt_name=mz
            set MZ 92
            """;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** An LHE file of e+ e- > mu+ mu- events at the given rows (E px py pz x 4), written as MadGraph would. */
    private Path eeFile(String name, List<double[]> rows, List<String> extra) throws Exception {
        StringWriter slha = new StringWriter();
        ParamCard.defaultSm().write(slha);
        LheHeader header = LheHeader.of("<LesHouchesEvents version=\"3.0\">\n<header>\n<MG5ProcCard>\nimport model sm\n"
                + "generate e+ e- > mu+ mu- @0\n</MG5ProcCard>\n<slha>\n" + slha + "</slha>\n</header>\n");
        LheInit init = new LheInit(-11, 11, 750, 750, 0, 0, 0, 0, 3, List.of(new LheInit.Process(1.0, 0.01, 1, 1)), List.of());
        int[] pdgs = {-11, 11, -13, 13};
        Path f = dir.resolve(name);
        try (LheWriter w = LheWriter.open(f, header, init)) {
            for (int i = 0; i < rows.size(); i++) {
                double[] r = rows.get(i);
                List<LheParticle> ps = new ArrayList<>();
                // the muons in reverse order every other event: dispatch must put them back
                int[] order = i % 2 == 0 ? new int[] {0, 1, 2, 3} : new int[] {1, 0, 3, 2};
                for (int q : order) {
                    ps.add(new LheParticle(pdgs[q], q < 2 ? -1 : 1, q < 2 ? 0 : 1, q < 2 ? 0 : 2, 0, 0,
                            r[4 * q + 1], r[4 * q + 2], r[4 * q + 3], r[4 * q], 0, 0, 9));
                }
                w.write(new LheEvent("", 1, 0.5 + i, 91.188, 0.0078, 0.118, ps, extra));
            }
            w.commit();
        }
        return f;
    }

    private static List<double[]> referenceRows() throws Exception {
        Path ref = Path.of(System.getProperty("madvec.shared", "../shared"), "reference", "madgraph4gpu", "epem_mupmum.tsv");
        Assumptions.assumeTrue(Files.exists(ref), "no ../shared/reference: MadGraph momenta skipped");
        List<double[]> rows = new ArrayList<>();
        for (String l : Files.readAllLines(ref)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            rows.add(Arrays.stream(l.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    private static List<LheEvent> read(Path f) throws Exception {
        List<LheEvent> out = new ArrayList<>();
        try (LheReader r = LheReader.open(f)) {
            for (LheEvent e; (e = r.next()) != null; ) out.add(e);
        }
        return out;
    }

    private static double[] meColumn(String evalOut) {
        return evalOut.lines().filter(l -> !l.startsWith("#")).mapToDouble(l -> Double.parseDouble(l.trim().split("\\s+")[0])).toArray();
    }

    @Test
    void newOverOldWeightsAreEvalsRatiosAndOwnParametersGiveTheWeightsBack() throws Exception {
        List<double[]> rows = referenceRows();
        Path in = eeFile("ee.lhe", rows, List.of("<rwgt>", "<wgt id='scale1'> +1.0e+00 </wgt>", "</rwgt>", "<!-- a comment -->"));
        Path card = write("card.dat", CARD);
        Path out = dir.resolve("out.lhe.gz"), npy = dir.resolve("w.npy");
        Cli r = Cli.ok("reweight", "--events", in.toString(), "--card", card.toString(), "--out", out.toString(),
                "--weights-out", npy.toString(), "--threads", "2", "--batch", "37");
        // eval at the same momenta, in the process's order, at both points
        StringBuilder m = new StringBuilder();
        for (double[] row : rows) {
            for (int j = 0; j < 16; j++) m.append(String.format(Locale.ROOT, "%.17g ", row[j]));
            m.append('\n');
        }
        Path momenta = write("momenta.txt", m.toString());
        double[] old = meColumn(Cli.ok("eval", "--process", "e+ e- > mu+ mu-", "--momenta", momenta.toString()).out());
        double[] heavy = meColumn(Cli.ok("eval", "--process", "e+ e- > mu+ mu-", "--set", "mass.23=92", "--momenta", momenta.toString()).out());
        List<LheEvent> input = read(in), output = read(out);
        assertEquals(input.size(), output.size());
        for (int i = 0; i < input.size(); i++) {
            LheEvent a = input.get(i), b = output.get(i);
            assertEquals(a.particles(), b.particles(), "event " + i + " kept in order");
            assertEquals(a.weight(), b.weight());
            assertEquals(List.of("scale1", "own", "mz"), List.copyOf(b.weights().keySet()));
            assertTrue(b.extraLines().contains("<!-- a comment -->"));
            assertEquals(a.weight(), b.weights().get("own"), 0.0, "own parameters give the weight back");
            double ratio = b.weights().get("mz") / a.weight();
            assertEquals(heavy[i] / old[i], ratio, 1e-14 * ratio, "event " + i);
        }
        try (LheReader reader = LheReader.open(out)) {
            String init = reader.header().initrwgt().orElseThrow();
            assertTrue(init.contains("<weightgroup name='mg_reweighting' weight_name_strategy='includeIdInWeightName'>"), init);
            assertTrue(init.contains("<weight id='mz'>set param_card mass 23 9.200000e+01 # orig: 9.118800e+01\n</weight>"), init);
        }
        double[][] w = npy(npy, 4);
        assertEquals(input.size(), w.length);
        for (int i = 0; i < w.length; i++) {
            assertArrayEquals(new double[] {1, input.get(i).weight(), output.get(i).weights().get("own"), output.get(i).weights().get("mz")}, w[i]);
        }
        assertTrue(r.out().startsWith("# weight_id cross_section_pb error_pb\noriginal "), r.out());
        assertTrue(r.err().contains("128 events in"), r.err());
    }

    @Test
    void theOutputDoesNotDependOnThreadsOrBatches() throws Exception {
        Path in = dir.resolve("flat.lhe.gz");
        FlatSample.write(in, "e+ e- > mu+ mu-", 200, 3000, 5, ParamCard.defaultSm());
        Path card = write("card.dat", CARD);
        Path one = dir.resolve("one.lhe"), two = dir.resolve("two.lhe");
        Cli a = Cli.ok("reweight", "--events", in.toString(), "--card", card.toString(), "--out", one.toString(), "--grad", "mass.23");
        Cli b = Cli.ok("reweight", "--events", in.toString(), "--card", card.toString(), "--out", two.toString(), "--grad", "mass.23",
                "--threads", "2", "--batch", "100");
        assertEquals(Files.readString(one), Files.readString(two));
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("\nmz_d_mass.23 "), a.out());
    }

    @Test
    void reweightedCrossSectionsMatchTheBornFormulaWithinTheirErrors() throws Exception {
        double sqrtS = 91.188;
        Path in = dir.resolve("flat.lhe.gz");
        FlatSample.write(in, "e+ e- > mu+ mu-", sqrtS, 20000, 11, ParamCard.defaultSm());
        Path card = write("card.dat", "launch --rwgt_name=mz\nset MZ 92\nlaunch --rwgt_name=wz\nset WZ 2.0\n");
        Cli r = Cli.ok("reweight", "--events", in.toString(), "--card", card.toString(), "--grad", "mass.23");
        Map<String, double[]> table = new java.util.HashMap<>();
        for (String l : r.out().lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] t = l.split(" ");
            table.put(t[0], new double[] {Double.parseDouble(t[1]), Double.parseDouble(t[2])});
        }
        ParamCard sm = ParamCard.defaultSm();
        double[] expected = {BornCrossSections.eeToMuMu(StandardModel.of(sm.with("mass.23", 92.0), List.of()), sqrtS),
            BornCrossSections.eeToMuMu(StandardModel.of(sm.with("decay.23", 2.0), List.of()), sqrtS)};
        String[] ids = {"mz", "wz"};
        for (int k = 0; k < 2; k++) {
            double[] got = table.get(ids[k]);
            assertTrue(Math.abs(got[0] - expected[k]) < 4 * got[1], ids[k] + ": " + got[0] + " +- " + got[1] + " vs " + expected[k]);
            assertTrue(got[1] < 0.02 * got[0], "a test that can fail: the error is small");
        }
        double h = 1e-3;
        double fd = (BornCrossSections.eeToMuMu(StandardModel.of(sm.with("mass.23", 92.0 + h), List.of()), sqrtS)
                - BornCrossSections.eeToMuMu(StandardModel.of(sm.with("mass.23", 92.0 - h), List.of()), sqrtS)) / (2 * h);
        double[] d = table.get("mz_d_mass.23");
        assertTrue(Math.abs(d[0] - fd) < 4 * d[1], "d sigma/d MZ: " + d[0] + " +- " + d[1] + " vs " + fd);
    }

    /** Reads a 2-d .npy of doubles. */
    private static double[][] npy(Path f, int columns) throws Exception {
        byte[] all = Files.readAllBytes(f);
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals((byte) 0x93, b.get(0));
        int headerLength = b.getShort(8) & 0xffff;
        String header = new String(all, 10, headerLength, java.nio.charset.StandardCharsets.US_ASCII);
        int rows = (all.length - 10 - headerLength) / (8 * columns);
        assertTrue(header.contains("'shape': (" + rows + ", " + columns + ")"), header);
        b.position(10 + headerLength);
        double[][] out = new double[rows][columns];
        for (double[] row : out) for (int j = 0; j < columns; j++) row[j] = b.getDouble();
        return out;
    }
}
