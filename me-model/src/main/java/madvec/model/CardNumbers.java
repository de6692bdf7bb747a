package madvec.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strict number syntax for SLHA cards. {@link Double#parseDouble} alone is too lenient for input
 * files: it accepts {@code 1.0d}, {@code 0x1p3}, {@code NaN} and {@code Infinity}, so tokens are
 * matched against the plain decimal syntax first (Fortran's {@code D} exponent included, since
 * Fortran programs write cards too).
 */
final class CardNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private CardNumbers() {
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

    /** The value of a token that {@link #isDecimal} accepted; may overflow to an infinity. */
    static double parse(String token) {
        return Double.parseDouble(token.replace('d', 'e').replace('D', 'e'));
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
