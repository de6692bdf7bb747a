package madvec.events.channels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One phase-space channel: a tree of two-body decays from sqrt(s) down to the final-state particles,
 * whose intermediate invariant masses follow the Breit-Wigner shapes of a set of resonances.
 *
 * <p>The tree: the root (every final-state particle) splits into its largest resonances and the
 * particles no resonance holds; each resonance splits the same way inside; a node with more than two
 * parts splits into its first part and a non-resonant rest. A node of mass M with children a and b
 * uses three coordinates of the unit cube per internal child mass and two angles: s_a on
 * [min_a^2, (M - min_b)^2], then s_b on [min_b^2, (M - m_a)^2] (min = the sum of the particle masses
 * below), each with a tan map s = m^2 + m Gamma tan y, y uniform, for a resonance and uniform in s
 * otherwise; then cos(theta) and phi of a in the node's rest frame, uniform. Momenta are made in each
 * node's rest frame and boosted (pure boosts) into its parent's. 3n - 4 coordinates in all.
 *
 * <p>The weight is the density of prod d^3p/(2E) delta^4 (no factors of 2 pi, as RAMBO's) on the
 * cube: the product over nodes of pi |p*| / M (the two-body phase space, 4 pi |p*| / (4 M) in these
 * units) and over mapped masses of ds/du. {@link #inverse} gives the coordinates and the weight of
 * given momenta, so that a multi-channel integrator can evaluate every channel's density at any point.
 *
 * <p>Plain Java, one event at a time, with scratch arrays: not thread-safe.
 */
public final class DecayChannel {
    private final List<Resonance> resonances;
    private final double sqrtS;
    private final double[] masses;
    private final Node root;
    private final int dimensions;
    /** Per final-state particle, its momentum in the frame of the node being worked on. */
    private final double[] scratch;

    /** One node: a leaf (one particle) or two children, with its mapped coordinates. */
    private static final class Node {
        final long finals;
        final Resonance resonance;
        final Node a, b;
        final double min;
        int massDim = -1, cosDim = -1;

        Node(long finals, Resonance resonance, Node a, Node b, double min) {
            this.finals = finals;
            this.resonance = resonance;
            this.a = a;
            this.b = b;
            this.min = min;
        }

        boolean leaf() {
            return a == null;
        }

        int particle() {
            return Long.numberOfTrailingZeros(finals);
        }
    }

    /**
     * A channel.
     *
     * @param resonances nested or disjoint (as the lines of one diagram are); may be empty
     * @param sqrtS the collision energy, GeV
     * @param finalMasses the final-state particles' masses, GeV
     * @throws IllegalArgumentException when two resonances overlap without nesting, or sqrt(s) is not
     *     above the final-state threshold
     */
    public DecayChannel(List<Resonance> resonances, double sqrtS, double[] finalMasses) {
        List<Resonance> bySize = new ArrayList<>(resonances);
        bySize.sort(Comparator.comparingInt((Resonance r) -> -Long.bitCount(r.finals())));
        this.resonances = List.copyOf(bySize);
        this.sqrtS = sqrtS;
        this.masses = finalMasses.clone();
        int n = masses.length;
        if (n < 2 || n > 62) {
            throw new IllegalArgumentException("a channel needs 2 to 62 final-state particles, got " + n);
        }
        double threshold = 0;
        for (double m : masses) threshold += m;
        if (!(sqrtS > threshold)) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is not above the final-state threshold " + threshold + " GeV");
        }
        for (Resonance r : this.resonances) {
            for (Resonance q : this.resonances) {
                long common = r.finals() & q.finals();
                if (common != 0 && !r.contains(q.finals()) && !q.contains(r.finals())) {
                    throw new IllegalArgumentException("resonances " + r + " and " + q + " overlap without nesting");
                }
            }
        }
        root = build((1L << n) - 1, null);
        int[] next = {0};
        number(root, next);
        dimensions = next[0];
        scratch = new double[4 * n];
    }

    /** The resonances mapped. */
    public List<Resonance> resonances() {
        return resonances;
    }

    /** Coordinates of the cube, 3n - 4. */
    public int dimensions() {
        return dimensions;
    }

    /**
     * Maps a point of the unit cube to final-state momenta in the centre-of-mass frame.
     *
     * @param u {@link #dimensions()} coordinates in [0, 1]
     * @param p receives 4n values, (E, px, py, pz) per final-state particle
     * @return the weight (density of the phase-space measure on the cube); 0 at the edge of phase space
     */
    public double forward(double[] u, double[] p) {
        return forward(root, sqrtS, u, p);
    }

    /**
     * The cube point and the weight of final-state momenta in the centre-of-mass frame, on the mass
     * shells of this channel's masses: the inverse of {@link #forward}.
     *
     * @param p 4n values, (E, px, py, pz) per final-state particle (not changed)
     * @param u receives {@link #dimensions()} coordinates
     * @return the weight {@link #forward} gives at {@code u}
     */
    public double inverse(double[] p, double[] u) {
        System.arraycopy(p, 0, scratch, 0, scratch.length);
        return inverse(root, sqrtS, scratch, u);
    }

    /** The resonances, for example {@code 6(3 4 5) 24(4 5)}, or a note that there is none. */
    @Override
    public String toString() {
        if (resonances.isEmpty()) {
            return "no resonance (two-body decays, uniform invariant masses)";
        }
        StringBuilder s = new StringBuilder();
        for (Resonance r : resonances) s.append(s.isEmpty() ? "" : " ").append(r);
        return s.toString();
    }

    private Node build(long finals, Resonance self) {
        if (Long.bitCount(finals) == 1) {
            return new Node(finals, self, null, null, masses[Long.numberOfTrailingZeros(finals)]);
        }
        List<Node> parts = new ArrayList<>();
        long covered = 0;
        for (Resonance r : resonances) {
            // the largest resonances come first (see the constructor), so each part is a maximal one
            if ((finals & r.finals()) == r.finals() && r.finals() != finals && (covered & r.finals()) == 0) {
                parts.add(build(r.finals(), r));
                covered |= r.finals();
            }
        }
        for (long rest = finals & ~covered; rest != 0; rest &= rest - 1) {
            parts.add(build(Long.lowestOneBit(rest), null));
        }
        return chain(parts, 0, finals, self);
    }

    /** parts[from], then the rest of the parts as one non-resonant node (or the last part itself). */
    private static Node chain(List<Node> parts, int from, long finals, Resonance self) {
        Node a = parts.get(from);
        Node b = from + 2 == parts.size() ? parts.get(from + 1) : chain(parts, from + 1, finals & ~a.finals, null);
        return new Node(finals, self, a, b, a.min + b.min);
    }

    private static void number(Node node, int[] next) {
        if (node.leaf()) {
            return;
        }
        if (!node.a.leaf()) node.a.massDim = next[0]++;
        if (!node.b.leaf()) node.b.massDim = next[0]++;
        node.cosDim = next[0];
        next[0] += 2;
        number(node.a, next);
        number(node.b, next);
    }

    private double forward(Node node, double mass, double[] u, double[] p) {
        double weight = 1, ma = node.a.min, mb = node.b.min;
        if (!node.a.leaf()) {
            double[] sj = InvariantMass.sample(node.a.resonance, u[node.a.massDim], ma * ma, sq(mass - mb));
            ma = Math.sqrt(sj[0]);
            weight *= sj[1];
        }
        if (!node.b.leaf()) {
            double[] sj = InvariantMass.sample(node.b.resonance, u[node.b.massDim], mb * mb, sq(mass - ma));
            mb = Math.sqrt(sj[0]);
            weight *= sj[1];
        }
        double pStar = TwoBody.momentum(mass, ma, mb);
        if (!(pStar > 0)) {
            return 0;
        }
        weight *= Math.PI * pStar / mass;
        double cos = 2 * u[node.cosDim] - 1, phi = 2 * Math.PI * u[node.cosDim + 1];
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double qx = pStar * sin * Math.cos(phi), qy = pStar * sin * Math.sin(phi), qz = pStar * cos;
        return weight * place(node.a, ma, pStar, qx, qy, qz, u, p) * place(node.b, mb, pStar, -qx, -qy, -qz, u, p);
    }

    /** A child of mass m with momentum q in its parent's frame: a particle, or a node made at rest and boosted. */
    private double place(Node child, double m, double pStar, double qx, double qy, double qz, double[] u, double[] p) {
        double e = Math.sqrt(m * m + pStar * pStar);
        if (child.leaf()) {
            int i = 4 * child.particle();
            p[i] = e;
            p[i + 1] = qx;
            p[i + 2] = qy;
            p[i + 3] = qz;
            return 1;
        }
        double weight = forward(child, m, u, p);
        TwoBody.boost(p, child.finals, e, qx, qy, qz, m);
        return weight;
    }

    private double inverse(Node node, double mass, double[] p, double[] u) {
        double[] qa = TwoBody.sum(p, node.a.finals), qb = TwoBody.sum(p, node.b.finals);
        double ma = node.a.leaf() ? node.a.min : TwoBody.mass(qa), mb = node.b.leaf() ? node.b.min : TwoBody.mass(qb);
        double weight = 1;
        if (!node.a.leaf()) {
            double[] uj = InvariantMass.invert(node.a.resonance, ma * ma, sq(node.a.min), sq(mass - node.b.min));
            u[node.a.massDim] = uj[0];
            weight *= uj[1];
        }
        if (!node.b.leaf()) {
            double[] uj = InvariantMass.invert(node.b.resonance, mb * mb, sq(node.b.min), sq(mass - ma));
            u[node.b.massDim] = uj[0];
            weight *= uj[1];
        }
        double pStar = TwoBody.momentum(mass, ma, mb);
        if (!(pStar > 0)) {
            return 0;
        }
        weight *= Math.PI * pStar / mass;
        double q = Math.sqrt(qa[1] * qa[1] + qa[2] * qa[2] + qa[3] * qa[3]);
        double cos = q > 0 ? Math.max(-1, Math.min(1, qa[3] / q)) : 1, phi = Math.atan2(qa[2], qa[1]);
        u[node.cosDim] = (cos + 1) / 2;
        u[node.cosDim + 1] = phi < 0 ? phi / (2 * Math.PI) + 1 : phi / (2 * Math.PI);
        return weight * unplace(node.a, ma, qa, p, u) * unplace(node.b, mb, qb, p, u);
    }

    /** The inverse of {@link #place}: a node's particles boosted into its rest frame, then inverted. */
    private double unplace(Node child, double m, double[] q, double[] p, double[] u) {
        if (child.leaf()) {
            return 1;
        }
        TwoBody.boost(p, child.finals, q[0], -q[1], -q[2], -q[3], m);
        return inverse(child, m, p, u);
    }

    private static double sq(double x) {
        return x * x;
    }
}
