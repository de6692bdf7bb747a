package madvec.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enumerates the tree diagrams over a list of leaves, each leaf an external particle or a decay
 * current. Currents over every subset of leaves are built once (memoised by leaf mask) and shared;
 * a diagram closes the last leaf onto a vertex with the currents of a partition of the others, so every
 * tree appears exactly once: partitions are unordered (the block with the lowest leaf comes first) and
 * a vertex's identical legs are filled in one fixed order.
 */
final class DiagramGenerator {
    /** What may appear on internal lines. */
    record Constraints(Set<Integer> excluded, Set<Integer> excludedSChannel, Integer maxQcd, Integer maxQed) {
        static final Constraints NONE = new Constraints(Set.of(), Set.of(), null, null);

        boolean allows(int particle, boolean sChannel, int qcd, int qed) {
            int a = Math.abs(particle);
            return !excluded.contains(a) && !(sChannel && excludedSChannel.contains(a))
                    && (maxQcd == null || qcd <= maxQcd) && (maxQed == null || qed <= maxQed);
        }
    }

    /** A vertex with one leg left open: the other legs sorted by PDG code with their positions. */
    private record Opening(Vertex vertex, int open, int[] pdgs, int[] positions) {}

    private final ParticleTable table;
    private final List<List<Tree>> leaves;
    private final boolean incomingAmongLeaves;
    private final Constraints constraints;
    /** True to let a Majorana fermion's wavefunction fill a slot of either type (see {@link #fits}). */
    private final boolean anyFermionFlow;
    private final Map<String, List<Opening>> openings = new HashMap<>();
    private final Map<Long, List<Tree>> memo = new HashMap<>();
    /** The most currents a vertex of the model joins (see {@link #forEachPartition}). */
    private final int maxBlocks;

    /**
     * @param table the model's particles
     * @param vertices the model's vertices
     * @param leaves per leaf, its alternatives (one tree for an external particle, the decay's trees for a decay)
     * @param incomingAmongLeaves true when leaves 0 and 1 are the incoming particles (s-channel lines are
     *     those that do not separate them)
     * @param constraints exclusions and coupling-order limits
     */
    DiagramGenerator(ParticleTable table, List<Vertex> vertices, List<List<Tree>> leaves, boolean incomingAmongLeaves,
            Constraints constraints) {
        this(table, vertices, leaves, incomingAmongLeaves, constraints, false);
    }

    /**
     * @param anyFermionFlow true to ignore the wavefunction type of every fermion when filling vertex
     *     slots: the diagrams whatever the fermion flow, which {@link MajoranaFlow} compares with those of a
     *     consistent flow to find lines madvec cannot orient (they need charge-conjugated vertices); Dirac
     *     fermions too, since a line whose Dirac ends clash runs against the fermion number of one of them
     */
    DiagramGenerator(ParticleTable table, List<Vertex> vertices, List<List<Tree>> leaves, boolean incomingAmongLeaves,
            Constraints constraints, boolean anyFermionFlow) {
        this.table = table;
        this.anyFermionFlow = anyFermionFlow;
        if (leaves.size() > 62) {
            throw new IllegalArgumentException("too many particles: " + leaves.size());
        }
        this.leaves = leaves;
        this.incomingAmongLeaves = incomingAmongLeaves;
        this.constraints = constraints;
        this.maxBlocks = maxBlocks(vertices);
        for (Vertex v : vertices) {
            int n = v.legs().length;
            for (int o = 0; o < n; o++) {
                if (identicalBefore(v, o)) {
                    continue; // identical legs: opening either gives the same current
                }
                Integer[] order = new Integer[n - 1];
                for (int i = 0, j = 0; i < n; i++) {
                    if (i != o) {
                        order[j++] = i;
                    }
                }
                Arrays.sort(order, (x, y) -> Integer.compare(v.legs()[x], v.legs()[y]));
                int[] pdgs = new int[n - 1], pos = new int[n - 1];
                for (int i = 0; i < n - 1; i++) {
                    pdgs[i] = v.legs()[order[i]];
                    pos[i] = order[i];
                }
                openings.computeIfAbsent(Arrays.toString(pdgs), key -> new ArrayList<>()).add(new Opening(v, o, pdgs, pos));
            }
        }
    }

    /**
     * True when a leg before {@code o} is the same particle in the same kind of slot: two Majorana legs of
     * one line (the F1 and the F2 slot of {@code go go g}) open into currents of different wavefunction
     * types, so both are opened.
     */
    private static boolean identicalBefore(Vertex v, int o) {
        for (int i = 0; i < o; i++) {
            if (v.legs()[i] == v.legs()[o] && Tree.onLine(v, i) == Tree.onLine(v, o)
                    && Tree.opensF1(v, i) == Tree.opensF1(v, o)) {
                return true;
            }
        }
        return false;
    }

    /** All currents over the leaves in {@code mask}, any particle. */
    List<Tree> currents(long mask) {
        List<Tree> known = memo.get(mask);
        if (known != null) {
            return known;
        }
        List<Tree> out = new ArrayList<>();
        if (Long.bitCount(mask) == 1) {
            out.addAll(leaves.get(Long.numberOfTrailingZeros(mask)));
        } else {
            boolean s = !incomingAmongLeaves || ((mask & 1L) != 0) == ((mask & 2L) != 0);
            forEachPartition(mask, maxBlocks, blocks -> {
                for (Tree[] inputs : choices(blocks)) {
                    for (Opening o : lookup(inputs)) {
                        int[] pos = assign(o, inputs);
                        if (pos == null) {
                            continue;
                        }
                        int particle = table.antiparticle(o.vertex().legs()[o.open()]);
                        Tree t = Tree.current(table, particle, mask, o.vertex(), o.open(), inputs, pos, s);
                        if (constraints.allows(particle, s, t.qcd, t.qed)) {
                            out.add(t);
                        }
                    }
                }
            });
        }
        memo.put(mask, out);
        return out;
    }

