package madvec.processes;

import java.util.Arrays;
import java.util.Objects;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;

/**
 * One step of a process program: a vertex applied to two or three input slots. With a propagator it
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
 *     inputs are a, b[, c] in that order); null otherwise
 */
public record Operation(Structure structure, int a, int b, int c, int couplingLeft, int couplingRight,
        double[] factors, Wavefunction propagator, int pdg, int out, int amplitude, VertexPolynomial polynomial) {

    /** An operation of a built-in structure (no polynomial). */
    public Operation(Structure structure, int a, int b, int c, int couplingLeft, int couplingRight, double[] factors,
            Wavefunction propagator, int pdg, int out, int amplitude) {
        this(structure, a, b, c, couplingLeft, couplingRight, factors, propagator, pdg, out, amplitude, null);
    }

    /** Checks the slot count against the structure and copies the factors. */
    public Operation {
        if (structure.isGeneric()) {
            if (polynomial == null || polynomial.open() != structure.open()
                    || polynomial.inputs() != (c >= 0 ? 3 : 2)) {
                throw new IllegalArgumentException(structure + " needs a polynomial with an open " + structure.open()
                        + " leg and " + (c >= 0 ? 3 : 2) + " inputs, got " + polynomial);
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

    /** Input slots in order (two or three). */
    public int[] inputs() {
        return c >= 0 ? new int[] {a, b, c} : new int[] {a, b};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation p && structure == p.structure && a == p.a && b == p.b && c == p.c
                && couplingLeft == p.couplingLeft && couplingRight == p.couplingRight
                && Arrays.equals(factors, p.factors) && propagator == p.propagator && pdg == p.pdg && out == p.out
                && amplitude == p.amplitude && Objects.equals(polynomial, p.polynomial);
    }

    @Override
    public int hashCode() {
        return Objects.hash(structure, a, b, c, couplingLeft, couplingRight, Arrays.hashCode(factors), propagator,
                pdg, out, amplitude, polynomial);
    }

    @Override
    public String toString() {
        return "Operation[" + (polynomial != null ? polynomial.name() : structure) + " " + Arrays.toString(inputs()) + " -> " + (isAmplitude()
                ? "amp" + amplitude + " on w" + out : "w" + out + " (" + propagator + " " + pdg + ")") + "]";
    }
}
