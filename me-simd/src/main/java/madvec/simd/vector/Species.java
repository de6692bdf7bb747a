package madvec.simd.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one species of the engine. A species held anywhere but a {@code static final} field makes
 * every vector a heap object, so kernels read it from here and nowhere else.
 */
public final class Species {
    /** Preferred double species of this CPU (4 lanes on AVX2, 8 on AVX-512). */
    public static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Lanes of {@link #D}. */
    public static final int LANES = D.length();
    /**
     * Float species of the same width as {@link #D}, for the single-precision kernels generated from
     * the double ones (twice the lanes per vector).
     */
    public static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    /** Lanes of {@link #F}. */
    public static final int F_LANES = F.length();

    private Species() {}
}
