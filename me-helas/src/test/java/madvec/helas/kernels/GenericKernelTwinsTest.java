package madvec.helas.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic vertex kernel: its Vector API form against its plain-Java twin (same bits) on random
 * polynomials of momentum degree up to three, in value, accumulating and momentum-derivative modes;
 * and the derivative mode against a central difference of the value mode along the same momentum
 * direction (the polynomial is at most cubic, so the difference is exact up to rounding).
 */
class GenericKernelTwinsTest {
    /** A random polynomial: {@code monomials} terms over {@code inputs} inputs, open leg of the given kind. */
    static GenericVertices.Compiled random(int inputs, Wavefunction open, int monomials, int maxDegree, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        VertexPolynomial.Builder b = new VertexPolynomial.Builder("random", open, inputs);
        int comps = open == Wavefunction.SPIN_ZERO ? 1 : 4;
        for (int m = 0; m < monomials; m++) {
            int[] c = new int[inputs];
            for (int j = 0; j < inputs; j++) c[j] = rng.nextInt(4);
            int[] mom = new int[rng.nextInt(maxDegree + 1)];
            for (int f = 0; f < mom.length; f++) mom[f] = 4 * rng.nextInt(inputs) + rng.nextInt(4);
            b.add(rng.nextInt(comps), rng.nextDouble(-2, 2), rng.nextDouble(-2, 2), c, mom);
        }
        return new GenericVertices.Compiled(b.build());
    }

