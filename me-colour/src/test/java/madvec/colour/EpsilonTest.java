package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Levi-Civita tensors {@code epsilon_{ijk}} and {@code epsilon^{ijk}}: textbook contractions exactly,
 * their invariance under SU(3), and decompositions and colour matrices against explicit summation.
 */
class EpsilonTest {

    @Test
    void fullContractionIsSixAndOneOpenPairIsTwoDeltas() {
        ColourDecomposition full = ColourDecomposition.of(List.of(ColourFactor.one().epsilon(1, 2, 3).epsilonBar(1, 2, 3)));
        assertEquals(List.of("1"), full.basis());
        assertEquals(ComplexRational.of(6, 1), full.coefficients(0).get(0).coefficient());

        ColourDecomposition open = ColourDecomposition.of(List.of(ColourFactor.one().epsilon(1, 2, 3).epsilonBar(1, 2, 4)));
        assertEquals(List.of("delta_{3,4}"), open.basis());
        assertEquals(ComplexRational.of(2, 1), open.coefficients(0).get(0).coefficient());
    }

    @Test
    void swappingTwoLegsFlipsTheSignAndTheColourSumIsSix() {
        ColourDecomposition d = ColourDecomposition.of(List.of(
                ColourFactor.one().epsilon(1, 2, 3), ColourFactor.one().epsilon(2, 1, 3), ColourFactor.one().epsilon(2, 3, 1)));
        assertEquals(1, d.basis().size(), d.basis().toString());
        ComplexRational first = d.coefficients(0).get(0).coefficient();
        assertEquals(first.negate(), d.coefficients(1).get(0).coefficient());
        assertEquals(first, d.coefficients(2).get(0).coefficient());
        assertEquals(ComplexRational.of(6, 1), d.matrix()[0][0]);
    }

    /**
     * {@code (T^a)_{il} eps_{ljk} + (T^a)_{jl} eps_{ilk} + (T^a)_{kl} eps_{ijl} = Tr(T^a) eps_{ijk} = 0}: the
     * colour side of gauge invariance for a vertex of three triplets. Each term alone has colour norm
     * {@code 2 sum_a Tr(T^a T^a) = 8}.
     */
    @Test
    void aGeneratorActingOnAllThreeLegsGivesZero() {
        List<ColourFactor> terms = List.of(
                ColourFactor.one().t(4, 1, 10).epsilon(10, 2, 3),
                ColourFactor.one().t(4, 2, 10).epsilon(1, 10, 3),
                ColourFactor.one().t(4, 3, 10).epsilon(1, 2, 10));
        ColourDecomposition d = ColourDecomposition.of(terms);
        NumericChecks.assertMatchesNumerics(terms, d);
        for (int t = 0; t < 3; t++) {
            int[] one = new int[3];
            one[t] = 1;
            assertEquals(ComplexRational.of(8, 1), norm(d, one), "term " + t);
        }
        assertEquals(ComplexRational.ZERO, norm(d, new int[] {1, 1, 1}));
    }

