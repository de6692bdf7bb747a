package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Bindings;
import madvec.processes.Program;
import madvec.processes.ProgramPlan;
import madvec.processes.Workspace;
import org.junit.jupiter.api.Test;

/**
 * A plan is shared by parameter points: binding a new point gives what a plan made at that point
 * gives, and a point whose zero pattern the plan did not provide for is refused, never evaluated
 * into a silently wrong number.
 */
class PlanBindingTest {

    @Test
    void aPointBoundToAPlanMadeElsewhereGivesTheBitsOfItsOwnPlan() {
        Program p = Processes.compile("g g > t t~ g");
        ParamCard card = ParamCard.defaultSm();
        SmPoint here = SmPoint.of(StandardModel.of(card, List.of("mass.6")));
        SmPoint there = SmPoint.of(StandardModel.of(card.with("mass.6", 180.0), List.of("mass.6")));
        ProgramPlan shared = ProgramPlan.of(p, 1, false, List.of(here));
        ProgramPlan own = ProgramPlan.of(p, 1, false, List.of(there));
        List<double[]> events = Fixtures.randomEvents(p, there.model(), 1500.0, 3, 11);
        double[] a = evaluate(shared, shared.bind(there), events, 1), b = evaluate(own, own.bind(there), events, 1);
        for (int i = 0; i < a.length; i++) assertEquals(b[i], a[i], 0.0, "component " + i);
    }

    @Test
    void aTangentThePlanLeftOutIsRefused() {
        Program p = Processes.compile("e+ e- > mu+ mu-");
        ParamCard card = ParamCard.defaultSm();
        // planned with d/d mass.6, which no coupling of this process depends on
        ProgramPlan plan = ProgramPlan.of(p, 1, false, List.of(SmPoint.of(StandardModel.of(card, List.of("mass.6")))));
        SmPoint zMass = SmPoint.of(StandardModel.of(card, List.of("mass.23")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan.bind(zMass));
        assertTrue(e.getMessage().contains("derivative along direction 1"), e.getMessage());
    }

    @Test
    void aMassThePlanTookAsZeroIsRefused() {
        Program p = Processes.compile("mu+ mu- > e+ e-");
        ParamCard card = ParamCard.defaultSm();
        ProgramPlan plan = ProgramPlan.of(p, 0, false, List.of(SmPoint.of(StandardModel.of(card))));
        SmPoint massive = SmPoint.of(StandardModel.of(card.with("mass.13", 0.105)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan.bind(massive));
        assertTrue(e.getMessage().contains("massless"), e.getMessage());
    }

    private static double[] evaluate(ProgramPlan plan, Bindings point, List<double[]> events, int k) {
        int n = plan.program().particles(), lanes = events.size();
        double[][] mom = new double[4 * n][(k + 1) * lanes];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
        }
        double[] me = new double[(k + 1) * lanes];
        Workspace w = plan.workspace();
        w.evaluate(point, mom, lanes, lanes, me);
        return me;
    }
}
