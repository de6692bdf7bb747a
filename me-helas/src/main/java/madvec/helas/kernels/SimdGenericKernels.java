package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * The generic vertex polynomial on the Vector API, {@link Species#LANES} events per step; the twin of
 * {@link PlainGenericKernels}, with the same operations in the same order. Per lane group, the
 * monomials of one output component are summed in two accumulators and stored before the next
 * component starts, so only a handful of vectors are live whatever the polynomial's size.
 */
final class SimdGenericKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdGenericKernels() {}

    static void apply(double[] w, int c, GenericVertices.Compiled p, int[] wf, int[] mom, int[] dmom, int out,
            double gr, double gi, boolean acc) {
        int n = p.n, inputs = p.inputs, comps = p.comps;
        int[] o = p.out, wfc = p.wf, ms = p.momStart, mi = p.momInput, mm = p.momMu;
        double[] cr = p.re, ci = p.im;
        DoubleVector zero = DoubleVector.zero(D), one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int lane = Layout.WF_ROWS * l;
            int m = 0;
            for (int comp = 0; comp < comps; comp++) {
                DoubleVector sr = zero, si = zero;
                for (; m < n && o[m] == comp; m++) {
                    DoubleVector pr = DoubleVector.broadcast(D, cr[m]), pi = DoubleVector.broadcast(D, ci[m]);
                    for (int j = 0; j < inputs; j++) {
                        int at = wf[j] + lane + 2 * wfc[m * inputs + j] * L;
                        DoubleVector ar = fromArray(D, w, at), ai = fromArray(D, w, at + L);
                        DoubleVector t = pr.mul(ar).sub(pi.mul(ai));
                        pi = pr.mul(ai).add(pi.mul(ar));
                        pr = t;
                    }
                    int from = ms[m], to = ms[m + 1];
                    if (from < to) {
                        DoubleVector f;
                        if (dmom == null) {
                            f = one;
                            for (int q = from; q < to; q++) f = f.mul(fromArray(D, w, mom[mi[q]] + lane + (8 + mm[q]) * L));
                        } else {
                            f = zero;
                            for (int d = from; d < to; d++) {
                                DoubleVector x = fromArray(D, w, dmom[mi[d]] + lane + (8 + mm[d]) * L);
                                for (int q = from; q < to; q++) {
                                    if (q != d) {
                                        x = x.mul(fromArray(D, w, mom[mi[q]] + lane + (8 + mm[q]) * L));
                                    }
                                }
                                f = f.add(x);
                            }
                        }
                        pr = pr.mul(f);
                        pi = pi.mul(f);
                    } else if (dmom != null) {
                        pr = zero;
                        pi = zero;
                    }
                    sr = sr.add(pr);
                    si = si.add(pi);
                }
                DoubleVector vr = sr.mul(gr).sub(si.mul(gi)), vi = si.mul(gr).add(sr.mul(gi));
                int at = out + lane + 2 * comp * L;
                if (acc) {
                    fromArray(D, w, at).add(vr).intoArray(w, at);
                    fromArray(D, w, at + L).add(vi).intoArray(w, at + L);
                } else {
                    vr.intoArray(w, at);
                    vi.intoArray(w, at + L);
                }
            }
        }
    }
}
