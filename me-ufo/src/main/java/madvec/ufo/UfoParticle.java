package madvec.ufo;

/**
 * A UFO {@code Particle} (or an antiparticle made by {@code anti()}).
 *
 * @param pdg the PDG code (negative for an antiparticle)
 * @param name the name used in process strings ({@code u}, {@code e-}, {@code W+})
 * @param antiname the antiparticle's name ({@code u~}, {@code e+}, {@code W-}; the name itself when
 *     self-conjugate)
 * @param spin 2S+1 (negative for ghosts)
 * @param colour the SU(3) representation: 1, 3, -3, 6, -6, 8
 * @param mass the name of the mass parameter ({@code ZERO} when massless)
 * @param width the name of the width parameter ({@code ZERO} when stable)
 * @param charge the electric charge in units of the positron's
 * @param ghostNumber the ghost number
 * @param leptonNumber the lepton number
 * @param line the line of its definition in {@code particles.py}
 */
public record UfoParticle(int pdg, String name, String antiname, int spin, int colour, String mass, String width,
        double charge, int ghostNumber, int leptonNumber, int line) {
    /** Whether the particle is its own antiparticle. */
    public boolean selfConjugate() {
        return name.equals(antiname);
    }

    /**
     * The antiparticle as UFO's {@code anti()} makes it: PDG code, charge and additive quantum numbers
     * negated, names swapped, colour 3 and 6 conjugated (1 and 8 are real).
     */
    public UfoParticle anti() {
        int c = colour == 1 || colour == 8 ? colour : -colour;
        return new UfoParticle(-pdg, antiname, name, spin, c, mass, width, charge == 0 ? 0.0 : -charge,
                -ghostNumber, -leptonNumber, line);
    }

    /** This particle with another mass and width parameter (a restriction sets them to {@code ZERO}). */
    public UfoParticle withMassAndWidth(String newMass, String newWidth) {
        return new UfoParticle(pdg, name, antiname, spin, colour, newMass, newWidth, charge, ghostNumber,
                leptonNumber, line);
    }
}
