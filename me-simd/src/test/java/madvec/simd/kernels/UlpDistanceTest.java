package madvec.simd.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ulp distance the twin tests rely on, checked against stepping with Math.nextUp. */
class UlpDistanceTest {

    @Test
    void equalValuesAreZeroApart() {
        assertEquals(0, UlpDistance.between(1.5, 1.5));
        assertEquals(0, UlpDistance.between(-3e-300, -3e-300));
        assertEquals(0, UlpDistance.between(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    @Test
    void signedZerosAreTheSamePoint() {
        assertEquals(0, UlpDistance.between(0.0, -0.0));
        assertEquals(1, UlpDistance.between(-0.0, Double.MIN_VALUE));
        assertEquals(2, UlpDistance.between(-Double.MIN_VALUE, Double.MIN_VALUE));
    }

    @Test
    void countsStepsOfNextUpAcrossBinadesAndZero() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] starts = {1.0, Math.nextDown(2.0), -1.0, -Math.nextDown(1.0), -4 * Double.MIN_VALUE,
                Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e300, -1e-300};
        for (double start : starts) {
            int steps = rng.nextInt(1, 40);
            double end = start;
            for (int i = 0; i < steps; i++) {
                end = Math.nextUp(end);
            }
            assertEquals(steps, UlpDistance.between(start, end), "from " + start);
            assertEquals(steps, UlpDistance.between(end, start), "symmetric, from " + start);
        }
    }

    @Test
    void oneUlpIsMathUlpAwayAtPowersOfTwoFromAbove() {
        assertEquals(1, UlpDistance.between(1.0, 1.0 + Math.ulp(1.0)));
        assertEquals(2, UlpDistance.between(1.0, 1.0 - Math.ulp(1.0)), "ulp halves below a power of two");
    }

    @Test
    void infinityIsOneStepPastTheLargestFinite() {
        assertEquals(1, UlpDistance.between(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        assertEquals(1, UlpDistance.between(-Double.MAX_VALUE, Double.NEGATIVE_INFINITY));
    }

    @Test
    void nanIsFarFromNumbersAndEqualToNan() {
        assertEquals(Long.MAX_VALUE, UlpDistance.between(Double.NaN, 1.0));
        assertEquals(Long.MAX_VALUE, UlpDistance.between(0.0, Double.NaN));
        assertEquals(0, UlpDistance.between(Double.NaN, Double.longBitsToDouble(0x7ff8_0000_0000_0001L)));
    }

    @Test
    void distancesBeyondLongRangeSaturate() {
        assertEquals(Long.MAX_VALUE, UlpDistance.between(-Double.MAX_VALUE, Double.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, UlpDistance.between(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        // 1 and -1 are far apart but within range: twice the ordinal of 1.0.
        assertEquals(2 * Double.doubleToRawLongBits(1.0), UlpDistance.between(-1.0, 1.0));
    }

    @Test
    void withinComparesAgainstTheBound() {
        double x = 3.0;
        double fourUp = Math.nextUp(Math.nextUp(Math.nextUp(Math.nextUp(x))));
        assertTrue(UlpDistance.within(x, fourUp, 4));
        assertFalse(UlpDistance.within(x, Math.nextUp(fourUp), 4));
    }
}
