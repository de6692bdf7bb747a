package madvec.cli;

import java.util.Locale;

/**
 * Writes doubles as {@code %.16e} does (17 significant digits, e.g. {@code 1.2345600000000000e+05}),
 * about three times faster.
 *
 * <p>Why this is exact: Java's {@code Formatter} builds {@code %e} from the shortest decimal that
 * reads back to the same double (at most 17 significant digits, the digits of
 * {@link Double#toString}) and pads it with zeros; it does not expand the binary value further. So
 * the shortest digits, re-arranged into scientific notation and padded to 17, are exactly its output.
 * A test compares the two on many doubles. Why bother: {@code madvec sample} writes 20 or more numbers
 * per event, and at 10 million events {@code String.format} alone took over a minute.
 */
final class SampleNumberFormat {
    private static final int DIGITS = 17;

    private SampleNumberFormat() {}

    /** Appends {@code v} in the form of {@code String.format(Locale.ROOT, "%.16e", v)}. */
    static void append(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            sb.append(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
            return;
        }
        String s = Double.toString(v);
        int i = 0;
        if (s.charAt(0) == '-') {
            sb.append('-');
            i = 1;
        }
        if (v == 0.0) {
            sb.append("0.0000000000000000e+00");
            return;
        }
        // Double.toString writes d.ddd, ddd.ddd or d.dddE[-]x: collect the digits, where the point is
        // (digits before it) and the exponent.
        char[] digits = new char[24];
        int count = 0, beforePoint = -1, exponent = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                beforePoint = count;
            } else if (c == 'E') {
                exponent = Integer.parseInt(s, i + 1, s.length(), 10);
                break;
            } else {
                digits[count++] = c;
            }
        }
        int first = 0;
        while (digits[first] == '0') first++;
        int last = count;
        while (last > first + 1 && digits[last - 1] == '0') last--;
        if (last - first > DIGITS) {
            // Never expected (the shortest form has at most 17 significant digits); stay correct anyway.
            sb.append(String.format(Locale.ROOT, "%.16e", Math.abs(v)));
            return;
        }
        int decimalExponent = beforePoint - first - 1 + exponent;
        sb.append(digits[first]).append('.');
        sb.append(digits, first + 1, last - first - 1);
        for (int pad = last - first; pad < DIGITS; pad++) sb.append('0');
        sb.append(decimalExponent < 0 ? "e-" : "e+");
        int magnitude = Math.abs(decimalExponent);
        if (magnitude < 10) {
            sb.append('0');
        }
        sb.append(magnitude);
    }

    /** {@code v} as {@link #append} writes it. */
    static String format(double v) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v);
        return sb.toString();
    }
}
