package madvec.generator;

/**
 * A sub-diagram: the tree of vertices below one line, which the program computes once as an off-shell
 * current and shares between all diagrams that contain it. A leaf is an external particle.
 *
 * <p>Particles are "outgoing-equivalent": an incoming particle appears as its outgoing antiparticle,
 * and a current over a set of legs carries the particle that those legs together send out (the
 * vertex that makes it has legs {inputs..., antiparticle of that particle}).
 */
final class Tree {
    /** Outgoing-equivalent PDG code of the line this tree delivers. */
    final int particle;
    /** Leaves covered, as a bit mask over the generation's leaves. */
    final long mask;
    /** The vertex that makes this line, or null for an external leaf. */
    final Vertex vertex;
    /** Canonical vertex position of the open leg (this line) and of each input. */
    final int open;
    final Tree[] inputs;
    final int[] positions;
    /** External index of a leaf, -1 otherwise. */
    final int external;
    /** Coupling orders of this generation's vertices in the tree (a decay's own vertices count in the decay). */
    final int qcd, qed;
    /** External index at the open end of the fermion line this tree carries, -1 for bosons. */
    final int fermionEnd;
    /**
     * For a fermion line: true when its wavefunction is of the "i" type and fills F1 slots (an incoming
     * fermion, an outgoing antifermion, or a current opened on an F2 slot), false for the "o" type. For a
     * Dirac fermion the particle says which (an outgoing-equivalent antifermion is i-type); for a Majorana
     * fermion the generation chooses it.
     */
    final boolean fillsF1;
    /**
     * For a fermion line, the wavefunction type (true: i) of the external at its open end in this tree,
     * which for a Majorana fermion is the one this tree's flow gave it (Denner's fermion sign counts it).
     */
    final boolean endIType;
    /**
     * True for the leaf of an external Majorana fermion used as the other wavefunction type than the
     * program stores for it: the vertex that takes it reads it through the charge-conjugation matrix.
     */
    final boolean conjugated;
    /** True when the line separates the incoming particles from final-state ones only (s-channel). */
    final boolean sChannel;
    /** True when every four-gluon vertex in the tree is the first of its three colour variants. */
    final boolean primary;

    private Tree(int particle, long mask, Vertex vertex, int open, Tree[] inputs, int[] positions, int external,
            int qcd, int qed, int fermionEnd, boolean fillsF1, boolean endIType, boolean conjugated, boolean sChannel,
            boolean primary) {
        this.particle = particle;
        this.mask = mask;
        this.vertex = vertex;
        this.open = open;
        this.inputs = inputs;
        this.positions = positions;
        this.external = external;
        this.qcd = qcd;
        this.qed = qed;
        this.fermionEnd = fermionEnd;
        this.fillsF1 = fillsF1;
        this.endIType = endIType;
        this.conjugated = conjugated;
        this.sChannel = sChannel;
        this.primary = primary;
    }

    /** An external particle as a leaf of the generation (a Majorana fermion as an o-type wavefunction). */
    static Tree leaf(ParticleTable table, int particle, long mask, int external) {
        return leaf(table, particle, mask, external, false);
    }

    /**
     * An external particle as a leaf of the generation.
     *
     * @param majoranaIType for a Majorana fermion, whether its wavefunction is of the i type (ignored otherwise)
     */
    static Tree leaf(ParticleTable table, int particle, long mask, int external, boolean majoranaIType) {
        return leaf(table, particle, mask, external, majoranaIType, false);
    }

    /**
     * An external particle as a leaf of the generation.
     *
     * @param majoranaIType for a Majorana fermion, whether the program stores its wavefunction as the i type
     *     (a Dirac fermion's stored type is the one its particle says)
     * @param conjugated for a fermion, true to use it as the other type than the stored one (read through
     *     C): a Majorana fermion on a line whose flow gives it that type, or a Dirac fermion on a line whose
     *     flow runs against its fermion number (a chargino beside an electron on a vertex UFO writes with
     *     two antifermions)
     */
    static Tree leaf(ParticleTable table, int particle, long mask, int external, boolean majoranaIType,
            boolean conjugated) {
        boolean fermion = table.get(particle).spin() == Particle.Spin.FERMION;
        boolean majorana = fermion && table.antiparticle(particle) == particle;
        boolean iType = (majorana ? majoranaIType : particle < 0) != conjugated;
        return new Tree(particle, mask, null, -1, new Tree[0], new int[0], external, 0, 0, fermion ? external : -1,
                fermion && iType, fermion && iType, fermion && conjugated, false, true);
    }

    /** A decay tree reused as a leaf of the enclosing generation (its orders belong to the decay). */
    Tree asLeaf(long leafMask) {
        return new Tree(particle, leafMask, vertex, open, inputs, positions, external, 0, 0, fermionEnd, fillsF1,
                endIType, false, true, primary)
                .sameNodeAs(this);
    }

    private Tree original;

    private Tree sameNodeAs(Tree t) {
        original = t.original != null ? t.original : t;
        return this;
    }

    /** The node whose slot this tree shares (a decay tree and its use as a leaf are one current). */
    Tree node() {
        return original != null ? original : this;
    }

    /** A current made by a vertex from inputs. */
    static Tree current(ParticleTable table, int particle, long mask, Vertex v, int open, Tree[] inputs, int[] positions,
            boolean sChannel) {
        int qcd = v.qcd(), qed = v.qed(), end = -1;
        boolean endIType = false;
        boolean primary = v.colour() != Vertex.Colour.FF_24_13 && v.colour() != Vertex.Colour.FF_34_12
                && (v.body() == null || v.body().first());
        // the open fermion leg continues the line of its partner leg (the only fermion input of a
        // two-fermion vertex; of a four-fermion vertex, the other leg of its UFO pair)
        int partner = v.body() != null ? v.body().partner(open) : -1;
        for (int i = 0; i < inputs.length; i++) {
            Tree t = inputs[i];
            qcd += t.qcd;
            qed += t.qed;
            primary &= t.primary;
            if (t.fermionEnd >= 0 && (partner < 0 || positions[i] == partner)) {
                end = t.fermionEnd;
                endIType = t.endIType;
            }
        }
        boolean fermionOut = table.get(particle).spin() == Particle.Spin.FERMION;
        // a current opened on an F1 slot continues its line as an o-type wavefunction, and the reverse
        boolean iType = fermionOut && !opensF1(v, open);
        return new Tree(particle, mask, v, open, inputs, positions, -1, qcd, qed, fermionOut ? end : -1, iType,
                fermionOut && endIType, false, sChannel, primary);
    }

    /** True when position {@code position} of vertex {@code v} is a fermion line's F1 slot. */
    static boolean opensF1(Vertex v, int position) {
        if (v.body() != null) {
            return v.body().fillsF1(position);
        }
        return position == 0 && (v.lorentz() == Vertex.Lorentz.FFV || v.lorentz() == Vertex.Lorentz.FFS);
    }

    /** True when position {@code position} of vertex {@code v} is on one of its fermion lines. */
    static boolean onLine(Vertex v, int position) {
        if (v.body() != null) {
            return v.body().partner(position) >= 0;
        }
        return position <= 1 && (v.lorentz() == Vertex.Lorentz.FFV || v.lorentz() == Vertex.Lorentz.FFS);
    }

    boolean isLeaf() {
        return vertex == null || original != null;
    }

    int weighted() {
        return qcd + 2 * qed;
    }
}
