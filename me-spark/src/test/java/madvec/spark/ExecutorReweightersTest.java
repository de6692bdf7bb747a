package madvec.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheParticle;
import madvec.reweight.EventPosition;
import madvec.reweight.EventWeights;
import madvec.reweight.ReweightCard;
import madvec.reweight.Reweighter;
import org.junit.jupiter.api.Test;

/**
 * An executor rebuilds the driver's reweighter from the job's spec alone (points, gradients, helicity
 * choice), as on a cluster where it cannot share the driver's: the same weights, event by event.
 */
class ExecutorReweightersTest {
    private static final String CARD = "change helicity True\nlaunch --rwgt_name=mz\nset mass 23 92.5\n";

    @Test
    void anExecutorRebuildsTheDriversReweighterFromTheSpec() throws IOException {
        LheHeader header = EventFiles.header();
        Reweighter driver = Reweighter.builder().header(header).card(ReweightCard.parse("card", CARD, null))
                .gradients("mass.23").build();
        JobSpec spec = new JobSpec(null, null, null, driver.gradients(), PointSpec.of(driver.points()), true, 64, true);
        Reweighter executor = ExecutorReweighters.forFile(spec, header);
        assertSame(executor, ExecutorReweighters.forFile(spec, header), "compiled once per JVM");

        List<LheEvent> events = withHelicities(EventFiles.events(40, 11));
        List<EventPosition> positions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            positions.add(new EventPosition("events", i + 1, 0));
        }
        List<EventWeights> expected = driver.reweight(events, positions, true);
        List<EventWeights> actual = executor.reweight(events, positions, true);
        assertEquals(events.size(), actual.stream().filter(EventWeights::ok).count(), "every event reweighted at its helicities");
        for (int i = 0; i < events.size(); i++) {
            assertEquals(expected.get(i).problem(), actual.get(i).problem(), "event " + (i + 1));
            assertArrayEquals(expected.get(i).weights(), actual.get(i).weights(), "event " + (i + 1));
            assertArrayEquals(ReweightTask.flatten(expected.get(i).derivatives()),
                    ReweightTask.flatten(actual.get(i).derivatives()), "event " + (i + 1));
        }

        // the helicity choice matters for these events: a spec that lost it would give other weights
        JobSpec summed = new JobSpec(null, null, null, driver.gradients(), PointSpec.of(driver.points()), false, 64, true);
        List<EventWeights> other = ExecutorReweighters.forFile(summed, header).reweight(events, positions, true);
        int differ = 0;
        for (int i = 0; i < events.size(); i++) {
            if (other.get(i).weights()[0] != actual.get(i).weights()[0]) {
                differ++;
            }
        }
        assertTrue(differ > 0, "helicity sum and event helicities gave the same weights");
    }

    /** Helicities e+ -1, e- +1, mu+ -1, mu- +1 (SPINUP), an allowed combination for massless leptons. */
    private static List<LheEvent> withHelicities(List<LheEvent> events) {
        List<LheEvent> out = new ArrayList<>();
        for (LheEvent e : events) {
            List<LheParticle> ps = new ArrayList<>();
            for (LheParticle p : e.particles()) {
                double h = p.pdg() < 0 ? -1 : 1;
                ps.add(new LheParticle(p.pdg(), p.status(), p.mother1(), p.mother2(), p.colour1(), p.colour2(),
                        p.px(), p.py(), p.pz(), p.energy(), p.mass(), p.lifetime(), h));
            }
            out.add(new LheEvent(e.attributes(), e.processId(), e.weight(), e.scale(), e.alphaQed(), e.alphaQcd(), ps,
                    e.extraLines()));
        }
        return out;
    }
}
