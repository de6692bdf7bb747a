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
    MIXED;

    /**
     * The precision named {@code double}, {@code float} or {@code mixed} (any case), as the command
     * line and the server's model files spell it.
     *
     * @throws IllegalArgumentException for any other name, with a message that lists the three
     */
    public static Precision of(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "double" -> DOUBLE;
            case "float" -> FLOAT;
            case "mixed" -> MIXED;
            default -> throw new IllegalArgumentException("'" + name + "' is not double, float or mixed");
        };
    }
}
