package madvec.generator;

import java.util.List;
import java.util.Locale;
import madvec.model.StandardModel;

/**
 * Whether a decay {@code parent > products} can happen on shell in a model. A decay chain keeps the
 * parent as a Breit-Wigner propagator around its pole mass, so a parent lighter than its products, or
 * one with zero width (stable in the model), would give a chain with no physical meaning.
 */
final class DecayCheck {
    private DecayCheck() {}

    /** Why the decay cannot happen, or null when it can. */
    static String problem(int parent, List<Integer> products, StandardModel model) {
        return problem(parent, products, GeneratorModel.sm(model));
    }

    static String problem(int parent, List<Integer> products, GeneratorModel model) {
        String name = model.particles().get(parent).name();
        if (model.width(parent) == 0.0) {
            return name + " is stable in this model (its width, decay." + Math.abs(parent) + ", is 0)";
        }
        // kinematic masses: a negative (Majorana) mass is a phase of the field, its particle weighs |m|
        double mass = Math.abs(model.mass(parent)), sum = 0;
        StringBuilder names = new StringBuilder();
        for (int p : products) {
            sum += Math.abs(model.mass(p));
            names.append(names.isEmpty() ? "" : " ").append(model.particles().get(p).name());
        }
        if (sum >= mass) {
            return name + " (mass " + gev(mass) + " GeV) is not heavier than " + names + " (masses adding up to "
                    + gev(sum) + " GeV)";
        }
        return null;
    }

    /** Six significant digits without trailing zeros: 91.188, 346. */
    private static String gev(double x) {
        String s = String.format(Locale.ROOT, "%.6g", x);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
