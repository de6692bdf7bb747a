package madvec.rambo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterMassRatioTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 10})
    void solvedRatioReproducesTheCoordinate(int k) {
        SplittableRandom rng = new SplittableRandom(11 + k);
        for (int trial = 0; trial < 2000; trial++) {
            double r = rng.nextDouble();
            double x = ClusterMassRatio.solve(k, r);
            assertTrue(x >= 0.0 && x <= 1.0, "ratio in [0, 1]");
            assertEquals(r, ClusterMassRatio.cumulative(k, x), 4e-16 * k + 1e-15, "F_k(solve(r)) for r = " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 8})
    void solveInvertsTheCumulativeDistributionAwayFromTheFlatEnd(int k) {
        SplittableRandom rng = new SplittableRandom(3 * k);
        for (int trial = 0; trial < 2000; trial++) {
            double x = 0.01 + 0.9 * rng.nextDouble();
            double back = ClusterMassRatio.solve(k, ClusterMassRatio.cumulative(k, x));
            // Conditioning: dx = dr / F'(x), and dr is a few ulps of F.
            double tolerance = 8e-16 / ClusterMassRatio.density(k, x) + 1e-15;
            assertEquals(x, back, tolerance, "solve(F_k(x)) for x = " + x);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void densityIsTheDerivativeOfTheCumulativeDistribution(int k) {
        for (double x = 0.05; x < 1.0; x += 0.05) {
            double h = 1e-6;
            double fd = (ClusterMassRatio.cumulative(k, x + h) - ClusterMassRatio.cumulative(k, x - h)) / (2 * h);
            assertEquals(fd, ClusterMassRatio.density(k, x), 1e-8, "dF/dx at " + x);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 9})
    void cumulativeDistributionIsNormalisedAndMonotone(int k) {
        assertEquals(0.0, ClusterMassRatio.cumulative(k, 0.0));
        assertEquals(1.0, ClusterMassRatio.cumulative(k, 1.0));
        double previous = 0.0;
        for (double x = 0.01; x <= 1.0; x += 0.01) {
            double f = ClusterMassRatio.cumulative(k, x);
            assertTrue(f > previous, "increasing at " + x);
            previous = f;
        }
        assertEquals(ClusterMassRatio.SMALLEST, ClusterMassRatio.solve(k, 0.0));
        assertEquals(1.0, ClusterMassRatio.solve(k, 1.0));
    }
}
