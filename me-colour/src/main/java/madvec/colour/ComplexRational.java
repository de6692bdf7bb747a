package madvec.colour;

/**
 * An exact complex rational number {@code reNum/reDen + i imNum/imDen}.
 *
 * <p>Every instance is reduced: each fraction is in lowest terms with a positive denominator, and zero
 * is {@code 0/1}. Records compare by components, so two instances are equal exactly when they denote the
 * same number. Arithmetic is exact; a result that does not fit in {@code long} numerators and
 * denominators throws {@link ArithmeticException} rather than wrapping.
 *
 * @param reNum numerator of the real part
 * @param reDen denominator of the real part, non-zero
 * @param imNum numerator of the imaginary part
 * @param imDen denominator of the imaginary part, non-zero
 */
public record ComplexRational(long reNum, long reDen, long imNum, long imDen) {

    /** The number 0. */
    public static final ComplexRational ZERO = new ComplexRational(0, 1, 0, 1);
    /** The number 1. */
    public static final ComplexRational ONE = new ComplexRational(1, 1, 0, 1);
    /** The imaginary unit. */
    public static final ComplexRational I = new ComplexRational(0, 1, 1, 1);

    /**
     * Reduces both fractions to lowest terms with positive denominators.
     *
     * @throws IllegalArgumentException if a denominator is zero
     * @throws ArithmeticException if a component is {@code Long.MIN_VALUE} and its sign must flip
     */
    public ComplexRational {
        if (reDen == 0 || imDen == 0) {
            throw new IllegalArgumentException(
                    "zero denominator in " + reNum + "/" + reDen + " + i " + imNum + "/" + imDen);
        }
        long gRe = gcd(reNum, reDen);
        long gIm = gcd(imNum, imDen);
        long sRe = reDen < 0 ? -1 : 1;
        long sIm = imDen < 0 ? -1 : 1;
        reNum = Math.multiplyExact(reNum / gRe, sRe);
        reDen = Math.multiplyExact(reDen / gRe, sRe);
        imNum = Math.multiplyExact(imNum / gIm, sIm);
        imDen = Math.multiplyExact(imDen / gIm, sIm);
    }

    /**
     * The real number {@code num/den}.
     *
     * @param num numerator
     * @param den denominator, non-zero
     * @return the reduced number
     * @throws IllegalArgumentException if {@code den} is zero
     */
    public static ComplexRational of(long num, long den) {
        return new ComplexRational(num, den, 0, 1);
    }

    /**
     * The number {@code reNum/reDen + i imNum/imDen}.
     *
     * @param reNum numerator of the real part
     * @param reDen denominator of the real part, non-zero
     * @param imNum numerator of the imaginary part
     * @param imDen denominator of the imaginary part, non-zero
     * @return the reduced number
     * @throws IllegalArgumentException if a denominator is zero
     */
    public static ComplexRational of(long reNum, long reDen, long imNum, long imDen) {
        return new ComplexRational(reNum, reDen, imNum, imDen);
    }

    /**
     * The sum {@code this + o}.
     *
     * @param o the other term
     * @return the exact sum
     * @throws ArithmeticException on {@code long} overflow
     */
    public ComplexRational plus(ComplexRational o) {
        return new ComplexRational(
                sumNumerator(reNum, reDen, o.reNum, o.reDen), sumDenominator(reDen, o.reDen),
                sumNumerator(imNum, imDen, o.imNum, o.imDen), sumDenominator(imDen, o.imDen));
    }

    /**
     * The difference {@code this - o}.
     *
     * @param o the subtrahend
     * @return the exact difference
     * @throws ArithmeticException on {@code long} overflow
     */
    public ComplexRational minus(ComplexRational o) {
        return plus(o.negate());
    }

    /**
     * The product {@code this * o}.
     *
     * @param o the other factor
     * @return the exact product
     * @throws ArithmeticException on {@code long} overflow
     */
    public ComplexRational times(ComplexRational o) {
        // (a + ib)(c + id) = (ac - bd) + i(ad + bc), each product a reduced fraction first so that
        // intermediate numerators stay as small as the result allows.
        ComplexRational ac = realProduct(reNum, reDen, o.reNum, o.reDen);
        ComplexRational bd = realProduct(imNum, imDen, o.imNum, o.imDen);
        ComplexRational ad = realProduct(reNum, reDen, o.imNum, o.imDen);
        ComplexRational bc = realProduct(imNum, imDen, o.reNum, o.reDen);
        return new ComplexRational(
                sumNumerator(ac.reNum, ac.reDen, Math.negateExact(bd.reNum), bd.reDen),
                sumDenominator(ac.reDen, bd.reDen),
                sumNumerator(ad.reNum, ad.reDen, bc.reNum, bc.reDen),
                sumDenominator(ad.reDen, bc.reDen));
    }

    /**
     * The negation {@code -this}.
     *
     * @return the exact negation
     * @throws ArithmeticException if a numerator is {@code Long.MIN_VALUE}
     */
    public ComplexRational negate() {
        return new ComplexRational(Math.negateExact(reNum), reDen, Math.negateExact(imNum), imDen);
    }

    /**
     * The complex conjugate.
     *
     * @return {@code reNum/reDen - i imNum/imDen}
     */
    public ComplexRational conjugate() {
        return new ComplexRational(reNum, reDen, Math.negateExact(imNum), imDen);
    }

    /**
     * Whether this is exactly zero.
     *
     * @return true for 0
     */
    public boolean isZero() {
        return reNum == 0 && imNum == 0;
    }

    /**
     * The real part, rounded to a double.
     *
     * @return {@code reNum/reDen}
     */
    public double re() {
        return (double) reNum / reDen;
    }

    /**
     * The imaginary part, rounded to a double.
     *
     * @return {@code imNum/imDen}
     */
    public double im() {
        return (double) imNum / imDen;
    }

    /**
     * A compact readable form: {@code "-1/6"}, {@code "2/3i"}, {@code "1/2-1/3i"}, {@code "-i"}, {@code "0"}.
     *
     * @return the number as text
     */
    @Override
    public String toString() {
        if (imNum == 0) {
            return fraction(reNum, reDen);
        }
        String imaginary = (imNum == 1 && imDen == 1) ? "i"
                : (imNum == -1 && imDen == 1) ? "-i"
                : fraction(imNum, imDen) + "i";
        if (reNum == 0) {
            return imaginary;
        }
        return fraction(reNum, reDen) + (imNum > 0 ? "+" : "") + imaginary;
    }

    private static String fraction(long num, long den) {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    private static ComplexRational realProduct(long p1, long q1, long p2, long q2) {
        // Cross-cancel before multiplying: keeps every intermediate within the size of the result.
        long g1 = gcd(p1, q2);
        long g2 = gcd(p2, q1);
        return new ComplexRational(Math.multiplyExact(p1 / g1, p2 / g2), Math.multiplyExact(q1 / g2, q2 / g1),
                0, 1);
    }

    private static long sumNumerator(long a, long b, long c, long d) {
        long g = gcd(b, d);
        return Math.addExact(Math.multiplyExact(a, d / g), Math.multiplyExact(c, b / g));
    }

    private static long sumDenominator(long b, long d) {
        return Math.multiplyExact(b / gcd(b, d), d);
    }

    /** Greatest common divisor of |a| and |b|, with gcd(0, b) = |b|; never 0 when b is non-zero. */
    private static long gcd(long a, long b) {
        long x = Math.absExact(a);
        long y = Math.absExact(b);
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x == 0 ? 1 : x;
    }
}
