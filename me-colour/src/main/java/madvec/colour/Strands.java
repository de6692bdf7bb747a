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
        return Flow.of(r, c, strings.toArray(new int[0][]), allTraces);
    }
}
