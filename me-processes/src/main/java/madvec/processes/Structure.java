package madvec.processes;

import madvec.helas.Wavefunction;

/**
 * The Lorentz structure of a vertex and which of its legs is left open. A fermion vertex reads
 * L = F1 Gamma F2, with F1 the "i"-type and F2 the "o"-type spinor (MadGraph's argument order); an
 * internal fermion line fills the F1 slot at one vertex and the F2 slot at the other. Inputs are
 * listed in the order the operation's slots {@code a, b, c} take them.
 */
public enum Structure {
    /** FFV, inputs (F2, V); the open leg is F1. */
    FFV_OPEN_F1(Wavefunction.F1, 2, "FFV", 1),
    /** FFV, inputs (F1, V); the open leg is F2. */
    FFV_OPEN_F2(Wavefunction.F2, 2, "FFV", 2),
    /** FFV, inputs (F1, F2); the open leg is the vector. */
    FFV_OPEN_V(Wavefunction.VECTOR, 2, "FFV", 3),
    /** VVV1, inputs (V2, V3) in the vertex's cyclic order after the open leg V1. */
    VVV_OPEN_V1(Wavefunction.VECTOR, 2, "VVV1", 1),
    /** VVVV (metric pairings), inputs (A, B, C); the operation's factors hold the three pairing coefficients. */
    VVVV_OPEN_V(Wavefunction.VECTOR, 3, "VVVV", 1),
    /** VVS1, inputs (V, S); the open leg is a vector. */
    VVS_OPEN_V(Wavefunction.VECTOR, 2, "VVS1", 1),
    /** VVS1, inputs (V1, V2); the open leg is the scalar. */
    VVS_OPEN_S(Wavefunction.SPIN_ZERO, 2, "VVS1", 3),
    /** VVSS1, inputs (V, S1, S2); the open leg is a vector. */
    VVSS_OPEN_V(Wavefunction.VECTOR, 3, "VVSS1", 1),
    /** VVSS1, inputs (V1, V2, S); the open leg is a scalar. */
    VVSS_OPEN_S(Wavefunction.SPIN_ZERO, 3, "VVSS1", 3),
    /** SSS1, inputs (S1, S2). */
    SSS_OPEN_S(Wavefunction.SPIN_ZERO, 2, "SSS1", 1),
    /** SSSS1, inputs (S1, S2, S3). */
    SSSS_OPEN_S(Wavefunction.SPIN_ZERO, 3, "SSSS1", 1),
    /** FFS, inputs (F2, S); the open leg is F1. */
    FFS_OPEN_F1(Wavefunction.F1, 2, "FFS", 1),
    /** FFS, inputs (F1, S); the open leg is F2. */
    FFS_OPEN_F2(Wavefunction.F2, 2, "FFS", 2),
    /** FFS, inputs (F1, F2); the open leg is the scalar. */
    FFS_OPEN_S(Wavefunction.SPIN_ZERO, 2, "FFS", 3),
    /** Any Lorentz structure (a UFO vertex), open leg F1-type; the operation carries its polynomial. */
    GENERIC_OPEN_F1(Wavefunction.F1, -1, "GENERIC", 0),
    /** Any Lorentz structure, open leg F2-type; the operation carries its polynomial. */
    GENERIC_OPEN_F2(Wavefunction.F2, -1, "GENERIC", 0),
    /** Any Lorentz structure, open leg a vector; the operation carries its polynomial. */
    GENERIC_OPEN_V(Wavefunction.VECTOR, -1, "GENERIC", 0),
    /** Any Lorentz structure, open leg spin 0; the operation carries its polynomial. */
    GENERIC_OPEN_S(Wavefunction.SPIN_ZERO, -1, "GENERIC", 0);

    private final Wavefunction open;
    private final int inputs;
    private final String aloha;
    private final int openLeg;

    Structure(Wavefunction open, int inputs, String aloha, int openLeg) {
        this.open = open;
        this.inputs = inputs;
        this.aloha = aloha;
        this.openLeg = openLeg;
    }

    /**
     * The ALOHA-style routine name: the Lorentz structure, then the open leg's position in the vertex
     * (1-based), or 0 when the structure closes an amplitude, as in {@code FFV_3} or {@code VVV1_0}.
     * Chiral fermion structures are named FFV and FFS without a number: their couplings carry the
     * chirality.
     */
    public String alohaName(boolean amplitude) {
        return aloha + "_" + (amplitude ? 0 : openLeg);
    }

    /** The kind of the open leg. */
    public Wavefunction open() {
        return open;
    }

    /** The generic structure whose open leg is of this kind. */
    public static Structure generic(Wavefunction open) {
        return switch (open) {
            case F1 -> GENERIC_OPEN_F1;
            case F2 -> GENERIC_OPEN_F2;
            case VECTOR -> GENERIC_OPEN_V;
            case SPIN_ZERO -> GENERIC_OPEN_S;
        };
    }

    /** True for the structures whose operations carry a {@link madvec.helas.VertexPolynomial}. */
    public boolean isGeneric() {
        return inputs < 0;
    }

    /**
     * Number of input slots (2 for three-point vertices, 3 for four-point ones); -1 for the generic
     * structures, whose polynomial says.
     */
    public int inputs() {
        return inputs;
    }

    /** True when the current depends on the inputs' momenta (only VVV does). */
    public boolean momentumDependent() {
        return this == VVV_OPEN_V1;
    }
}
