package madvec.colour;

/**
 * SU(3) in numbers, independent of the algebra under test: the generators T^a = lambda^a / 2 from the
 * Gell-Mann matrices, and f^{abc} obtained from the commutator, f^{abc} = -2i Tr([T^a, T^b] T^c).
 */
final class Su3 {
    /** Real and imaginary parts of (T^a)_{ij}. */
    static final double[][][] T_RE = new double[8][3][3];
    static final double[][][] T_IM = new double[8][3][3];
    /** f^{abc}, with entries that are zero up to rounding set to exactly zero (so zeros can prune sums). */
    static final double[][][] F = new double[8][8][8];

    static {
        double h = 0.5;
        double s = 0.5 / Math.sqrt(3.0);
        T_RE[0][0][1] = h;
        T_RE[0][1][0] = h;
        T_IM[1][0][1] = -h;
        T_IM[1][1][0] = h;
        T_RE[2][0][0] = h;
        T_RE[2][1][1] = -h;
        T_RE[3][0][2] = h;
        T_RE[3][2][0] = h;
        T_IM[4][0][2] = -h;
        T_IM[4][2][0] = h;
        T_RE[5][1][2] = h;
        T_RE[5][2][1] = h;
        T_IM[6][1][2] = -h;
        T_IM[6][2][1] = h;
        T_RE[7][0][0] = s;
        T_RE[7][1][1] = s;
        T_RE[7][2][2] = -2 * s;
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    F[a][b][c] = structureConstant(a, b, c);
                }
            }
        }
    }

    private Su3() { }

    // -2i Tr([A,B] C) = -2i sum (A B - B A)_{ij} C_{ji}; its real part is f, the imaginary part vanishes.
    private static double structureConstant(int a, int b, int c) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    double[] ab = mul(a, i, k, b, k, j);
                    double[] ba = mul(b, i, k, a, k, j);
                    double cr = T_RE[c][j][i];
                    double ci = T_IM[c][j][i];
                    double dr = ab[0] - ba[0];
                    double di = ab[1] - ba[1];
                    re += dr * cr - di * ci;
                    im += dr * ci + di * cr;
                }
            }
        }
        double f = 2 * im; // -2i (re + i im) = 2 im - 2i re
        if (Math.abs(re) > 1e-14) {
            throw new AssertionError("Tr([T^a,T^b] T^c) should be imaginary");
        }
        return Math.abs(f) < 1e-14 ? 0.0 : f;
    }

    private static double[] mul(int a, int i, int k, int b, int k2, int j) {
        double ar = T_RE[a][i][k];
        double ai = T_IM[a][i][k];
        double br = T_RE[b][k2][j];
        double bi = T_IM[b][k2][j];
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }
}
