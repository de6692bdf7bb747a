package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SU(3) identities every colour algebra must reproduce, with Nc = 3, C_F = 4/3, C_A = 3. */
class TextbookIdentitiesTest {
    private static final ComplexRational C_F = ComplexRational.of(4, 3);

    @Test
    void casimirOfTheFundamental() {
        // sum_a (T^a T^a)_{13} = C_F delta_{13}
        ColourDecomposition d = ColourDecomposition.of(List.of(ColourFactor.one().t(7, 1, 2).t(7, 2, 3)));
        assertEquals(List.of("delta_{1,3}"), d.basis());
        assertEquals(List.of(new ColourDecomposition.Term(0, C_F)), d.coefficients(0));
        assertEquals(ComplexRational.of(3, 1), d.matrix()[0][0], "sum_ij delta_ij delta_ij = Nc");
    }

    @Test
    void casimirOfTheAdjoint() {
        // f^{acd} f^{bcd} = Nc delta^{ab} = 2 Nc Tr(T^a T^b)
        ColourDecomposition open = ColourDecomposition.of(List.of(ColourFactor.one().f(1, 5, 6).f(2, 5, 6)));
        assertEquals(List.of("Tr(1 2)"), open.basis());
        assertEquals(ComplexRational.of(6, 1), open.coefficients(0).get(0).coefficient());
        // fully contracted: Nc (Nc^2 - 1) = 24
        ColourDecomposition closed = ColourDecomposition.of(List.of(ColourFactor.one().f(1, 5, 6).f(1, 5, 6)));
        assertEquals(List.of("1"), closed.basis());
        assertEquals(ComplexRational.of(24, 1), closed.coefficients(0).get(0).coefficient());
    }

    @Test
    void generatorNormalisation() {
        // Tr(T^a T^b) Tr(T^a T^b) = (1/2)^2 delta^{ab} delta^{ab} = 8/4 = 2
        ColourFactor f = ColourFactor.one().t(1, 1, 2).t(2, 2, 1).t(1, 3, 4).t(2, 4, 3);
        ColourDecomposition d = ColourDecomposition.of(List.of(f));
        assertEquals(List.of("1"), d.basis());
        assertEquals(ComplexRational.of(2, 1), d.coefficients(0).get(0).coefficient());
    }

    @Test
    void quarkAntiquarkToTopPairThroughOneGluonSumsToTwo() {
        // u(1) u~(2) > t(3) t~(4): (T^g)_{3 4} (T^g)_{2 1}, summed over colours: (Nc^2 - 1)/4 = 2
        ColourDecomposition d = ColourDecomposition.of(List.of(ColourFactor.one().t(9, 3, 4).t(9, 2, 1)));
        assertEquals(2, d.basis().size());
        assertEquals(ComplexRational.of(2, 1), colourSum(d, 0));
        ComplexRational[][] m = d.matrix();
        // Fierz: one term has each quark line closed on itself (Nc^2), the other one loop (Nc)
        assertTrue(List.of(m[0][0], m[0][1]).contains(ComplexRational.of(9, 1)));
        assertTrue(List.of(m[0][0], m[0][1]).contains(ComplexRational.of(3, 1)));
    }

