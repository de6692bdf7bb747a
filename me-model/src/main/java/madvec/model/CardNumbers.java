package madvec.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one number syntax of madvec's inputs: parameter cards, momenta tables and command-line option
 * values all go through {@link #parse}, so that a number that reads in one place reads everywhere.
 *
 * <p>The syntax is a plain decimal with an optional exponent: {@code 173}, {@code -1.5e-3}, {@code .5},
 * {@code 1E3}, and Fortran's {@code D} exponent ({@code 1.0D3}), since Fortran programs write cards and
 * event files too. {@link Double#parseDouble} alone is too lenient for input files: it accepts
 * {@code 173d}, {@code 173f}, {@code 0x1p10}, {@code NaN} and {@code Infinity}, none of which is refused
 * here by accident: each is a number in Java source, not in a physics input.
 */
public final class CardNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private CardNumbers() {
    }

    /**
     * The value of {@code token} in the strict syntax.
     *
     * @throws NumberFormatException when the token is not a decimal number, spells NaN or an infinity,
     *     or overflows; the message says which in words and quotes the token, e.g.
     *     {@code "'0x1p3' is not a number: expected a decimal like 1.73e+02"}
     */
    public static double parse(String token) {
        if (isNonFinite(token)) {
            throw new NumberFormatException("'" + token + "': NaN and infinities are not allowed, expected a finite number");
        }
        if (!isDecimal(token)) {
            throw new NumberFormatException("'" + token + "' is not a number: expected a decimal like 1.73e+02");
        }
        double v = Double.parseDouble(token.replace('d', 'e').replace('D', 'e'));
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("'" + token + "' overflows: numbers must stay below 1.8e308 in magnitude");
        }
        return v;
    }

    /**
     * The value of {@code token} as a decimal integer (no exponent, no fraction).
     *
     * @throws NumberFormatException with a message in words when it is not one or is out of range
     */
    public static long parseInteger(String token) {
        if (!isInteger(token)) {
            throw new NumberFormatException("'" + token + "' is not an integer");
        }
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + token + "' overflows: integers must stay below 9.2e18 in magnitude");
        }
    }

    /** Whether the token is written as a decimal number (finite or not is checked by {@link #parse}). */
    static boolean isDecimal(String token) {
        return DECIMAL.matcher(token).matches();
    }

    /** Whether the token spells NaN or an infinity. */
    static boolean isNonFinite(String token) {
        return NON_FINITE.matcher(token).matches();
    }

    /** Whether the token is a decimal integer (range not checked). */
    static boolean isInteger(String token) {
        return INTEGER.matcher(token).matches();
    }

    /**
     * Shortest decimal that reads back as exactly {@code v}, in the {@code d.ddde+XX} layout of
     * MadGraph's cards: {@link Double#toString} gives the shortest round-tripping digits, and
     * re-exponenting them does not change the value they denote.
     */
    static String format(double v) {
        if (v == 0.0) {
            return Double.doubleToRawLongBits(v) < 0 ? "-0.0e+00" : "0.0e+00";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        return String.format(Locale.ROOT, "%s%se%s%02d", v < 0 ? "-" : "", mantissa,
                exponent < 0 ? "-" : "+", Math.abs(exponent));
    }
}
