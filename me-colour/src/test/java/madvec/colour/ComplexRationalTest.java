package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact complex rational arithmetic. */
class ComplexRationalTest {

    @Test
    void fractionsAreKeptInLowestTermsWithPositiveDenominators() {
        ComplexRational x = ComplexRational.of(6, -8, 10, 4);
        assertEquals(-3, x.reNum());
        assertEquals(4, x.reDen());
        assertEquals(5, x.imNum());
        assertEquals(2, x.imDen());
        assertEquals(ComplexRational.of(-3, 4, 5, 2), x);
        assertEquals(ComplexRational.ZERO, ComplexRational.of(0, -7));
        assertEquals(ComplexRational.ZERO.hashCode(), ComplexRational.of(0, 5, 0, -3).hashCode());
    }

    @Test
    void arithmeticAgreesWithDoubles() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 500; trial++) {
            ComplexRational a = random(rnd);
            ComplexRational b = random(rnd);
            double ar = a.re();
            double ai = a.im();
            double br = b.re();
            double bi = b.im();
            ComplexRational sum = a.plus(b);
            assertEquals(ar + br, sum.re(), 1e-12);
            assertEquals(ai + bi, sum.im(), 1e-12);
            ComplexRational product = a.times(b);
            assertEquals(ar * br - ai * bi, product.re(), 1e-12);
            assertEquals(ar * bi + ai * br, product.im(), 1e-12);
            assertEquals(a, a.plus(b).minus(b));
            assertEquals(a.times(b).conjugate(), a.conjugate().times(b.conjugate()));
            assertTrue(a.plus(a.negate()).isZero());
        }
    }

    @Test
    void exactWhereDoublesAreNot() {
        ComplexRational third = ComplexRational.of(1, 3);
        assertEquals(ComplexRational.ONE, third.plus(third).plus(third));
        assertEquals(ComplexRational.of(-1, 1), ComplexRational.I.times(ComplexRational.I));
        assertFalse(ComplexRational.I.isZero());
    }

    @Test
    void readableText() {
        assertEquals("0", ComplexRational.ZERO.toString());
        assertEquals("-1/6", ComplexRational.of(-1, 6).toString());
        assertEquals("2/3i", ComplexRational.of(0, 1, 2, 3).toString());
        assertEquals("1/2-1/3i", ComplexRational.of(1, 2, -1, 3).toString());
        assertEquals("-i", ComplexRational.I.negate().toString());
        assertEquals("4+i", ComplexRational.of(4, 1, 1, 1).toString());
    }

    @Test
    void zeroDenominatorIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComplexRational.of(1, 0));
        assertTrue(e.getMessage().contains("zero denominator"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ComplexRational.of(1, 1, 1, 0));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        ComplexRational big = ComplexRational.of(Long.MAX_VALUE / 2, 1);
        assertThrows(ArithmeticException.class, () -> big.times(big));
        assertThrows(ArithmeticException.class, () -> big.plus(big).plus(big));
        ComplexRational tiny = ComplexRational.of(1, Long.MAX_VALUE - 1);
        assertThrows(ArithmeticException.class, () -> tiny.plus(ComplexRational.of(1, Long.MAX_VALUE - 2)));
    }

    private static ComplexRational random(Random rnd) {
        return ComplexRational.of(rnd.nextInt(41) - 20, 1 + rnd.nextInt(12), rnd.nextInt(41) - 20, 1 + rnd.nextInt(12));
    }
}
