package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Processes with many gluons, built from every tree diagram of T and f vertices: the basis sizes of
 * colour-ordered decompositions, and the known diagonal of the full-colour matrix.
 */
class MultiGluonTest {
    private static final ComplexRational NC = ComplexRational.of(3, 1);
    private static final ComplexRational C_F = ComplexRational.of(4, 3);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void quarkLineWithNGluonsHasNFactorialStrings(int n) {
        ColourDecomposition d = ColourDecomposition.of(TreeDiagrams.quarkLine(TreeDiagrams.gluons(n)));
        assertEquals(factorial(n), d.basis().size());
        assertSingleStringsWithDiagonal(d, n);
    }

    @Test
    void fiveGluonsOnATopLineLikeGluonPairToTopPairAndThreeGluons() {
        List<ColourFactor> diagrams = TreeDiagrams.quarkLine(TreeDiagrams.gluons(5));
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        assertEquals(120, d.basis().size());
        assertEquals(120, new HashSet<>(d.basis()).size(), "basis names are distinct");
        assertSingleStringsWithDiagonal(d, 5);
        assertHermitianAndPositive(d);
        // the colour sum of a single diagram two ways: through the basis and the matrix, and by
        // reducing the closed factor D conj(D) directly
        Random rnd = new Random(5);
        for (int k = 0; k < 6; k++) {
            int diagram = rnd.nextInt(diagrams.size());
            ComplexRational direct = closedColourSum(diagrams.get(diagram));
            assertEquals(direct, TextbookIdentitiesTest.colourSum(d, diagram), "diagram " + diagrams.get(diagram));
        }
    }

    @Test
    void fourGluonsGiveSixSingleTracesWithMadGraphsDiagonal() {
        ColourDecomposition d = ColourDecomposition.of(TreeDiagrams.gluonsOnly(List.of(1, 2, 3, 4)));
        assertEquals(6, d.basis().size());
        for (String name : d.basis()) {
            assertTrue(name.matches("Tr\\(1 \\d \\d \\d\\)"), name);
        }
        ComplexRational[][] m = d.matrix();
        for (int k = 0; k < 6; k++) {
            // MadGraph's g g > g g colour matrix: 19/6 on the diagonal
            assertEquals(ComplexRational.of(19, 6), m[k][k]);
        }
        assertHermitianAndPositive(d);
    }

    @Test
    void fiveGluonsGiveTwentyFourSingleTraces() {
        List<ColourFactor> diagrams = TreeDiagrams.gluonsOnly(List.of(1, 2, 3, 4, 5));
        ColourDecomposition d = ColourDecomposition.of(diagrams);
        assertEquals(24, d.basis().size());
        assertHermitianAndPositive(d);
        for (int k = 0; k < diagrams.size(); k += 5) {
            assertEquals(closedColourSum(diagrams.get(k)), TextbookIdentitiesTest.colourSum(d, k));
        }
    }

    /** Every basis element is one string (T..T)_{1,2} and the diagonal is Nc C_F^n. */
    private static void assertSingleStringsWithDiagonal(ColourDecomposition d, int n) {
        ComplexRational expected = NC;
        for (int k = 0; k < n; k++) {
            expected = expected.times(C_F);
        }
        ComplexRational[][] m = d.matrix();
        for (int k = 0; k < m.length; k++) {
            assertTrue(d.basis().get(k).matches("\\((T\\d ?){" + n + "}\\)_\\{1,2\\}"), d.basis().get(k));
            assertEquals(expected, m[k][k], d.basis().get(k));
        }
    }

    /** C = C^dagger, and conj(J) C J >= 0 for random J (C is a Gram matrix). */
    private static void assertHermitianAndPositive(ColourDecomposition d) {
        ComplexRational[][] m = d.matrix();
        double[][] md = d.matrixAsDouble();
        for (int k = 0; k < m.length; k++) {
            for (int l = 0; l < m.length; l++) {
                assertEquals(m[k][l], m[l][k].conjugate());
                assertEquals(0, m[k][l].imNum());
                assertEquals(m[k][l].re(), md[k][l]);
            }
        }
        Random rnd = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            double[] re = rnd.doubles(m.length, -1, 1).toArray();
            double[] im = rnd.doubles(m.length, -1, 1).toArray();
            double sum = 0;
            for (int k = 0; k < m.length; k++) {
                for (int l = 0; l < m.length; l++) {
                    sum += md[k][l] * (re[k] * re[l] + im[k] * im[l]);
                }
            }
            assertTrue(sum > 0, "conj(J) C J = " + sum);
        }
    }

    /**
     * sum over colours of |D|^2 by reducing D conj(D) as one closed factor: generators and structure
     * constants of the copy get fresh internal labels; (T^a)_{ij}^* = (T^a)_{ji}, f is real.
     */
    static ComplexRational closedColourSum(ColourFactor diagram) {
        NumericColour.Externals ext = NumericColour.Externals.of(diagram);
        ColourFactor f = diagram.times(diagram.coefficient().conjugate());
        int shift = 10_000;
        for (Atom atom : diagram.atoms()) {
            f = switch (atom) {
                case Atom.Generator t -> f.t(gluon(t.gluon(), ext, shift), quark(t.col(), ext, shift),
                        quark(t.row(), ext, shift));
                case Atom.StructureConstant c -> f.f(gluon(c.a(), ext, shift), gluon(c.b(), ext, shift),
                        gluon(c.c(), ext, shift));
                case Atom.Delta delta -> f.delta(quark(delta.col(), ext, shift), quark(delta.row(), ext, shift));
                case Atom.Epsilon e -> f.epsilonBar(quark(e.i(), ext, shift), quark(e.j(), ext, shift),
                        quark(e.k(), ext, shift));
                case Atom.EpsilonBar e -> f.epsilon(quark(e.i(), ext, shift), quark(e.j(), ext, shift),
                        quark(e.k(), ext, shift));
            };
        }
        ColourDecomposition closed = ColourDecomposition.of(List.of(f));
        assertEquals(List.of("1"), closed.basis());
        return closed.coefficients(0).get(0).coefficient();
    }

    private static int gluon(int label, NumericColour.Externals ext, int shift) {
        return ext.gluons().contains(label) ? label : label + shift;
    }

    private static int quark(int label, NumericColour.Externals ext, int shift) {
        return ext.rows().contains(label) || ext.cols().contains(label) ? label : label + shift;
    }

    private static int factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}
