package madvec.processes;

import java.util.List;

/**
 * Which wavefunctions and operations of a program carry tangents, found from the zero pattern of
 * the probe points (a tangent is planned when it is non-zero at any of them), and the check that a
 * later point needs no tangent the plan left out.
 */
final class TangentFlow {
    /** Per slot: its wavefunction has tangents. */
    final boolean[] slot;
    /** Per operation: its amputated current has tangents (inputs or couplings). */
    final boolean[] opIn;
    /** Per operation: its output has tangents (for a current, also through its propagator's mass and width). */
    final boolean[] opOut;
    /** Per operation and tangent 1..k: its couplings have that tangent. */
    final boolean[][] coupling;
    /** Per external particle: a probe had a non-zero mass. */
    final boolean[] massNonZero;

    private TangentFlow(boolean[] slot, boolean[] opIn, boolean[] opOut, boolean[][] coupling, boolean[] massNonZero) {
        this.slot = slot;
        this.opIn = opIn;
        this.opOut = opOut;
        this.coupling = coupling;
        this.massNonZero = massNonZero;
    }

    static TangentFlow of(Program program, List<Bindings.Values> probes, int k, boolean momentumTangents) {
        int n = program.particles();
        List<Operation> ops = program.operations();
        boolean[] slot = new boolean[program.slots()];
        boolean[] massNonZero = new boolean[n];
        for (int p = 0; p < n; p++) {
            slot[p] = momentumTangents;
            for (Bindings.Values v : probes) {
                slot[p] |= hasTangents(v.externalMasses[p], 1);
                massNonZero[p] |= v.externalMasses[p][0] != 0.0;
            }
        }
        boolean[] opIn = new boolean[ops.size()], opOut = new boolean[ops.size()];
        boolean[][] coupling = new boolean[ops.size()][k + 1];
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            boolean couplingTangents = false;
            for (Bindings.Values v : probes) {
                double[] gl = v.couplings[op.couplingLeft()], gr = v.couplings[op.couplingRight()];
                for (int t = 1; t <= k; t++) {
                    coupling[i][t] |= gl[2 * t] != 0 || gl[2 * t + 1] != 0 || gr[2 * t] != 0 || gr[2 * t + 1] != 0;
                    couplingTangents |= coupling[i][t];
                }
            }
            opIn[i] = couplingTangents;
            for (int in : op.inputs()) opIn[i] |= slot[in];
            if (op.isAmplitude()) {
                opOut[i] = opIn[i] || slot[op.out()];
            } else {
                boolean line = false;
                for (Bindings.Values v : probes) {
                    line |= v.masses[i][0] != 0.0 && (hasTangents(v.masses[i], 1) || hasTangents(v.widths[i], 1));
                }
                opOut[i] = opIn[i] || line;
                slot[op.out()] = opOut[i];
            }
        }
        return new TangentFlow(slot, opIn, opOut, coupling, massNonZero);
    }

    /**
     * Refuses a point whose values need what the plan left out.
     *
     * @throws IllegalArgumentException naming the first coupling, mass or width that does
     */
    void check(Program program, Bindings.Values v) {
        int n = program.particles();
        for (int p = 0; p < n; p++) {
            int pdg = program.externals().get(p).pdg();
            double m = v.externalMasses[p][0];
            // massive to massless is safe (the plan then keeps helicities that vanish); the other way is not
            if (m != 0.0 && !massNonZero[p]) {
                throw new IllegalArgumentException("the mass of external particle " + (p + 1) + " (PDG " + pdg + ") is "
                        + m + " GeV, but the process was compiled for a massless one: declare the parameter free"
                        + " when building it");
            }
            if (!slot[p] && hasTangents(v.externalMasses[p], 1)) {
                throw new IllegalArgumentException("the mass of external particle " + (p + 1) + " (PDG " + pdg
                        + ") has derivatives the plan does not carry");
            }
        }
        List<Operation> ops = program.operations();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            for (int side = 0; side < 2; side++) {
                int c = side == 0 ? op.couplingLeft() : op.couplingRight();
                double[] g = v.couplings[c];
                for (int t = 1; t < coupling[i].length; t++) {
                    if (!coupling[i][t] && (g[2 * t] != 0 || g[2 * t + 1] != 0)) {
                        throw new IllegalArgumentException("coupling " + program.couplings().get(c)
                                + " has a derivative along direction " + t + " that was zero when the process was"
                                + " compiled: declare the parameter free when building it");
                    }
                }
            }
            if (!op.isAmplitude() && !opOut[i] && v.masses[i][0] != 0.0
                    && (hasTangents(v.masses[i], 1) || hasTangents(v.widths[i], 1))) {
                throw new IllegalArgumentException("the propagator of PDG " + op.pdg()
                        + " has derivatives the plan does not carry");
            }
        }
    }

    static boolean hasTangents(double[] v, int stride) {
        for (int i = stride; i < v.length; i++) {
            if (v[i] != 0.0) {
                return true;
            }
        }
        return false;
    }
}
