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
    void roundTripPrintsOfSixteenToEighteenDigitsParseBackBitForBit() {
        // what LheWriter prints for computed weights: the shortest digits that read back exactly
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            double x = (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextDouble(-25, 25)) * (1 + r.nextDouble());
            sb.setLength(0);
            String s = LheNumbers.appendDouble(sb, x).toString();
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(LheNumbers.parseDouble(s)), s);
            String plain = Double.toString(x);
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(LheNumbers.parseDouble(plain)), plain);
        }
        // halfway cases and their neighbours: 2^-1074 steps around decimal midpoints go through the exact path
        for (String s : new String[] {"9007199254740993", "9007199254740993.0000001", "9007199254740992.9999999",
                "1.00000000000000011102230246251565", "4.9406564584124654e-324", "2.2250738585072011e-308",
                "1.7976931348623157e308", "123456789012345678", "0.000000000000000000001234567890123456789"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(LheNumbers.parseDouble(s)), s);
        }
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
