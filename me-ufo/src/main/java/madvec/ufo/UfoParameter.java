package madvec.ufo;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A UFO {@code Parameter}: external (an SLHA card entry, {@code lhablock} and {@code lhacode}, with the
 * model's default value) or internal (a formula over other parameters).
 *
 * @param name the UFO name ({@code MT}, {@code aEWM1}, {@code cHq3})
 * @param external whether it is read from the card
 * @param complex whether its UFO type is {@code complex} (otherwise {@code real})
 * @param value the default value of an external parameter (NaN for an internal one)
 * @param expression the formula of an internal parameter as written (null for an external one)
 * @param block the SLHA block in lower case (null for an internal parameter)
 * @param code the SLHA indices (empty for an internal parameter)
 * @param line the line of its definition in {@code parameters.py}
 */
public record UfoParameter(String name, boolean external, boolean complex, double value, String expression,
        String block, List<Integer> code, int line) {
    public UfoParameter {
        code = List.copyOf(code);
    }

    /**
     * The card name of an external parameter, {@code block.index[.index]} in lower case as
     * {@link madvec.model.ParamCard} names entries ({@code mass.6}, {@code sminputs.2}, {@code nmix.1.2},
     * {@code decay.23}); null for an internal parameter.
     */
    public String cardName() {
        if (!external) {
            return null;
        }
        return block.toLowerCase(Locale.ROOT) + "."
                + code.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    /** This external parameter with another default value (a restriction card's). */
    public UfoParameter withValue(double newValue) {
        return new UfoParameter(name, external, complex, newValue, expression, block, code, line);
    }
}
