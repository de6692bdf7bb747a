package madvec.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the diagrams {@link DiagramGenerator} would make, without making them: the same recursion
 * over subsets of leaves, carrying per subset only how many currents of each particle it has. It
 * ignores coupling orders (it counts every order, an upper bound on what the generator keeps) and
 * honours the particle exclusions; a four-gluon vertex counts once, as in {@link Diagram#primary()}.
 * It is cheap next to generation (no trees, no programs), so sizes can be checked before generating.
 */
final class DiagramCounter {
    /** Particles of one subset and how many currents carry each. */
    private record Counts(int[] particles, double[] counts) {
        static final Counts NONE = new Counts(new int[0], new double[0]);
    }

    /** Per sorted list of input particles, the open legs of the vertices that take them. */
    private final Map<Long, int[]> openLegs = new HashMap<>();
    private final DiagramGenerator.Constraints constraints;

    /**
     * @param vertices the model's vertices
     * @param constraints the exclusions (its order limits are ignored)
     */
    DiagramCounter(List<Vertex> vertices, DiagramGenerator.Constraints constraints) {
        this.constraints = constraints;
        Map<Long, List<Integer>> open = new HashMap<>();
        for (Vertex v : vertices) {
            if (v.colour() == Vertex.Colour.FF_24_13 || v.colour() == Vertex.Colour.FF_34_12) {
                continue; // colour variants of one four-gluon diagram
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
                open.computeIfAbsent(key(others), k -> new ArrayList<>()).add(legs[o]);
            }
        }
        open.forEach((k, l) -> openLegs.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * The number of diagrams closing the last leaf onto currents of the others.
     *
     * @param leaves per leaf, its particles (outgoing-equivalent) and how many alternatives carry each
     * @param incomingAmongLeaves true when leaves 0 and 1 are the incoming particles
     */
    double diagrams(List<Map<Integer, Double>> leaves, boolean incomingAmongLeaves) {
        Run run = new Run(leaves, incomingAmongLeaves);
        int n = leaves.size();
        long rest = (1L << (n - 1)) - 1;
        double total = 0;
        for (Map.Entry<Integer, Double> closing : leaves.get(n - 1).entrySet()) {
            total += closing.getValue() * run.closings(rest, closing.getKey());
        }
        return total;
    }

    /** The number of currents over all leaves that carry {@code particle} (the trees of a decay). */
    double currents(List<Map<Integer, Double>> leaves, int particle) {
        Counts all = new Run(leaves, false).counts((1L << leaves.size()) - 1);
        for (int i = 0; i < all.particles.length; i++) {
            if (all.particles[i] == particle) {
                return all.counts[i];
            }
        }
        return 0;
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
                out.putAll(leaves.get(Long.numberOfTrailingZeros(mask)));
            } else {
                boolean s = !incomingAmongLeaves || ((mask & 1L) != 0) == ((mask & 2L) != 0);
                forEachVertex(mask, (open, weight) -> {
                    int particle = ParticleTable.anti(open);
                    if (constraints.allows(particle, s, 0, 0)) {
                        out.merge(particle, weight, Double::sum);
                    }
                });
            }
            Counts c = of(out);
            memo.put(mask, c);
            return c;
        }

        double closings(long rest, int closing) {
            double[] total = {0};
            forEachVertex(rest, (open, weight) -> {
                if (open == closing) {
                    total[0] += weight;
                }
            });
            return total[0];
        }

        private interface VertexAction {
            void accept(int openLeg, double weight);
        }

        /** Every vertex joining the currents of a partition of mask: its open leg and how many ways. */
        private void forEachVertex(long mask, VertexAction action) {
            DiagramGenerator.forEachPartition(mask, blocks -> {
                Counts[] c = new Counts[blocks.length];
                for (int i = 0; i < blocks.length; i++) {
                    c[i] = counts(blocks[i]);
                    if (c[i].particles.length == 0) {
                        return;
                    }
                }
                int[] idx = new int[blocks.length], picked = new int[blocks.length];
                while (true) {
                    double weight = 1;
                    for (int i = 0; i < blocks.length; i++) {
                        picked[i] = c[i].particles[idx[i]];
                        weight *= c[i].counts[idx[i]];
                    }
                    int[] open = openLegs.get(key(picked.clone()));
                    if (open != null) {
                        for (int o : open) action.accept(o, weight);
                    }
                    int i = blocks.length - 1;
                    while (i >= 0 && ++idx[i] == c[i].particles.length) {
                        idx[i--] = 0;
                    }
                    if (i < 0) {
                        return;
                    }
                }
            });
        }
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

    /** A sorted particle list packed in a long: 8 bits a particle, PDG codes lie within -128..127. */
    private static long key(int[] pdgs) {
        Arrays.sort(pdgs);
        long k = pdgs.length;
        for (int p : pdgs) k = (k << 8) | (p & 0xff);
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
