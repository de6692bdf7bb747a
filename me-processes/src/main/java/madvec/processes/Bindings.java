package madvec.processes;

import java.util.List;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;

/**
 * The numbers of one parameter point bound to a {@link ProgramPlan}: every coupling, propagator mass
 * and width and external mass, with tangents padded to the plan's k. Immutable; made by
 * {@link ProgramPlan#bind} in microseconds, so that a new parameter point costs no recompilation.
 */
public final class Bindings {
    final ProgramPlan plan;
    /** Per operation: left and right couplings, re/im interleaved, value then tangents. */
    final double[][] opGl, opGr;
    /** Per operation: the propagator's mass and width (value then tangents), null for amplitudes. */
    final double[][] masses, widths;
    final double[][] externalMasses;

    Bindings(ProgramPlan plan, Values v) {
        this.plan = plan;
        List<Operation> ops = plan.program.operations();
        opGl = new double[ops.size()][];
        opGr = new double[ops.size()][];
        for (int i = 0; i < ops.size(); i++) {
            opGl[i] = v.couplings[ops.get(i).couplingLeft()];
            opGr[i] = v.couplings[ops.get(i).couplingRight()];
        }
        masses = v.masses;
        widths = v.widths;
        externalMasses = v.externalMasses;
    }

    /** The same values rounded to float, made on first use by a float workspace (a race makes equal copies). */
    private volatile Narrowed narrowed;

    /** The values rounded to float, for the single- and mixed-precision executor. */
    Narrowed narrowed() {
        Narrowed n = narrowed;
        if (n == null) {
            n = new Narrowed(this);
            narrowed = n;
        }
        return n;
    }

    /** {@link Bindings} rounded to float: the parameters stay double until they enter the float kernels. */
    static final class Narrowed {
        final float[][] opGl, opGr, masses, widths, externalMasses;

        private Narrowed(Bindings b) {
            opGl = narrow(b.opGl);
            opGr = narrow(b.opGr);
            masses = narrow(b.masses);
            widths = narrow(b.widths);
            externalMasses = narrow(b.externalMasses);
        }

        private static float[][] narrow(double[][] x) {
            float[][] out = new float[x.length][];
            for (int i = 0; i < x.length; i++) out[i] = NarrowPlan.narrow(x[i]);
            return out;
        }
    }

    /** The plan these values are bound to. */
    public ProgramPlan plan() {
        return plan;
    }

    /** The raw values of a point for a program, before they are checked against a plan. */
    static final class Values {
        final double[][] couplings, masses, widths, externalMasses;

        private Values(double[][] couplings, double[][] masses, double[][] widths, double[][] externalMasses) {
            this.couplings = couplings;
            this.masses = masses;
            this.widths = widths;
            this.externalMasses = externalMasses;
        }

        static Values of(Program program, ModelPoint point, int k) {
            double[][] couplings = new double[program.couplings().size()][];
            for (int i = 0; i < couplings.length; i++) {
                couplings[i] = complex(point.coupling(program.couplings().get(i)), k);
            }
            List<Operation> ops = program.operations();
            double[][] masses = new double[ops.size()][], widths = new double[ops.size()][];
            for (int i = 0; i < ops.size(); i++) {
                if (!ops.get(i).isAmplitude()) {
                    masses[i] = real(point.mass(ops.get(i).pdg()), k);
                    widths[i] = signedWidth(real(point.width(ops.get(i).pdg()), k), masses[i][0]);
                }
            }
            double[][] externalMasses = new double[program.particles()][];
            for (int p = 0; p < externalMasses.length; p++) {
                externalMasses[p] = real(point.mass(program.externals().get(p).pdg()), k);
            }
            return new Values(couplings, masses, widths, externalMasses);
        }

        /**
         * The width a propagator of signed mass m takes: the kernels' denominator is ALOHA's
         * Q^2 - M (M - i W), which for M < 0 would put the width on the acausal side; MadGraph gives the
         * width of a negative-mass Majorana fermion the sign of its mass (W -> -|W|, so that M W = |M| |W|),
         * as the field redefinition chi -> i gamma5 chi, which makes the mass positive, requires:
         * -gamma5 i (Q-slash + |M|) gamma5 / (Q^2 - M^2 + i |M| W) = i (Q-slash + M) / (Q^2 - M^2 + i |M| W).
         * The tangents follow (d(-W) = -dW), so derivatives along the signed mass and the width stay exact.
         */
        static double[] signedWidth(double[] width, double mass) {
            if (!(mass < 0) || !(width[0] > 0)) {
                return width;
            }
            double[] out = new double[width.length];
            for (int t = 0; t < width.length; t++) out[t] = -width[t];
            return out;
        }

        private static double[] real(DualScalar s, int k) {
            double[] out = new double[k + 1];
            out[0] = s.value();
            for (int i = 0; i < s.k(); i++) out[i + 1] = s.tangent(i);
            return out;
        }

        private static double[] complex(ComplexDualScalar s, int k) {
            double[] out = new double[2 * (k + 1)];
            out[0] = s.re().value();
            out[1] = s.im().value();
            for (int i = 0; i < s.k(); i++) {
                out[2 * (i + 1)] = s.re().tangent(i);
                out[2 * (i + 1) + 1] = s.im().tangent(i);
            }
            return out;
        }
    }
}
