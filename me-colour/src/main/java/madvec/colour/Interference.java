package madvec.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums {@code conj(A) B} over all colour indices for pairs of flows with the same external indices.
 *
 * <p>Conjugation reverses every string and trace; the product then has every index summed, its strings
 * close into traces, and repeated Fierz contractions reduce it to a number. Those closed products
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
        segments.addAll(left.segments(true));
        List<int[]> traces = new ArrayList<>(right.traces(false));
        traces.addAll(left.traces(true));
        Flow.Scaled closed = Strands.join(segments, traces);
        if (closed == null) {
            return ComplexRational.ZERO;
        }
        return closed.factor().times(value(closed.flow()));
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
