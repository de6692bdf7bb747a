package madvec.api.lhe;

import java.util.regex.Pattern;

/** Number parsing and printing for LHE lines: strict on input, round-trip exact on output. */
final class LheNumbers {
    /**
     * A plain decimal, with an optional E or Fortran D exponent. Stricter than Double.parseDouble, which
     * would also take NaN, Infinity, hex floats and a trailing 'd' or 'f'.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");

    private LheNumbers() {}

    /** Splits a line at blanks; faster than a regex split on the hot path. */
    static String[] tokens(String line) {
        int n = 0, len = line.length();
        String[] out = new String[16];
        int i = 0;
        while (i < len) {
            while (i < len && Character.isWhitespace(line.charAt(i))) i++;
            if (i == len) break;
            int start = i;
            while (i < len && !Character.isWhitespace(line.charAt(i))) i++;
            if (n == out.length) out = java.util.Arrays.copyOf(out, 2 * n);
            out[n++] = line.substring(start, i);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** @return the number, or null when the token is not a finite decimal */
    static Double parseDouble(String token) {
        if (!DECIMAL.matcher(token).matches()) return null;
        double x = Double.parseDouble(token.replace('d', 'e').replace('D', 'e'));
        return Double.isFinite(x) ? x : null;
    }

    /** @return the integer, or null when the token is not one (MadGraph never writes "1.0" for an int) */
    static Integer parseInt(String token) {
        if (!INTEGER.matcher(token).matches()) return null;
        long v = Long.parseLong(token);
        return v == (int) v ? (int) v : null;
    }

    /**
     * Appends {@code x} as Fortran-like {@code +d.dddddddddddddddde+XX}: 17 significant digits, enough to
     * read back the same double. Built from Double.toString's shortest digits, which are exact, so padding
     * them with zeros changes nothing; String.format would be ten times slower on a large file.
     */
    static StringBuilder appendDouble(StringBuilder sb, double x) {
        sb.append(x < 0 || (x == 0 && 1 / x < 0) ? '-' : '+');
        double a = Math.abs(x);
        if (a == 0) return sb.append("0.0000000000000000e+00");
        String s = Double.toString(a);
        int ePos = s.indexOf('E');
        String mantissa = ePos < 0 ? s : s.substring(0, ePos);
        int exponent = ePos < 0 ? 0 : Integer.parseInt(s.substring(ePos + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int lead = 0;
        while (digits.charAt(lead) == '0') lead++;
        // value = 0.digits x 10^(dot + exponent); normalise to one digit before the point
        exponent += dot - lead - 1;
        digits = digits.substring(lead);
        sb.append(digits.charAt(0)).append('.');
        for (int i = 1; i < 17; i++) sb.append(i < digits.length() ? digits.charAt(i) : '0');
        sb.append(exponent < 0 ? "e-" : "e+");
        int e = Math.abs(exponent);
        if (e < 10) sb.append('0');
        return sb.append(e);
    }

    /** Appends {@code v} right-aligned in {@code width} columns, as Fortran's I format does. */
    static StringBuilder appendInt(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) sb.append(' ');
        return sb.append(s);
    }
}
