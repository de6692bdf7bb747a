package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheReader;
import madvec.events.BornCrossSections;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code madvec generate}: the file read back by the LHE reader holds what MadGraph writes (process and
 * parameter cards, sigma in {@code <init>}, status codes, mothers, helicities, balanced colour tags,
 * decay-chain resonances), gzipped or not; reweighting weights are matrix-element ratios; bad input
 * gets one clear line.
 */
class GenerateCommandTest {

    private static List<LheEvent> read(Path file, LheReader[] keep) throws IOException {
        List<LheEvent> events = new ArrayList<>();
        try (LheReader r = LheReader.open(file)) {
            LheEvent e;
            while ((e = r.next()) != null) events.add(e);
            keep[0] = r;
        }
        return events;
    }

    @Test
    void eeToMuMuEventsReadBackAsMadGraphWritesThem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ee.lhe");
        Cli r = Cli.ok("generate", "--process", "e+ e- > mu+ mu-", "--sqrts", "500", "--events", "500", "--seed", "2",
                "--out", out.toString());
        assertTrue(r.err().contains("unweighting efficiency"), r.err());
        LheReader[] reader = new LheReader[1];
        List<LheEvent> events = read(out, reader);
        assertEquals(500, events.size());
        assertTrue(reader[0].header().mg5ProcCard().orElseThrow().contains("generate e+ e- > mu+ mu-"));
        assertTrue(reader[0].header().slha().orElseThrow().contains("BLOCK SMINPUTS"));
        assertEquals(3, reader[0].init().weightingStrategy());
        double sigma = reader[0].init().processes().get(0).crossSection();
        double born = BornCrossSections.eeToMuMu(StandardModel.of(ParamCard.defaultSm()), 500);
        assertEquals(born, sigma, 4 * reader[0].init().processes().get(0).error() + 1e-3 * born);
        for (LheEvent e : events) {
            List<LheParticle> p = e.particles();
            assertEquals(List.of(-1, -1, 1, 1), p.stream().map(LheParticle::status).toList());
            assertEquals(List.of(-11, 11, -13, 13), p.stream().map(LheParticle::pdg).toList());
            assertEquals(sigma, e.weight());
            for (int mu = 0; mu < 4; mu++) {
                double sum = p.get(0).momentum()[mu] + p.get(1).momentum()[mu] - p.get(2).momentum()[mu] - p.get(3).momentum()[mu];
                assertEquals(0, sum, 1e-9);
            }
            assertEquals(1, p.get(2).mother1());
            assertEquals(2, p.get(2).mother2());
            for (LheParticle q : p) assertEquals(1, Math.abs(q.spin()), "massless fermions have helicity +-1");
            // massless QED/Z vertices conserve helicity along the fermion lines
            assertEquals(0, p.get(0).spin() + p.get(1).spin(), 0);
            assertEquals(0, p.get(2).spin() + p.get(3).spin(), 0);
        }
    }

    @Test
    void ggToTtEventsCarryBalancedColourTagsInAGzippedFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tt.lhe.gz");
        Cli.ok("generate", "--process", "gg_tt", "--sqrts", "1000", "--events", "300", "--out", out.toString(), "--threads", "2");
        byte[] head = Files.readAllBytes(out);
        assertEquals((byte) 0x1f, head[0], "gzip magic");
        List<LheEvent> events = read(out, new LheReader[1]);
        assertEquals(300, events.size());
        int[] flowCounts = new int[2];
        for (LheEvent e : events) {
            Map<Integer, Integer> balance = new HashMap<>();
            for (LheParticle q : e.particles()) {
                int sign = q.status() == -1 ? 1 : -1;
                if (q.colour1() != 0) balance.merge(q.colour1(), sign, Integer::sum);
                if (q.colour2() != 0) balance.merge(q.colour2(), -sign, Integer::sum);
            }
            balance.values().forEach(v -> assertEquals(0, v));
            assertEquals(3, balance.size(), "g g > t t~ has three colour lines");
            // the top's colour comes from gluon 1 or gluon 2: both flows occur
            int top = e.particles().get(2).colour1();
            flowCounts[top == e.particles().get(0).colour1() ? 0 : 1]++;
        }
        assertTrue(flowCounts[0] > 50 && flowCounts[1] > 50, "both colour flows chosen: " + flowCounts[0] + ", " + flowCounts[1]);
    }

    @Test
    void decayChainResonancesAreStatusTwoLinesCarryingTheirProducts(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tt6j.lhe");
        Cli.ok("generate", "--process", "gg_tt_6j", "--events", "3", "--out", out.toString());
        for (LheEvent e : read(out, new LheReader[1])) {
            List<LheParticle> p = e.particles();
            assertEquals(10, p.size());
            List<Integer> resonances = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) if (p.get(i).status() == 2) resonances.add(i + 1);
            assertEquals(2, resonances.size());
            for (int line : resonances) {
                assertEquals(6, Math.abs(p.get(line - 1).pdg()));
                double[] sum = new double[4];
                int products = 0;
                for (LheParticle q : p) {
                    if (q.mother1() == line) {
                        products++;
                        for (int mu = 0; mu < 4; mu++) sum[mu] += q.momentum()[mu];
                    }
                }
                assertEquals(3, products);
                for (int mu = 0; mu < 4; mu++) assertEquals(p.get(line - 1).momentum()[mu], sum[mu], 1e-9);
            }
        }
    }

    @Test
    void decayChainsAreSampledOverTheirResonanceChannels(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ee6j.lhe");
        Cli c = Cli.ok("generate", "--process", "ee_tt_6j", "--events", "200", "--threads", "2", "--out", out.toString());
        assertTrue(c.err().contains("1 phase-space channel(s)"), c.err());
        LheReader[] reader = new LheReader[1];
        List<LheEvent> events = read(out, reader);
        assertEquals(200, events.size());
        // sigma(e+ e- > t t~) BR(t > b u d~)^2 = 0.059135 pb at the card's widths, to O(Gamma_t / m_t) = 0.9 %;
        // flat phase space gives nothing like it (its pre-sample misses the peaks)
        LheInit.Process p = reader[0].init().processes().get(0);
        assertEquals(0.059135, p.crossSection(), 4 * p.error() + 0.012 * 0.059135, c.err());
        assertTrue(Cli.run("generate", "--process", "ee_tt_6j", "--events", "1", "--phase-space", "none", "--out",
                dir.resolve("x.lhe").toString()).status() == 2);
    }

    @Test
    void theGeneratedFileIsReadAndReweightedByReweight(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("ee.lhe.gz"), card = dir.resolve("card.dat"), out = dir.resolve("ee_rw.lhe.gz");
        Cli.ok("generate", "--process", "e+ e- > mu+ mu-", "--sqrts", "500", "--events", "50", "--out", events.toString());
        Files.writeString(card, "launch --rwgt_name=mz915\nset mass 23 91.5\n");
        Cli r = Cli.ok("reweight", "--events", events.toString(), "--card", card.toString(), "--out", out.toString());
        assertTrue(r.out().contains("mz915"), r.out());
        List<LheEvent> back = read(out, new LheReader[1]);
        assertEquals(50, back.size());
        // the header's process card and <slha> card were enough to rebuild the process and its point
        MatrixElement at = MatrixElement.builder("e+ e- > mu+ mu-").sqrtS(500).build();
        MatrixElement moved = at.withParameters(java.util.Map.of("mass.23", 91.5));
        for (LheEvent e : back.subList(0, 5)) {
            double[][] p = new double[16][1];
            for (int q = 0; q < 4; q++) for (int mu = 0; mu < 4; mu++) p[4 * q + mu][0] = e.particles().get(q).momentum()[mu];
            double ratio = moved.evaluateMomenta(p).me()[0] / at.evaluateMomenta(p).me()[0];
            assertEquals(e.weight() * ratio, e.weights().get("mz915"), 1e-9 * Math.abs(e.weight() * ratio));
        }
    }

    @Test
    void reweightingWeightsAreMatrixElementRatios(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("z.lhe");
        Cli.ok("generate", "--process", "ee_z_mumu", "--events", "20", "--reweight", "gf13:sminputs.2=1.3e-5",
                "--out", out.toString());
        LheReader[] reader = new LheReader[1];
        List<LheEvent> events = read(out, reader);
        assertTrue(reader[0].header().initrwgt().orElseThrow().contains("<weight id='gf13'> set sminputs 2 1.3E-5"),
                reader[0].header().initrwgt().orElseThrow());
        MatrixElement nominal = MatrixElement.builder("ee_z_mumu").free("sminputs.2").build();
        MatrixElement moved = nominal.withParameters(Map.of("sminputs.2", 1.3e-5));
        LheEvent e = events.get(0);
        double[][] p = new double[16][1];
        double[] m = e.momenta();
        for (int j = 0; j < 16; j++) p[j][0] = m[j];
        double ratio = moved.evaluateMomenta(p).me()[0] / nominal.evaluateMomenta(p).me()[0];
        assertEquals(e.weight() * ratio, e.weights().get("gf13"), 1e-9 * e.weight() * ratio);
    }

    @Test
    void badInputGetsOneClearLine(@TempDir Path dir) {
        Path out = dir.resolve("x.lhe");
        Cli r = Cli.run("generate", "--process", "e+ e- > t t~", "--sqrts", "300", "--events", "10", "--out", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("threshold"), r.err());
        r = Cli.run("generate", "--process", "ee_mumu", "--events", "0", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--events"), r.err());
        r = Cli.run("generate", "--process", "ee_mumu", "--events", "10", "--out", dir.resolve("x.txt").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(".lhe"), r.err());
        r = Cli.run("generate", "--process", "ee_mumu", "--events", "10", "--out", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("folder"), r.err());
        assertFalse(Files.exists(out), "nothing written on failure");
    }
}
