package madvec.processes.program;

/**
 * The Lorentz structure of a vertex and which of its legs is left open. A fermion vertex reads
 * L = F1 Gamma F2, with F1 the "i"-type and F2 the "o"-type spinor (MadGraph's argument order); an
 * internal fermion line fills the F1 slot at one vertex and the F2 slot at the other. Inputs are
 * listed in the order the operation's slots {@code a, b, c} take them.
 */
public enum Structure {
    /** FFV, inputs (F2, V); the open leg is F1. */
    FFV_OPEN_F1(Leg.F1, 2),
    /** FFV, inputs (F1, V); the open leg is F2. */
    FFV_OPEN_F2(Leg.F2, 2),
    /** FFV, inputs (F1, F2); the open leg is the vector. */
    FFV_OPEN_V(Leg.VECTOR, 2),
    /** VVV1, inputs (V2, V3) in the vertex's cyclic order after the open leg V1. */
    VVV_OPEN_V1(Leg.VECTOR, 2),
    /** VVVV (metric pairings), inputs (A, B, C); the operation's factors hold the three pairing coefficients. */
    VVVV_OPEN_V(Leg.VECTOR, 3),
    /** VVS1, inputs (V, S); the open leg is a vector. */
    VVS_OPEN_V(Leg.VECTOR, 2),
    /** VVS1, inputs (V1, V2); the open leg is the scalar. */
    VVS_OPEN_S(Leg.SCALAR, 2),
    /** VVSS1, inputs (V, S1, S2); the open leg is a vector. */
    VVSS_OPEN_V(Leg.VECTOR, 3),
    /** VVSS1, inputs (V1, V2, S); the open leg is a scalar. */
    VVSS_OPEN_S(Leg.SCALAR, 3),
    /** SSS1, inputs (S1, S2). */
    SSS_OPEN_S(Leg.SCALAR, 2),
    /** SSSS1, inputs (S1, S2, S3). */
    SSSS_OPEN_S(Leg.SCALAR, 3),
    /** FFS, inputs (F2, S); the open leg is F1. */
    FFS_OPEN_F1(Leg.F1, 2),
    /** FFS, inputs (F1, S); the open leg is F2. */
    FFS_OPEN_F2(Leg.F2, 2),
    /** FFS, inputs (F1, F2); the open leg is the scalar. */
    FFS_OPEN_S(Leg.SCALAR, 2);

    /** What kind of wavefunction the open leg is, which fixes how an amplitude contracts it. */
    public enum Leg {
        /** An "i"-type spinor slot (column). */
        F1,
        /** An "o"-type spinor slot (row). */
        F2,
        /** A vector (contracted with the Minkowski metric). */
        VECTOR,
        /** A scalar (component 0). */
        SCALAR
    }

    private final Leg open;
    private final int inputs;

    Structure(Leg open, int inputs) {
        this.open = open;
        this.inputs = inputs;
    }

    /** The kind of the open leg. */
    public Leg open() {
        return open;
    }

    /** Number of input slots (2 for three-point vertices, 3 for four-point ones). */
    public int inputs() {
        return inputs;
    }

    /** True when the current depends on the inputs' momenta (only VVV does). */
    public boolean momentumDependent() {
        return this == VVV_OPEN_V1;
    }
}
