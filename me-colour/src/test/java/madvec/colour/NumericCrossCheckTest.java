package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The exact algebra against brute force: random factors of generators, structure constants and
 * deltas (open strings, quark loops, summed and external gluons, labels shared between the two
 * namespaces) evaluated with explicit Gell-Mann matrices for every value of every index.
 */
class NumericCrossCheckTest {

    @Test
    void gellMannStructureConstantsAreTheTextbookOnes() {
        assertEquals(1.0, Su3.F[0][1][2], 1e-15);
        assertEquals(0.5, Su3.F[0][3][6], 1e-15);
        assertEquals(Math.sqrt(3) / 2, Su3.F[3][4][7], 1e-15);
        assertEquals(-1.0, Su3.F[1][0][2], 1e-15);
    }

    @Test
    void randomFactorsDecomposeExactly() {
        Random rnd = new Random(2024);
        for (int trial = 0; trial < 150; trial++) {
            List<ColourFactor> diagrams = randomProcess(rnd);
            NumericChecks.assertMatchesNumerics(diagrams, ColourDecomposition.of(diagrams));
        }
    }

    @Test
    void gluonPairToTopPairAndGluonMatchesNumerics() {
        List<ColourFactor> diagrams = TreeDiagrams.quarkLine(TreeDiagrams.gluons(3));
        NumericChecks.assertMatchesNumerics(diagrams, ColourDecomposition.of(diagrams));
    }

    @Test
    void fourGluonsMatchNumerics() {
        List<ColourFactor> diagrams = TreeDiagrams.gluonsOnly(List.of(1, 2, 3, 4));
        NumericChecks.assertMatchesNumerics(diagrams, ColourDecomposition.of(diagrams));
    }

    /** One piece of a factor: 'T' (gluon, row, col), 'f' (a, b, c) or 'd' (row, col). */
    private record Piece(char kind, int[] labels) {
        ColourFactor times(ColourFactor f) {
            return switch (kind) {
                case 'T' -> f.t(labels[0], labels[1], labels[2]);
                case 'f' -> f.f(labels[0], labels[1], labels[2]);
                default -> f.delta(labels[0], labels[1]);
            };
        }
    }

    /** A random factor and copies of it with its external labels permuted: same externals, other flows. */
    private static List<ColourFactor> randomProcess(Random rnd) {
        while (true) {
            List<Integer> quarkPool = shuffled(rnd, 40);
            List<Integer> gluonPool = shuffled(rnd, 40);
            List<Piece> pieces = new ArrayList<>();
            List<Integer> externalRows = new ArrayList<>();
            List<Integer> externalCols = new ArrayList<>();
            int quarkVars = 0;
            int lines = rnd.nextInt(3);
            for (int line = 0; line < lines; line++) {
                int m = 1 + rnd.nextInt(3);
                List<Integer> q = take(quarkPool, m + 1);
                quarkVars += m + 1;
                externalRows.add(q.get(0));
                externalCols.add(q.get(m));
                for (int k = 0; k < m; k++) {
                    pieces.add(piece(rnd, q.get(k), q.get(k + 1)));
                }
            }
            if (rnd.nextInt(4) == 0) {
                int m = 1 + rnd.nextInt(3);
                List<Integer> q = take(quarkPool, m);
                quarkVars += m;
                for (int k = 0; k < m; k++) {
                    pieces.add(piece(rnd, q.get(k), q.get((k + 1) % m)));
                }
            }
            int nf = rnd.nextInt(3);
            for (int k = 0; k < nf; k++) {
                pieces.add(new Piece('f', new int[3]));
            }
            List<int[]> slots = new ArrayList<>();
            for (int p = 0; p < pieces.size(); p++) {
                int n = pieces.get(p).kind() == 'f' ? 3 : pieces.get(p).kind() == 'T' ? 1 : 0;
                for (int s = 0; s < n; s++) {
                    slots.add(new int[] {p, s});
                }
            }
            int internal = rnd.nextInt(slots.size() / 2 + 1);
            // keeps brute force cheap: at most 5 gluon and 6 quark labels, at most 8^3 * 3^4 external values
            int externalValues = (int) (Math.pow(8, slots.size() - 2 * internal) * Math.pow(9, lines));
            if (pieces.isEmpty() || slots.size() - internal > 5 || quarkVars > 6 || externalValues > 41_472) {
                continue;
            }
            Collections.shuffle(slots, rnd);
            if (pairsWithinOneStructureConstant(slots, internal) && rnd.nextInt(5) != 0) {
                continue; // f^{aab} = 0: keep such factors, but not as most of the sample
            }
            List<Integer> externalGluons = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                int label = s < 2 * internal && s % 2 == 1 ? labelAt(pieces, slots.get(s - 1)) : gluonPool.remove(0);
                if (s >= 2 * internal) {
                    externalGluons.add(label);
                }
                pieces.get(slots.get(s)[0]).labels()[slots.get(s)[1]] = label;
            }
            Collections.shuffle(pieces, rnd);
            ComplexRational c = ComplexRational.of(rnd.nextInt(9) - 4, 1 + rnd.nextInt(5), rnd.nextInt(9) - 4, 1 + rnd.nextInt(5));
            List<ColourFactor> out = new ArrayList<>();
            for (int variant = 0; variant < 3; variant++) {
                Map<Integer, Integer> gluonMap = permutation(rnd, externalGluons, variant == 0);
                Map<Integer, Integer> rowMap = permutation(rnd, externalRows, variant == 0);
                ColourFactor f = ColourFactor.one().times(c);
                for (Piece p : pieces) {
                    f = rename(p, gluonMap, rowMap).times(f);
                }
                out.add(f);
            }
            return out;
        }
    }

    private static boolean pairsWithinOneStructureConstant(List<int[]> slots, int internal) {
        for (int k = 0; k < internal; k++) {
            if (slots.get(2 * k)[0] == slots.get(2 * k + 1)[0]) {
                return true;
            }
        }
        return false;
    }

    private static Piece piece(Random rnd, int row, int col) {
        return rnd.nextInt(4) == 0 ? new Piece('d', new int[] {row, col}) : new Piece('T', new int[] {0, row, col});
    }

    private static int labelAt(List<Piece> pieces, int[] slot) {
        return pieces.get(slot[0]).labels()[slot[1]];
    }

    private static Piece rename(Piece p, Map<Integer, Integer> gluons, Map<Integer, Integer> rows) {
        int[] l = p.labels().clone();
        switch (p.kind()) {
            case 'T' -> {
                l[0] = gluons.getOrDefault(l[0], l[0]);
                l[1] = rows.getOrDefault(l[1], l[1]);
            }
            case 'f' -> {
                for (int k = 0; k < 3; k++) {
                    l[k] = gluons.getOrDefault(l[k], l[k]);
                }
            }
            default -> l[0] = rows.getOrDefault(l[0], l[0]);
        }
        return new Piece(p.kind(), l);
    }

    private static Map<Integer, Integer> permutation(Random rnd, List<Integer> labels, boolean identity) {
        List<Integer> image = new ArrayList<>(labels);
        if (!identity) {
            Collections.shuffle(image, rnd);
        }
        Map<Integer, Integer> map = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            map.put(labels.get(k), image.get(k));
        }
        return map;
    }

    private static List<Integer> shuffled(Random rnd, int n) {
        List<Integer> l = new ArrayList<>(IntStream.rangeClosed(1, n).boxed().toList());
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Integer> take(List<Integer> pool, int n) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(pool.remove(0));
        }
        return out;
    }
}
