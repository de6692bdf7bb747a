package madvec.helas.kernels;

/**
 * The plain-Java twin of {@link SimdGenericKernels}: the generic vertex polynomial lane by lane, the
 * same operations in the same order.
 */
final class PlainGenericKernels {
    private PlainGenericKernels() {}

    static void apply(double[] w, int c, GenericVertices.Compiled p, int[] wf, int[] mom, int[] dmom, int out, double gr,
            double gi, boolean acc) {
        int n = p.n, inputs = p.inputs, comps = p.comps;
        int[] o = p.out, wfc = p.wf, ms = p.momStart, mi = p.momInput, mm = p.momMu;
        double[] cr = p.re, ci = p.im;
        for (int l = 0; l < c; l++) {
            int lane = Layout.lane(Layout.WF_ROWS, l);
            int m = 0;
            for (int comp = 0; comp < comps; comp++) {
                double sr = 0, si = 0;
                for (; m < n && o[m] == comp; m++) {
                    double pr = cr[m], pi = ci[m];
                    for (int j = 0; j < inputs; j++) {
                        int at = wf[j] + lane + Layout.row(2 * wfc[m * inputs + j]);
                        double ar = w[at], ai = w[at + Layout.G];
                        double t = pr * ar - pi * ai;
                        pi = pr * ai + pi * ar;
                        pr = t;
                    }
                    int from = ms[m], to = ms[m + 1];
                    if (from < to) {
                        double f;
                        if (dmom == null) {
                            f = 1.0;
                            for (int q = from; q < to; q++) f *= w[mom[mi[q]] + lane + Layout.row(8 + mm[q])];
                        } else {
                            f = 0.0;
                            for (int d = from; d < to; d++) {
                                double x = w[dmom[mi[d]] + lane + Layout.row(8 + mm[d])];
                                for (int q = from; q < to; q++) {
                                    if (q != d) {
                                        x *= w[mom[mi[q]] + lane + Layout.row(8 + mm[q])];
                                    }
                                }
                                f += x;
                            }
                        }
                        pr *= f;
                        pi *= f;
                    } else if (dmom != null) {
                        pr = 0.0;
                        pi = 0.0;
                    }
                    sr += pr;
                    si += pi;
                }
                double vr = sr * gr - si * gi, vi = si * gr + sr * gi;
                int at = out + lane + Layout.row(2 * comp);
                if (acc) {
                    w[at] += vr;
                    w[at + Layout.G] += vi;
                } else {
                    w[at] = vr;
                    w[at + Layout.G] = vi;
                }
            }
        }
    }
}
