package madvec.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums {@code conj(A) B} over all colour indices for pairs of flows with the same external indices.
 *
 * <p>Conjugation reverses every string and trace and turns each epsilon into an epsilon-bar; the product
 * then has every index summed, its epsilon tensors pair off into deltas, its strings close into traces,
 * and repeated Fierz contractions reduce it to a number. Those closed products
 * recur constantly (as sub-products of different pairs, and under renaming of the summed labels), so
 * their values are memoised under a relabelled canonical key. One instance serves one matrix and is
 * not thread-safe.
 */
final class Interference {
    private final Map<Flow, ComplexRational> memo = new HashMap<>();

    /**
     * The colour sum {@code sum over all indices of conj(left) right}.
     *
     * @param left the conjugated flow
     * @param right the other flow
     * @return the exact value
     */
    ComplexRational of(Flow left, Flow right) {
        List<Strands.Segment> segments = new ArrayList<>(right.segments(false));
        for (Strands.Segment s : left.segments(true)) {
            segments.add(new Strands.Segment(apart(s.row()), apart(s.col()), s.gluons()));
        }
        List<int[]> traces = new ArrayList<>(right.traces(false));
        traces.addAll(left.traces(true));
        List<int[]> epsilons = new ArrayList<>(right.epsilons(false));
        left.epsilons(true).forEach(e -> epsilons.add(apart(e)));
        List<int[]> epsilonBars = new ArrayList<>(right.epsilonBars(false));
        left.epsilonBars(true).forEach(e -> epsilonBars.add(apart(e)));
        if (epsilons.size() != epsilonBars.size()) {
            throw new IllegalArgumentException("flows " + left + " and " + right + " have different external indices");
        }
        ComplexRational total = ComplexRational.ZERO;
        for (Strands.Paired term : Strands.pairOff(segments, epsilons, epsilonBars)) {
            Flow.Scaled closed = Strands.join(term.segments(), traces);
            if (closed != null) {
                total = total.plus(closed.factor().times(value(closed.flow())).times(ComplexRational.of(term.sign(), 1)));
            }
        }
        return total;
    }

    // Both flows name their epsilon legs -1, -2, ...: the conjugated one's are moved out of the way.
    private static final int APART = 1 << 20;

    private static int apart(int label) {
        return label < 0 ? label - APART : label;
    }

    private static int[] apart(int[] legs) {
        return new int[] {apart(legs[0]), apart(legs[1]), apart(legs[2])};
    }

    /** Value of a product of traces in which every gluon label appears twice. */
    private ComplexRational value(Flow closed) {
        if (closed.isUnit()) {
            return ComplexRational.ONE;
        }
        Flow key = closed.relabelled();
        ComplexRational known = memo.get(key);
        if (known != null) {
            return known;
        }
        ComplexRational total = ComplexRational.ZERO;
        for (Flow.Scaled term : key.contract(key.anyGluon())) {
            total = total.plus(term.factor().times(value(term.flow())));
        }
        memo.put(key, total);
        return total;
    }
}
