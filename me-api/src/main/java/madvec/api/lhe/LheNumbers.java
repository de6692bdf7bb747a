package madvec.api.lhe;

import java.nio.charset.StandardCharsets;

/** Number parsing and printing for LHE lines: strict on input, round-trip exact on output. */
final class LheNumbers {
    private LheNumbers() {}

    /** The blank-separated tokens of a line as strings (the header's lines; events use {@link #split}). */
    static String[] tokens(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int[] b = new int[32];
        int n = split(bytes, 0, bytes.length, b);
        if (2 * n > b.length) {
            b = new int[2 * n];
            split(bytes, 0, bytes.length, b);
        }
        String[] out = new String[n];
        for (int t = 0; t < n; t++) out[t] = new String(bytes, b[2 * t], b[2 * t + 1] - b[2 * t], StandardCharsets.UTF_8);
        return out;
    }

    /**
     * The blank-separated tokens of the ASCII line {@code s[from, to)} as bounds: token t is
     * {@code s[b[2t], b[2t+1])}. Tokens beyond the room in {@code b} are counted, not stored.
     *
     * @return the number of tokens
     */
    static int split(byte[] s, int from, int to, int[] b) {
        int n = 0, i = from, room = b.length / 2;
        while (i < to) {
            while (i < to && blank(s[i])) i++;
            if (i == to) break;
            int start = i;
            while (i < to && !blank(s[i])) i++;
            if (n < room) {
                b[2 * n] = start;
                b[2 * n + 1] = i;
            }
            n++;
        }
        return n;
    }

    /**
     * Character.isWhitespace for the byte's ASCII character: blank, tab, line feed, vertical tab, form
     * feed, carriage return and the four separators. A byte of a multi-byte UTF-8 character is not blank,
     * so such a character in a number line fails as a number, with the line in the message.
     */
    static boolean blank(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

    /** @return the number, or null when the token is not a finite decimal */
    static Double parseDouble(String token) {
        byte[] b = token.getBytes(StandardCharsets.UTF_8);
        double x = number(b, 0, b.length);
        return Double.isNaN(x) ? null : x;
    }

    /** @return the integer, or null when the token is not one (MadGraph never writes "1.0" for an int) */
    static Integer parseInt(String token) {
        byte[] b = token.getBytes(StandardCharsets.UTF_8);
        long v = integer(b, 0, b.length);
        return v == NOT_AN_INT ? null : (int) v;
    }

    /** What {@link #integer} returns for a token that is not an int. */
    static final long NOT_AN_INT = Long.MIN_VALUE;

    /** Exact powers of ten as doubles: 10^22 is the largest that a double holds exactly. */
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }

    /**
     * The decimal {@code s[from, to)}: a sign, digits with at most one point, and an optional E or
     * Fortran D exponent (stricter than Double.parseDouble, which also takes NaN, Infinity, hex floats
     * and a trailing 'd' or 'f'), checked and converted in one pass without a substring. With at most 15
     * significant digits and a power of ten up to 22 (Clinger's fast path) the mantissa is an exact
     * double and one multiplication or division is correctly rounded, so the result equals
     * Double.parseDouble's; MadGraph prints 11 digits, so its files never take the slow path.
     *
     * @return the value, or NaN when the token is not a finite decimal
     */
    static double number(byte[] s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        long mantissa = 0;
        int digits = 0, scale = 0, intDigits = 0, fracDigits = 0;
        for (; i < to; i++) {
            byte c = s[i];
            if (c < '0' || c > '9') break;
            intDigits++;
            if (mantissa == 0 && c == '0') continue;
            digits++;
            if (digits <= 18) mantissa = 10 * mantissa + (c - '0');
            else scale++;
        }
        if (i < to && s[i] == '.') {
            for (i++; i < to; i++) {
                byte c = s[i];
                if (c < '0' || c > '9') break;
                fracDigits++;
                if (mantissa == 0 && c == '0') {
                    scale--;
                    continue;
                }
                digits++;
                if (digits <= 18) {
                    mantissa = 10 * mantissa + (c - '0');
                    scale--;
                }
            }
        }
        if (intDigits == 0 && fracDigits == 0) return Double.NaN;
        boolean fortran = false;
        if (i < to) {
            byte e = s[i++];
            if (e != 'e' && e != 'E' && e != 'd' && e != 'D') return Double.NaN;
            fortran = e == 'd' || e == 'D';
            boolean negExp = false;
            if (i < to && (s[i] == '+' || s[i] == '-')) negExp = s[i++] == '-';
            if (i == to) return Double.NaN;
            int exponent = 0;
            for (; i < to; i++) {
                byte c = s[i];
                if (c < '0' || c > '9') return Double.NaN;
                if (exponent < 100_000) exponent = 10 * exponent + (c - '0');
            }
            scale += negExp ? -exponent : exponent;
        }
        double v;
        if (mantissa == 0) {
            v = 0;
        } else if (digits <= 15 && scale >= 0 && scale < POWERS.length) {
            v = mantissa * POWERS[scale];
        } else if (digits <= 15 && scale < 0 && -scale < POWERS.length) {
            v = mantissa / POWERS[-scale];
        } else if (digits <= 18 && Math.abs(scale) < POWERS.length
                && !Double.isNaN(v = scale >= 0 ? product(mantissa, POWERS[scale]) : quotient(mantissa, POWERS[-scale]))) {
            // 16 to 18 digits (what a round-trip printer writes): exact arithmetic in two doubles
        } else {
            // the JDK's parser, on the whole token, sign included
            String t = new String(s, from, to - from, StandardCharsets.ISO_8859_1);
            v = Double.parseDouble(fortran ? t.replace('d', 'e').replace('D', 'e') : t);
            return Double.isFinite(v) ? v : Double.NaN;
        }
        return negative ? -v : v;
    }

