package madvec.generator;

import java.util.Arrays;
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
 * @param lines the fermion lines through the vertex, as positions in pairs: for each line the leg that fills
 *     the "i"-type F1 slot (the outgoing antifermion), then the leg that fills the "o"-type F2 slot (the
 *     outgoing fermion); empty for a boson vertex, two pairs for a four-fermion vertex (UFO's pairing of
 *     legs 1 with 2 and 3 with 4)
 * @param unsupported why madvec cannot compute this vertex (Majorana fermion flow, a colour tensor it does
 *     not map), or null; a process that needs such a vertex is refused with this reason
 * @param first true for the first term of its UFO vertex: diagrams are counted once per UFO vertex, as
 *     MadGraph counts them, not once per term
 */
public record VertexBody(String name, Lorentz lorentz, List<ColourAtom> colour, double colourRe, double colourIm,
        Map<String, Integer> orders, int[] lines, String unsupported, boolean first) {

    /** Copies the lists. */
    public VertexBody {
        colour = List.copyOf(colour);
        orders = Map.copyOf(orders);
        lines = lines.clone();
        if (lines.length % 2 != 0) {
            throw new IllegalArgumentException("fermion lines come in pairs of legs: " + Arrays.toString(lines));
        }
    }

    @Override
    public int[] lines() {
        return lines.clone();
    }

    /** The suffix of a flow-reversed vertex's name ({@link #flowReversed}). */
    public static final String REVERSED = " (flow reversed)";

    /**
     * The vertex read with the fermion flow of its line against the order written (Denner et al.'s
     * charge-conjugated vertex): the line's two legs swap slots, the Lorentz structure is the given one
     * (C Gamma^T C^-1), the rest is this vertex's. One fermion line only.
     */
    public VertexBody flowReversed(Lorentz reversed) {
        if (lines.length != 2) {
            throw new IllegalArgumentException(name + ": only a vertex of one fermion line can be read reversed");
        }
        return new VertexBody(name + REVERSED, reversed, colour, colourRe, colourIm, orders,
                new int[] {lines[1], lines[0]}, unsupported, first);
    }

    /** The name of the vertex as written, for a flow-reversed one too: diagrams that differ in flow alone share it. */
    public String writtenName() {
        return name.endsWith(REVERSED) ? name.substring(0, name.length() - REVERSED.length()) : name;
    }

    /** The number of fermion lines through the vertex (0, 1 or 2). */
    public int lineCount() {
        return lines.length / 2;
    }

    /** The leg on the same fermion line as the fermion leg at {@code position}, or -1 when it is not a fermion leg. */
    public int partner(int position) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] == position) {
                return lines[i ^ 1];
            }
        }
        return -1;
    }

    /** True when the leg at {@code position} fills an F1 slot (the outgoing antifermion of its line). */
    public boolean fillsF1(int position) {
        for (int i = 0; i < lines.length; i += 2) {
            if (lines[i] == position) {
                return true;
            }
        }
        return false;
    }

    /** The Lorentz structure as a polynomial per open leg. */
    @FunctionalInterface
    public interface Lorentz {
        /**
         * @param open the open leg's position (0-based)
         * @param kind the kind of current the open leg makes
         * @param conjugate per leg, 0, or +1 (-1) for a fermion leg whose wavefunction is read through C
         *     (C^-1): an external Majorana fermion stored as the other wavefunction type than its slot
         *     needs (see {@code madvec.ufo.LorentzPolynomials#compile(madvec.ufo.UfoModel,
         *     madvec.ufo.UfoLorentz, int, Wavefunction, int[])})
         * @return the polynomial whose inputs are the other legs in vertex order
         */
        VertexPolynomial open(int open, Wavefunction kind, int[] conjugate);

        /** The polynomial with no leg read through C. */
        default VertexPolynomial open(int open, Wavefunction kind) {
            return open(open, kind, new int[0]);
        }
    }

    /**
     * One colour tensor: {@code T(a, i, j)}, {@code f(a, b, c)}, the fundamental delta {@code (i, j)}
     * (i of a 3 leg, j of a 3bar leg), the adjoint delta {@code (a, b)}, {@code Epsilon(i, j, k)} (three 3
     * legs) or {@code EpsilonBar(i, j, k)} (three 3bar legs).
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
            DELTA_ADJOINT,
            /** Levi-Civita tensor epsilon_{ijk} of three 3 indices. */
            EPSILON,
            /** Levi-Civita tensor epsilon^{ijk} of three 3bar indices. */
            EPSILON_BAR
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
