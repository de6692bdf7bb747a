package madvec.ufo;

import java.util.Map;

/**
 * A UFO {@code Coupling}: a named formula over parameters and its coupling orders.
 *
 * @param name the UFO name ({@code GC_11})
 * @param expression the formula as written
 * @param orders coupling orders ({@code QCD -> 1})
 * @param line the line of its definition in {@code couplings.py}
 */
public record UfoCoupling(String name, String expression, Map<String, Integer> orders, int line) {
    public UfoCoupling {
        orders = Map.copyOf(orders);
    }
}
