package madvec.processes.program;

/**
 * An external particle of a process: how its wavefunction is built.
 *
 * @param pdg PDG id as written in the process (antiparticles negative)
 * @param incoming true for the two initial-state particles
 * @param kind wavefunction kind
 * @param flow HELAS flow sign: for fermions +1 particle, -1 antiparticle; for bosons +1 outgoing, -1 incoming
 * @param helicities the helicities summed over
 */
public record External(int pdg, boolean incoming, Kind kind, int flow, int[] helicities) {
    /** Wavefunction kinds. */
    public enum Kind {
        /** "i"-type spinor (fills F1 slots): incoming fermion or outgoing antifermion. */
        FERMION_F1,
        /** "o"-type spinor (fills F2 slots): outgoing fermion or incoming antifermion. */
        FERMION_F2,
        /** Polarisation vector. */
        VECTOR,
        /** Scalar. */
        SCALAR
    }
}