    /** Diagrams closing the last leaf onto currents of all the others. */
    List<Diagram> diagrams() {
        int n = leaves.size();
        long rest = (1L << (n - 1)) - 1;
        List<Diagram> out = new ArrayList<>();
        for (Tree closing : leaves.get(n - 1)) {
            forEachPartition(rest, maxBlocks, blocks -> {
                for (Tree[] inputs : choices(blocks)) {
                    Tree[] all = Arrays.copyOf(inputs, inputs.length + 1);
                    all[inputs.length] = closing;
                    for (Opening o : lookupClosed(all)) {
                        int qcd = o.vertex().qcd() + closing.qcd, qed = o.vertex().qed() + closing.qed;
                        boolean primary = closing.primary && o.vertex().colour() != Vertex.Colour.FF_24_13
                                && o.vertex().colour() != Vertex.Colour.FF_34_12
                                && (o.vertex().body() == null || o.vertex().body().first());
                        for (Tree t : inputs) {
                            qcd += t.qcd;
                            qed += t.qed;
                            primary &= t.primary;
                        }
                        int[] pos = assign(o, inputs);
                        if (pos != null && constraints.allows(0, false, qcd, qed)) {
                            out.add(new Diagram(o.vertex(), closing, o.open(), inputs, pos, qcd, qed, primary));
                        }
                    }
                }
            });
        }
        return out;
    }

    /** Openings whose open leg is the closing leaf's own particle and whose other legs match the inputs. */
    private List<Opening> lookupClosed(Tree[] all) {
        Tree closing = all[all.length - 1];
        List<Opening> out = new ArrayList<>();
        for (Opening o : lookup(Arrays.copyOf(all, all.length - 1))) {
            if (o.vertex().legs()[o.open()] == closing.particle && fits(o.vertex(), o.open(), closing)) {
                out.add(o);
            }
        }
        return out;
    }

    private List<Opening> lookup(Tree[] inputs) {
        int[] pdgs = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) pdgs[i] = inputs[i].particle;
        Arrays.sort(pdgs);
        return openings.getOrDefault(Arrays.toString(pdgs), List.of());
    }

    /**
     * Vertex positions of the inputs: identical particles take the opening's positions in input order; a
     * fermion line's wavefunction only a slot of its type (which for Dirac fermions the particle already
     * fixes). Null when some input finds no slot.
     */
    private int[] assign(Opening o, Tree[] inputs) {
        int[] pos = new int[inputs.length];
        boolean[] used = new boolean[o.pdgs().length];
        for (int i = 0; i < inputs.length; i++) {
            boolean placed = false;
            for (int j = 0; j < o.pdgs().length; j++) {
                if (!used[j] && o.pdgs()[j] == inputs[i].particle && fits(o.vertex(), o.positions()[j], inputs[i])) {
                    used[j] = true;
                    pos[i] = o.positions()[j];
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                return null;
            }
        }
        return pos;
    }

    /** Whether a tree's wavefunction may fill a vertex position: any, unless the position is on a fermion line. */
    private boolean fits(Vertex v, int position, Tree t) {
        return t.fermionEnd < 0 || !Tree.onLine(v, position) || Tree.opensF1(v, position) == t.fillsF1
                || anyFermionFlow;
    }

    interface BlockAction {
        void accept(long[] blocks);
    }

    /**
     * Unordered partitions of mask into two to {@code maxBlocks} blocks (a vertex of n legs joins n - 1
     * currents), each block listed once: block i holds the lowest leaf of what blocks 0..i-1 left. Two- and
     * three-block partitions come in the order of first block, then second.
     */
    static void forEachPartition(long mask, int maxBlocks, BlockAction action) {
        partitions(mask, new long[Math.max(maxBlocks, 1)], 0, maxBlocks, action);
    }

    /** The partitions of {@code rest} that follow the {@code filled} blocks already chosen. */
    private static void partitions(long rest, long[] blocks, int filled, int maxBlocks, BlockAction action) {
        long low = Long.lowestOneBit(rest);
        long others = rest & ~low;
        for (long sub = others; ; sub = (sub - 1) & others) {
            long block = low | sub;
            long remain = rest & ~block;
            blocks[filled] = block;
            if (remain == 0) {
                if (filled > 0) {
                    action.accept(Arrays.copyOf(blocks, filled + 1));
                }
            } else if (filled + 2 <= maxBlocks) {
                partitions(remain, blocks, filled + 1, maxBlocks, action);
            }
            if (sub == 0) {
                break;
            }
        }
    }

    /** The most currents one vertex joins: its legs but one (two for three-point vertices only). */
    static int maxBlocks(List<Vertex> vertices) {
        int most = 2;
        for (Vertex v : vertices) most = Math.max(most, v.legs().length - 1);
        return most;
    }

    /** Every combination of one current per block. */
    private List<Tree[]> choices(long[] blocks) {
        List<List<Tree>> lists = new ArrayList<>();
        for (long b : blocks) {
            List<Tree> c = currents(b);
            if (c.isEmpty()) {
                return List.of();
            }
            lists.add(c);
        }
        List<Tree[]> out = new ArrayList<>();
        int[] idx = new int[blocks.length];
        while (true) {
            Tree[] pick = new Tree[blocks.length];
            for (int i = 0; i < blocks.length; i++) pick[i] = lists.get(i).get(idx[i]);
            out.add(pick);
            int i = blocks.length - 1;
            while (i >= 0 && ++idx[i] == lists.get(i).size()) {
                idx[i] = 0;
                i--;
            }
            if (i < 0) {
                return out;
            }
        }
    }
}
