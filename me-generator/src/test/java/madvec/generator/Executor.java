package madvec.generator;

import java.util.List;
import madvec.model.StandardModel;
import madvec.processes.Bindings;
import madvec.processes.Program;
import madvec.processes.ProgramPlan;
import madvec.processes.Workspace;

/** A plan, one parameter point and one workspace together: the single-threaded form the tests use. */
final class Executor {
    final ProgramPlan plan;
    final Bindings point;
    final Workspace workspace;

    Executor(Program program, StandardModel model, int k, boolean momentumTangents) {
        SmPoint p = SmPoint.of(model);
        plan = ProgramPlan.of(program, k, momentumTangents, List.of(p));
        point = plan.bind(p);
        workspace = plan.workspace();
    }

    void evaluate(double[][] momenta, int stride, int lanes, double[] me) {
        workspace.evaluate(point, momenta, stride, lanes, me);
    }

    void evaluate(double[][] momenta, int stride, int lanes, double[] me, int[][] helicities) {
        workspace.evaluate(point, momenta, stride, lanes, me, helicities);
    }

    List<int[]> liveHelicities() {
        return plan.liveHelicities();
    }

    Program program() {
        return plan.program();
    }

    int k() {
        return plan.k();
    }
}
