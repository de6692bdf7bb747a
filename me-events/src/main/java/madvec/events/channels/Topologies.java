package madvec.events.channels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import madvec.processes.Operation;
import madvec.processes.Program;

/**
 * The resonance topologies of a program: for each diagram (amplitude), the set of its s-channel
 * propagators that can go on shell; diagrams with the same set share one topology.
 *
 * <p>A current's momentum is the sum of the externals that feed it (outgoing counted positive). It is
 * an s-channel line when no incoming particle feeds it (its momentum is a sum of final-state momenta)
 * or both do (its momentum is the beams' minus a sum of final-state momenta, the same invariant). A
 * current fed by one incoming particle is a t-channel line and is never mapped. A line through every
 * final-state particle carries sqrt(s), fixed, and a massless or zero-width one cannot resonate.
 */
public final class Topologies {
    private Topologies() {}

    /**
     * The distinct resonance sets of the program's diagrams, in the order of their first diagram; a
     * set may be empty (a diagram without resonances).
     *
     * @param mass the model's mass of a PDG code (either sign)
     * @param width the model's total width of a PDG code (either sign)
     */
    public static List<List<Resonance>> of(Program program, IntToDoubleFunction mass, IntToDoubleFunction width) {
        int n = program.particles(), incoming = program.incoming();
        if (incoming != 2 || n - 2 > 62) {
            throw new IllegalArgumentException("channels need two incoming particles and at most 62 final-state ones");
        }
        long allFinals = (1L << (n - 2)) - 1;
        long[] externals = new long[program.slots()];
        @SuppressWarnings("unchecked")
        Set<Resonance>[] lines = new Set[program.slots()];
        for (int i = 0; i < n; i++) {
            externals[i] = 1L << i;
            lines[i] = Set.of();
        }
        Set<List<Resonance>> topologies = new LinkedHashSet<>();
        for (Operation op : program.operations()) {
            Set<Resonance> feeding = new LinkedHashSet<>();
            long mask = 0;
            for (int in : op.inputs()) {
                feeding.addAll(lines[in]);
                mask |= externals[in];
            }
            if (op.isAmplitude()) {
                feeding.addAll(lines[op.out()]);
                topologies.add(sorted(feeding));
                continue;
            }
            long finals = switch ((int) (mask & 3)) {
                case 0 -> mask >>> 2;
                case 3 -> ~(mask >>> 2) & allFinals;
                default -> 0;
            };
            double m = op.pdg() == 0 ? 0 : mass.applyAsDouble(op.pdg()), w = op.pdg() == 0 ? 0 : width.applyAsDouble(op.pdg());
            if (Long.bitCount(finals) >= 2 && finals != allFinals && m > 0 && w > 0) {
                feeding.add(new Resonance(Math.abs(op.pdg()), m, w, finals));
            }
            // slots may be reused by later operations: the current's own state replaces the old one
            externals[op.out()] = mask;
            lines[op.out()] = feeding;
        }
        return List.copyOf(topologies);
    }

    /** True when some diagram has a resonance. */
    public static boolean resonant(List<List<Resonance>> topologies) {
        return topologies.stream().anyMatch(t -> !t.isEmpty());
    }

    private static List<Resonance> sorted(Set<Resonance> set) {
        List<Resonance> list = new ArrayList<>(set);
        // larger systems first, then by particles, so that equal sets compare equal
        list.sort(Comparator.comparingInt((Resonance r) -> -Long.bitCount(r.finals())).thenComparingLong(Resonance::finals)
                .thenComparingInt(Resonance::pdg));
        return List.copyOf(list);
    }
}
