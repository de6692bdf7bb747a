package madvec.generator;

import java.util.List;
import java.util.Map;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;

/**
 * What a vertex of a model other than the built-in SM is made of, for one (colour structure, Lorentz
 * structure, coupling) term of a UFO vertex: the Lorentz structure as polynomials (one per open leg,
 * compiled on first use), one colour product over the legs, the coupling orders, and which legs carry
 * the fermion line. A UFO vertex with several terms becomes several generator vertices with the same
 * legs; amplitudes are linear in each vertex, so their sum is the vertex.
 *
 * @param name readable name, e.g. {@code V_37[FFV1, GC_11]}
 * @param lorentz the Lorentz structure with a given leg (0-based) open, as a current of the given kind
 * @param colour the colour factors, a product; indices are legs (1-based) or, when negative, summed
 * @param colourRe real part of the colour product's coefficient
 * @param colourIm imaginary part of the colour product's coefficient
 * @param orders the coupling's orders (QCD, QED, NP, ...), zero orders left out
 * @param f1 position of the fermion leg that fills the "i"-type F1 slot (the outgoing antifermion), -1 when none
 * @param f2 position of the fermion leg that fills the "o"-type F2 slot (the outgoing fermion), -1 when none
 * @param unsupported why madvec cannot compute this vertex (Majorana fermion flow, a colour tensor it does
 *     not map), or null; a process that needs such a vertex is refused with this reason
 * @param first true for the first term of its UFO vertex: diagrams are counted once per UFO vertex, as
 *     MadGraph counts them, not once per term
 */
public record VertexBody(String name, Lorentz lorentz, List<ColourAtom> colour, double colourRe, double colourIm,
        Map<String, Integer> orders, int f1, int f2, String unsupported, boolean first) {

    /** Copies the lists. */
    public VertexBody {
        colour = List.copyOf(colour);
        orders = Map.copyOf(orders);
    }

    /** The Lorentz structure as a polynomial per open leg. */
    @FunctionalInterface
    public interface Lorentz {
        /**
         * @param open the open leg's position (0-based)
         * @param kind the kind of current the open leg makes
         * @return the polynomial whose inputs are the other legs in vertex order
         */
        VertexPolynomial open(int open, Wavefunction kind);
    }

    /**
     * One colour tensor: {@code T(a, i, j)}, {@code f(a, b, c)}, the fundamental delta {@code (i, j)}
     * (i of a 3 leg, j of a 3bar leg), the adjoint delta {@code (a, b)}.
     *
     * @param kind which tensor
     * @param indices its indices, as {@link VertexBody#colour()} says
     */
    public record ColourAtom(Kind kind, int[] indices) {
        /** The colour tensors the generator maps onto exact colour algebra. */
        public enum Kind {
            /** Generator T^a_{ij}. */
            T,
            /** Structure constant f^{abc}. */
            F,
            /** Kronecker delta of a 3 and a 3bar index. */
            DELTA,
            /** Kronecker delta of two adjoint indices. */
            DELTA_ADJOINT
        }

        /** Copies the indices. */
        public ColourAtom {
            indices = indices.clone();
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }
    }
}
