package madvec.api;

import java.util.Arrays;
import madvec.autodiff.DualLanes;
import madvec.processes.AdjointWorkspace;
import madvec.processes.Executor;
import madvec.processes.ProgramPlan;
import madvec.rambo.AdjointTape;
import madvec.simd.Simd;

/**
 * One thread's arrays for a compiled process, one set per pass size (the padding times a power of two,
 * up to {@link CompiledProcess#BLOCK}), made when first needed: a batch of 3 events runs in a pass of
 * 8 lanes, not 256, and costs accordingly.
 */
final class ThreadState {
    private final CompiledProcess compiled;
    private final PointPass[] points = new PointPass[16];
    private final MomentumPass[] momenta = new MomentumPass[16];

    ThreadState(CompiledProcess compiled) {
        this.compiled = compiled;
    }

    PointPass points(int lanes) {
        int i = Integer.numberOfTrailingZeros(lanes);
        if (points[i] == null) {
            points[i] = new PointPass(compiled, lanes);
        }
        return points[i];
    }

    MomentumPass momenta(int lanes) {
        int i = Integer.numberOfTrailingZeros(lanes);
        if (momenta[i] == null) {
            momenta[i] = new MomentumPass(compiled, lanes);
        }
        return momenta[i];
    }

    /**
     * The executor of a pass at the process's precision. Float workspaces run whole float vectors, so a
     * pass of fewer lanes (8 doubles' worth) still takes one vector of 16; the lanes past the pass are
     * padding and are not read back.
     */
    private static Executor workspace(CompiledProcess c, ProgramPlan plan, int lanes) {
        if (c.precision == Precision.DOUBLE) {
            return plan.workspace(Math.min(lanes, plan.chunk()));
        }
        int floatLanes = Math.max(Simd.PAD_FLOAT, Math.min(lanes, plan.floatChunk()));
        return plan.floatWorkspace(floatLanes, c.precision == Precision.MIXED);
    }

    private static AdjointWorkspace adjoint(ProgramPlan plan, int lanes) {
        return AdjointWorkspace.of(plan, Math.min(lanes, ProgramPlan.CHUNK));
    }

    /**
     * Arrays of hypercube evaluations: coordinates seeded on their tangents, momenta, weights, |M|^2. In
     * reverse mode the map runs in reverse too: values into a tape, the matrix element's momentum
     * adjoints and the weight's pulled back through it, so that the coordinates' tangents are never
     * carried forward (the u and momenta arrays then hold values only).
     */
    static final class PointPass {
        final int lanes, k, stride;
        final DualLanes[] u;
        final DualLanes[] momenta;
        final double[][] momentumArrays;
        /** The weight; in reverse mode its tangents are filled by the map's pullback. */
        final DualLanes weight;
        final double[] me;
        final Executor workspace;
        /** The reverse-mode workspace, when the process evaluates points in reverse mode. */
        final AdjointWorkspace adjoint;
        /** Reverse mode: the map's tape, d|M|^2/d(momenta), and the coordinates' adjoints of one pullback. */
        final AdjointTape tape;
        final double[][] momentumBar;
        final double[][] uBar;

        PointPass(CompiledProcess c, int lanes) {
            this.lanes = lanes;
            this.k = c.pointNames.size();
            this.weight = DualLanes.create(lanes, k);
            this.stride = weight.stride();
            this.me = new double[(k + 1) * stride];
            this.workspace = workspace(c, c.pointPlan, lanes);
            this.adjoint = c.reversePoints ? adjoint(c.pointPlan, lanes) : null;
            int kMap = adjoint != null ? 0 : k;
            this.u = new DualLanes[c.dimensions()];
            this.momenta = new DualLanes[4 * c.program.particles()];
            for (int i = 0; i < u.length; i++) {
                u[i] = DualLanes.create(lanes, kMap);
                if (c.wrtCoordinates && adjoint == null) {
                    u[i].seed(c.parameters.size() + i);
                }
            }
            if (adjoint != null) {
                this.tape = AdjointTape.create(c.program.particles() - 2, lanes);
                this.momentumArrays = tape.momenta();
                this.momentumBar = new double[momenta.length][stride];
                this.uBar = new double[u.length][stride];
            } else {
                this.tape = null;
                this.momentumArrays = new double[momenta.length][];
                this.momentumBar = null;
                this.uBar = null;
                for (int j = 0; j < momenta.length; j++) {
                    momenta[j] = DualLanes.create(lanes, k);
                    momentumArrays[j] = momenta[j].array();
                }
            }
        }
    }

    /** Arrays of momentum evaluations: momenta with their components seeded when asked for, |M|^2. */
    static final class MomentumPass {
        final int lanes, k, stride;
        final double[][] momenta;
        final double[] me;
        final Executor workspace;
        /** The reverse-mode workspace, when the process evaluates momenta in reverse mode. */
        final AdjointWorkspace adjoint;

        MomentumPass(CompiledProcess c, int lanes) {
            this.lanes = lanes;
            this.k = c.momentumNames.size();
            this.stride = DualLanes.strideFor(lanes);
            this.momenta = new double[4 * c.program.particles()][(k + 1) * stride];
            this.me = new double[(k + 1) * stride];
            this.workspace = workspace(c, c.momentumPlan, lanes);
            this.adjoint = c.reverseMomenta ? adjoint(c.momentumPlan, lanes) : null;
            if (c.wrtMomenta) {
                int km = c.parameters.size();
                for (int j = 0; j < momenta.length; j++) {
                    Arrays.fill(momenta[j], (km + j + 1) * stride, (km + j + 1) * stride + lanes, 1.0);
                }
            }
        }
    }
}
