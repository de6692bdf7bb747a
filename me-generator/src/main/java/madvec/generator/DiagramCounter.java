package madvec.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the diagrams {@link DiagramGenerator} would make, without making them: the same recursion
 * over subsets of leaves, carrying per subset only how many currents it has of each particle and
 * coupling order. It honours the exclusions and order limits of the constraints; a four-gluon vertex
 * counts once, as in {@link Diagram#primary()}. It is cheap next to generation (no trees, no
 * programs: milliseconds for {@code g g > g g g g g g}), so sizes can be checked before generating.
 */
final class DiagramCounter {
    /** Coupling orders (QCD, QED) packed in an int, as keys of the counts. */
    static int orders(int qcd, int qed) {
        return qcd << 8 | qed;
    }

    static int qcd(int orders) {
        return orders >>> 8;
    }

    static int qed(int orders) {
        return orders & 0xff;
    }

    /** Per subset: states (particle and orders packed) and how many currents are in each. */
    private record Counts(int[] states, double[] counts) {
        static final Counts NONE = new Counts(new int[0], new double[0]);
    }

    /** Per sorted list of input particles, the vertices that take them: open leg and orders packed. */
    private final Map<Long, int[]> openings = new HashMap<>();
    private final DiagramGenerator.Constraints constraints;
    /** The most currents one vertex joins. */
    private final int maxBlocks;
    private final ParticleTable table;
    /**
     * Particles by a dense index of 8 bits (states and keys pack them so), assigned as they are met:
     * PDG codes themselves do not fit (a UFO model's 1000021 or 9000005).
     */
    private final Map<Integer, Integer> index = new HashMap<>();
    private final int[] pdgOf = new int[255];
    private int particles;
    private final int[] small = new int[128];

    /**
     * @param vertices the model's vertices
     * @param constraints exclusions and order limits, as the generator applies them
     */
    DiagramCounter(List<Vertex> vertices, DiagramGenerator.Constraints constraints) {
        this(ParticleTable.SM, vertices, constraints);
    }

