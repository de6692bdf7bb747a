package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import madvec.generator.VertexBody.ColourAtom;
import org.junit.jupiter.api.Test;

/**
 * d^{abc} written as generators (SymmetricStructure) against its tabulated values and the invariant
 * sum d^{abc} d^{abc} = (N^2 - 4)(N^2 - 1) / N = 40/3, with explicit Gell-Mann matrices T = lambda / 2.
 */
class SymmetricStructureTest {
    /** lambda_a as [a][row][col][re, im]. */
    private static final double[][][][] LAMBDA = new double[8][3][3][2];

    static {
        double s = 1 / Math.sqrt(3);
        LAMBDA[0][0][1][0] = LAMBDA[0][1][0][0] = 1;
        LAMBDA[1][0][1][1] = -1;
        LAMBDA[1][1][0][1] = 1;
        LAMBDA[2][0][0][0] = 1;
        LAMBDA[2][1][1][0] = -1;
        LAMBDA[3][0][2][0] = LAMBDA[3][2][0][0] = 1;
        LAMBDA[4][0][2][1] = -1;
        LAMBDA[4][2][0][1] = 1;
        LAMBDA[5][1][2][0] = LAMBDA[5][2][1][0] = 1;
        LAMBDA[6][1][2][1] = -1;
        LAMBDA[6][2][1][1] = 1;
        LAMBDA[7][0][0][0] = LAMBDA[7][1][1][0] = s;
        LAMBDA[7][2][2][0] = -2 * s;
    }

    /** The atoms' product summed over their fundamental indices (all summed here), adjoint legs 1, 2, 3 set to a, b, c. */
    private static double[] value(List<ColourAtom> atoms, int a, int b, int c) {
        int[] adj = {a, b, c};
        double re = 0, im = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    int[] f = {i, j, k}; // fresh indices -1, -2, -3
                    double pr = 1, pi = 0;
                    for (ColourAtom t : atoms) {
                        int[] x = t.indices();
                        double[] m = LAMBDA[adj[x[0] - 1]][f[-x[1] - 1]][f[-x[2] - 1]];
                        double r = 0.5 * m[0], q = 0.5 * m[1];
                        double nr = pr * r - pi * q;
                        pi = pr * q + pi * r;
                        pr = nr;
                    }
                    re += pr;
                    im += pi;
                }
            }
        }
        return new double[] {re, im};
    }

    private static double d(int a, int b, int c) {
        List<List<ColourAtom>> traces = SymmetricStructure.expand(List.of(List.of()), 1, 2, 3, new int[] {-1, -2, -3});
        assertEquals(2, traces.size());
        double re = 0, im = 0;
        for (List<ColourAtom> t : traces) {
            double[] v = value(t, a, b, c);
            re += 2 * v[0];
            im += 2 * v[1];
        }
        // each trace is (d + i f) / 4 or (d - i f) / 4: their sum is real
        assertEquals(0.0, im, 1e-15, "d is real");
        return re;
    }

    @Test
    void tabulatedValues() {
        double s = 1 / Math.sqrt(3);
        assertEquals(s, d(0, 0, 7), 1e-15, "d118");
        assertEquals(0.5, d(0, 3, 5), 1e-15, "d146");
        assertEquals(0.5, d(0, 4, 6), 1e-15, "d157");
        assertEquals(-0.5, d(1, 3, 6), 1e-15, "d247");
        assertEquals(0.5, d(2, 3, 3), 1e-15, "d344");
        assertEquals(-s / 2, d(3, 3, 7), 1e-15, "d448");
        assertEquals(-s, d(7, 7, 7), 1e-15, "d888");
        assertEquals(0.0, d(0, 1, 2), 1e-15, "d123 (f's entry, not d's)");
    }

    @Test
    void totallySymmetricAndItsInvariantSum() {
        double sum = 0;
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    double x = d(a, b, c);
                    assertEquals(x, d(b, a, c), 1e-15);
                    assertEquals(x, d(c, b, a), 1e-15);
                    sum += x * x;
                }
            }
        }
        assertEquals(40.0 / 3, sum, 1e-12);
    }
}
