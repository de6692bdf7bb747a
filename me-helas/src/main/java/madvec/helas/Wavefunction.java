package madvec.helas;

/**
 * What kind of wavefunction a slot holds: the one classification shared by external particles, the
 * open leg of a vertex structure and the propagator of an internal line, so that the three can never
 * disagree. A fermion vertex reads F1 Gamma F2 (MadGraph's argument order); an internal fermion line
 * fills the F1 slot at one vertex and the F2 slot at the other.
 */
public enum Wavefunction {
    /** An "i"-type spinor (a column): incoming fermion or outgoing antifermion, or an open F1 leg. */
    F1,
    /** An "o"-type spinor (a row): outgoing fermion or incoming antifermion, or an open F2 leg. */
    F2,
    /** A polarisation vector or vector current, contracted with the Minkowski metric. */
    VECTOR,
    /** A spin-0 wavefunction (component 0 of the slot). */
    SPIN_ZERO
}
