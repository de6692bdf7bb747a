package madvec.processes.program;

/**
 * The Lorentz structure of a vertex and which of its legs is left open. A fermion-vector vertex
 * reads L = F1 S(V) F2, with F1 the "i"-type and F2 the "o"-type spinor (MadGraph's FFV argument
 * order); an internal fermion line fills the F1 slot at one vertex and the F2 slot at the other.
 */
public enum Structure {
    /** FFV, inputs (F2, V); the open leg is F1. */
    FFV_OPEN_F1,
    /** FFV, inputs (F1, V); the open leg is F2. */
    FFV_OPEN_F2,
    /** FFV, inputs (F1, F2); the open leg is the vector. */
    FFV_OPEN_V,
    /** VVV, inputs (V2, V3); the open leg is V1. */
    VVV_OPEN_V1
}