    /**
     * @param table the model's particles (for antiparticles)
     * @param vertices the model's vertices (a UFO vertex's colour and coupling terms count once)
     * @param constraints exclusions and order limits, as the generator applies them
     * @throws IllegalArgumentException when the vertices hold more than 255 distinct particles
     */
    DiagramCounter(ParticleTable table, List<Vertex> vertices, DiagramGenerator.Constraints constraints) {
        this.constraints = constraints;
        this.table = table;
        this.maxBlocks = DiagramGenerator.maxBlocks(vertices);
        Arrays.fill(small, -1);
        Map<Long, List<Integer>> open = new HashMap<>();
        java.util.Set<String> ufoVertices = new java.util.HashSet<>();
        for (Vertex v : vertices) {
            if (v.colour() == Vertex.Colour.FF_24_13 || v.colour() == Vertex.Colour.FF_34_12) {
                continue; // colour variants of one four-gluon diagram
            }
            if (v.body() != null && !ufoVertices.add(ufoVertex(v))) {
                // further terms of one UFO vertex at the same QCD and QED orders, the only ones counted here:
                // one diagram (the generator counts one per order set, which the NP-like orders split further);
                // a flow-reversed copy comes right after its term, under the same name, so it is skipped
                // too (the same diagrams: MajoranaFlow keeps one)
                continue;
            }
            int[] legs = v.legs();
            for (int o = 0; o < legs.length; o++) {
                if (indexOf(legs, legs[o]) != o) {
                    continue; // identical legs open to the same current, as in the generator
                }
                int[] others = new int[legs.length - 1];
                for (int i = 0, j = 0; i < legs.length; i++) {
                    if (i != o) {
                        others[j++] = legs[i];
                    }
                }
                open.computeIfAbsent(key(others), k -> new ArrayList<>()).add(state(legs[o], v.qcd(), v.qed()));
            }
        }
        open.forEach((k, l) -> openings.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * The diagrams closing the last leaf onto currents of the others, by coupling orders.
     *
     * @param leaves per leaf, its particles (outgoing-equivalent) and how many alternatives carry each;
     *     a leaf's own orders count as zero, as a decay's do in the generator
     * @param incomingAmongLeaves true when leaves 0 and 1 are the incoming particles
     * @return the number of diagrams per {@link #orders(int, int)}
     */
    Map<Integer, Double> diagrams(List<Map<Integer, Double>> leaves, boolean incomingAmongLeaves) {
        Run run = new Run(leaves, incomingAmongLeaves);
        long rest = (1L << (leaves.size() - 1)) - 1;
        Map<Integer, Double> out = new HashMap<>();
        for (Map.Entry<Integer, Double> closing : leaves.get(leaves.size() - 1).entrySet()) {
            run.forEachVertex(rest, (state, weight) -> {
                if (particle(state) == closing.getKey() && constraints.allows(0, false, qcdOf(state), qedOf(state))) {
                    out.merge(orders(qcdOf(state), qedOf(state)), weight * closing.getValue(), Double::sum);
                }
            });
        }
        return out;
    }

    /** The currents over all leaves that carry {@code particle} (the trees of a decay), by coupling orders. */
    Map<Integer, Double> currents(List<Map<Integer, Double>> leaves, int particle) {
        Counts all = new Run(leaves, false).counts((1L << leaves.size()) - 1);
        Map<Integer, Double> out = new HashMap<>();
        for (int i = 0; i < all.states.length; i++) {
            if (particle(all.states[i]) == particle) {
                out.merge(orders(qcdOf(all.states[i]), qedOf(all.states[i])), all.counts[i], Double::sum);
            }
        }
        return out;
    }

    /** One counting over one list of leaves. */
    private final class Run {
        private final List<Map<Integer, Double>> leaves;
        private final boolean incomingAmongLeaves;
        private final Map<Long, Counts> memo = new HashMap<>();

        Run(List<Map<Integer, Double>> leaves, boolean incomingAmongLeaves) {
            this.leaves = leaves;
            this.incomingAmongLeaves = incomingAmongLeaves;
        }

        Counts counts(long mask) {
            Counts known = memo.get(mask);
            if (known != null) {
                return known;
            }
            Map<Integer, Double> out = new HashMap<>();
            if (Long.bitCount(mask) == 1) {
                leaves.get(Long.numberOfTrailingZeros(mask)).forEach((p, n) -> out.put(state(p, 0, 0), n));
            } else {
                boolean s = !incomingAmongLeaves || ((mask & 1L) != 0) == ((mask & 2L) != 0);
                forEachVertex(mask, (state, weight) -> {
                    int current = state(table.antiparticle(particle(state)), qcdOf(state), qedOf(state));
                    if (constraints.allows(particle(current), s, qcdOf(state), qedOf(state))) {
                        out.merge(current, weight, Double::sum);
                    }
                });
            }
            Counts c = of(out);
            memo.put(mask, c);
            return c;
        }

        private interface VertexAction {
            /** A vertex's open leg with the orders of vertex and inputs together, and in how many ways. */
            void accept(int state, double weight);
        }

        /** Every vertex joining the currents of a partition of mask. */
        void forEachVertex(long mask, VertexAction action) {
            DiagramGenerator.forEachPartition(mask, maxBlocks, blocks -> {
                Counts[] c = new Counts[blocks.length];
                for (int i = 0; i < blocks.length; i++) {
                    c[i] = counts(blocks[i]);
                    if (c[i].states.length == 0) {
                        return;
                    }
                }
                int[] idx = new int[blocks.length], picked = new int[blocks.length];
                while (true) {
                    double weight = 1;
                    int qcd = 0, qed = 0;
                    for (int i = 0; i < blocks.length; i++) {
                        int st = c[i].states[idx[i]];
                        picked[i] = particle(st);
                        qcd += qcdOf(st);
                        qed += qedOf(st);
                        weight *= c[i].counts[idx[i]];
                    }
                    int[] open = openings.get(key(picked.clone()));
                    if (open != null) {
                        for (int o : open) action.accept(state(particle(o), qcd + qcdOf(o), qed + qedOf(o)), weight);
                    }
                    int i = blocks.length - 1;
                    while (i >= 0 && ++idx[i] == c[i].states.length) {
                        idx[i--] = 0;
                    }
                    if (i < 0) {
                        return;
                    }
                }
            });
        }
    }

    /** A UFO vertex (its name before the term in brackets) with the QCD and QED orders of one of its terms. */
    private static String ufoVertex(Vertex v) {
        String name = v.body().name();
        int bracket = name.indexOf('[');
        return (bracket < 0 ? name : name.substring(0, bracket)) + "/" + v.qcd() + "/" + v.qed();
    }

    /** A particle (by its dense index) and orders packed in an int, 8 bits each. */
    private int state(int particle, int qcd, int qed) {
        return indexOf(particle) << 16 | qcd << 8 | qed;
    }

    private int particle(int state) {
        return pdgOf[state >>> 16 & 0xff];
    }

    private int indexOf(int pdg) {
        // SM codes (every particle of the built-in model) through an array: the counter's inner loop
        if (pdg > -64 && pdg < 64) {
            int known = small[pdg + 64];
            if (known >= 0) return known;
        }
        Integer i = index.get(pdg);
        if (i == null) {
            if (particles == pdgOf.length) {
                throw new IllegalArgumentException("more than 255 particles: too many for the diagram counter");
            }
            i = particles++;
            index.put(pdg, i);
            pdgOf[i] = pdg;
            if (pdg > -64 && pdg < 64) small[pdg + 64] = i;
        }
        return i;
    }

    private static int qcdOf(int state) {
        return state >>> 8 & 0xff;
    }

    private static int qedOf(int state) {
        return state & 0xff;
    }

    private static Counts of(Map<Integer, Double> m) {
        if (m.isEmpty()) {
            return Counts.NONE;
        }
        int[] p = new int[m.size()];
        double[] c = new double[m.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : m.entrySet()) {
            p[i] = e.getKey();
            c[i++] = e.getValue();
        }
        return new Counts(p, c);
    }

    /** A sorted particle list packed in a long, 8 bits a particle (its dense index). */
    private long key(int[] pdgs) {
        int[] ix = new int[pdgs.length];
        for (int i = 0; i < pdgs.length; i++) ix[i] = indexOf(pdgs[i]);
        Arrays.sort(ix);
        long k = ix.length;
        for (int p : ix) k = (k << 8) | p;
        return k;
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