    /** Three triplets and two gluons, each gluon on any leg or both through f: every tree colour factor. */
    @Test
    void threeTripletsAndTwoGluonsMatchNumerics() {
        List<ColourFactor> diagrams = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                // gluon 4 nearer the tensor than gluon 5 when on the same leg
                diagrams.add(onLegs(p, q));
            }
            int[] legs = {1, 2, 3};
            legs[p] = 20;
            diagrams.add(ColourFactor.one().f(4, 5, 30).t(30, p + 1, 20).epsilon(legs[0], legs[1], legs[2]));
        }
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        NumericChecks.assertMatchesNumerics(diagrams, d);
    }

    private static ColourFactor onLegs(int p, int q) {
        int[] legs = {1, 2, 3};
        legs[p] = 10;
        ColourFactor f = ColourFactor.one();
        if (p == q) {
            f = f.t(5, p + 1, 11).t(4, 11, 10);
        } else {
            f = f.t(4, p + 1, 10);
            legs[q] = 12;
            f = f.t(5, q + 1, 12);
        }
        return f.epsilon(legs[0], legs[1], legs[2]);
    }

    /** Two triplets in, two antitriplets out through an internal line, with a gluon on any of the five lines. */
    @Test
    void anEpsilonJoinedToAnEpsilonBarMatchesNumerics() {
        List<ColourFactor> diagrams = new ArrayList<>();
        diagrams.add(ColourFactor.one().epsilon(1, 2, 10).t(4, 11, 10).epsilonBar(11, 6, 7));
        diagrams.add(ColourFactor.one().t(4, 1, 12).epsilon(12, 2, 10).epsilonBar(10, 6, 7));
        diagrams.add(ColourFactor.one().t(4, 2, 12).epsilon(1, 12, 10).epsilonBar(10, 6, 7));
        diagrams.add(ColourFactor.one().epsilon(1, 2, 10).epsilonBar(10, 12, 7).t(4, 12, 6));
        diagrams.add(ColourFactor.one().epsilon(1, 2, 10).epsilonBar(10, 6, 12).t(4, 12, 7));
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        NumericChecks.assertMatchesNumerics(diagrams, d);
        assertTrue(d.basis().stream().noneMatch(n -> n.contains("Eps")), d.basis().toString());
        // invariance of each tensor: the internal line's insertion against those on its own tensor's legs
        assertEquals(ComplexRational.ZERO, norm(d, new int[] {1, 1, 1, 0, 0}));
        assertEquals(ComplexRational.ZERO, norm(d, new int[] {1, 0, 0, 1, 1}));
        assertTrue(!norm(d, new int[] {1, 1, 0, 0, 0}).isZero());
    }

    /** Six triplets as two epsilons, with a gluon exchanged between legs of the two or of one. */
    @Test
    void twoEpsilonsWithAGluonExchangedMatchNumerics() {
        List<ColourFactor> diagrams = List.of(
                ColourFactor.one().t(9, 1, 10).epsilon(10, 2, 3).t(9, 4, 11).epsilon(11, 5, 6),
                ColourFactor.one().t(9, 2, 10).epsilon(1, 10, 3).t(9, 6, 11).epsilon(4, 5, 11),
                ColourFactor.one().t(9, 1, 10).t(9, 3, 11).epsilon(10, 2, 11).epsilon(4, 5, 6),
                ColourFactor.one().epsilon(1, 2, 3).epsilon(4, 5, 6),
                ColourFactor.one().epsilon(4, 2, 3).epsilon(1, 5, 6));
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        NumericChecks.assertMatchesNumerics(diagrams, d);
    }

    /**
     * Random trees: an epsilon whose legs carry strings of generators (external gluons, and internal ones
     * joining two legs or a leg and a structure constant), alone or joined through one leg to an epsilon-bar.
     */
    @Test
    void randomEpsilonFactorsMatchNumerics() {
        Random rnd = new Random(77);
        for (int trial = 0; trial < 25; trial++) {
            boolean withBar = rnd.nextBoolean();
            List<ColourFactor> diagrams = new ArrayList<>();
            for (int copy = 0; copy < 3; copy++) {
                diagrams.add(randomTree(rnd, withBar));
            }
            NumericChecks.assertMatchesNumerics(diagrams, ColourDecomposition.of(diagrams));
        }
    }

    /** External rows 1-3 (or 1, 2 and columns 5, 6 with a bar), external gluons 7 and 8 placed at random. */
    private static ColourFactor randomTree(Random rnd, boolean withBar) {
        List<List<Integer>> legGluons = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        ColourFactor f = ColourFactor.one();
        if (rnd.nextBoolean()) {
            legGluons.get(rnd.nextInt(3)).add(7);
            legGluons.get(rnd.nextInt(3)).add(8);
        } else {
            // both through a structure constant and an internal gluon 30
            f = f.f(7, 8, 30);
            legGluons.get(rnd.nextInt(3)).add(30);
        }
        if (rnd.nextBoolean()) {
            // an internal gluon 31 between two legs (or two places on one leg)
            legGluons.get(rnd.nextInt(3)).add(31);
            List<Integer> leg = legGluons.get(rnd.nextInt(3));
            leg.add(rnd.nextInt(leg.size() + 1), 31);
        }
        int next = 100;
        int[] tensorLegs = new int[3];
        for (int p = 0; p < 3; p++) {
            int row = withBar && p == 2 ? 50 : p + 1;
            for (int g : legGluons.get(p)) {
                f = f.t(g, row, next);
                row = next++;
            }
            tensorLegs[p] = row;
        }
        f = f.epsilon(tensorLegs[0], tensorLegs[1], tensorLegs[2]);
        if (withBar) {
            // the line 50 ends on an epsilon-bar with external columns 5 and 6
            f = f.epsilonBar(50, 5, 6);
        }
        return f.times(ComplexRational.of(1 + rnd.nextInt(3), 1));
    }

    @Test
    void negativeLabelsAndRepeatedLegsAreRefused() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ColourFactor.one().epsilon(-1, 2, 3));
        assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> ColourFactor.one().epsilon(1, 1, 3));
        assertTrue(repeated.getMessage().contains("twice as a row"), repeated.getMessage());
        IllegalArgumentException twoBars = assertThrows(IllegalArgumentException.class,
                () -> ColourFactor.one().t(4, 1, 2).epsilonBar(2, 3, 5).epsilonBar(6, 2, 7));
        assertTrue(twoBars.getMessage().contains("twice as a column"), twoBars.getMessage());
    }

    /** {@code sum_kl conj(c_k) C_kl c_l} for c the diagrams' coefficients summed with the given weights. */
    private static ComplexRational norm(ColourDecomposition d, int[] weights) {
        int n = d.basis().size();
        ComplexRational[] c = new ComplexRational[n];
        java.util.Arrays.fill(c, ComplexRational.ZERO);
        for (int diagram = 0; diagram < weights.length; diagram++) {
            for (ColourDecomposition.Term t : d.coefficients(diagram)) {
                c[t.basis()] = c[t.basis()].plus(t.coefficient().times(ComplexRational.of(weights[diagram], 1)));
            }
        }
        ComplexRational[][] m = d.matrix();
        ComplexRational total = ComplexRational.ZERO;
        for (int k = 0; k < n; k++) {
            for (int l = 0; l < n; l++) {
                total = total.plus(c[k].conjugate().times(m[k][l]).times(c[l]));
            }
        }
        return total;
    }
}
