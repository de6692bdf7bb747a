package madvec.reweight;

import java.util.Map;

/**
 * One new parameter point of a reweight card: one new weight per event.
 *
 * @param id the weight id, as written in {@code <wgt id='...'>} ({@code rwgt_1}, or the launch's
 *     {@code --rwgt_name}, with {@code _0}, {@code _1}, ... for the values of a scan)
 * @param description the text of the {@code <weight>} entry in {@code <initrwgt>}: MadGraph's card
 *     difference ({@code set param_card mass 6 1.800000e+02 # orig: 1.730000e+02}, one line per
 *     parameter) or the launch's {@code --rwgt_info}
 * @param values the parameters that differ from the original card, {@code block.id} to value, in card order
 */
public record ReweightPoint(String id, String description, Map<String, Double> values) {
    /** Copies the map, so that the record is immutable. */
    public ReweightPoint {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
