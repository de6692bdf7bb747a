package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Program;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decay chains with a UFO model: the UFO {@code sm} gives the built-in SM's programs' numbers, event by
 * event to 1e-12, for processes whose resonances decay (nested chains, several subprocesses), and an
 * impossible or diagram-less decay is refused as with the built-in SM.
 */
class UfoDecayChainTest {
    private static UfoModel sm;
    private static UfoPoint point;
    private static StandardModel builtIn;

    @BeforeAll
    static void load() {
        sm = UfoModel.load(SharedModels.folder(SharedModels.SM).toString());
        point = sm.formulas().evaluate(ParamCard.defaultSm(), List.of());
        builtIn = StandardModel.of(ParamCard.defaultSm());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "g g > t t~, t > b u d~, t~ > b~ d u~",
        "e+ e- > t t~, (t > b w+, w+ > u d~), t~ > b~ e- ve~",
        "u u~ > z h, z > mu+ mu-, h > b b~",
        // the core's orders do not count the decays' (as MadGraph applies them)
        "g g > t t~ QED=0, t > b w+, t~ > b~ w-"})
    void ufoSmDecayChainsGiveTheBuiltInSmsNumbers(String process) {
        Program ufo = UfoProcesses.compile(process, sm, point);
        Program own = Processes.compile(process, builtIn);
        assertEquals(own.externals().stream().map(e -> e.pdg()).toList(), ufo.externals().stream().map(e -> e.pdg()).toList(),
                "the same externals in the same order");
        List<double[]> events = Fixtures.randomEvents(own, builtIn, 1000, 16, 7);
        double[] got = UfoEval.evaluate(ufo, point, events);
        double[] want = Fixtures.evaluate(own, builtIn, events);
        double worst = 0;
        for (int l = 0; l < events.size(); l++) {
            assertTrue(want[l] > 0, "a non-zero |M|^2 at event " + l);
            worst = Math.max(worst, Math.abs(got[l] - want[l]) / want[l]);
        }
        assertTrue(worst <= 1e-12, process + ": UFO sm against the built-in SM, worst relative difference " + worst);
    }

    @Test
    void aDecayThatCannotHappenIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UfoProcesses.compile("e+ e- > z h, h > t t~", sm, point));
        assertTrue(e.getMessage().contains("h") && e.getMessage().contains("t"), e.getMessage());
    }
}
