package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast writer must give exactly what {@code %.16e} gives, for every kind of double. */
class SampleNumberFormatTest {
    private static void check(double v) {
        assertEquals(String.format(Locale.ROOT, "%.16e", v), SampleNumberFormat.format(v), "bits " + Double.doubleToRawLongBits(v));
    }

    @Test
    void specialValuesAndBoundariesOfDoubleToString() {
        // 1e-3 and 1e7 are where Double.toString switches between plain and scientific notation.
        double[] values = {0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 2.0 / 3, 1e-3, Math.nextDown(1e-3), Math.nextUp(1e-3),
            1e7, Math.nextDown(1e7), Math.nextUp(1e7), 9999999.999999998, 123456.0, 100.0, 1e-10, 1e10, 1e100, 1e-100,
            Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE,
            Math.PI, -Math.E, 5e-324, 2e-323, 1.7976931348623157e308, 0.30000000000000004, 173.0, 91.188, 500.0,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            check(v);
        }
    }

    @Test
    void randomBitPatternsAndTypicalMagnitudes() {
        SplittableRandom r = new SplittableRandom(2024);
        for (int i = 0; i < 100_000; i++) {
            check(Double.longBitsToDouble(r.nextLong()));
            // values like those sample writes: coordinates, momenta in GeV, matrix elements
            check(r.nextDouble());
            check((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-40, 40)));
            // short decimals, whose shortest form has few digits and many pads
            check(r.nextInt(-100_000, 100_000) / 1000.0);
        }
    }
}
