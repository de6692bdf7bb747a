package madvec.colour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A colour flow: a product of open quark strings {@code (T^a T^b ...)_{ij}}, closed traces
 * {@code Tr(T^a T^b ...)} and Levi-Civita tensors, in canonical form so that equal products are equal
 * objects.
 *
 * <p>Canonical means: every trace rotated to its lexicographically smallest rotation, traces sorted,
 * strings sorted by their row index (rows are distinct quark indices). Empty traces ({@code Tr 1 = Nc})
 * and traces of one generator ({@code Tr T^a = 0}) never survive {@link #of}. A flow may still carry
 * summed gluon labels while a factor is being reduced; {@link #contract} removes one of them.
 *
 * <p>Each leg of an {@code epsilon_{ijk}} is the column end of one string, named by a negative label
 * (a summed index between the two); each leg of an {@code epsilon^{ijk}} is the row end of one. A flow
 * holds tensors of one kind only, since a pair of opposite kind is a determinant of deltas and is
 * expanded before a flow is made ({@link Strands#pairOff}). Canonically, each tensor's legs are ordered
 * by the external index at the other end of their strings (the tensor's sign taken into the factor),
 * the tensors by their first leg, and the legs then named -1, -2, -3, ... in that order.
 */
final class Flow implements Comparable<Flow> {
    /** The number of colours. */
    static final ComplexRational NC = ComplexRational.of(3, 1);
    private static final ComplexRational HALF = ComplexRational.of(1, 2);
    /** The {@code -1/(2 Nc)} of the Fierz identity. */
    private static final ComplexRational MINUS_HALF_OVER_NC = ComplexRational.of(-1, 6);
    private static final int[] NONE = new int[0];

    private static final int[][] NO_TENSORS = new int[0][];

    /** The colourless flow 1. */
    static final Flow UNIT = new Flow(NONE, NONE, new int[0][], new int[0][], NO_TENSORS, NO_TENSORS);

    private final int[] rows;
    private final int[] cols;
    private final int[][] strings;
    private final int[][] traces;
    private final int[][] epsilons;
    private final int[][] epsilonBars;
    private final int[] key;
    private final int hash;

    /**
     * A flow times a number.
     *
     * @param factor the number
     * @param flow the flow
     */
    record Scaled(ComplexRational factor, Flow flow) { }

    private Flow(int[] rows, int[] cols, int[][] strings, int[][] traces, int[][] epsilons, int[][] epsilonBars) {
        this.rows = rows;
        this.cols = cols;
        this.strings = strings;
        this.traces = traces;
        this.epsilons = epsilons;
        this.epsilonBars = epsilonBars;
        int length = 4 + 3 * (epsilons.length + epsilonBars.length);
        for (int[] s : strings) {
            length += 3 + s.length;
        }
        for (int[] t : traces) {
            length += 1 + t.length;
        }
        int[] k = new int[length];
        int n = 0;
        k[n++] = strings.length;
        for (int s = 0; s < strings.length; s++) {
            k[n++] = rows[s];
            k[n++] = cols[s];
            k[n++] = strings[s].length;
            System.arraycopy(strings[s], 0, k, n, strings[s].length);
            n += strings[s].length;
        }
        k[n++] = traces.length;
        for (int[] t : traces) {
            k[n++] = t.length;
            System.arraycopy(t, 0, k, n, t.length);
            n += t.length;
        }
        k[n++] = epsilons.length;
        for (int[] e : epsilons) {
            System.arraycopy(e, 0, k, n, 3);
            n += 3;
        }
        k[n++] = epsilonBars.length;
        for (int[] e : epsilonBars) {
            System.arraycopy(e, 0, k, n, 3);
            n += 3;
        }
        this.key = k;
        this.hash = Arrays.hashCode(k);
    }

    /**
     * The canonical flow of a product without epsilon tensors; {@code null} entries of {@code traces}
     * are skipped.
     *
     * @return the flow and the power of Nc split off from empty traces, or {@code null} if the product
     *     vanishes because it holds the trace of a single generator
     */
    static Scaled of(int[] rows, int[] cols, int[][] strings, List<int[]> traces) {
        return of(rows, cols, strings, traces, List.of(), List.of());
    }

    /**
     * The canonical flow of a product; {@code null} entries of {@code traces} are skipped.
     *
     * @param epsilons the legs of each {@code epsilon_{ijk}}: labels that are string columns
     * @param epsilonBars the legs of each {@code epsilon^{ijk}}: labels that are string rows
     * @return the flow and its factor (powers of Nc from empty traces, the tensors' signs), or
     *     {@code null} if the product vanishes because it holds the trace of a single generator
     * @throws IllegalStateException if tensors of both kinds are given (they must be paired off first)
     */
    static Scaled of(int[] rows, int[] cols, int[][] strings, List<int[]> traces, List<int[]> epsilons,
            List<int[]> epsilonBars) {
        ComplexRational factor = ComplexRational.ONE;
        List<int[]> kept = new ArrayList<>(traces.size());
        for (int[] t : traces) {
            if (t == null) {
                continue;
            }
            if (t.length == 0) {
                factor = factor.times(NC);
            } else if (t.length == 1) {
                return null;
            } else {
                kept.add(smallestRotation(t));
            }
        }
        kept.sort(Arrays::compare);
        if (!epsilons.isEmpty() && !epsilonBars.isEmpty()) {
            throw new IllegalStateException("a flow holds epsilon tensors of one kind only; pair them off first");
        }
        int[] newRows = rows;
        int[] newCols = cols;
        int[][] eps = NO_TENSORS;
        int[][] epsBar = NO_TENSORS;
        if (!epsilons.isEmpty()) {
            // legs are string columns: order them by the rows at the strings' other ends
            Tensors t = Tensors.canonical(epsilons, cols, rows);
            newCols = t.renamed;
            eps = t.legs;
            factor = factor.times(ComplexRational.of(t.sign, 1));
        } else if (!epsilonBars.isEmpty()) {
            Tensors t = Tensors.canonical(epsilonBars, rows, cols);
            newRows = t.renamed;
            epsBar = t.legs;
            factor = factor.times(ComplexRational.of(t.sign, 1));
        }
        int n = rows.length;
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        int[] sortRows = newRows;
        Arrays.sort(order, (x, y) -> Integer.compare(sortRows[x], sortRows[y]));
        int[] sortedRows = new int[n];
        int[] sortedCols = new int[n];
        int[][] sortedStrings = new int[n][];
        for (int s = 0; s < n; s++) {
            sortedRows[s] = newRows[order[s]];
            sortedCols[s] = newCols[order[s]];
            sortedStrings[s] = strings[order[s]];
        }
        return new Scaled(factor,
                new Flow(sortedRows, sortedCols, sortedStrings, kept.toArray(new int[0][]), eps, epsBar));
    }

    /**
     * Epsilon tensors of one kind in canonical form: {@code legs} holds -1, -2, -3 for the first tensor
     * and so on, {@code renamed} the string ends with the legs' labels replaced, {@code sign} the parity
     * of the reordering of the legs.
     */
    private record Tensors(int[][] legs, int[] renamed, int sign) {
        /**
         * @param tensors each tensor's three leg labels
         * @param ends the string ends the legs are ({@code cols} for epsilon, {@code rows} for epsilon-bar)
         * @param anchors the strings' other ends, external indices
         */
        static Tensors canonical(List<int[]> tensors, int[] ends, int[] anchors) {
            Map<Integer, Integer> stringOf = new HashMap<>();
            for (int s = 0; s < ends.length; s++) {
                stringOf.put(ends[s], s);
            }
            int sign = 1;
            int[][] byAnchor = new int[tensors.size()][];
            for (int t = 0; t < tensors.size(); t++) {
                int[] legs = tensors.get(t).clone();
                int[] anchor = new int[3];
                for (int p = 0; p < 3; p++) {
                    Integer s = stringOf.get(legs[p]);
                    if (s == null) {
                        throw new IllegalStateException("epsilon leg " + legs[p] + " ends no string");
                    }
                    anchor[p] = anchors[s];
                }
                // a three-element bubble sort, each swap one transposition
                for (int pass = 0; pass < 2; pass++) {
                    for (int p = 0; p < 2 - pass; p++) {
                        if (anchor[p] > anchor[p + 1]) {
                            swap(anchor, p);
                            swap(legs, p);
                            sign = -sign;
                        }
                    }
                }
                byAnchor[t] = new int[] {anchor[0], legs[0], legs[1], legs[2]};
            }
            Arrays.sort(byAnchor, (x, y) -> Integer.compare(x[0], y[0]));
            Map<Integer, Integer> names = new HashMap<>();
            int[][] legs = new int[byAnchor.length][];
            for (int t = 0; t < byAnchor.length; t++) {
                legs[t] = new int[3];
                for (int p = 0; p < 3; p++) {
                    legs[t][p] = -(3 * t + p + 1);
                    names.put(byAnchor[t][p + 1], legs[t][p]);
                }
            }
            int[] renamed = ends.clone();
            for (int s = 0; s < renamed.length; s++) {
                renamed[s] = names.getOrDefault(renamed[s], renamed[s]);
            }
            return new Tensors(legs, renamed, sign);
        }

        private static void swap(int[] a, int p) {
            int x = a[p];
            a[p] = a[p + 1];
            a[p + 1] = x;
        }
    }

    /** This flow's epsilon tensors with other strings and traces: the product the contractions edit. */
    private Scaled with(int[] newCols, int[][] newStrings, List<int[]> newTraces) {
        return of(rows, newCols, newStrings, newTraces, Arrays.asList(epsilons), Arrays.asList(epsilonBars));
    }

    /** The product of this flow and further traces. */
    Scaled timesTraces(int[]... extra) {
        List<int[]> all = new ArrayList<>(Arrays.asList(traces));
        all.addAll(Arrays.asList(extra));
        return with(cols, strings, all);
    }

    /** Whether this is the flow 1 (no strings, no traces, no epsilon tensors). */
    boolean isUnit() {
        return strings.length == 0 && traces.length == 0 && epsilons.length == 0 && epsilonBars.length == 0;
    }

    /** Some gluon label of this flow, or throws if it has none. */
    int anyGluon() {
        for (int[] s : strings) {
            if (s.length > 0) {
                return s[0];
            }
        }
        if (traces.length > 0) {
            return traces[0][0];
        }
        throw new IllegalStateException("flow " + this + " has no gluon");
    }

    /** The open strings as segments, conjugated ({@code (X)_{ij}^* = (X reversed)_{ji}}) if asked. */
    List<Strands.Segment> segments(boolean conjugate) {
        List<Strands.Segment> out = new ArrayList<>(strings.length);
        for (int s = 0; s < strings.length; s++) {
            out.add(conjugate
                    ? new Strands.Segment(cols[s], rows[s], reversed(strings[s]))
                    : new Strands.Segment(rows[s], cols[s], strings[s]));
        }
        return out;
    }

    /**
     * The legs of the {@code epsilon_{ijk}} tensors, or if conjugated those of the {@code epsilon^{ijk}}
     * (the conjugate of an epsilon is an epsilon-bar on the same labels, since the string ends swap).
     */
    List<int[]> epsilons(boolean conjugate) {
        return List.of(conjugate ? epsilonBars : epsilons);
    }

    /** The legs of the {@code epsilon^{ijk}} tensors, or if conjugated those of the {@code epsilon_{ijk}}. */
    List<int[]> epsilonBars(boolean conjugate) {
        return List.of(conjugate ? epsilons : epsilonBars);
    }

    /** The traces, each reversed if conjugated ({@code Tr(X)^* = Tr(X reversed)}). */
    List<int[]> traces(boolean conjugate) {
        List<int[]> out = new ArrayList<>(traces.length);
        for (int[] t : traces) {
            out.add(conjugate ? reversed(t) : t);
        }
        return out;
    }

    /**
     * Sums over the gluon label {@code g}, which must appear exactly twice, with the Fierz identity
     * {@code (T^g)_{ab} (T^g)_{cd} = 1/2 (delta_ad delta_cb - 1/Nc delta_ab delta_cd)}: the two strands
     * holding {@code g} are cut there and reconnected (first term) or closed separately (second term).
     *
     * @return the non-vanishing terms, at most two
     */
    List<Scaled> contract(int g) {
        int s1 = -1;
        int p1 = -1;
        int s2 = -1;
        int p2 = -1;
        for (int s = 0; s < strings.length + traces.length; s++) {
            int[] gl = strand(s);
            for (int p = 0; p < gl.length; p++) {
                if (gl[p] != g) {
                    continue;
                }
                if (s1 < 0) {
                    s1 = s;
                    p1 = p;
                } else if (s2 < 0) {
                    s2 = s;
                    p2 = p;
                } else {
                    throw new IllegalStateException("gluon " + g + " appears more than twice in " + this);
                }
            }
        }
        if (s2 < 0) {
            throw new IllegalStateException("gluon " + g + " is not summed in " + this);
        }
        Editor reconnected = new Editor();
        Editor separated = new Editor();
        int ns = strings.length;
        if (s1 == s2) {
            int[] gl = strand(s1);
            int[] x = slice(gl, 0, p1);
            int[] y = slice(gl, p1 + 1, p2);
            int[] z = slice(gl, p2 + 1, gl.length);
            if (s1 < ns) {
                // (X g Y g Z)_ij = 1/2 (X Z)_ij Tr(Y) - 1/(2Nc) (X Y Z)_ij
                reconnected.strings[s1] = concat(x, z);
                reconnected.traces.add(y);
                separated.strings[s1] = concat(x, y, z);
            } else {
                // Tr(g Y g W) with W = Z X: 1/2 Tr(Y) Tr(W) - 1/(2Nc) Tr(Y W)
                int[] w = concat(z, x);
                reconnected.traces.set(s1 - ns, y);
                reconnected.traces.add(w);
                separated.traces.set(s1 - ns, concat(y, w));
            }
        } else if (s2 < ns) {
            // (X g Y)_ij (Z g W)_kl = 1/2 (X W)_il (Z Y)_kj - 1/(2Nc) (X Y)_ij (Z W)_kl
            int[] a = strings[s1];
            int[] b = strings[s2];
            int[] x = slice(a, 0, p1);
            int[] y = slice(a, p1 + 1, a.length);
            int[] z = slice(b, 0, p2);
            int[] w = slice(b, p2 + 1, b.length);
            reconnected.strings[s1] = concat(x, w);
            reconnected.cols[s1] = cols[s2];
            reconnected.strings[s2] = concat(z, y);
            reconnected.cols[s2] = cols[s1];
            separated.strings[s1] = concat(x, y);
            separated.strings[s2] = concat(z, w);
        } else if (s1 < ns) {
            // (X g Y)_ij Tr(g V) = 1/2 (X V Y)_ij - 1/(2Nc) (X Y)_ij Tr(V)
            int[] a = strings[s1];
            int[] x = slice(a, 0, p1);
            int[] y = slice(a, p1 + 1, a.length);
            int[] v = afterRotation(strand(s2), p2);
            reconnected.strings[s1] = concat(x, v, y);
            reconnected.traces.set(s2 - ns, null);
            separated.strings[s1] = concat(x, y);
            separated.traces.set(s2 - ns, v);
        } else {
            // Tr(g V) Tr(g U) = 1/2 Tr(V U) - 1/(2Nc) Tr(V) Tr(U)
            int[] v = afterRotation(strand(s1), p1);
            int[] u = afterRotation(strand(s2), p2);
            reconnected.traces.set(s1 - ns, concat(v, u));
            reconnected.traces.set(s2 - ns, null);
            separated.traces.set(s1 - ns, v);
            separated.traces.set(s2 - ns, u);
        }
        List<Scaled> out = new ArrayList<>(2);
        reconnected.addTo(out, HALF);
        separated.addTo(out, MINUS_HALF_OVER_NC);
        return out;
    }

    /**
     * The same flow with its gluon labels renamed 0, 1, 2, ... in order of first appearance: a product
     * whose labels are all summed has the same value under any renaming, so this is a good memo key.
     */
    Flow relabelled() {
        Map<Integer, Integer> names = new HashMap<>();
        int[][] newStrings = new int[strings.length][];
        for (int s = 0; s < strings.length; s++) {
            newStrings[s] = rename(strings[s], names);
        }
        List<int[]> newTraces = new ArrayList<>(traces.length);
        for (int[] t : traces) {
            newTraces.add(rename(t, names));
        }
        return with(cols, newStrings, newTraces).flow();
    }

    /**
     * Replaces the generator {@code T^c} (its label must appear exactly once) by {@code T^a T^b} and
     * by {@code T^b T^a}: with {@code f^{abc} T^c = -i [T^a, T^b]} the caller weights them -i and +i.
     *
     * @return the two products, either of them {@code null} if it vanishes
     */
    Scaled[] splitGenerator(int c, int a, int b) {
        for (int s = 0; s < strings.length + traces.length; s++) {
            int[] gl = strand(s);
            for (int p = 0; p < gl.length; p++) {
                if (gl[p] == c) {
                    int[] x = slice(gl, 0, p);
                    int[] y = slice(gl, p + 1, gl.length);
                    return new Scaled[] {
                        replaced(s, concat(x, new int[] {a, b}, y)), replaced(s, concat(x, new int[] {b, a}, y))};
                }
            }
        }
        throw new IllegalStateException("gluon " + c + " does not appear in " + this);
    }

    private Scaled replaced(int strand, int[] gluons) {
        Editor e = new Editor();
        if (strand < strings.length) {
            e.strings[strand] = gluons;
        } else {
            e.traces.set(strand - strings.length, gluons);
        }
        return with(e.cols, e.strings, e.traces);
    }

    /**
     * Readable name: epsilon tensors, traces, then strings, e.g. {@code "Tr(1 2) (T3 T4)_{1,2}"} or
     * {@code "Eps(e1,e2,e3) (T4)_{1,e1} delta_{2,e2} delta_{3,e3}"}; {@code "1"} if empty.
     */
    String name() {
        if (isUnit()) {
            return "1";
        }
        StringBuilder s = new StringBuilder();
        for (int[] e : epsilons) {
            s.append(s.isEmpty() ? "" : " ").append("Eps(").append(leg(e[0])).append(',').append(leg(e[1]))
                    .append(',').append(leg(e[2])).append(')');
        }
        for (int[] e : epsilonBars) {
            s.append(s.isEmpty() ? "" : " ").append("EpsBar(").append(leg(e[0])).append(',').append(leg(e[1]))
                    .append(',').append(leg(e[2])).append(')');
        }
        for (int[] t : traces) {
            s.append(s.isEmpty() ? "" : " ").append("Tr(");
            for (int p = 0; p < t.length; p++) {
                s.append(p == 0 ? "" : " ").append(t[p]);
            }
            s.append(')');
        }
        for (int k = 0; k < strings.length; k++) {
            s.append(s.isEmpty() ? "" : " ");
            if (strings[k].length == 0) {
                s.append("delta");
            } else {
                s.append('(');
                for (int p = 0; p < strings[k].length; p++) {
                    s.append(p == 0 ? "T" : " T").append(strings[k][p]);
                }
                s.append(')');
            }
            s.append("_{").append(leg(rows[k])).append(',').append(leg(cols[k])).append('}');
        }
        return s.toString();
    }

    /** A quark label as text: an epsilon leg -n as "en". */
    private static String leg(int label) {
        return label < 0 ? "e" + -label : Integer.toString(label);
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flow other && hash == other.hash && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Flow o) {
        return Arrays.compare(key, o.key);
    }

    private int[] strand(int s) {
        return s < strings.length ? strings[s] : traces[s - strings.length];
    }

    /** A mutable copy of this flow's strands, edited by one term of {@link #contract}. */
    private final class Editor {
        final int[] cols = Flow.this.cols.clone();
        final int[][] strings = Flow.this.strings.clone();
        final List<int[]> traces = new ArrayList<>(Arrays.asList(Flow.this.traces));

        void addTo(List<Scaled> out, ComplexRational coefficient) {
            Scaled s = with(cols, strings, traces);
            if (s != null) {
                out.add(new Scaled(s.factor().times(coefficient), s.flow()));
            }
        }
    }

    private static int[] rename(int[] gluons, Map<Integer, Integer> names) {
        int[] out = new int[gluons.length];
        for (int p = 0; p < gluons.length; p++) {
            out[p] = names.computeIfAbsent(gluons[p], g -> names.size());
        }
        return out;
    }

    /** The rest of a cyclic trace read from just after position p round to just before it. */
    private static int[] afterRotation(int[] trace, int p) {
        return concat(slice(trace, p + 1, trace.length), slice(trace, 0, p));
    }

    private static int[] smallestRotation(int[] t) {
        int n = t.length;
        int best = 0;
        for (int r = 1; r < n; r++) {
            for (int k = 0; k < n; k++) {
                int a = t[(r + k) % n];
                int b = t[(best + k) % n];
                if (a != b) {
                    if (a < b) {
                        best = r;
                    }
                    break;
                }
            }
        }
        if (best == 0) {
            return t;
        }
        return concat(slice(t, best, n), slice(t, 0, best));
    }

    static int[] reversed(int[] a) {
        int[] out = new int[a.length];
        for (int p = 0; p < a.length; p++) {
            out[p] = a[a.length - 1 - p];
        }
        return out;
    }

    private static int[] slice(int[] a, int from, int to) {
        return from >= to ? NONE : Arrays.copyOfRange(a, from, to);
    }

    static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
