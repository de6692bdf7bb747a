package madvec.api.lhe;

/**
 * One particle line of an event: {@code IDUP ISTUP MOTHUP(1) MOTHUP(2) ICOLUP(1) ICOLUP(2) PUP(1..5)
 * VTIMUP SPINUP}.
 *
 * @param pdg the PDG code (IDUP)
 * @param status -1 incoming, 1 outgoing, 2 intermediate resonance, ... (ISTUP)
 * @param mother1 first mother, 1-based index in the event, 0 for none
 * @param mother2 second mother
 * @param colour1 colour tag (ICOLUP(1)), 0 for none
 * @param colour2 anticolour tag (ICOLUP(2))
 * @param px momentum x component, GeV
 * @param py momentum y component, GeV
 * @param pz momentum z component, GeV
 * @param energy energy, GeV
 * @param mass the generated mass, GeV
 * @param lifetime proper lifetime c tau, mm (VTIMUP)
 * @param spin cosine of the angle between spin and momentum; 9 for unknown; MadGraph writes the helicity
 */
public record LheParticle(int pdg, int status, int mother1, int mother2, int colour1, int colour2,
        double px, double py, double pz, double energy, double mass, double lifetime, double spin) {

    /** @return {@code {E, px, py, pz}}, madvec's component order */
    public double[] momentum() {
        return new double[] {energy, px, py, pz};
    }

    /** @return whether the particle is incoming (status -1) */
    public boolean isIncoming() {
        return status == -1;
    }

    /** @return whether the particle is in the final state (status 1) */
    public boolean isOutgoing() {
        return status == 1;
    }
}
