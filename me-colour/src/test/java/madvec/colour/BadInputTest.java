package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Malformed colour factors and inconsistent diagram lists fail with a message naming the problem. */
class BadInputTest {

    @Test
    void adjointIndexUsedThreeTimes() {
        assertMessage(() -> ColourFactor.one().t(4, 1, 2).f(4, 5, 6).f(4, 7, 8), "gluon index 4", "at most twice");
        assertMessage(() -> ColourFactor.one().f(3, 3, 3), "gluon index 3");
    }

    @Test
    void fundamentalIndexTwiceAsRowOrColumn() {
        assertMessage(() -> ColourFactor.one().t(1, 5, 2).t(2, 5, 3), "fundamental index 5", "twice as a row");
        assertMessage(() -> ColourFactor.one().t(1, 2, 6).delta(3, 6), "fundamental index 6", "twice as a column");
    }

    @Test
    void namespacesAreSeparate() {
        // label 3 as gluon and as quark index: two different indices, so no error and 3 stays external
        ColourDecomposition d = ColourDecomposition.of(List.of(ColourFactor.one().t(3, 3, 4)));
        assertTrue(d.basis().equals(List.of("(T3)_{3,4}")), d.basis().toString());
    }

    @Test
    void diagramsWithDifferentExternalIndices() {
        assertMessage(() -> ColourDecomposition.of(List.of(ColourFactor.one().t(1, 2, 3), ColourFactor.one().t(4, 2, 3))),
                "diagram 1", "different");
        assertMessage(() -> ColourDecomposition.of(List.of(ColourFactor.one().t(1, 2, 3),
                ColourFactor.one().t(1, 2, 3).t(5, 6, 7))), "diagram 1");
        assertMessage(() -> ColourDecomposition.of(List.of(ColourFactor.one().t(1, 2, 3), ColourFactor.one().t(1, 3, 2))),
                "external quark index", "row", "column");
    }

    @Test
    void emptyOrNullDiagrams() {
        assertMessage(() -> ColourDecomposition.of(List.of()), "at least one diagram");
        assertMessage(() -> ColourDecomposition.of(Arrays.asList(ColourFactor.one(), null)), "diagram 1", "null");
        ColourDecomposition d = ColourDecomposition.of(List.of(ColourFactor.one()));
        assertThrows(IndexOutOfBoundsException.class, () -> d.coefficients(1));
        assertThrows(IndexOutOfBoundsException.class, () -> d.coefficients(-1));
    }

    private static void assertMessage(Executable bad, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }
}