    /**
     * m x p correctly rounded, for m below 10^18 and p an exact power of ten: m as two doubles (hi + lo,
     * exact), the product's rounding error by fma, so that the only rounding left is the last sum's.
     *
     * @return the value, or NaN when the exact value lies too near a rounding boundary to be sure
     */
    private static double product(long m, double p) {
        double hi = m, lo = m - (long) hi;
        double x = hi * p;
        double tail = Math.fma(hi, p, -x) + lo * p;
        return rounded(x, tail);
    }

    /** m / p correctly rounded, as {@link #product}: the quotient's remainder by fma. */
    private static double quotient(long m, double p) {
        double hi = m, lo = m - (long) hi;
        double q = hi / p;
        double tail = (Math.fma(-q, p, hi) + lo) / p;
        return rounded(q, tail);
    }

    /**
     * x + tail rounded once, where tail is known to about 2^-45 of an ulp of the sum: NaN when the
     * rounding error of the sum is within 2^-30 ulp of half an ulp (the exact value could then round
     * either way), or when the sum is a power of two (whose lower neighbour is half as far).
     */
    private static double rounded(double x, double tail) {
        double v = x + tail;
        double error = (x - v) + tail;
        double half = 0.5 * Math.ulp(v);
        if (Math.abs(Math.abs(error) - half) <= 0x1p-30 * half * 2 || v == Math.scalb(1.0, Math.getExponent(v))
                || !Double.isFinite(v) || Math.abs(x) < Math.abs(tail)) {
            return Double.NaN;
        }
        return v;
    }

    /**
     * The int {@code s[from, to)}: a sign and at most 10 digits in int range.
     *
     * @return the value, or {@link #NOT_AN_INT}
     */
    static long integer(byte[] s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        if (i == to || to - i > 10) return NOT_AN_INT;
        long v = 0;
        for (; i < to; i++) {
            byte c = s[i];
            if (c < '0' || c > '9') return NOT_AN_INT;
            v = 10 * v + (c - '0');
        }
        v = negative ? -v : v;
        return v == (int) v ? v : NOT_AN_INT;
    }

    /** The most bytes {@link #formatDouble} writes: sign, 17 digits, point, e, exponent sign and 3 digits. */
    static final int MAX_NUMBER_BYTES = 24;

    /**
     * Appends {@code x} as Fortran-like {@code +d.dddddddddde+XX}: MadGraph's 11 significant digits, or
     * up to 17 when the value needs more to read back as the same double (see {@link #formatDouble}).
     */
    static StringBuilder appendDouble(StringBuilder sb, double x) {
        byte[] b = new byte[MAX_NUMBER_BYTES];
        int n = formatDouble(x, b, 0);
        for (int i = 0; i < n; i++) sb.append((char) b[i]);
        return sb;
    }

    /**
     * Writes {@code x} as ASCII {@code +d.dddddddddde+XX} into {@code dst} from {@code at} (room for
     * {@link #MAX_NUMBER_BYTES} needed): MadGraph's 11 significant digits, or up to 17 when the value needs
     * more to read back as the same double. Built from Double.toString's shortest digits, which are exact,
     * so padding them with zeros changes nothing; a value read from a MadGraph file is written back with
     * its own digits. String.format would be ten times slower.
     *
     * @return the index after the last byte written
     */
    static int formatDouble(double x, byte[] dst, int at) {
        int o = at;
        dst[o++] = (byte) (x < 0 || (x == 0 && 1 / x < 0) ? '-' : '+');
        double a = Math.abs(x);
        if (a == 0) {
            for (int i = 0; i < ZERO.length; i++) dst[o++] = ZERO[i];
            return o;
        }
        String s = Double.toString(a);
        // s is "ddd.ddd" or "d.dddE[-]xx": collect its significant digits and the decimal exponent
        byte[] digits = new byte[20];
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
                if (nd < digits.length) digits[nd] = (byte) c;
                nd++;
            }
        }
        // value = 0.digits x 10^(dot + exponent); normalise to one digit before the point
        exponent += dot - lead - 1;
        dst[o++] = digits[lead];
        dst[o++] = '.';
        // MadGraph's 11 significant digits, more only when the value needs them to read back exactly
        int significant = nd;
        while (significant > lead + 1 && digits[Math.min(significant, digits.length) - 1] == '0') significant--;
        int width = Math.max(11, Math.min(17, significant - lead));
        for (int i = 1; i < width; i++) dst[o++] = lead + i < nd && lead + i < digits.length ? digits[lead + i] : (byte) '0';
        dst[o++] = 'e';
        dst[o++] = (byte) (exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e >= 100) dst[o++] = (byte) ('0' + e / 100);
        dst[o++] = (byte) ('0' + e / 10 % 10);
        dst[o++] = (byte) ('0' + e % 10);
        return o;
    }

    private static final byte[] ZERO = "0.0000000000e+00".getBytes(StandardCharsets.US_ASCII);

    /** Appends {@code v} right-aligned in {@code width} columns, as Fortran's I format does. */
    static StringBuilder appendInt(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) sb.append(' ');
        return sb.append(s);
    }
}
