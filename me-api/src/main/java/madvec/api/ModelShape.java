package madvec.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import madvec.model.ParamCard;

/**
 * The card values that were zero when a process was compiled and are not free. A zero coupling
 * prunes vertices and a zero mass makes a particle massless, so a point that makes one of them
 * non-zero needs another program: it is refused, with the way to declare the parameter free.
 */
final class ModelShape {
    private final Set<String> zeros;

    private ModelShape(Set<String> zeros) {
        this.zeros = zeros;
    }

    static ModelShape of(ParamCard card, Set<String> free) {
        List<String> zeros = new ArrayList<>();
        for (Map.Entry<String, Double> e : card.values().entrySet()) {
            if (e.getValue() == 0.0 && !free.contains(e.getKey())) {
                zeros.add(e.getKey());
            }
        }
        return new ModelShape(Set.copyOf(zeros));
    }

    /**
     * @throws IllegalArgumentException when an override makes a compiled-away zero non-zero
     */
    void check(String process, Map<String, Double> overrides) {
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (e.getValue() != 0.0 && zeros.contains(e.getKey())) {
                throw new IllegalArgumentException("cannot set " + e.getKey() + " = " + e.getValue() + " for " + process
                        + ": it was 0 when the process was compiled, which prunes the vertices it switches on and"
                        + " makes particles massless; declare it free when building (MatrixElement.builder(...)"
                        + ".free(\"" + e.getKey() + "\"), or --free " + e.getKey() + " on the command line)");
            }
        }
    }
}
