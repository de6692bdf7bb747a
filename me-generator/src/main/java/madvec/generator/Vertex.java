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
 */
public record Vertex(int[] legs, Lorentz lorentz, Coupling left, Coupling right, int qcd, int qed,
        Colour colour, double[] pairings) {

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
        SSSS
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
        FF_34_12
    }

    /** Weighted coupling order as MadGraph counts it: QCD counts 1, QED counts 2. */
    public int weighted() {
        return qcd + 2 * qed;
    }

    /** Readable form, e.g. {@code FFV(u~ u g)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(lorentz.name()).append('(');
        for (int i = 0; i < legs.length; i++) {
            b.append(i == 0 ? "" : " ").append(ParticleTable.byPdg(legs[i]).name());
        }
        return b.append(')').toString();
    }
}
