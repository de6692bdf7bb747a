package madvec.generator;

/**
 * A particle of the Standard Model as the generator sees it.
 *
 * @param name MadGraph's name ({@code u~}, {@code e+}, {@code w-})
 * @param pdg PDG code (antiparticles negative; the photon, gluon, Z and Higgs are their own antiparticles)
 * @param spin what kind of wavefunction it has
 * @param colour 1 for singlets, 3 for quarks (antiquarks included), 8 for the gluon
 * @param charge3 three times the electric charge
 * @param isospin3 twice the third component of weak isospin of the left-handed fermion (0 for bosons)
 */
public record Particle(String name, int pdg, Spin spin, int colour, int charge3, int isospin3) {
    /** Wavefunction kinds. */
    public enum Spin {
        /** Spin 1/2. */
        FERMION,
        /** Spin 1. */
        VECTOR,
        /** Spin 0. */
        SCALAR
    }

    /** True for fermions with a positive PDG code (particles, not antiparticles). */
    public boolean isFermionParticle() {
        return spin == Spin.FERMION && pdg > 0;
    }

    /** True for quarks and antiquarks. */
    public boolean isQuark() {
        return colour == 3;
    }
}
