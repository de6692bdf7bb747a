package madvec.ufo;

import java.util.List;

/**
 * A UFO {@code Vertex}: its legs (all outgoing, in UFO's order), colour structures, Lorentz structures
 * and the coupling of each (colour, Lorentz) pair.
 *
 * @param name the UFO name ({@code V_77})
 * @param particles the legs
 * @param colours the colour structures as written ({@code T(3,2,1)}, {@code 1})
 * @param lorentz the Lorentz structures
 * @param terms the nonzero (colour, Lorentz, coupling) terms
 * @param line the line of its definition in {@code vertices.py}
 */
public record UfoVertex(String name, List<UfoParticle> particles, List<String> colours, List<UfoLorentz> lorentz,
        List<Term> terms, int line) {
    public UfoVertex {
        particles = List.copyOf(particles);
        colours = List.copyOf(colours);
        lorentz = List.copyOf(lorentz);
        terms = List.copyOf(terms);
    }

    /**
     * One entry of the vertex's {@code couplings} dict.
     *
     * @param colour index into {@link #colours()}
     * @param lorentz index into {@link #lorentz()}
     * @param coupling the coupling's name
     */
    public record Term(int colour, int lorentz, String coupling) {}

    /** This vertex with fewer terms (a restriction removed couplings that vanish). */
    public UfoVertex withTerms(List<Term> kept) {
        return new UfoVertex(name, particles, colours, lorentz, kept, line);
    }
}
