package madvec.processes;

import java.util.Arrays;
import java.util.Objects;
import madvec.helas.Wavefunction;

/**
 * An external particle of a process: how its wavefunction is built.
 *
 * @param pdg PDG id as written in the process (antiparticles negative)
 * @param incoming true for the two initial-state particles
 * @param kind wavefunction kind
 * @param flow HELAS flow sign: for fermions +1 particle, -1 antiparticle; for bosons +1 outgoing, -1 incoming
 * @param helicities the helicities summed over
 */
public record External(int pdg, boolean incoming, Wavefunction kind, int flow, int[] helicities) {
    /** Copies the helicities. */
    public External {
        Objects.requireNonNull(kind, "kind");
        helicities = helicities.clone();
    }

    /** The helicities summed over (a copy). */
    @Override
    public int[] helicities() {
        return helicities.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof External e && pdg == e.pdg && incoming == e.incoming && kind == e.kind
                && flow == e.flow && Arrays.equals(helicities, e.helicities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pdg, incoming, kind, flow, Arrays.hashCode(helicities));
    }

    @Override
    public String toString() {
        return "External[" + pdg + (incoming ? " in" : " out") + ", " + kind + ", flow " + flow + ", helicities "
                + Arrays.toString(helicities) + "]";
    }
}
