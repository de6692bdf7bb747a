package madvec.processes;

import java.util.Arrays;
import java.util.Objects;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;

/**
 * One step of a process program: a vertex applied to two or three input slots (more for the generic
 * structure of a UFO vertex of five or more legs). With a propagator it
 * produces an off-shell current in {@code out}; without one ({@code propagator == null}) its amputated
 * current is contracted with slot {@code out} into amplitude {@code amplitude}.
 *
 * @param structure the Lorentz structure and open leg
 * @param a first input slot
 * @param b second input slot
 * @param c third input slot of a four-point vertex, -1 otherwise
 * @param couplingLeft coupling index (the left-handed one for chiral fermion vertices)
 * @param couplingRight right-handed coupling index (same as left for vector-like vertices)
 * @param factors constant coefficients of the structure (the pairing coefficients of VVVV), or null
 * @param propagator propagator of the produced current, or null for an amplitude
 * @param pdg particle of the internal line (mass and width), 0 for an amplitude
 * @param out produced slot, or the slot of the leg contracted into the amplitude
 * @param amplitude amplitude index, or -1 for a current
 * @param polynomial for the generic structures, the compiled Lorentz structure with this open leg (its
 *     inputs are a, b[, c, more...] in that order); null otherwise
 * @param more input slots after the third, of a generic structure's vertex of five or more legs; empty
 *     otherwise
 */
public record Operation(Structure structure, int a, int b, int c, int couplingLeft, int couplingRight,
        double[] factors, Wavefunction propagator, int pdg, int out, int amplitude, VertexPolynomial polynomial,
        int[] more) {

    private static final int[] NONE = new int[0];

    /** An operation of at most three inputs. */
    public Operation(Structure structure, int a, int b, int c, int couplingLeft, int couplingRight, double[] factors,
            Wavefunction propagator, int pdg, int out, int amplitude, VertexPolynomial polynomial) {
        this(structure, a, b, c, couplingLeft, couplingRight, factors, propagator, pdg, out, amplitude, polynomial, NONE);
    }

    /** An operation of a built-in structure (no polynomial). */
    public Operation(Structure structure, int a, int b, int c, int couplingLeft, int couplingRight, double[] factors,
            Wavefunction propagator, int pdg, int out, int amplitude) {
        this(structure, a, b, c, couplingLeft, couplingRight, factors, propagator, pdg, out, amplitude, null);
    }

    /** Checks the slot count against the structure and copies the factors and the further inputs. */
    public Operation {
        more = more == null ? NONE : more.clone();
        if (more.length > 0 && (c < 0 || !structure.isGeneric())) {
            throw new IllegalArgumentException("only a generic structure with three inputs takes more: " + structure);
        }
        int inputs = (c >= 0 ? 3 : 2) + more.length;
        if (inputs > GenericCurrents.MAX_INPUTS) {
            throw new IllegalArgumentException("a vertex of " + (inputs + 1) + " legs: madvec computes vertices of at most "
                    + (GenericCurrents.MAX_INPUTS + 1));
        }
        if (structure.isGeneric()) {
            if (polynomial == null || polynomial.open() != structure.open() || polynomial.inputs() != inputs) {
                throw new IllegalArgumentException(structure + " needs a polynomial with an open " + structure.open()
                        + " leg and " + inputs + " inputs, got " + polynomial);
            }
        } else if (polynomial != null) {
            throw new IllegalArgumentException(structure + " takes no polynomial");
        } else if ((c >= 0) != (structure.inputs() == 3)) {
            throw new IllegalArgumentException(structure + " takes " + structure.inputs() + " inputs");
        }
        if (structure == Structure.VVVV_OPEN_V && (factors == null || factors.length != 3)) {
            throw new IllegalArgumentException("VVVV needs three pairing coefficients");
        }
        if ((propagator == null) != (amplitude >= 0)) {
            throw new IllegalArgumentException("an operation is either a current with a propagator or an amplitude");
        }
        factors = factors == null ? null : factors.clone();
    }

    /** An off-shell current of a three-point vertex. */
    public static Operation current(Structure s, int a, int b, int gl, int gr, Wavefunction prop, int pdg, int out) {
        return new Operation(s, a, b, -1, gl, gr, null, prop, pdg, out, -1);
    }

    /** An amplitude of a three-point vertex: the structure's current from (a, b) contracted with slot {@code last}. */
    public static Operation amplitude(Structure s, int a, int b, int gl, int gr, int last, int amplitude) {
        return new Operation(s, a, b, -1, gl, gr, null, null, 0, last, amplitude);
    }

    /** The structure's coefficients (a copy), or null. */
    @Override
    public double[] factors() {
        return factors == null ? null : factors.clone();
    }

    /** Coefficient i of the structure (VVVV pairings). */
    public double factor(int i) {
        return factors[i];
    }

    /** True when this step closes a diagram into an amplitude. */
    public boolean isAmplitude() {
        return amplitude >= 0;
    }

    /** The input slots after the third (a copy; empty but for vertices of five or more legs). */
    @Override
    public int[] more() {
        return more.clone();
    }

    /** Input slots in order (two or three, more for a generic vertex of five or more legs). */
    public int[] inputs() {
        if (c < 0) {
            return new int[] {a, b};
        }
        int[] in = new int[3 + more.length];
        in[0] = a;
        in[1] = b;
        in[2] = c;
        System.arraycopy(more, 0, in, 3, more.length);
        return in;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation p && structure == p.structure && a == p.a && b == p.b && c == p.c
                && couplingLeft == p.couplingLeft && couplingRight == p.couplingRight
                && Arrays.equals(factors, p.factors) && propagator == p.propagator && pdg == p.pdg && out == p.out
                && amplitude == p.amplitude && Objects.equals(polynomial, p.polynomial) && Arrays.equals(more, p.more);
    }

    @Override
    public int hashCode() {
        return Objects.hash(structure, a, b, c, couplingLeft, couplingRight, Arrays.hashCode(factors), propagator,
                pdg, out, amplitude, polynomial, Arrays.hashCode(more));
    }

    @Override
    public String toString() {
        return "Operation[" + (polynomial != null ? polynomial.name() : structure) + " " + Arrays.toString(inputs()) + " -> " + (isAmplitude()
                ? "amp" + amplitude + " on w" + out : "w" + out + " (" + propagator + " " + pdg + ")") + "]";
    }
}
