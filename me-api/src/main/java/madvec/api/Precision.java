package madvec.api;

/**
 * The floating-point precision a {@link MatrixElement} computes in (chosen with
 * {@link MatrixElement.Builder#precision}). Inputs and results are doubles in every precision; the
 * phase-space map and the parameters (couplings, masses, widths) are computed in double and rounded
 * where they enter the float kernels.
 */
public enum Precision {
    /** Everything in double (the default): agreement with MadGraph to about 1e-13. */
    DOUBLE,
    /**
     * External wavefunctions, vertices, propagators, amplitudes, the colour sum and the sum over
     * helicities in float: twice the lanes per vector, about 1e-6 relative. Forward-mode derivatives
     * only; generic (UFO) vertex structures are refused.
     */
    FLOAT,
    /**
     * Wavefunctions, vertices, propagators and amplitudes in float, the colour sum and the sum over
     * helicities in double: between {@link #FLOAT} and {@link #DOUBLE} in speed and accuracy. The same
     * restrictions as {@link #FLOAT}.
     */
    MIXED
}
