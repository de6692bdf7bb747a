package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * The reverse-mode kernels of {@link Adjoints} on the Vector API, {@link Species#LANES} events per
 * step; the twin of {@link PlainAdjointKernels}, with the same operations in the same order. The chunk
 * {@code c} must be a multiple of the lane count. Written as the vertex kernels are (see
 * {@link SimdVertexKernels}): no helper methods taking or returning vectors.
 */
final class SimdAdjointKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdAdjointKernels() {}

    static void scaled(double[] w, int c, int src, int s, int dst, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int x0 = src + 12 * l, d0 = dst + 12 * l, so = s + 2 * l;
            DoubleVector sr = fromArray(D, w, so), si = fromArray(D, w, so + L);
            for (int comp = 0; comp < 4; comp++) {
                int x = x0 + 2 * comp * L, d = d0 + 2 * comp * L;
                DoubleVector xr = fromArray(D, w, x), xi = fromArray(D, w, x + L);
                DoubleVector re = sr.mul(xr).add(si.mul(xi)), im = sr.mul(xi).sub(si.mul(xr));
                if (acc) {
                    fromArray(D, w, d).add(re).intoArray(w, d);
                    fromArray(D, w, d + L).add(im).intoArray(w, d + L);
                } else {
                    re.intoArray(w, d);
                    im.intoArray(w, d + L);
                }
            }
        }
    }

    static void scaledSum(double[] w, int c, int src, int srcStride, int s, int sStride, int n, int dst) {
        for (int l = 0; l < c; l += L) {
            int d = dst + 12 * l;
            DoubleVector d0r = fromArray(D, w, d), d0i = fromArray(D, w, d + L);
            DoubleVector d1r = fromArray(D, w, d + 2 * L), d1i = fromArray(D, w, d + 3 * L);
            DoubleVector d2r = fromArray(D, w, d + 4 * L), d2i = fromArray(D, w, d + 5 * L);
            DoubleVector d3r = fromArray(D, w, d + 6 * L), d3i = fromArray(D, w, d + 7 * L);
            for (int j = 0; j < n; j++) {
                int x = src + j * srcStride + 12 * l, so = s + j * sStride + 2 * l;
                DoubleVector sr = fromArray(D, w, so), si = fromArray(D, w, so + L);
                DoubleVector xr = fromArray(D, w, x), xi = fromArray(D, w, x + L);
                d0r = d0r.add(sr.mul(xr).add(si.mul(xi)));
                d0i = d0i.add(sr.mul(xi).sub(si.mul(xr)));
                xr = fromArray(D, w, x + 2 * L);
                xi = fromArray(D, w, x + 3 * L);
                d1r = d1r.add(sr.mul(xr).add(si.mul(xi)));
                d1i = d1i.add(sr.mul(xi).sub(si.mul(xr)));
                xr = fromArray(D, w, x + 4 * L);
                xi = fromArray(D, w, x + 5 * L);
                d2r = d2r.add(sr.mul(xr).add(si.mul(xi)));
                d2i = d2i.add(sr.mul(xi).sub(si.mul(xr)));
                xr = fromArray(D, w, x + 6 * L);
                xi = fromArray(D, w, x + 7 * L);
                d3r = d3r.add(sr.mul(xr).add(si.mul(xi)));
                d3i = d3i.add(sr.mul(xi).sub(si.mul(xr)));
            }
            d0r.intoArray(w, d);
            d0i.intoArray(w, d + L);
            d1r.intoArray(w, d + 2 * L);
            d1i.intoArray(w, d + 3 * L);
            d2r.intoArray(w, d + 4 * L);
            d2i.intoArray(w, d + 5 * L);
            d3r.intoArray(w, d + 6 * L);
            d3i.intoArray(w, d + 7 * L);
        }
    }

    static void jetContraction(double[] w, int bar, double[] jet, int jt, int c, double eta, double[] to) {
        for (int l = 0; l < c; l += L) {
            int b = bar + 12 * l, t = jt + 12 * l;
            DoubleVector acc = DoubleVector.zero(D);
            for (int r = 0; r < 12; r++) {
                double f = Adjoints.jetRowFactor(r, eta);
                acc = acc.add(fromArray(D, w, b + r * L).mul(f).mul(fromArray(D, jet, t + r * L)));
            }
            fromArray(D, to, l).add(acc).intoArray(to, l);
        }
    }

    static void amplitudeRuns(double[] w, int c, int last, int k, int[] runs, int[][] js, double[][] re, double[][] im,
            boolean[] acc) {
        for (int l = 0; l < c; l += L) {
            int x = last + 12 * l;
            DoubleVector x0r = fromArray(D, w, x), x0i = fromArray(D, w, x + L);
            DoubleVector x1r = fromArray(D, w, x + 2 * L), x1i = fromArray(D, w, x + 3 * L);
            DoubleVector x2r = fromArray(D, w, x + 4 * L), x2i = fromArray(D, w, x + 5 * L);
            DoubleVector x3r = fromArray(D, w, x + 6 * L), x3i = fromArray(D, w, x + 7 * L);
            for (int o = 0; o < runs.length; o++) {
                int[] jo = js[o];
                double[] ro = re[o], io = im[o];
                DoubleVector sr = DoubleVector.zero(D), si = DoubleVector.zero(D);
                for (int t = 0; t < jo.length; t++) {
                    int y = k + jo[t] * 2 * c + 2 * l;
                    DoubleVector kr = fromArray(D, w, y), ki = fromArray(D, w, y + L);
                    sr = sr.add(kr.mul(ro[t]).add(ki.mul(io[t])));
                    si = si.add(ki.mul(ro[t]).sub(kr.mul(io[t])));
                }
                int d = runs[o] + 12 * l;
                DoubleVector y0r = sr.mul(x0r).add(si.mul(x0i)), y0i = sr.mul(x0i).sub(si.mul(x0r));
                DoubleVector y1r = sr.mul(x1r).add(si.mul(x1i)), y1i = sr.mul(x1i).sub(si.mul(x1r));
                DoubleVector y2r = sr.mul(x2r).add(si.mul(x2i)), y2i = sr.mul(x2i).sub(si.mul(x2r));
                DoubleVector y3r = sr.mul(x3r).add(si.mul(x3i)), y3i = sr.mul(x3i).sub(si.mul(x3r));
                if (acc[o]) {
                    y0r = fromArray(D, w, d).add(y0r);
                    y0i = fromArray(D, w, d + L).add(y0i);
                    y1r = fromArray(D, w, d + 2 * L).add(y1r);
                    y1i = fromArray(D, w, d + 3 * L).add(y1i);
                    y2r = fromArray(D, w, d + 4 * L).add(y2r);
                    y2i = fromArray(D, w, d + 5 * L).add(y2i);
                    y3r = fromArray(D, w, d + 6 * L).add(y3r);
                    y3i = fromArray(D, w, d + 7 * L).add(y3i);
                }
                y0r.intoArray(w, d);
                y0i.intoArray(w, d + L);
                y1r.intoArray(w, d + 2 * L);
                y1i.intoArray(w, d + 3 * L);
                y2r.intoArray(w, d + 4 * L);
                y2i.intoArray(w, d + 5 * L);
                y3r.intoArray(w, d + 6 * L);
                y3i.intoArray(w, d + 7 * L);
            }
        }
    }

    static void iColour(double[] w, int c, int jamps, int n, double[] s, int out) {
        for (int l = 0; l < c; l += L) {
            for (int j = 0; j < n; j++) {
                DoubleVector re = DoubleVector.zero(D), im = DoubleVector.zero(D);
                for (int i = 0; i < n; i++) {
                    double f = s[j * n + i];
                    int x = jamps + i * 2 * c + 2 * l;
                    re = re.add(fromArray(D, w, x).mul(f));
                    im = im.add(fromArray(D, w, x + L).mul(f));
                }
                int o = out + j * 2 * c + 2 * l;
                im.neg().intoArray(w, o);
                re.intoArray(w, o + L);
            }
        }
    }

    static void beta(double[] w, int c, int k, int[] js, double[] re, double[] im, int out) {
        for (int l = 0; l < c; l += L) {
            DoubleVector sr = DoubleVector.zero(D), si = DoubleVector.zero(D);
            for (int t = 0; t < js.length; t++) {
                int x = k + js[t] * 2 * c + 2 * l;
                DoubleVector kr = fromArray(D, w, x), ki = fromArray(D, w, x + L);
                sr = sr.add(kr.mul(re[t]).add(ki.mul(im[t])));
                si = si.add(ki.mul(re[t]).sub(kr.mul(im[t])));
            }
            sr.intoArray(w, out + 2 * l);
            si.intoArray(w, out + 2 * l + L);
        }
    }

    static void vvvMomentum(double[] w, int c, int x0, int x1, int b0, int b1, int ob, double gr, double gi) {
        int m = 8 * L;
        double cr = -gr, ci = -gi;
        for (int l = 0; l < c; l += L) {
            int a = x0 + 12 * l, b = x1 + 12 * l, o = ob + 12 * l, p0 = b0 + 12 * l + m, p1 = b1 + 12 * l + m;
            DoubleVector abr = DoubleVector.zero(D), abi = DoubleVector.zero(D), oar = DoubleVector.zero(D);
            DoubleVector oai = DoubleVector.zero(D), obr = DoubleVector.zero(D), obi = DoubleVector.zero(D);
            for (int mu = 0; mu < 4; mu++) {
                DoubleVector ar = fromArray(D, w, a + 2 * mu * L), ai = fromArray(D, w, a + (2 * mu + 1) * L);
                DoubleVector br = fromArray(D, w, b + 2 * mu * L), bi = fromArray(D, w, b + (2 * mu + 1) * L);
                double eo = mu == 0 ? 1.0 : -1.0;
                DoubleVector or = fromArray(D, w, o + 2 * mu * L).mul(eo), oi = fromArray(D, w, o + (2 * mu + 1) * L).mul(eo);
                DoubleVector pr = ar.mul(br).sub(ai.mul(bi)), pi = ar.mul(bi).add(ai.mul(br));
                if (mu == 0) {
                    abr = abr.add(pr);
                    abi = abi.add(pi);
                } else {
                    abr = abr.sub(pr);
                    abi = abi.sub(pi);
                }
                oar = oar.add(or.mul(ar).sub(oi.mul(ai)));
                oai = oai.add(or.mul(ai).add(oi.mul(ar)));
                obr = obr.add(or.mul(br).sub(oi.mul(bi)));
                obi = obi.add(or.mul(bi).add(oi.mul(br)));
            }
            for (int mu = 0; mu < 4; mu++) {
                DoubleVector ar = fromArray(D, w, a + 2 * mu * L), ai = fromArray(D, w, a + (2 * mu + 1) * L);
                DoubleVector br = fromArray(D, w, b + 2 * mu * L), bi = fromArray(D, w, b + (2 * mu + 1) * L);
                double eta = mu == 0 ? 1.0 : -1.0;
                DoubleVector or = fromArray(D, w, o + 2 * mu * L).mul(eta), oi = fromArray(D, w, o + (2 * mu + 1) * L).mul(eta);
                DoubleVector t1r = abr.mul(or).sub(abi.mul(oi)), t1i = abr.mul(oi).add(abi.mul(or));
                DoubleVector t2r = oar.mul(br).sub(oai.mul(bi)).mul(eta), t2i = oar.mul(bi).add(oai.mul(br)).mul(eta);
                DoubleVector t3r = obr.mul(ar).sub(obi.mul(ai)).mul(eta), t3i = obr.mul(ai).add(obi.mul(ar)).mul(eta);
                DoubleVector p2r = t2r.add(t2r).sub(t1r).sub(t3r), p2i = t2i.add(t2i).sub(t1i).sub(t3i);
                DoubleVector p3r = t1r.add(t2r).sub(t3r.add(t3r)), p3i = t1i.add(t2i).sub(t3i.add(t3i));
                int q0 = p0 + mu * L, q1 = p1 + mu * L;
                fromArray(D, w, q0).add(p2r.mul(cr).sub(p2i.mul(ci))).intoArray(w, q0);
                fromArray(D, w, q1).add(p3r.mul(cr).sub(p3i.mul(ci))).intoArray(w, q1);
            }
        }
    }

    static void vvvAdjoint(double[] w, int c, int x0, int x1, int ob, int b0, int b1, double gr, double gi) {
        int m = 8 * L;
        double cr = -gr, ci = -gi;
        for (int l = 0; l < c; l += L) {
            int a = x0 + 12 * l, b = x1 + 12 * l, o = ob + 12 * l, ba = b0 + 12 * l, bb = b1 + 12 * l;
            // pass 1: a.b, o.a, o.b, o.(P3 - P2), b.(2 P2 + P3), a.(P2 + 2 P3), Minkowski: the metric
            // sign on a, o and the momenta (a sign flip is exact, so this is subtracting the space terms)
            DoubleVector abr = DoubleVector.zero(D), abi = DoubleVector.zero(D), oar = DoubleVector.zero(D);
            DoubleVector oai = DoubleVector.zero(D), obr = DoubleVector.zero(D), obi = DoubleVector.zero(D);
            DoubleVector ur = DoubleVector.zero(D), ui = DoubleVector.zero(D), vr = DoubleVector.zero(D);
            DoubleVector vi = DoubleVector.zero(D), tr = DoubleVector.zero(D), ti = DoubleVector.zero(D);
            for (int mu = 0; mu < 4; mu++) {
                int r = 2 * mu * L;
                double eta = mu == 0 ? 1.0 : -1.0;
                DoubleVector ar = fromArray(D, w, a + r), ai = fromArray(D, w, a + r + L);
                DoubleVector br = fromArray(D, w, b + r), bi = fromArray(D, w, b + r + L);
                DoubleVector or = fromArray(D, w, o + r), oi = fromArray(D, w, o + r + L);
                DoubleVector p2 = fromArray(D, w, a + m + mu * L).mul(eta), p3 = fromArray(D, w, b + m + mu * L).mul(eta);
                DoubleVector d = p3.sub(p2), k = p2.add(p2).add(p3), n = p3.add(p3).add(p2);
                DoubleVector er = ar.mul(eta), ei = ai.mul(eta), fr = or.mul(eta), fi = oi.mul(eta);
                abr = abr.add(er.mul(br).sub(ei.mul(bi)));
                abi = abi.add(er.mul(bi).add(ei.mul(br)));
                oar = oar.add(or.mul(er).sub(oi.mul(ei)));
                oai = oai.add(or.mul(ei).add(oi.mul(er)));
                obr = obr.add(fr.mul(br).sub(fi.mul(bi)));
                obi = obi.add(fr.mul(bi).add(fi.mul(br)));
                ur = ur.add(or.mul(d));
                ui = ui.add(oi.mul(d));
                vr = vr.add(br.mul(k));
                vi = vi.add(bi.mul(k));
                tr = tr.add(ar.mul(n));
                ti = ti.add(ai.mul(n));
            }
            // the coupling (minus g) folded into the six coefficients
            DoubleVector cabr = abr.mul(cr).sub(abi.mul(ci)), cabi = abi.mul(cr).add(abr.mul(ci));
            DoubleVector coar = oar.mul(cr).sub(oai.mul(ci)), coai = oai.mul(cr).add(oar.mul(ci));
            DoubleVector cobr = obr.mul(cr).sub(obi.mul(ci)), cobi = obi.mul(cr).add(obr.mul(ci));
            DoubleVector cur = ur.mul(cr).sub(ui.mul(ci)), cui = ui.mul(cr).add(ur.mul(ci));
            DoubleVector cvr = vr.mul(cr).sub(vi.mul(ci)), cvi = vi.mul(cr).add(vr.mul(ci));
            DoubleVector ctr = tr.mul(cr).sub(ti.mul(ci)), cti = ti.mul(cr).add(tr.mul(ci));
            // pass 2: Abar += u b + v o - (o.b) (P2 + 2 P3), Bbar += u a - t o + (o.a) (2 P2 + P3),
            // P2bar += eta Re(-(a.b) o + 2 (o.a) b - (o.b) a), P3bar += eta Re((a.b) o + (o.a) b - 2 (o.b) a)
            for (int mu = 0; mu < 4; mu++) {
                int r = 2 * mu * L;
                DoubleVector ar = fromArray(D, w, a + r), ai = fromArray(D, w, a + r + L);
                DoubleVector br = fromArray(D, w, b + r), bi = fromArray(D, w, b + r + L);
                DoubleVector or = fromArray(D, w, o + r), oi = fromArray(D, w, o + r + L);
                DoubleVector p2 = fromArray(D, w, a + m + mu * L), p3 = fromArray(D, w, b + m + mu * L);
                DoubleVector k = p2.add(p2).add(p3), n = p3.add(p3).add(p2);
                DoubleVector xar = cur.mul(br).sub(cui.mul(bi)).add(cvr.mul(or).sub(cvi.mul(oi))).sub(cobr.mul(n));
                DoubleVector xai = cur.mul(bi).add(cui.mul(br)).add(cvr.mul(oi).add(cvi.mul(or))).sub(cobi.mul(n));
                DoubleVector xbr = cur.mul(ar).sub(cui.mul(ai)).sub(ctr.mul(or).sub(cti.mul(oi))).add(coar.mul(k));
                DoubleVector xbi = cur.mul(ai).add(cui.mul(ar)).sub(ctr.mul(oi).add(cti.mul(or))).add(coai.mul(k));
                fromArray(D, w, ba + r).add(xar).intoArray(w, ba + r);
                fromArray(D, w, ba + r + L).add(xai).intoArray(w, ba + r + L);
                fromArray(D, w, bb + r).add(xbr).intoArray(w, bb + r);
                fromArray(D, w, bb + r + L).add(xbi).intoArray(w, bb + r + L);
                DoubleVector ea = cabr.mul(or).sub(cabi.mul(oi)), eb = coar.mul(br).sub(coai.mul(bi));
                DoubleVector ec = cobr.mul(ar).sub(cobi.mul(ai));
                DoubleVector q2 = eb.add(eb).sub(ea).sub(ec), q3 = ea.add(eb).sub(ec.add(ec));
                int s2 = ba + m + mu * L, s3 = bb + m + mu * L;
                if (mu == 0) {
                    fromArray(D, w, s2).add(q2).intoArray(w, s2);
                    fromArray(D, w, s3).add(q3).intoArray(w, s3);
                } else {
                    fromArray(D, w, s2).sub(q2).intoArray(w, s2);
                    fromArray(D, w, s3).sub(q3).intoArray(w, s3);
                }
            }
        }
    }

    static void vvvvAdjoint(double[] w, int c, int x0, int x1, int x2, int ob, int b0, int b1, int b2, double f0,
            double f1, double f2, double gr, double gi) {
        for (int l = 0; l < c; l += L) {
            int a = x0 + 12 * l, b = x1 + 12 * l, x = x2 + 12 * l, o = ob + 12 * l;
            // pass 1: the six Minkowski dots of the four legs, the metric sign on O and on copies of x0, x2
            DoubleVector d12r = DoubleVector.zero(D), d12i = DoubleVector.zero(D), d02r = DoubleVector.zero(D);
            DoubleVector d02i = DoubleVector.zero(D), d01r = DoubleVector.zero(D), d01i = DoubleVector.zero(D);
            DoubleVector o0r = DoubleVector.zero(D), o0i = DoubleVector.zero(D), o1r = DoubleVector.zero(D);
            DoubleVector o1i = DoubleVector.zero(D), o2r = DoubleVector.zero(D), o2i = DoubleVector.zero(D);
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                double eta = j == 0 ? 1.0 : -1.0;
                DoubleVector ar = fromArray(D, w, a + r), ai = fromArray(D, w, a + r + L);
                DoubleVector br = fromArray(D, w, b + r), bi = fromArray(D, w, b + r + L);
                DoubleVector xr = fromArray(D, w, x + r), xi = fromArray(D, w, x + r + L);
                DoubleVector or = fromArray(D, w, o + r).mul(eta), oi = fromArray(D, w, o + r + L).mul(eta);
                DoubleVector er = ar.mul(eta), ei = ai.mul(eta), sr = xr.mul(eta), si = xi.mul(eta);
                d12r = d12r.add(br.mul(sr).sub(bi.mul(si)));
                d12i = d12i.add(br.mul(si).add(bi.mul(sr)));
                d02r = d02r.add(ar.mul(sr).sub(ai.mul(si)));
                d02i = d02i.add(ar.mul(si).add(ai.mul(sr)));
                d01r = d01r.add(er.mul(br).sub(ei.mul(bi)));
                d01i = d01i.add(er.mul(bi).add(ei.mul(br)));
                o0r = o0r.add(or.mul(ar).sub(oi.mul(ai)));
                o0i = o0i.add(or.mul(ai).add(oi.mul(ar)));
                o1r = o1r.add(or.mul(br).sub(oi.mul(bi)));
                o1i = o1i.add(or.mul(bi).add(oi.mul(br)));
                o2r = o2r.add(or.mul(xr).sub(oi.mul(xi)));
                o2i = o2i.add(or.mul(xi).add(oi.mul(xr)));
            }
            // the coupling and each pairing's coefficient folded into the dots
            DoubleVector p12r = d12r.mul(gr).sub(d12i.mul(gi)).mul(f0), p12i = d12i.mul(gr).add(d12r.mul(gi)).mul(f0);
            DoubleVector p02r = d02r.mul(gr).sub(d02i.mul(gi)).mul(f1), p02i = d02i.mul(gr).add(d02r.mul(gi)).mul(f1);
            DoubleVector p01r = d01r.mul(gr).sub(d01i.mul(gi)).mul(f2), p01i = d01i.mul(gr).add(d01r.mul(gi)).mul(f2);
            DoubleVector q0r = o0r.mul(gr).sub(o0i.mul(gi)).mul(f0), q0i = o0i.mul(gr).add(o0r.mul(gi)).mul(f0);
            DoubleVector q1r = o1r.mul(gr).sub(o1i.mul(gi)).mul(f1), q1i = o1i.mul(gr).add(o1r.mul(gi)).mul(f1);
            DoubleVector q2r = o2r.mul(gr).sub(o2i.mul(gi)).mul(f2), q2i = o2i.mul(gr).add(o2r.mul(gi)).mul(f2);
            // pass 2: bar0 += p12 O + q1 x2 + q2 x1, bar1 += p02 O + q0 x2 + q2 x0, bar2 += p01 O + q0 x1 + q1 x0
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                DoubleVector ar = fromArray(D, w, a + r), ai = fromArray(D, w, a + r + L);
                DoubleVector br = fromArray(D, w, b + r), bi = fromArray(D, w, b + r + L);
                DoubleVector xr = fromArray(D, w, x + r), xi = fromArray(D, w, x + r + L);
                DoubleVector or = fromArray(D, w, o + r), oi = fromArray(D, w, o + r + L);
                int s0 = b0 + 12 * l + r, s1 = b1 + 12 * l + r, s2 = b2 + 12 * l + r;
                DoubleVector y0r = p12r.mul(or).sub(p12i.mul(oi)).add(q1r.mul(xr).sub(q1i.mul(xi))).add(q2r.mul(br).sub(q2i.mul(bi)));
                DoubleVector y0i = p12r.mul(oi).add(p12i.mul(or)).add(q1r.mul(xi).add(q1i.mul(xr))).add(q2r.mul(bi).add(q2i.mul(br)));
                fromArray(D, w, s0).add(y0r).intoArray(w, s0);
                fromArray(D, w, s0 + L).add(y0i).intoArray(w, s0 + L);
                DoubleVector y1r = p02r.mul(or).sub(p02i.mul(oi)).add(q0r.mul(xr).sub(q0i.mul(xi))).add(q2r.mul(ar).sub(q2i.mul(ai)));
                DoubleVector y1i = p02r.mul(oi).add(p02i.mul(or)).add(q0r.mul(xi).add(q0i.mul(xr))).add(q2r.mul(ai).add(q2i.mul(ar)));
                fromArray(D, w, s1).add(y1r).intoArray(w, s1);
                fromArray(D, w, s1 + L).add(y1i).intoArray(w, s1 + L);
                DoubleVector y2r = p01r.mul(or).sub(p01i.mul(oi)).add(q0r.mul(br).sub(q0i.mul(bi))).add(q1r.mul(ar).sub(q1i.mul(ai)));
                DoubleVector y2i = p01r.mul(oi).add(p01i.mul(or)).add(q0r.mul(bi).add(q0i.mul(br))).add(q1r.mul(ai).add(q1i.mul(ar)));
                fromArray(D, w, s2).add(y2r).intoArray(w, s2);
                fromArray(D, w, s2 + L).add(y2i).intoArray(w, s2 + L);
            }
        }
    }

    static void masslessVectorPropagator(double[] w, int c, int y, int yb, int tb) {
        for (int l = 0; l < c; l += L) {
            int e = 12 * l, q = y + e + 8 * L;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L), q2 = fromArray(D, w, q + 2 * L);
            DoubleVector q3 = fromArray(D, w, q + 3 * L);
            DoubleVector ir = DoubleVector.broadcast(D, 1.0)
                    .div(q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)));
            DoubleVector zr = DoubleVector.zero(D);
            for (int comp = 0; comp < 4; comp++) {
                int b = yb + e + 2 * comp * L, x = y + e + 2 * comp * L;
                DoubleVector sr = fromArray(D, w, b).mul(ir), si = fromArray(D, w, b + L).mul(ir);
                DoubleVector p = sr.mul(fromArray(D, w, x)).sub(si.mul(fromArray(D, w, x + L)));
                zr = comp == 0 ? zr.add(p) : zr.sub(p);
                si.intoArray(w, tb + e + 2 * comp * L);
                sr.neg().intoArray(w, tb + e + (2 * comp + 1) * L);
            }
            int mq = yb + e + 8 * L;
            DoubleVector z2 = zr.add(zr);
            fromArray(D, w, mq).sub(z2.mul(q0)).intoArray(w, mq);
            fromArray(D, w, mq + L).add(z2.mul(q1)).intoArray(w, mq + L);
            fromArray(D, w, mq + 2 * L).add(z2.mul(q2)).intoArray(w, mq + 2 * L);
            fromArray(D, w, mq + 3 * L).add(z2.mul(q3)).intoArray(w, mq + 3 * L);
        }
    }

    static void fermionPropagator(double[] w, int c, int y, int yb, int t, int tb, double m, double wd, double sign,
            double[] mb, double[] wb) {
        double m2 = m * m, di = m * wd, di2 = di * di, ndi = -di, twoM = m + m;
        boolean massive = m != 0.0 && mb != null;
        for (int l = 0; l < c; l += L) {
            int e = 12 * l, q = y + e + 8 * L;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L), q2 = fromArray(D, w, q + 2 * L);
            DoubleVector q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = DoubleVector.broadcast(D, 1.0).div(dr.mul(dr).add(di2));
            DoubleVector ir = dr.mul(rden), ii = rden.mul(ndi);
            int b = yb + e;
            DoubleVector c0r = fromArray(D, w, b), c0i = fromArray(D, w, b + L);
            DoubleVector c1r = fromArray(D, w, b + 2 * L), c1i = fromArray(D, w, b + 3 * L);
            DoubleVector c2r = fromArray(D, w, b + 4 * L), c2i = fromArray(D, w, b + 5 * L);
            DoubleVector c3r = fromArray(D, w, b + 6 * L), c3i = fromArray(D, w, b + 7 * L);
            DoubleVector y0r = c0r.mul(ir).sub(c0i.mul(ii)), y0i = c0r.mul(ii).add(c0i.mul(ir));
            DoubleVector y1r = c1r.mul(ir).sub(c1i.mul(ii)), y1i = c1r.mul(ii).add(c1i.mul(ir));
            DoubleVector y2r = c2r.mul(ir).sub(c2i.mul(ii)), y2i = c2r.mul(ii).add(c2i.mul(ir));
            DoubleVector y3r = c3r.mul(ir).sub(c3i.mul(ii)), y3i = c3r.mul(ii).add(c3i.mul(ir));
            int yy = y + e;
            DoubleVector w0r = fromArray(D, w, yy), w0i = fromArray(D, w, yy + L);
            DoubleVector w1r = fromArray(D, w, yy + 2 * L), w1i = fromArray(D, w, yy + 3 * L);
            DoubleVector w2r = fromArray(D, w, yy + 4 * L), w2i = fromArray(D, w, yy + 5 * L);
            DoubleVector w3r = fromArray(D, w, yy + 6 * L), w3i = fromArray(D, w, yy + 7 * L);
            DoubleVector zr = y0r.mul(w0r).sub(y0i.mul(w0i)).add(y1r.mul(w1r).sub(y1i.mul(w1i)))
                    .add(y2r.mul(w2r).sub(y2i.mul(w2i))).add(y3r.mul(w3r).sub(y3i.mul(w3i)));
            DoubleVector zi = y0r.mul(w0i).add(y0i.mul(w0r)).add(y1r.mul(w1i).add(y1i.mul(w1r)))
                    .add(y2r.mul(w2i).add(y2i.mul(w2r))).add(y3r.mul(w3i).add(y3i.mul(w3r)));
            int x = t + e;
            DoubleVector x0r = fromArray(D, w, x), x0i = fromArray(D, w, x + L);
            DoubleVector x1r = fromArray(D, w, x + 2 * L), x1i = fromArray(D, w, x + 3 * L);
            DoubleVector x2r = fromArray(D, w, x + 4 * L), x2i = fromArray(D, w, x + 5 * L);
            DoubleVector x3r = fromArray(D, w, x + 6 * L), x3i = fromArray(D, w, x + 7 * L);
            DoubleVector i02 = y0r.mul(x2i).add(y0i.mul(x2r)), i13 = y1r.mul(x3i).add(y1i.mul(x3r));
            DoubleVector i20 = y2r.mul(x0i).add(y2i.mul(x0r)), i31 = y3r.mul(x1i).add(y3i.mul(x1r));
            DoubleVector i03 = y0r.mul(x3i).add(y0i.mul(x3r)), i12 = y1r.mul(x2i).add(y1i.mul(x2r));
            DoubleVector i21 = y2r.mul(x1i).add(y2i.mul(x1r)), i30 = y3r.mul(x0i).add(y3i.mul(x0r));
            DoubleVector r03 = y0r.mul(x3r).sub(y0i.mul(x3i)), r12 = y1r.mul(x2r).sub(y1i.mul(x2i));
            DoubleVector r21 = y2r.mul(x1r).sub(y2i.mul(x1i)), r30 = y3r.mul(x0r).sub(y3i.mul(x0i));
            DoubleVector a0i = i02.add(i13).add(i20).add(i31), a3i = i02.sub(i13).sub(i20).add(i31);
            DoubleVector a1i = i03.add(i12).sub(i21).sub(i30), a2r = r03.sub(r12).sub(r21).add(r30);
            DoubleVector z2 = zr.add(zr);
            int mq = yb + e + 8 * L;
            fromArray(D, w, mq).sub(z2.mul(q0).add(a0i.mul(sign))).intoArray(w, mq);
            fromArray(D, w, mq + L).add(z2.mul(q1).sub(a1i)).intoArray(w, mq + L);
            fromArray(D, w, mq + 2 * L).add(z2.mul(q2).sub(a2r.mul(sign))).intoArray(w, mq + 2 * L);
            fromArray(D, w, mq + 3 * L).add(z2.mul(q3).sub(a3i)).intoArray(w, mq + 3 * L);
            if (massive) {
                DoubleVector sumi = y0r.mul(x0i).add(y0i.mul(x0r)).add(y1r.mul(x1i).add(y1i.mul(x1r)))
                        .add(y2r.mul(x2i).add(y2i.mul(x2r))).add(y3r.mul(x3i).add(y3i.mul(x3r)));
                fromArray(D, mb, l).add(zr.mul(twoM).add(zi.mul(wd)).sub(sumi)).intoArray(mb, l);
                fromArray(D, wb, l).add(zi.mul(m)).intoArray(wb, l);
            }
            DoubleVector p0 = q0.mul(sign), p2 = q2.mul(sign);
            DoubleVector sp = p0.add(q3), dp = p0.sub(q3);
            int o = tb + e;
            DoubleVector v0r = dp.mul(y2r).sub(q1.mul(y3r).add(p2.mul(y3i))).add(y0r.mul(m));
            DoubleVector v0i = dp.mul(y2i).sub(q1.mul(y3i).sub(p2.mul(y3r))).add(y0i.mul(m));
            v0i.neg().intoArray(w, o);
            v0r.intoArray(w, o + L);
            DoubleVector v1r = sp.mul(y3r).sub(q1.mul(y2r).sub(p2.mul(y2i))).add(y1r.mul(m));
            DoubleVector v1i = sp.mul(y3i).sub(q1.mul(y2i).add(p2.mul(y2r))).add(y1i.mul(m));
            v1i.neg().intoArray(w, o + 2 * L);
            v1r.intoArray(w, o + 3 * L);
            DoubleVector v2r = sp.mul(y0r).add(q1.mul(y1r).add(p2.mul(y1i))).add(y2r.mul(m));
            DoubleVector v2i = sp.mul(y0i).add(q1.mul(y1i).sub(p2.mul(y1r))).add(y2i.mul(m));
            v2i.neg().intoArray(w, o + 4 * L);
            v2r.intoArray(w, o + 5 * L);
            DoubleVector v3r = dp.mul(y1r).add(q1.mul(y0r).sub(p2.mul(y0i))).add(y3r.mul(m));
            DoubleVector v3i = dp.mul(y1i).add(q1.mul(y0i).add(p2.mul(y0r))).add(y3i.mul(m));
            v3i.neg().intoArray(w, o + 6 * L);
            v3r.intoArray(w, o + 7 * L);
        }
    }

    static void massiveVectorPropagator(double[] w, int c, int y, int yb, int t, int tb, double m, double wd,
            double[] mb, double[] wb) {
        double m2 = m * m, di = m * wd, di2 = di * di, ndi = -di, inv = 1.0 / m2, twoM = m + m;
        for (int l = 0; l < c; l += L) {
            int e = 12 * l, q = y + e + 8 * L;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L), q2 = fromArray(D, w, q + 2 * L);
            DoubleVector q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = DoubleVector.broadcast(D, 1.0).div(dr.mul(dr).add(di2));
            DoubleVector ir = dr.mul(rden), ii = rden.mul(ndi);
            int b = yb + e, x = t + e, yy = y + e;
            DoubleVector s0r = fromArray(D, w, b), s0i = fromArray(D, w, b + L);
            DoubleVector s1r = fromArray(D, w, b + 2 * L).neg(), s1i = fromArray(D, w, b + 3 * L).neg();
            DoubleVector s2r = fromArray(D, w, b + 4 * L).neg(), s2i = fromArray(D, w, b + 5 * L).neg();
            DoubleVector s3r = fromArray(D, w, b + 6 * L).neg(), s3i = fromArray(D, w, b + 7 * L).neg();
            DoubleVector o0r = s0r.mul(ir).sub(s0i.mul(ii)), o0i = s0r.mul(ii).add(s0i.mul(ir));
            DoubleVector o1r = s1r.mul(ir).sub(s1i.mul(ii)), o1i = s1r.mul(ii).add(s1i.mul(ir));
            DoubleVector o2r = s2r.mul(ir).sub(s2i.mul(ii)), o2i = s2r.mul(ii).add(s2i.mul(ir));
            DoubleVector o3r = s3r.mul(ir).sub(s3i.mul(ii)), o3i = s3r.mul(ii).add(s3i.mul(ir));
            DoubleVector y0r = fromArray(D, w, yy), y0i = fromArray(D, w, yy + L);
            DoubleVector y1r = fromArray(D, w, yy + 2 * L), y1i = fromArray(D, w, yy + 3 * L);
            DoubleVector y2r = fromArray(D, w, yy + 4 * L), y2i = fromArray(D, w, yy + 5 * L);
            DoubleVector y3r = fromArray(D, w, yy + 6 * L), y3i = fromArray(D, w, yy + 7 * L);
            DoubleVector zr = o0r.mul(y0r).sub(o0i.mul(y0i)).add(o1r.mul(y1r).sub(o1i.mul(y1i)))
                    .add(o2r.mul(y2r).sub(o2i.mul(y2i))).add(o3r.mul(y3r).sub(o3i.mul(y3i)));
            DoubleVector zi = o0r.mul(y0i).add(o0i.mul(y0r)).add(o1r.mul(y1i).add(o1i.mul(y1r)))
                    .add(o2r.mul(y2i).add(o2i.mul(y2r))).add(o3r.mul(y3i).add(o3i.mul(y3r)));
            DoubleVector x0r = fromArray(D, w, x), x0i = fromArray(D, w, x + L);
            DoubleVector x1r = fromArray(D, w, x + 2 * L), x1i = fromArray(D, w, x + 3 * L);
            DoubleVector x2r = fromArray(D, w, x + 4 * L), x2i = fromArray(D, w, x + 5 * L);
            DoubleVector x3r = fromArray(D, w, x + 6 * L), x3i = fromArray(D, w, x + 7 * L);
            DoubleVector qtr = q0.mul(x0r).sub(q1.mul(x1r)).sub(q2.mul(x2r)).sub(q3.mul(x3r));
            DoubleVector qti = q0.mul(x0i).sub(q1.mul(x1i)).sub(q2.mul(x2i)).sub(q3.mul(x3i));
            DoubleVector oqr = o0r.mul(q0).add(o1r.mul(q1)).add(o2r.mul(q2)).add(o3r.mul(q3));
            DoubleVector oqi = o0i.mul(q0).add(o1i.mul(q1)).add(o2i.mul(q2)).add(o3i.mul(q3));
            DoubleVector pr = o0r.mul(qti).add(o0i.mul(qtr)), z2 = zr.add(zr);
            int mq = b + 8 * L;
            fromArray(D, w, mq).sub(z2.mul(q0)).sub(pr.add(oqr.mul(x0i).add(oqi.mul(x0r))).mul(inv)).intoArray(w, mq);
            fromArray(D, w, mq + L).add(z2.mul(q1))
                    .sub(o1r.mul(qti).add(o1i.mul(qtr)).sub(oqr.mul(x1i).add(oqi.mul(x1r))).mul(inv)).intoArray(w, mq + L);
            fromArray(D, w, mq + 2 * L).add(z2.mul(q2))
                    .sub(o2r.mul(qti).add(o2i.mul(qtr)).sub(oqr.mul(x2i).add(oqi.mul(x2r))).mul(inv)).intoArray(w, mq + 2 * L);
            fromArray(D, w, mq + 3 * L).add(z2.mul(q3))
                    .sub(o3r.mul(qti).add(o3i.mul(qtr)).sub(oqr.mul(x3i).add(oqi.mul(x3r))).mul(inv)).intoArray(w, mq + 3 * L);
            fromArray(D, mb, l).add(zr.mul(twoM).add(zi.mul(wd))).add(oqr.mul(qti).add(oqi.mul(qtr)).mul(2.0).mul(inv).div(m))
                    .intoArray(mb, l);
            fromArray(D, wb, l).add(zi.mul(m)).intoArray(wb, l);
            int o = tb + e;
            DoubleVector ar = oqr.mul(inv), ai = oqi.mul(inv);
            o0i.sub(q0.mul(ai)).intoArray(w, o);
            o0r.sub(q0.mul(ar)).neg().intoArray(w, o + L);
            o1i.neg().sub(q1.mul(ai)).intoArray(w, o + 2 * L);
            o1r.neg().sub(q1.mul(ar)).neg().intoArray(w, o + 3 * L);
            o2i.neg().sub(q2.mul(ai)).intoArray(w, o + 4 * L);
            o2r.neg().sub(q2.mul(ar)).neg().intoArray(w, o + 5 * L);
            o3i.neg().sub(q3.mul(ai)).intoArray(w, o + 6 * L);
            o3r.neg().sub(q3.mul(ar)).neg().intoArray(w, o + 7 * L);
        }
    }
}