    @ParameterizedTest(name = "{0} inputs, open {1}, degree {2}, acc {3}, derivative {4}")
    @CsvSource({
        "2, VECTOR, 0, false, false", "2, VECTOR, 2, false, false", "2, VECTOR, 2, true, false",
        "2, VECTOR, 2, false, true", "3, F1, 1, false, false", "3, F2, 3, true, true", "2, SPIN_ZERO, 2, false, true",
        "3, SPIN_ZERO, 0, true, false"})
    void twinsAgree(int inputs, Wavefunction open, int degree, boolean acc, boolean derivative) {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "jdk.incubator.vector is absent");
        assumeTrue(Layout.G == madvec.simd.vector.Species.LANES, "layout groups differ from the vector length");
        GenericVertices.Compiled p = random(inputs, open, 40, degree, 7 + inputs + degree);
        KernelTwinsTest.assertTwinsAgree("generic", (w, c, b) -> run(true, w, c, b, p, inputs, acc, derivative),
                (w, c, b) -> run(false, w, c, b, p, inputs, acc, derivative));
    }

    private static void run(boolean plain, double[] w, int c, int b, GenericVertices.Compiled p, int inputs,
            boolean acc, boolean derivative) {
        int[] wf = new int[inputs], mom = new int[inputs], dmom = new int[inputs];
        for (int j = 0; j < inputs; j++) {
            wf[j] = j * b;
            mom[j] = j * b;
            dmom[j] = (4 + j) * b;
        }
        if (plain) {
            PlainGenericKernels.apply(w, c, p, wf, mom, derivative ? dmom : null, 7 * b, 0.3, -1.1, acc);
        } else {
            SimdGenericKernels.apply(w, c, p, wf, mom, derivative ? dmom : null, 7 * b, 0.3, -1.1, acc);
        }
    }

    @Test
    void derivativeModeIsTheDerivativeAlongTheMomenta() {
        int c = 2 * Layout.G, b = Layout.wfBlock(c), inputs = 2;
        GenericVertices.Compiled p = random(inputs, Wavefunction.VECTOR, 30, 3, 99);
        SplittableRandom rng = new SplittableRandom(5);
        double[] w = new double[8 * b];
        for (int i = 0; i < w.length; i++) w[i] = rng.nextDouble(-1, 1);
        int[] wf = {0, b}, mom = {0, b}, dmom = {4 * b, 5 * b};
        double[] g = {0.7, 0.2};
        GenericVertices.apply(w, c, p, wf, mom, dmom, 7 * b, g, 0, false);
        double[] derivative = w.clone();
        double h = 1e-4;
        double[][] at = new double[2][];
        for (int s = 0; s < 2; s++) {
            double[] x = w.clone();
            double sign = s == 0 ? 1 : -1;
            for (int j = 0; j < inputs; j++) {
                for (int l = 0; l < c; l++) {
                    for (int mu = 0; mu < 4; mu++) {
                        int q = Layout.lane(12, l) + Layout.row(8 + mu);
                        x[mom[j] + q] += sign * h * x[dmom[j] + q];
                    }
                }
            }
            GenericVertices.apply(x, c, p, wf, mom, null, 6 * b, g, 0, false);
            at[s] = x;
        }
        for (int l = 0; l < c; l++) {
            for (int row = 0; row < 8; row++) {
                int q = Layout.lane(12, l) + Layout.row(row);
                double fd = (at[0][6 * b + q] - at[1][6 * b + q]) / (2 * h);
                double exact = derivative[7 * b + q];
                assertEquals(exact, fd, 1e-7 * Math.max(1, Math.abs(exact)), "lane " + l + ", row " + row);
            }
        }
    }

    /**
     * The kernel against the polynomial summed monomial by monomial in the test, on a polynomial of many
     * monomials over few component patterns (as UFO structures expand): every lane and component to
     * 1e-13 of the sum of the monomials' magnitudes.
     */
    @ParameterizedTest(name = "{0} inputs, open {1}, degree {2}")
    @CsvSource({"1, VECTOR, 2", "2, VECTOR, 1", "3, F1, 2", "4, VECTOR, 1"})
    void kernelIsTheMonomialSum(int inputs, Wavefunction open, int degree) {
        VertexPolynomial.Builder builder = new VertexPolynomial.Builder("dense", open, inputs);
        SplittableRandom rng = new SplittableRandom(31 + inputs);
        int comps = open == Wavefunction.SPIN_ZERO ? 1 : 4;
        for (int m = 0; m < 600; m++) {
            int[] cs = new int[inputs];
            // few patterns: the first inputs take two components, so monomials share them
            for (int j = 0; j < inputs; j++) cs[j] = rng.nextInt(j == inputs - 1 ? 4 : 2);
            int[] mom = new int[rng.nextInt(degree + 1)];
            for (int f = 0; f < mom.length; f++) mom[f] = 4 * rng.nextInt(inputs) + rng.nextInt(4);
            builder.add(rng.nextInt(comps), rng.nextDouble(-2, 2), rng.nextDouble(-2, 2), cs, mom);
        }
        VertexPolynomial poly = builder.build();
        GenericVertices.Compiled p = new GenericVertices.Compiled(poly);
        assertTrue(poly.size() > 100, poly.size() + " monomials");
        int c = 2 * Layout.G, b = Layout.wfBlock(c);
        double[] w = new double[(inputs + 1) * b];
        SplittableRandom values = new SplittableRandom(3);
        for (int i = 0; i < w.length; i++) w[i] = values.nextDouble(-1, 1);
        int[] wf = new int[inputs];
        for (int j = 0; j < inputs; j++) wf[j] = j * b;
        double[] g = {0.7, -0.4};
        GenericVertices.apply(w, c, p, wf, wf, null, inputs * b, g, 0, false);
        int[] out = poly.outputs(), cs = poly.components(), start = poly.momentumStart(), mi = poly.momentumInput(),
                mu = poly.momentumComponent();
        double[] re = poly.re(), im = poly.im();
        for (int l = 0; l < c; l++) {
            int lane = Layout.lane(Layout.WF_ROWS, l);
            for (int comp = 0; comp < comps; comp++) {
                double sr = 0, si = 0, scale = 0;
                for (int m = 0; m < poly.size(); m++) {
                    if (out[m] != comp) {
                        continue;
                    }
                    double tr = re[m], ti = im[m];
                    for (int j = 0; j < inputs; j++) {
                        int at = wf[j] + lane + Layout.row(2 * cs[m * inputs + j]);
                        double ar = w[at], ai = w[at + Layout.G], t = tr * ar - ti * ai;
                        ti = tr * ai + ti * ar;
                        tr = t;
                    }
                    for (int f = start[m]; f < start[m + 1]; f++) {
                        double x = w[wf[mi[f]] + lane + Layout.row(8 + mu[f])];
                        tr *= x;
                        ti *= x;
                    }
                    sr += tr;
                    si += ti;
                    scale += Math.hypot(tr, ti);
                }
                int at = inputs * b + lane + Layout.row(2 * comp);
                double tol = 1e-13 * scale * Math.hypot(g[0], g[1]);
                assertEquals(sr * g[0] - si * g[1], w[at], tol, "lane " + l + ", component " + comp + ", real");
                assertEquals(si * g[0] + sr * g[1], w[at + Layout.G], tol, "lane " + l + ", component " + comp + ", imaginary");
            }
        }
    }
}
