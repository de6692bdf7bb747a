package madvec.generator;

import java.util.List;

/**
 * Quantum numbers every vertex of the sm model conserves: electric charge, quark number and lepton
 * number. A subprocess that violates one has no diagram, which this says without generating; most
 * expansions of {@code p p > j j j} are such. {@code ConservationTest} checks the vertex table.
 */
final class Conservation {
    private Conservation() {}

    /** True when the incoming particles and the outgoing ones carry the same charge, quark and lepton number. */
    static boolean holds(List<Integer> incoming, List<Integer> outgoing) {
        return holds(ParticleTable.SM, incoming, outgoing, false);
    }

    /**
     * With {@code chargeOnly} (UFO models, whose particles need not carry the SM's quark and lepton
     * numbers), only the electric charge is checked.
     */
    static boolean holds(ParticleTable table, List<Integer> incoming, List<Integer> outgoing, boolean chargeOnly) {
        int[] in = sum(table, incoming), out = sum(table, outgoing);
        if (chargeOnly) {
            return in[0] == out[0];
        }
        return in[0] == out[0] && in[1] == out[1] && in[2] == out[2];
    }

    /** Three times the charge, the quark number and the lepton number of some particles. */
    static int[] sum(List<Integer> pdgs) {
        return sum(ParticleTable.SM, pdgs);
    }

    static int[] sum(ParticleTable table, List<Integer> pdgs) {
        int[] q = new int[3];
        for (int pdg : pdgs) {
            Particle p = table.get(pdg);
            q[0] += p.charge3();
            if (p.spin() == Particle.Spin.FERMION) {
                q[p.isQuark() ? 1 : 2] += pdg > 0 ? 1 : -1;
            }
        }
        return q;
    }
}