    @Test
    void gluonPairToTopPair() {
        // g(1) g(2) > t(3) t~(4): s-channel f^{12e} T^e, t- and u-channel (T^1 T^2), (T^2 T^1)
        List<ColourFactor> diagrams = List.of(
                ColourFactor.one().f(1, 2, 5).t(5, 3, 4),
                ColourFactor.one().t(1, 3, 6).t(2, 6, 4),
                ColourFactor.one().t(2, 3, 6).t(1, 6, 4));
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        assertEquals(List.of("(T1 T2)_{3,4}", "(T2 T1)_{3,4}"), d.basis());
        // f^{abe} T^e = -i [T^a, T^b]
        assertEquals(List.of(new ColourDecomposition.Term(0, ComplexRational.I.negate()),
                new ColourDecomposition.Term(1, ComplexRational.I)), d.coefficients(0));
        assertEquals(List.of(new ColourDecomposition.Term(0, ComplexRational.ONE)), d.coefficients(1));
        assertEquals(List.of(new ColourDecomposition.Term(1, ComplexRational.ONE)), d.coefficients(2));
        ComplexRational diag = ComplexRational.of(16, 3);
        ComplexRational off = ComplexRational.of(-2, 3);
        assertEquals(List.of(List.of(diag, off), List.of(off, diag)),
                List.of(List.of(d.matrix()[0]), List.of(d.matrix()[1])));
        double[][] m = d.matrixAsDouble();
        assertEquals(16.0 / 3, m[1][1], 1e-15);
        assertEquals(-2.0 / 3, m[1][0], 1e-15);
        NumericChecks.assertMatchesNumerics(diagrams, d);
    }

    @Test
    void colourlessProcessHasTheUnitBasis() {
        ColourDecomposition d = ColourDecomposition.of(List.of(ColourFactor.one(),
                ColourFactor.one().times(ComplexRational.of(-1, 2))));
        assertEquals(List.of("1"), d.basis());
        assertEquals(ComplexRational.ONE, d.matrix()[0][0]);
        assertEquals(ComplexRational.of(-1, 2), d.coefficients(1).get(0).coefficient());
    }

    @Test
    void quarkLoopsAndDeltaChains() {
        // delta_ii = Nc; deltas chain strings; a closed loop of two generators is Tr(T^a T^b)
        assertEquals(ComplexRational.of(3, 1),
                ColourDecomposition.of(List.of(ColourFactor.one().delta(4, 4))).coefficients(0).get(0).coefficient());
        ColourDecomposition chained = ColourDecomposition.of(List.of(
                ColourFactor.one().delta(8, 2).t(5, 1, 8).delta(2, 3).t(6, 3, 7).delta(9, 10).t(1, 10, 9).t(2, 11, 11)
                        .times(ComplexRational.of(2, 1))));
        assertTrue(chained.coefficients(0).isEmpty(), "Tr(T^1) = Tr(T^2) = 0 kill the factor");
        ColourDecomposition loop = ColourDecomposition.of(List.of(
                ColourFactor.one().delta(8, 2).t(5, 1, 8).delta(2, 3).t(6, 3, 7).delta(9, 10).t(1, 10, 12)
                        .t(2, 12, 9)));
        assertEquals(List.of("Tr(1 2) (T5 T6)_{1,7}"), loop.basis());
    }

    @Test
    void vanishingFactorsGiveNoTerms() {
        List<ColourFactor> diagrams = List.of(
                ColourFactor.one().t(1, 3, 4).t(2, 5, 5),          // Tr(T^2) = 0
                ColourFactor.one().f(1, 6, 6).t(2, 3, 4),          // f^{1cc} = 0: 1 left external
                ColourFactor.one().f(1, 2, 6).t(6, 3, 4).times(ComplexRational.ZERO),
                ColourFactor.one().f(1, 2, 6).t(6, 3, 4));
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        assertTrue(d.coefficients(0).isEmpty());
        assertTrue(d.coefficients(1).isEmpty());
        assertTrue(d.coefficients(2).isEmpty());
        assertEquals(2, d.coefficients(3).size());
        assertEquals(2, d.basis().size(), "only flows that some diagram needs");
    }

    /** sum over colours of |factor of diagram k|^2, from the decomposition and the matrix. */
    static ComplexRational colourSum(ColourDecomposition d, int diagram) {
        ComplexRational[][] m = d.matrix();
        ComplexRational total = ComplexRational.ZERO;
        for (ColourDecomposition.Term a : d.coefficients(diagram)) {
            for (ColourDecomposition.Term b : d.coefficients(diagram)) {
                total = total.plus(a.coefficient().conjugate().times(m[a.basis()][b.basis()]).times(b.coefficient()));
            }
        }
        return total;
    }
}
