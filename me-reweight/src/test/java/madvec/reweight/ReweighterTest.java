package madvec.reweight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReweighterTest {
    private static final String CARD = """
            launch --rwgt_name=own
            launch --rwgt_name=heavy_z
            set mass 23 95
            launch
            set MT 180
            set WZ 2.6
            """;

    private static Path referenceFile(String name) {
        Path ref = Samples.reference();
        Assumptions.assumeTrue(ref != null, "no ../shared/reference: MadGraph momenta skipped");
        return ref.resolve(name);
    }

    private static double rel(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    @Test
    void reweightingToTheOwnParametersGivesBackTheWeightsAndRatiosMatchMadGraph() throws Exception {
        Path tsv = referenceFile("madgraph4gpu/gg_ttx.tsv");
        List<double[]> rows = Samples.readTsv(tsv);
        int[] pdgs = Samples.pdgs(tsv);
        List<LheEvent> events = Samples.events(pdgs, rows, 0);
        LheHeader header = Samples.header("sm", List.of("generate g g > t t~ @0"), ParamCard.defaultSm());
        Reweighter rw = Reweighter.builder().header(header).card(ReweightCard.parse("card", CARD, null)).build();
        assertEquals(List.of("own", "heavy_z", "rwgt_1"), rw.weightIds());
        List<EventWeights> w = rw.reweight(events);
        MatrixElement heavyTop = MatrixElement.builder("g g > t t~").set("mass.6", 180).set("decay.23", 2.6).build();
        for (int i = 0; i < rows.size(); i++) {
            double w0 = events.get(i).weight();
            assertEquals(w0, w.get(i).weights()[0], 1e-15 * w0, "own parameters, event " + i);
            // gg > tt~ has no Z: the heavy-Z point changes nothing
            assertEquals(w0, w.get(i).weights()[1], 1e-15 * w0);
            double[][] p = columns(rows.get(i), pdgs.length);
            double expected = heavyTop.evaluateMomenta(p).me()[0] / rows.get(i)[4 * pdgs.length];
            assertTrue(rel(expected, w.get(i).weights()[2] / w0) < 1e-10, "event " + i + ": " + expected + " vs " + w.get(i).weights()[2] / w0);
            assertNotEquals(1.0, w.get(i).weights()[2] / w0);
        }
    }

    @Test
    void eeToMuMuZMassRatiosAtShuffledParticleOrders() throws Exception {
        Path tsv = referenceFile("madgraph4gpu/epem_mupmum.tsv");
        List<double[]> rows = Samples.readTsv(tsv);
        int[] pdgs = Samples.pdgs(tsv);
        List<LheEvent> events = Samples.events(pdgs, rows, 23);
        LheHeader header = Samples.header("sm", List.of("generate e+ e- > mu+ mu-"), null);
        Reweighter rw = Reweighter.builder().header(header).card(ReweightCard.parse("card", CARD, null)).build();
        List<EventWeights> w = rw.reweight(events);
        MatrixElement heavyZ = MatrixElement.builder("e+ e- > mu+ mu-").set("mass.23", 95).build();
        for (int i = 0; i < rows.size(); i++) {
            double expected = heavyZ.evaluateMomenta(columns(rows.get(i), 4)).me()[0] / rows.get(i)[16];
            assertTrue(rel(expected, w.get(i).weights()[1] / events.get(i).weight()) < 1e-10, "event " + i);
        }
    }

    @Test
    void derivativesMatchCentralFiniteDifferencesOfTheWeights() throws Exception {
        List<double[]> rows = Samples.rambo("g g > t t~ g", 1000, 24, 7);
        int[] pdgs = {21, 21, 6, -6, 21};
        List<LheEvent> events = Samples.events(pdgs, rows, 0);
        ParamCard card = ParamCard.defaultSm();
        LheHeader header = Samples.header("sm", List.of("generate g g > t t~ g"), card);
        double h = 1e-3;
        List<ReweightPoint> points = List.of(new ReweightPoint("mid", "", Map.of("mass.6", 175.0, "mass.23", 92.0)),
                new ReweightPoint("up", "", Map.of("mass.6", 175.0 + h, "mass.23", 92.0)),
                new ReweightPoint("down", "", Map.of("mass.6", 175.0 - h, "mass.23", 92.0)),
                new ReweightPoint("zup", "", Map.of("mass.6", 175.0, "mass.23", 92.0 + h)),
                new ReweightPoint("zdown", "", Map.of("mass.6", 175.0, "mass.23", 92.0 - h)));
        Reweighter rw = Reweighter.builder().header(header).points(points).gradients("MT", "mass.23").build();
        assertEquals(List.of("mass.6", "mass.23"), rw.gradients());
        assertEquals("mid_d_mass.6", rw.gradientIds().get(0));
        List<EventWeights> w = rw.reweight(events);
        for (int i = 0; i < events.size(); i++) {
            double[] x = w.get(i).weights();
            double fdTop = (x[1] - x[2]) / (2 * h), fdZ = (x[3] - x[4]) / (2 * h);
            double dTop = w.get(i).derivatives()[0][0], dZ = w.get(i).derivatives()[0][1];
            assertEquals(fdTop, dTop, 1e-6 * Math.abs(dTop) + 1e-9 * x[0], "d/d mass.6, event " + i);
            assertEquals(fdZ, dZ, 1e-5 * Math.abs(dZ) + 1e-9 * x[0], "d/d mass.23, event " + i);
            assertNotEquals(0.0, dTop);
        }
    }

    @Test
    void multiSubprocessSampleDispatchesEveryEventToItsOwnSubprocess() throws Exception {
        LheHeader header = Samples.header("sm", List.of("generate p p > t t~ @0", "add process p p > t t~ j @1"), null);
        Reweighter rw = Reweighter.builder().header(header).card(ReweightCard.parse("card", "launch\nset MT 178\n", null)).build();
        assertEquals(2, rw.origin().processes().size());
        String[] subs = {"g g > t t~", "u u~ > t t~", "d~ d > t t~", "g g > t t~ g", "u g > t t~ u", "g s~ > t t~ s~", "c c~ > t t~ g"};
        List<LheEvent> events = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (int s = 0; s < subs.length; s++) {
            MatrixElement me = MatrixElement.builder(subs[s]).build();
            MatrixElement heavy = me.withParameters(Map.of("mass.6", 178.0));
            List<double[]> rows = Samples.rambo(subs[s], 1200, 6, s);
            for (int i = 0; i < rows.size(); i++) {
                events.add(Samples.event(me.pdgs(), rows.get(i), 2.0 + s, i % 2 == 0, i, 0));
                double[][] p = columns(rows.get(i), me.pdgs().length);
                expected.add((2.0 + s) * heavy.evaluateMomenta(p).me()[0] / me.evaluateMomenta(p).me()[0]);
            }
        }
        List<EventWeights> w = rw.reweight(events);
        for (int i = 0; i < events.size(); i++) {
            assertTrue(rel(expected.get(i), w.get(i).weights()[0]) < 1e-12, "event " + i + " (" + subs[i / 6] + ")");
        }
    }

    @Test
    void anEventOfAnotherProcessIsNamedOrKeptWithItsProblem() throws Exception {
        List<double[]> rows = Samples.rambo("e+ e- > e+ e-", 500, 3, 1);
        List<LheEvent> events = Samples.events(new int[] {-11, 11, -11, 11}, rows, 0);
        Reweighter rw = Reweighter.builder().process("e+ e- > mu+ mu-").card(ReweightCard.parse("card", "launch\nset MZ 92\n", null)).build();
        List<EventPosition> pos = List.of(new EventPosition("x.lhe", 1, 3), new EventPosition("x.lhe", 2, 12), new EventPosition("x.lhe", 3, 21));
        ReweightException e = assertThrows(ReweightException.class, () -> rw.reweight(events, pos, false));
        assertTrue(e.getMessage().startsWith("x.lhe:3: event 1: particles -11 11 > -11 11"), e.getMessage());
        List<EventWeights> kept = rw.reweight(events, pos, true);
        assertEquals(3, kept.size());
        assertTrue(kept.stream().noneMatch(EventWeights::ok));
        LheEvent annotated = rw.annotate(events.get(0), kept.get(0), pos.get(0));
        assertEquals(0.0, annotated.weights().get("rwgt_1"));
        assertTrue(annotated.extraLines().stream().anyMatch(l -> l.startsWith("<!-- madvec reweight: not reweighted: particles")));
    }

    @Test
    void decayChainsAndRequiredSChannelsMatchMadGraph() throws Exception {
        String[][] cases = {{"madgraph5/gg_ttx_decay.tsv", "generate g g > t t~, t > b u d~, t~ > b~ d u~", "6"},
            {"madgraph5/epem_z_mupmum.tsv", "generate e+ e- > z > mu+ mu-", "23"},
            {"madgraph5/uux_ttx.tsv", "generate u u~ > t t~ QED=0", "0"}};
        for (String[] c : cases) {
            Path tsv = referenceFile(c[0]);
            List<double[]> rows = Samples.readTsv(tsv);
            int[] pdgs = Samples.pdgs(tsv);
            List<LheEvent> events = Samples.events(pdgs, rows, Integer.parseInt(c[2]));
            LheHeader header = Samples.header("sm", List.of(c[1]), ParamCard.defaultSm());
            Reweighter rw = Reweighter.builder().header(header).card(ReweightCard.parse("card", "launch\nset WT 1.6\nset MZ 91.3\n", null)).build();
            List<EventWeights> w = rw.reweight(events);
            String process = c[1].substring("generate ".length());
            MatrixElement moved = MatrixElement.builder(process).set("decay.6", 1.6).set("mass.23", 91.3).build();
            for (int i = 0; i < rows.size(); i++) {
                double expected = moved.evaluateMomenta(columns(rows.get(i), pdgs.length)).me()[0] / rows.get(i)[4 * pdgs.length];
                assertTrue(rel(expected, w.get(i).weights()[0] / events.get(i).weight()) < 1e-9, c[0] + " event " + i);
            }
        }
    }

    @Test
    void newWeightsJoinTheFilesMadGraphGroupInInitrwgt() throws Exception {
        String text = "<LesHouchesEvents version=\"3.0\">\n<header>\n<MG5ProcCard>\ngenerate e+ e- > mu+ mu-\n</MG5ProcCard>\n"
                + "<initrwgt>\n<weightgroup name='scale'>\n<weight id='1001'> muR=1 </weight>\n</weightgroup>\n"
                + "<weightgroup name='mg_reweighting' weight_name_strategy='includeIdInWeightName'>\n"
                + "<weight id='rwgt_1'>set param_card mass 23 9.0e+01\n</weight>\n</weightgroup>\n</initrwgt>\n</header>\n";
        LheHeader header = LheHeader.of(text);
        assertEquals(List.of("1001", "rwgt_1"), Reweighter.existingIds(header));
        Reweighter rw = Reweighter.builder().header(header).card(ReweightCard.parse("card", "launch\nset MZ 92\n", null))
                .gradients("mass.23").build();
        assertEquals(List.of("rwgt_2"), rw.weightIds());
        String block = rw.withInitrwgt(header).initrwgt().orElseThrow();
        assertEquals("<initrwgt>\n<weightgroup name='scale'>\n<weight id='1001'> muR=1 </weight>\n</weightgroup>\n"
                + "<weightgroup name='mg_reweighting' weight_name_strategy='includeIdInWeightName'>\n"
                + "<weight id='rwgt_1'>set param_card mass 23 9.0e+01\n</weight>\n"
                + "<weight id='rwgt_2'>set param_card mass 23 9.200000e+01 # orig: 9.118800e+01\n</weight>\n</weightgroup>\n"
                + "<weightgroup name='madvec_derivatives' weight_name_strategy='includeIdInWeightName'>\n"
                + "<weight id='rwgt_2_d_mass.23'>d(rwgt_2)/d(mass.23)</weight>\n</weightgroup>\n</initrwgt>\n", block);
        assertThrows(IllegalArgumentException.class, () -> Reweighter.builder().header(header)
                .card(ReweightCard.parse("card", "launch --rwgt_name=rwgt_1\n", null)).build());
    }

    @Test
    void changeHelicityTrueUsesEachEventsHelicities() throws Exception {
        String process = "g g > t t~ g";
        MatrixElement me = MatrixElement.builder(process).build();
        MatrixElement heavy = me.withParameters(Map.of("mass.6", 175.0));
        List<double[]> rows = Samples.rambo(process, 1000, 12, 4);
        List<int[]> live = me.liveHelicities();
        List<LheEvent> events = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int[] h = live.get((7 * i) % live.size());
            LheEvent plain = Samples.event(me.pdgs(), rows.get(i), 1.5, false, 0, 0);
            List<madvec.api.lhe.LheParticle> ps = new ArrayList<>();
            for (int q = 0; q < h.length; q++) {
                var p = plain.particles().get(q);
                ps.add(new madvec.api.lhe.LheParticle(p.pdg(), p.status(), p.mother1(), p.mother2(), p.colour1(), p.colour2(),
                        p.px(), p.py(), p.pz(), p.energy(), p.mass(), p.lifetime(), h[q]));
            }
            // the final state reversed in the file: helicities go with their particles
            java.util.Collections.reverse(ps.subList(2, ps.size()));
            events.add(new LheEvent("", 1, 1.5, 100, 0.0078, 0.118, ps, List.of()));
            double[][] p = columns(rows.get(i), h.length);
            expected.add(1.5 * heavy.evaluateMomenta(p, h).me()[0] / me.evaluateMomenta(p, h).me()[0]);
        }
        LheHeader header = Samples.header("sm", List.of("generate " + process), ParamCard.defaultSm());
        ReweightCard card = ReweightCard.parse("card", "change helicity True\nlaunch\nset MT 175\nlaunch --rwgt_name=own\n", null);
        List<EventWeights> w = Reweighter.builder().header(header).card(card).build().reweight(events);
        double summedRatioDiffers = 0;
        for (int i = 0; i < events.size(); i++) {
            assertTrue(rel(expected.get(i), w.get(i).weights()[0]) < 1e-12, "event " + i);
            assertEquals(1.5, w.get(i).weights()[1], 1e-15, "own point, event " + i);
            double[][] p = columns(rows.get(i), 5);
            summedRatioDiffers = Math.max(summedRatioDiffers,
                    rel(1.5 * heavy.evaluateMomenta(p).me()[0] / me.evaluateMomenta(p).me()[0], w.get(i).weights()[0]));
        }
        assertTrue(summedRatioDiffers > 1e-6, "helicity ratios are not the summed ratio");
        // an event without helicities (SPINUP 9) is named
        List<LheEvent> unknown = List.of(Samples.event(me.pdgs(), rows.get(0), 1.5, false, 0, 0));
        ReweightException e = assertThrows(ReweightException.class,
                () -> Reweighter.builder().header(header).card(card).build().reweight(unknown));
        assertTrue(e.getMessage().contains("particle line 1: SPINUP = 9.0 is not a helicity"), e.getMessage());
    }

    static double[][] columns(double[] row, int n) {
        double[][] p = new double[4 * n][1];
        for (int j = 0; j < 4 * n; j++) p[j][0] = row[j];
        return p;
    }
}
