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
        double x = fastDecimal(token);
        if (Double.isNaN(x)) x = Double.parseDouble(fortran == 0 ? token : token.replace('d', 'e').replace('D', 'e'));
        return Double.isFinite(x) ? x : null;
    }

    /** Exact powers of ten as doubles: 10^22 is the largest that a double holds exactly. */
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }

    /**
     * Clinger's fast path for a token already checked by {@link #decimalEnd}: with at most 15
     * significant digits the mantissa is an exact double, and one multiplication or division by an
     * exact power of ten is correctly rounded, so the result equals Double.parseDouble's. MadGraph
     * prints 11 digits, so its files never need the slow path.
     *
     * @return the value, or NaN when the fast path does not apply
     */
    private static double fastDecimal(String t) {
        int i = 0, n = t.length();
        boolean negative = false;
        char c0 = t.charAt(0);
        if (c0 == '+' || c0 == '-') {
            negative = c0 == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0, scale = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') break;
            if (mantissa == 0 && c == '0') {
                if (point) scale--;
                continue;
            }
            if (++digits > 15) return Double.NaN;
            mantissa = 10 * mantissa + (c - '0');
            if (point) scale--;
        }
        if (i < n) {
            i++;
            boolean negExp = false;
            if (t.charAt(i) == '+' || t.charAt(i) == '-') negExp = t.charAt(i++) == '-';
            if (n - i > 3) return Double.NaN;
            int e = 0;
            for (; i < n; i++) e = 10 * e + (t.charAt(i) - '0');
            scale += negExp ? -e : e;
        }
        double m = mantissa;
        double v;
        if (mantissa == 0) v = 0;
        else if (scale >= 0 && scale < POWERS.length) v = m * POWERS[scale];
        else if (scale < 0 && -scale < POWERS.length) v = m / POWERS[-scale];
        else return Double.NaN;
        return negative ? -v : v;
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
     * Appends {@code x} as Fortran-like {@code +d.dddddddddde+XX}: MadGraph's 11 significant digits, or
     * up to 17 when the value needs more to read back as the same double. Built from Double.toString's
     * shortest digits, which are exact, so padding them with zeros changes nothing; a value read from a
     * MadGraph file is written back with its own digits. String.format would be ten times slower.
     */
    static StringBuilder appendDouble(StringBuilder sb, double x) {
        sb.append(x < 0 || (x == 0 && 1 / x < 0) ? '-' : '+');
        double a = Math.abs(x);
        if (a == 0) return sb.append("0.0000000000e+00");
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
        // MadGraph's 11 significant digits, more only when the value needs them to read back exactly
        int significant = nd;
        while (significant > lead + 1 && digits[Math.min(significant, digits.length) - 1] == '0') significant--;
        int width = Math.max(11, Math.min(17, significant - lead));
        for (int i = 1; i < width; i++) sb.append(lead + i < nd && lead + i < digits.length ? digits[lead + i] : '0');
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
