package madvec.generator;

/**
 * A vertex of the model with its legs in a canonical order, all particles outgoing (MadGraph's UFO
 * convention): for fermion vertices the antifermion leg first (it fills the "i"-type F1 slot), then the
 * fermion (the "o"-type F2 slot), then the boson.
 *
 * @param legs PDG codes of the legs in canonical order, all outgoing
 * @param lorentz the Lorentz structure family
 * @param left the coupling (the left-handed one for chiral fermion vertices)
 * @param right the right-handed coupling (the same spec as left for vector-like vertices)
 * @param qcd QCD coupling order
 * @param qed QED coupling order
 * @param colour the colour structure over the canonical legs
 * @param pairings for VVVV: coefficients of the metric pairings (12)(34), (13)(24), (14)(23); else null
 * @param body for {@link Lorentz#GENERIC} (vertices of UFO models): structures, colour, orders; else null
 */
public record Vertex(int[] legs, Lorentz lorentz, Coupling left, Coupling right, int qcd, int qed,
        Colour colour, double[] pairings, VertexBody body) {

    /** A vertex of the built-in SM. */
    public Vertex(int[] legs, Lorentz lorentz, Coupling left, Coupling right, int qcd, int qed, Colour colour,
            double[] pairings) {
        this(legs, lorentz, left, right, qcd, qed, colour, pairings, null);
    }

    /**
     * A vertex of a UFO model: legs in the UFO vertex's order (all outgoing), one coupling, colour
     * {@link Colour#GENERIC}.
     */
    public static Vertex generic(int[] legs, Coupling coupling, VertexBody body) {
        return new Vertex(legs, Lorentz.GENERIC, coupling, coupling, body.orders().getOrDefault("QCD", 0),
                body.orders().getOrDefault("QED", 0), Colour.GENERIC, null, body);
    }

    /** Lorentz structure families of the SM. */
    public enum Lorentz {
        /** Fermion-fermion-vector with chiral couplings. */
        FFV,
        /** Fermion-fermion-scalar with chiral couplings. */
        FFS,
        /** Three vectors (VVV1, totally antisymmetric). */
        VVV,
        /** Four vectors (sums of metric pairings). */
        VVVV,
        /** Vector-vector-scalar (metric). */
        VVS,
        /** Vector-vector-scalar-scalar (metric). */
        VVSS,
        /** Three scalars. */
        SSS,
        /** Four scalars. */
        SSSS,
        /** Any structure, held by the vertex's {@link VertexBody} (UFO models). */
        GENERIC
    }

    /** Colour structures over the canonical legs (positions 1..4 in the comments). */
    public enum Colour {
        /** No colour. */
        SINGLET,
        /** delta(quark 2, antiquark 1). */
        DELTA,
        /** (T^3)(quark 2, antiquark 1). */
        GENERATOR,
        /** f(1, 2, 3). */
        F,
        /** f(2, 3, e) f(e, 1, 4). */
        FF_23_14,
        /** f(2, 4, e) f(e, 1, 3). */
        FF_24_13,
        /** f(3, 4, e) f(e, 1, 2). */
        FF_34_12,
        /** The product held by the vertex's {@link VertexBody} (UFO models). */
        GENERIC
    }

    /** Weighted coupling order as MadGraph counts it: QCD counts 1, QED counts 2. */
    public int weighted() {
        return qcd + 2 * qed;
    }

    /** Readable form, e.g. {@code FFV(u~ u g)}. */
    @Override
    public String toString() {
        if (body != null) {
            return body.name();
        }
        StringBuilder b = new StringBuilder(lorentz.name()).append('(');
        for (int i = 0; i < legs.length; i++) {
            b.append(i == 0 ? "" : " ").append(ParticleTable.byPdg(legs[i]).name());
        }
        return b.append(')').toString();
    }
}
