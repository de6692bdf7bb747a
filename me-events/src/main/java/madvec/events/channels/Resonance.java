package madvec.events.channels;

/**
 * An s-channel propagator of a program that can go on its mass shell: its particle, the model's mass
 * and width, and the final-state particles whose momenta flow through it.
 *
 * @param pdg the propagating particle
 * @param mass its mass, GeV (positive)
 * @param width its total width, GeV (positive)
 * @param finals bit i set when final-state particle i (external i + 2) flows through it; at least two
 *     bits and not every final-state particle, so that its invariant mass varies at fixed sqrt(s)
 */
public record Resonance(int pdg, double mass, double width, long finals) {
    /** Checks the mass, width and particle set. */
    public Resonance {
        if (!(mass > 0 && width > 0 && Double.isFinite(mass) && Double.isFinite(width))) {
            throw new IllegalArgumentException("a resonance needs a positive mass and width, got " + mass + " and " + width);
        }
        if (Long.bitCount(finals) < 2) {
            throw new IllegalArgumentException("a resonance decays to at least two final-state particles");
        }
    }

    /** True when every particle of {@code other} flows through this one too. */
    boolean contains(long other) {
        return (finals & other) == other;
    }

    /** For example {@code 6(3 4 5)}: the PDG code and the final-state particles, counted as externals from 1. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(pdg).append('(');
        for (long m = finals; m != 0; m &= m - 1) {
            s.append(Long.numberOfTrailingZeros(m) + 3).append(m == Long.lowestOneBit(m) ? "" : " ");
        }
        return s.append(')').toString();
    }
}
