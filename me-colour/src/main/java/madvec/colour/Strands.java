package madvec.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chains generator strings through summed fundamental indices: {@code (X)_{ij} (Y)_{jk} = (X Y)_{ik}}. */
final class Strands {
    private Strands() { }

    /**
     * A string {@code (T^g1 T^g2 ...)_{row col}}; a Kronecker delta is the string with no generator.
     *
     * @param row fundamental row index
     * @param col fundamental column index
     * @param gluons the generators' adjoint labels, left to right
     */
    record Segment(int row, int col, int[] gluons) { }

    /**
     * Joins segments wherever a column index is another segment's row index; chains that close on
     * themselves become traces. Each index must be a row of at most one segment and a column of at
     * most one (checked by the callers).
     *
     * @param segments the strings to chain
     * @param traces traces already closed, kept as they are
     * @return the canonical product, or {@code null} if it vanishes
     */
    static Flow.Scaled join(List<Segment> segments, List<int[]> traces) {
        return join(segments, traces, List.of(), List.of());
    }

    /**
     * As {@link #join(List, List)}, for a product that also holds epsilon tensors of one kind.
     *
     * @param epsilons legs of each {@code epsilon_{ijk}}, labels that are segment columns
     * @param epsilonBars legs of each {@code epsilon^{ijk}}, labels that are segment rows
     * @return the canonical product, or {@code null} if it vanishes
     */
    static Flow.Scaled join(List<Segment> segments, List<int[]> traces, List<int[]> epsilons,
            List<int[]> epsilonBars) {
        Map<Integer, Segment> byRow = new HashMap<>();
        Set<Integer> columns = new HashSet<>();
        for (Segment s : segments) {
            byRow.put(s.row(), s);
            columns.add(s.col());
        }
        Set<Segment> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Integer> rows = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        List<int[]> strings = new ArrayList<>();
        for (Segment head : segments) {
            if (columns.contains(head.row())) {
                continue;
            }
            List<int[]> parts = new ArrayList<>();
            Segment s = head;
            while (true) {
                used.add(s);
                parts.add(s.gluons());
                Segment next = byRow.get(s.col());
                if (next == null) {
                    break;
                }
                s = next;
            }
            rows.add(head.row());
            cols.add(s.col());
            strings.add(Flow.concat(parts.toArray(new int[0][])));
        }
        List<int[]> allTraces = new ArrayList<>(traces);
        for (Segment start : segments) {
            if (used.contains(start)) {
                continue;
            }
            List<int[]> parts = new ArrayList<>();
            Segment s = start;
            do {
                used.add(s);
                parts.add(s.gluons());
                s = byRow.get(s.col());
            } while (s != start);
            allTraces.add(Flow.concat(parts.toArray(new int[0][])));
        }
        int[] r = rows.stream().mapToInt(Integer::intValue).toArray();
        int[] c = cols.stream().mapToInt(Integer::intValue).toArray();
        return Flow.of(r, c, strings.toArray(new int[0][]), allTraces, epsilons, epsilonBars);
    }

    /**
     * One term of {@link #pairOff}: a sign, the segments with the new deltas, the unpaired tensors.
     *
     * @param sign +1 or -1
     * @param segments the original segments and one delta per paired leg
     * @param epsilons the epsilon tensors left (when there were more of them than epsilon-bars)
     * @param epsilonBars the epsilon-bar tensors left
     */
    record Paired(int sign, List<Segment> segments, List<int[]> epsilons, List<int[]> epsilonBars) { }

    /**
     * Removes pairs of opposite epsilon tensors with
     * {@code epsilon_{abc} epsilon^{xyz} = sum over permutations s of (x y z) of sign(s) delta_a^{s1}
     * delta_b^{s2} delta_c^{s3}}: each delta joins the string ending at a leg of the epsilon to the string
     * starting at a leg of the epsilon-bar. The k-th epsilon is paired with the k-th epsilon-bar; any
     * pairing gives the same sum.
     *
     * @return the 6^pairs terms, in a deterministic order
     */
    static List<Paired> pairOff(List<Segment> segments, List<int[]> epsilons, List<int[]> epsilonBars) {
        int pairs = Math.min(epsilons.size(), epsilonBars.size());
        List<int[]> restE = epsilons.subList(pairs, epsilons.size());
        List<int[]> restB = epsilonBars.subList(pairs, epsilonBars.size());
        List<Paired> out = List.of(new Paired(1, segments, restE, restB));
        for (int k = 0; k < pairs; k++) {
            int[] e = epsilons.get(k);
            int[] b = epsilonBars.get(k);
            List<Paired> next = new ArrayList<>(out.size() * 6);
            for (Paired term : out) {
                for (int[] perm : PERMUTATIONS) {
                    List<Segment> s = new ArrayList<>(term.segments());
                    for (int p = 0; p < 3; p++) {
                        s.add(new Segment(e[p], b[perm[p]], new int[0]));
                    }
                    next.add(new Paired(term.sign() * perm[3], s, restE, restB));
                }
            }
            out = next;
        }
        return out;
    }

    /** The permutations of three legs, each with its sign in the last place. */
    private static final int[][] PERMUTATIONS = {
        {0, 1, 2, 1}, {1, 2, 0, 1}, {2, 0, 1, 1}, {0, 2, 1, -1}, {2, 1, 0, -1}, {1, 0, 2, -1}};
}
