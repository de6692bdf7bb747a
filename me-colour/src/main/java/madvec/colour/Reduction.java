package madvec.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces one colour factor exactly to a sum of flows with external indices only.
 *
 * <p>Generators and deltas are first chained into strings and traces; each leg of an epsilon tensor
 * gets a delta of its own to a fresh negative label, so that it ends a string, and pairs of an epsilon
 * and an epsilon-bar are expanded into deltas at once ({@link Strands#pairOff}). The structure constants are then
 * taken one at a time, each next to what is already expanded: an {@code f^{abc}} sharing the label c
 * with a generator on a strand becomes the commutator {@code -i [T^a, T^b]} in its place; one sharing
 * no label becomes {@code -2i [Tr(T^a T^b T^c) - Tr(T^a T^c T^b)]}. Every gluon label is summed with
 * the Fierz identity as soon as both of its ends are in place, and like terms are merged after every
 * step, which keeps the number of terms near that of the final result rather than 4^(number of f).
 */
final class Reduction {
    private static final ComplexRational MINUS_TWO_I = ComplexRational.of(0, 1, -2, 1);
    private static final ComplexRational TWO_I = ComplexRational.of(0, 1, 2, 1);
    private static final ComplexRational MINUS_I = ComplexRational.I.negate();

    private Reduction() { }

    /**
     * The exact decomposition of a factor.
     *
     * @param factor the factor to reduce
     * @return non-zero coefficients of canonical flows, in a deterministic order
     */
    static Map<Flow, ComplexRational> reduce(ColourFactor factor) {
        List<Strands.Segment> segments = new ArrayList<>();
        List<Atom.StructureConstant> structureConstants = new ArrayList<>();
        List<int[]> epsilons = new ArrayList<>();
        List<int[]> epsilonBars = new ArrayList<>();
        Map<Integer, Integer> placed = new HashMap<>();
        int leg = 0;
        for (Atom atom : factor.atoms()) {
            switch (atom) {
                case Atom.Generator t -> {
                    segments.add(new Strands.Segment(t.row(), t.col(), new int[] {t.gluon()}));
                    placed.merge(t.gluon(), 1, Integer::sum);
                }
                case Atom.Delta d -> segments.add(new Strands.Segment(d.row(), d.col(), new int[0]));
                case Atom.StructureConstant f -> structureConstants.add(f);
                case Atom.Epsilon e -> {
                    int[] legs = {--leg, --leg, --leg};
                    segments.add(new Strands.Segment(e.i(), legs[0], new int[0]));
                    segments.add(new Strands.Segment(e.j(), legs[1], new int[0]));
                    segments.add(new Strands.Segment(e.k(), legs[2], new int[0]));
                    epsilons.add(legs);
                }
                case Atom.EpsilonBar e -> {
                    int[] legs = {--leg, --leg, --leg};
                    segments.add(new Strands.Segment(legs[0], e.i(), new int[0]));
                    segments.add(new Strands.Segment(legs[1], e.j(), new int[0]));
                    segments.add(new Strands.Segment(legs[2], e.k(), new int[0]));
                    epsilonBars.add(legs);
                }
            }
        }
        Map<Flow, ComplexRational> sum = new LinkedHashMap<>();
        if (factor.coefficient().isZero()) {
            return sum;
        }
        for (Strands.Paired term : Strands.pairOff(segments, epsilons, epsilonBars)) {
            Flow.Scaled start = Strands.join(term.segments(), List.of(), term.epsilons(), term.epsilonBars());
            add(sum, start, factor.coefficient().times(ComplexRational.of(term.sign(), 1)));
        }
        for (Map.Entry<Integer, Integer> e : placed.entrySet()) {
            if (e.getValue() == 2) {
                sum = contract(sum, e.getKey());
            }
        }
        while (!structureConstants.isEmpty() && !sum.isEmpty()) {
            Atom.StructureConstant f = structureConstants.remove(mostConnected(structureConstants, placed));
            int[] abc = {f.a(), f.b(), f.c()};
            int[] fresh = abc;
            boolean split = false;
            for (int r = 0; r < 3; r++) {
                int c = abc[(r + 2) % 3];
                if (placed.getOrDefault(c, 0) == 1) {
                    // f^{abc} is cyclic, so any label already on a strand can play c
                    int a = abc[r];
                    int b = abc[(r + 1) % 3];
                    sum = commutator(sum, c, a, b);
                    placed.put(c, 2);
                    fresh = new int[] {a, b};
                    split = true;
                    break;
                }
            }
            if (!split) {
                sum = expand(sum, f);
            }
            for (int g : fresh) {
                // f(a,a,b) puts a twice at once: sum it only once
                if (placed.merge(g, 1, Integer::sum) == 2) {
                    sum = contract(sum, g);
                }
            }
        }
        return sum;
    }

    /** Sums over c, already on a strand, with {@code f^{abc} T^c = -i [T^a, T^b]}: no Fierz step needed. */
    private static Map<Flow, ComplexRational> commutator(Map<Flow, ComplexRational> sum, int c, int a, int b) {
        Map<Flow, ComplexRational> out = new LinkedHashMap<>();
        for (Map.Entry<Flow, ComplexRational> e : sum.entrySet()) {
            Flow.Scaled[] split = e.getKey().splitGenerator(c, a, b);
            add(out, split[0], e.getValue().times(MINUS_I));
            add(out, split[1], e.getValue().times(ComplexRational.I));
        }
        return out;
    }

    /** Index of the structure constant sharing most labels with what is already expanded. */
    private static int mostConnected(List<Atom.StructureConstant> candidates, Map<Integer, Integer> placed) {
        int best = 0;
        int bestLinks = -1;
        for (int k = 0; k < candidates.size(); k++) {
            Atom.StructureConstant f = candidates.get(k);
            int links = placed.getOrDefault(f.a(), 0) + placed.getOrDefault(f.b(), 0) + placed.getOrDefault(f.c(), 0);
            if (links > bestLinks) {
                best = k;
                bestLinks = links;
            }
        }
        return best;
    }

    private static Map<Flow, ComplexRational> expand(Map<Flow, ComplexRational> sum, Atom.StructureConstant f) {
        int[] abc = {f.a(), f.b(), f.c()};
        int[] acb = {f.a(), f.c(), f.b()};
        Map<Flow, ComplexRational> out = new LinkedHashMap<>();
        for (Map.Entry<Flow, ComplexRational> e : sum.entrySet()) {
            add(out, e.getKey().timesTraces(abc), e.getValue().times(MINUS_TWO_I));
            add(out, e.getKey().timesTraces(acb), e.getValue().times(TWO_I));
        }
        return out;
    }

    private static Map<Flow, ComplexRational> contract(Map<Flow, ComplexRational> sum, int gluon) {
        Map<Flow, ComplexRational> out = new LinkedHashMap<>();
        for (Map.Entry<Flow, ComplexRational> e : sum.entrySet()) {
            for (Flow.Scaled s : e.getKey().contract(gluon)) {
                add(out, s, e.getValue());
            }
        }
        return out;
    }

    /** Adds {@code coefficient * scaled} to the sum, dropping a flow whose coefficient cancels to zero. */
    static void add(Map<Flow, ComplexRational> sum, Flow.Scaled scaled, ComplexRational coefficient) {
        if (scaled == null) {
            return;
        }
        ComplexRational c = coefficient.times(scaled.factor());
        ComplexRational total = sum.containsKey(scaled.flow()) ? sum.get(scaled.flow()).plus(c) : c;
        if (total.isZero()) {
            sum.remove(scaled.flow());
        } else {
            sum.put(scaled.flow(), total);
        }
    }
}
