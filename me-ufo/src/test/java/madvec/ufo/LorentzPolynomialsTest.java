package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compiled polynomials of Lorentz structures: the amputated current of every open leg, contracted
 * with that leg's wavefunction, gives the same number L for every choice of open leg (index bookkeeping,
 * metrics, momentum conservation at the vertex), for every structure of the four shared models; and
 * VVS3 and VVV1 against their formulas written out by hand.
 */
class LorentzPolynomialsTest {
    private static final double[] METRIC = {1, -1, -1, -1};

    /** Random complex wavefunctions (4 components; spin 0 uses the first) and incoming momenta summing to 0. */
    private record Legs(double[][] re, double[][] im, double[][] p) {
        static Legs random(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double[][] re = new double[n][4], im = new double[n][4], p = new double[n][4];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 4; c++) {
                    re[i][c] = r.nextDouble(-1, 1);
                    im[i][c] = r.nextDouble(-1, 1);
                    if (i < n - 1) {
                        p[i][c] = r.nextDouble(-3, 3);
                        p[n - 1][c] -= p[i][c];
                    }
                }
            }
            return new Legs(re, im, p);
        }
    }

    /** L from the polynomial with leg {@code open} open: sum over components of X times the leg's wavefunction. */
    static double[] contract(VertexPolynomial poly, List<Integer> spins, int open, Legs legs) {
        int[] out = poly.outputs(), comps = poly.components(), start = poly.momentumStart();
        int[] mi = poly.momentumInput(), mm = poly.momentumComponent();
        double[] cre = poly.re(), cim = poly.im();
        int inputs = poly.inputs();
        int[] leg = new int[inputs];
        for (int i = 0, j = 0; i < spins.size(); i++) {
            if (i != open) {
                leg[j++] = i;
            }
        }
        double lr = 0, li = 0;
        for (int m = 0; m < poly.size(); m++) {
            double r = cre[m], im = cim[m];
            for (int j = 0; j < inputs; j++) {
                double ar = legs.re[leg[j]][comps[m * inputs + j]], ai = legs.im[leg[j]][comps[m * inputs + j]];
                double t = r * ar - im * ai;
                im = r * ai + im * ar;
                r = t;
            }
            for (int f = start[m]; f < start[m + 1]; f++) {
                double x = legs.p[leg[mi[f]]][mm[f]];
                r *= x;
                im *= x;
            }
            double wr = legs.re[open][out[m]], wi = legs.im[open][out[m]];
            double g = spins.get(open) == 3 ? METRIC[out[m]] : 1;
            lr += g * (r * wr - im * wi);
            li += g * (r * wi + im * wr);
        }
        return new double[] {lr, li};
    }

    private static Wavefunction kind(int spin) {
        return switch (spin) {
            case 2 -> Wavefunction.F1;
            case 3 -> Wavefunction.VECTOR;
            default -> Wavefunction.SPIN_ZERO;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void everyOpenLegGivesTheSameStructure(String name) {
        UfoModel model = UfoModel.load(SharedModels.folder(name) + "-full");
        int checked = 0;
        for (UfoLorentz l : model.lorentz()) {
            if (l.spins().stream().anyMatch(s -> s > 3) || l.structure().contains("C(")) {
                continue;
            }
            Legs legs = Legs.random(l.spins().size(), l.name().hashCode());
            double[] first = null;
            for (int open = 0; open < l.spins().size(); open++) {
                VertexPolynomial p = LorentzPolynomials.compile(model, l, open, kind(l.spins().get(open)));
                double[] x = contract(p, l.spins(), open, legs);
                if (first == null) {
                    first = x;
                } else {
                    double scale = Math.max(1e-300, Math.hypot(first[0], first[1]));
                    assertEquals(first[0], x[0], 1e-12 * scale, name + " " + l.name() + ": leg " + (open + 1) + " open (re)");
                    assertEquals(first[1], x[1], 1e-12 * scale, name + " " + l.name() + ": leg " + (open + 1) + " open (im)");
                }
            }
            checked++;
        }
        assertTrue(checked > 10, name + ": " + checked + " structures");
    }

    private static double[] dot(double[] ar, double[] ai, double[] br, double[] bi) {
        double r = 0, i = 0;
        for (int mu = 0; mu < 4; mu++) {
            r += METRIC[mu] * (ar[mu] * br[mu] - ai[mu] * bi[mu]);
            i += METRIC[mu] * (ar[mu] * bi[mu] + ai[mu] * br[mu]);
        }
        return new double[] {r, i};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
    }

    @Test
    void heftVvs3AndVvv1AsWrittenOut() {
        UfoModel heft = UfoModel.load(SharedModels.folder(SharedModels.HEFT).toString());
        UfoLorentz vvs3 = heft.lorentz().stream().filter(l -> l.name().equals("VVS3")).findFirst().orElseThrow();
        Legs legs = Legs.random(3, 1);
        // P(1,2)*P(2,1) - P(-1,1)*P(-1,2)*Metric(1,2): (e1.p2)(e2.p1) - (p1.p2)(e1.e2), times the scalar
        double[] zero = new double[4];
        double[] e1p2 = dot(legs.re[0], legs.im[0], legs.p[1], zero), e2p1 = dot(legs.re[1], legs.im[1], legs.p[0], zero);
        double[] e1e2 = dot(legs.re[0], legs.im[0], legs.re[1], legs.im[1]);
        double p1p2 = dot(legs.p[0], legs.p[1]);
        double ar = e1p2[0] * e2p1[0] - e1p2[1] * e2p1[1] - p1p2 * e1e2[0];
        double ai = e1p2[0] * e2p1[1] + e1p2[1] * e2p1[0] - p1p2 * e1e2[1];
        double sr = legs.re[2][0], si = legs.im[2][0];
        double[] want = {ar * sr - ai * si, ar * si + ai * sr};
        VertexPolynomial open = LorentzPolynomials.compile(heft, vvs3, 2, Wavefunction.SPIN_ZERO);
        assertEquals(2, open.maxDegree());
        double[] got = contract(open, vvs3.spins(), 2, legs);
        assertEquals(want[0], got[0], 1e-12 * Math.hypot(want[0], want[1]));
        assertEquals(want[1], got[1], 1e-12 * Math.hypot(want[0], want[1]));

        UfoLorentz vvv1 = heft.lorentz().stream().filter(l -> l.name().equals("VVV1")).findFirst().orElseThrow();
        // (p1 - p2).e3 (e1.e2) + (p2 - p3).e1 (e2.e3) + (p3 - p1).e2 (e3.e1), real wavefunctions for brevity
        Legs v = new Legs(legs.re, new double[3][4], legs.p);
        double[] d12 = new double[4], d23 = new double[4], d31 = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            d12[mu] = v.p[0][mu] - v.p[1][mu];
            d23[mu] = v.p[1][mu] - v.p[2][mu];
            d31[mu] = v.p[2][mu] - v.p[0][mu];
        }
        double l = dot(d12, v.re[2]) * dot(v.re[0], v.re[1]) + dot(d23, v.re[0]) * dot(v.re[1], v.re[2])
                + dot(d31, v.re[1]) * dot(v.re[2], v.re[0]);
        for (int o = 0; o < 3; o++) {
            double[] x = contract(LorentzPolynomials.compile(heft, vvv1, o, Wavefunction.VECTOR), vvv1.spins(), o, v);
            assertEquals(l, x[0], 1e-12 * Math.abs(l), "VVV1, leg " + (o + 1) + " open");
            assertEquals(0, x[1], 1e-12 * Math.abs(l));
        }
    }
}
