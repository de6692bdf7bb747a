package madvec.helas.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vertices with a scalar leg against their defining formulas, lane by lane, on whichever path the
 * execution runs (the Vector API kernels in one Surefire execution, the plain-Java twins in the other).
 */
class SpinZeroStructuresTest {
    private static final int C = 16, BLOCK = Layout.wfBlock(C);
    private static final double[] G = {0.3, -0.7, 1.1, 0.4};
    private final double[] w = new double[8 * BLOCK];
    private final SplittableRandom rng = new SplittableRandom(3);

    SpinZeroStructuresTest() {
        for (int i = 0; i < w.length; i++) w[i] = rng.nextDouble(-1, 1);
    }

    private double re(int slot, int l, int j) {
        return w[slot * BLOCK + Layout.lane(12, l) + Layout.row(2 * j)];
    }

    private double im(int slot, int l, int j) {
        return w[slot * BLOCK + Layout.lane(12, l) + Layout.row(2 * j + 1)];
    }

    /** Component j of slot 'out' at lane l against (re, im), to 1e-14. */
    private void check(int out, int l, int j, double er, double ei, String what) {
        assertEquals(er, re(out, l, j), 1e-14, what + ": lane " + l + ", component " + j + " (re)");
        assertEquals(ei, im(out, l, j), 1e-14, what + ": lane " + l + ", component " + j + " (im)");
    }

    private static double[] mul(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    private double[] dot(int a, int b, int l) {
        double r = 0, i = 0;
        for (int j = 0; j < 4; j++) {
            double[] p = mul(re(a, l, j), im(a, l, j), re(b, l, j), im(b, l, j));
            double s = j == 0 ? 1 : -1;
            r += s * p[0];
            i += s * p[1];
        }
        return new double[] {r, i};
    }

    @Test
    void vectorVectorScalar() {
        SpinZeroStructures.vvsOpenV(w, C, BLOCK, 2 * BLOCK, 7 * BLOCK, G, 0, false);
        for (int l = 0; l < C; l++) {
            double[] f = mul(G[0], G[1], re(2, l, 0), im(2, l, 0));
            for (int j = 0; j < 4; j++) {
                double[] x = mul(f[0], f[1], re(1, l, j), im(1, l, j));
                check(7, l, j, x[0], x[1], "VVS open V");
            }
        }
        SpinZeroStructures.vvsOpenS(w, C, BLOCK, 3 * BLOCK, 7 * BLOCK, G, 1, false);
        for (int l = 0; l < C; l++) {
            double[] x = mul(G[2], G[3], dot(1, 3, l)[0], dot(1, 3, l)[1]);
            check(7, l, 0, x[0], x[1], "VVS open S");
            for (int j = 1; j < 4; j++) check(7, l, j, 0, 0, "VVS open S, unused components");
        }
    }

    @Test
    void vectorVectorScalarScalar() {
        SpinZeroStructures.vvssOpenV(w, C, BLOCK, 2 * BLOCK, 3 * BLOCK, 7 * BLOCK, G, 0, false);
        for (int l = 0; l < C; l++) {
            double[] ss = mul(re(2, l, 0), im(2, l, 0), re(3, l, 0), im(3, l, 0));
            double[] f = mul(G[0], G[1], ss[0], ss[1]);
            for (int j = 0; j < 4; j++) {
                double[] x = mul(f[0], f[1], re(1, l, j), im(1, l, j));
                check(7, l, j, x[0], x[1], "VVSS open V");
            }
        }
        SpinZeroStructures.vvssOpenS(w, C, BLOCK, 4 * BLOCK, 5 * BLOCK, 7 * BLOCK, G, 0, false);
        for (int l = 0; l < C; l++) {
            double[] d = dot(1, 4, l);
            double[] p = mul(d[0], d[1], re(5, l, 0), im(5, l, 0));
            double[] x = mul(G[0], G[1], p[0], p[1]);
            check(7, l, 0, x[0], x[1], "VVSS open S");
        }
    }

    @Test
    void threeAndFourScalarsAccumulate() {
        double[] before = w.clone();
        SpinZeroStructures.scalarsOpenS(w, C, BLOCK, 2 * BLOCK, -1, 7 * BLOCK, G, 0, true);
        SpinZeroStructures.scalarsOpenS(w, C, BLOCK, 2 * BLOCK, 3 * BLOCK, 7 * BLOCK, G, 1, true);
        for (int l = 0; l < C; l++) {
            double[] p = mul(re(1, l, 0), im(1, l, 0), re(2, l, 0), im(2, l, 0));
            double[] sss = mul(G[0], G[1], p[0], p[1]);
            double[] q = mul(p[0], p[1], re(3, l, 0), im(3, l, 0));
            double[] ssss = mul(G[2], G[3], q[0], q[1]);
            int at = 7 * BLOCK + Layout.lane(12, l);
            check(7, l, 0, before[at] + sss[0] + ssss[0], before[at + Layout.row(1)] + sss[1] + ssss[1], "SSS + SSSS");
        }
    }

    @Test
    void fermionFermionScalarWithChiralCouplings() {
        SpinZeroStructures.ffsOpenF1(w, C, BLOCK, 2 * BLOCK, 7 * BLOCK, G, 0, G, 1, false);
        for (int l = 0; l < C; l++) {
            double[] left = mul(G[0], G[1], re(2, l, 0), im(2, l, 0)), right = mul(G[2], G[3], re(2, l, 0), im(2, l, 0));
            for (int j = 0; j < 4; j++) {
                double[] h = j < 2 ? left : right;
                double[] x = mul(h[0], h[1], re(1, l, j), im(1, l, j));
                check(7, l, j, x[0], x[1], "FFS open F1");
            }
        }
        SpinZeroStructures.ffsOpenS(w, C, BLOCK, 3 * BLOCK, 7 * BLOCK, G, 0, G, 1, false);
        for (int l = 0; l < C; l++) {
            double[] lo = {0, 0}, up = {0, 0};
            for (int j = 0; j < 4; j++) {
                double[] p = mul(re(1, l, j), im(1, l, j), re(3, l, j), im(3, l, j));
                double[] t = j < 2 ? lo : up;
                t[0] += p[0];
                t[1] += p[1];
            }
            double[] a = mul(G[0], G[1], lo[0], lo[1]), b = mul(G[2], G[3], up[0], up[1]);
            check(7, l, 0, a[0] + b[0], a[1] + b[1], "FFS open S");
        }
    }
}
