package madvec.api.lhe;

import java.util.regex.Pattern;

/** Number parsing and printing for LHE lines: strict on input, round-trip exact on output. */
final class LheNumbers {
    /**
     * A plain decimal, with an optional E or Fortran D exponent. Stricter than Double.parseDouble, which
     * would also take NaN, Infinity, hex floats and a trailing 'd' or 'f'.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");

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
        int fortran = decimalEnd(token);
        if (fortran < 0) return null;
        double x = Double.parseDouble(fortran == 0 ? token : token.replace('d', 'e').replace('D', 'e'));
        return Double.isFinite(x) ? x : null;
    }

    /**
     * Checks the token against {@link #DECIMAL} by hand (a regex match per number is most of the parse
     * time of a large file).
     *
     * @return -1 when it is not a decimal, 1 when it has a Fortran D exponent, 0 otherwise
     */
    static int decimalEnd(String t) {
        int i = 0, n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
        int intDigits = 0, fracDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            intDigits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) return -1;
        if (i == n) return 0;
        char e = t.charAt(i);
        if (e != 'e' && e != 'E' && e != 'd' && e != 'D') return -1;
        i++;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
        int expDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            expDigits++;
        }
        if (expDigits == 0 || i != n) return -1;
        return e == 'd' || e == 'D' ? 1 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the integer, or null when the token is not one (MadGraph never writes "1.0" for an int) */
    static Integer parseInt(String token) {
        int n = token.length(), i = 0;
        if (n > 0 && (token.charAt(0) == '+' || token.charAt(0) == '-')) i++;
        if (n == i || n - i > 10) return null;
        for (int k = i; k < n; k++) if (!isDigit(token.charAt(k))) return null;
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
        // s is "ddd.ddd" or "d.dddE[-]xx": collect its significant digits and the decimal exponent
        char[] digits = new char[20];
        int nd = 0, dot = -1, exponent = 0, len = s.length(), lead = -1;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dot = nd;
            } else if (c == 'E') {
                exponent = Integer.parseInt(s, i + 1, len, 10);
                break;
            } else {
                if (lead < 0 && c != '0') lead = nd;
                if (nd < digits.length) digits[nd] = c;
                nd++;
            }
        }
        // value = 0.digits x 10^(dot + exponent); normalise to one digit before the point
        exponent += dot - lead - 1;
        sb.append(digits[lead]).append('.');
        for (int i = 1; i < 17; i++) sb.append(lead + i < nd && lead + i < digits.length ? digits[lead + i] : '0');
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
