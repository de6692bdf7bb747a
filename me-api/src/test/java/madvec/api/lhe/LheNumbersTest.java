package madvec.api.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written number checks and the fast decimal path agree with the JDK's parser bit for bit. */
class LheNumbersTest {
    @Test
    void parsingEqualsTheJdksParserForEveryPrintedPrecision() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextDouble(-30, 30)) * r.nextDouble();
            int digits = 1 + r.nextInt(18);
            String s = String.format(Locale.ROOT, "%+." + digits + "e", x);
            if (r.nextInt(4) == 0) s = String.format(Locale.ROOT, "%." + digits + "f", x);
            double expected = Double.parseDouble(s);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(LheNumbers.parseDouble(s)), s);
        }
        assertEquals(1.5e3, LheNumbers.parseDouble("1.5D3"));
        assertEquals(-0.0, LheNumbers.parseDouble("-0.000e+00"));
        assertEquals(0.5, LheNumbers.parseDouble(".5"));
        assertEquals(5.0, LheNumbers.parseDouble("5."));
    }

    @Test
    void nonNumbersAreRefused() {
        for (String s : new String[] {"", "+", ".", "e5", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1.0f", "1..2", "1e5.5", "--1", "1e999"}) {
            assertNull(LheNumbers.parseDouble(s), s);
        }
        assertNull(LheNumbers.parseInt("1.0"));
        assertNull(LheNumbers.parseInt("12345678901"));
        assertEquals(-42, LheNumbers.parseInt("-42"));
    }
}
