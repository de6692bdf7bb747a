package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * The kernels of {@link Amplitudes} on the Vector API; the twin of {@link PlainAmplitudeKernels}
 * (same arguments, same operations in the same order). {@code c} is a multiple of the lane count.
 */
final class SimdAmplitudeKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdAmplitudeKernels() {}

    /** See {@link PlainAmplitudeKernels#contract}. */
    static void contract(double[] w, int c, int x, int y, double g, int out, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int a = x + 12 * l, b = y + 12 * l, o = out + 2 * l;
            // p_j = x_j y_j (complex); s = p_0 + g (p_1 + p_2 + p_3)
            DoubleVector xr = fromArray(D, w, a), xi = fromArray(D, w, a + L);
            DoubleVector yr = fromArray(D, w, b), yi = fromArray(D, w, b + L);
            DoubleVector p0r = xr.mul(yr).sub(xi.mul(yi)), p0i = xr.mul(yi).add(xi.mul(yr));
            xr = fromArray(D, w, a + 2 * L);
            xi = fromArray(D, w, a + 3 * L);
            yr = fromArray(D, w, b + 2 * L);
            yi = fromArray(D, w, b + 3 * L);
            DoubleVector sr = xr.mul(yr).sub(xi.mul(yi)), si = xr.mul(yi).add(xi.mul(yr));
            for (int j = 2; j < 4; j++) {
                int r = 2 * j * L;
                xr = fromArray(D, w, a + r);
                xi = fromArray(D, w, a + r + L);
                yr = fromArray(D, w, b + r);
                yi = fromArray(D, w, b + r + L);
                sr = sr.add(xr.mul(yr).sub(xi.mul(yi)));
                si = si.add(xr.mul(yi).add(xi.mul(yr)));
            }
            sr = p0r.add(sr.mul(g));
            si = p0i.add(si.mul(g));
            if (acc) {
                fromArray(D, w, o).add(si).intoArray(w, o);
                fromArray(D, w, o + L).add(sr.neg()).intoArray(w, o + L);
            } else {
                si.intoArray(w, o);
                sr.neg().intoArray(w, o + L);
            }
        }
    }

    /** See {@link PlainAmplitudeKernels#contract2}: y loaded once for both contractions. */
    static void contract2(double[] w, int c, int x0, int x1, int y, double g, int out0, int out1) {
        for (int l = 0; l < c; l += L) {
            int a = x0 + 12 * l, e = x1 + 12 * l, b = y + 12 * l;
            DoubleVector yr = fromArray(D, w, b), yi = fromArray(D, w, b + L);
            DoubleVector xr = fromArray(D, w, a), xi = fromArray(D, w, a + L);
            DoubleVector p0r = xr.mul(yr).sub(xi.mul(yi)), p0i = xr.mul(yi).add(xi.mul(yr));
            xr = fromArray(D, w, e);
            xi = fromArray(D, w, e + L);
            DoubleVector q0r = xr.mul(yr).sub(xi.mul(yi)), q0i = xr.mul(yi).add(xi.mul(yr));
            yr = fromArray(D, w, b + 2 * L);
            yi = fromArray(D, w, b + 3 * L);
            xr = fromArray(D, w, a + 2 * L);
            xi = fromArray(D, w, a + 3 * L);
            DoubleVector sr = xr.mul(yr).sub(xi.mul(yi)), si = xr.mul(yi).add(xi.mul(yr));
            xr = fromArray(D, w, e + 2 * L);
            xi = fromArray(D, w, e + 3 * L);
            DoubleVector tr = xr.mul(yr).sub(xi.mul(yi)), ti = xr.mul(yi).add(xi.mul(yr));
            for (int j = 2; j < 4; j++) {
                int r = 2 * j * L;
                yr = fromArray(D, w, b + r);
                yi = fromArray(D, w, b + r + L);
                xr = fromArray(D, w, a + r);
                xi = fromArray(D, w, a + r + L);
                sr = sr.add(xr.mul(yr).sub(xi.mul(yi)));
                si = si.add(xr.mul(yi).add(xi.mul(yr)));
                xr = fromArray(D, w, e + r);
                xi = fromArray(D, w, e + r + L);
                tr = tr.add(xr.mul(yr).sub(xi.mul(yi)));
                ti = ti.add(xr.mul(yi).add(xi.mul(yr)));
            }
            sr = p0r.add(sr.mul(g));
            si = p0i.add(si.mul(g));
            tr = q0r.add(tr.mul(g));
            ti = q0i.add(ti.mul(g));
            int o = out0 + 2 * l, u = out1 + 2 * l;
            si.intoArray(w, o);
            sr.neg().intoArray(w, o + L);
            ti.intoArray(w, u);
            tr.neg().intoArray(w, u + L);
        }
    }

    /** See {@link PlainAmplitudeKernels#contractSum}: the two contractions one after the other. */
    static void contractSum(double[] w, int c, int x, int y, int x2, int y2, double g, int out, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int o = out + 2 * l, a, b;
            DoubleVector xr, xi, yr, yi, p0r, p0i;
            a = x + 12 * l;
            b = y + 12 * l;
            xr = fromArray(D, w, a);
            xi = fromArray(D, w, a + L);
            yr = fromArray(D, w, b);
            yi = fromArray(D, w, b + L);
            p0r = xr.mul(yr).sub(xi.mul(yi));
            p0i = xr.mul(yi).add(xi.mul(yr));
            xr = fromArray(D, w, a + 2 * L);
            xi = fromArray(D, w, a + 3 * L);
            yr = fromArray(D, w, b + 2 * L);
            yi = fromArray(D, w, b + 3 * L);
            DoubleVector sr = xr.mul(yr).sub(xi.mul(yi)), si = xr.mul(yi).add(xi.mul(yr));
            for (int j = 2; j < 4; j++) {
                int r = 2 * j * L;
                xr = fromArray(D, w, a + r);
                xi = fromArray(D, w, a + r + L);
                yr = fromArray(D, w, b + r);
                yi = fromArray(D, w, b + r + L);
                sr = sr.add(xr.mul(yr).sub(xi.mul(yi)));
                si = si.add(xr.mul(yi).add(xi.mul(yr)));
            }
            sr = p0r.add(sr.mul(g));
            si = p0i.add(si.mul(g));
            a = x2 + 12 * l;
            b = y2 + 12 * l;
            xr = fromArray(D, w, a);
            xi = fromArray(D, w, a + L);
            yr = fromArray(D, w, b);
            yi = fromArray(D, w, b + L);
            p0r = xr.mul(yr).sub(xi.mul(yi));
            p0i = xr.mul(yi).add(xi.mul(yr));
            xr = fromArray(D, w, a + 2 * L);
            xi = fromArray(D, w, a + 3 * L);
            yr = fromArray(D, w, b + 2 * L);
            yi = fromArray(D, w, b + 3 * L);
            DoubleVector tr = xr.mul(yr).sub(xi.mul(yi)), ti = xr.mul(yi).add(xi.mul(yr));
            for (int j = 2; j < 4; j++) {
                int r = 2 * j * L;
                xr = fromArray(D, w, a + r);
                xi = fromArray(D, w, a + r + L);
                yr = fromArray(D, w, b + r);
                yi = fromArray(D, w, b + r + L);
                tr = tr.add(xr.mul(yr).sub(xi.mul(yi)));
                ti = ti.add(xr.mul(yi).add(xi.mul(yr)));
            }
            tr = p0r.add(tr.mul(g));
            ti = p0i.add(ti.mul(g));
            if (acc) {
                fromArray(D, w, o).add(si.add(ti)).intoArray(w, o);
                fromArray(D, w, o + L).add(sr.add(tr).neg()).intoArray(w, o + L);
            } else {
                si.add(ti).intoArray(w, o);
                sr.add(tr).neg().intoArray(w, o + L);
            }
        }
    }

    /** See {@link PlainAmplitudeKernels#combine}. */
    static void combine(double[] w, int c, int out, int[] src, double[] re, double[] im, int from, int realEnd,
            int imagEnd, int to, int shift) {
        for (int l = 0; l < c; l += L) {
            DoubleVector a0r = DoubleVector.zero(D), a0i = a0r, a1r = a0r, a1i = a0r;
            DoubleVector a2r = a0r, a2i = a0r, a3r = a0r, a3i = a0r;
            for (int n = from; n < realEnd; n++) {
                int x = src[n] + shift + 12 * l;
                DoubleVector cr = DoubleVector.broadcast(D, re[n]);
                a0r = fromArray(D, w, x).fma(cr, a0r);
                a0i = fromArray(D, w, x + L).fma(cr, a0i);
                a1r = fromArray(D, w, x + 2 * L).fma(cr, a1r);
                a1i = fromArray(D, w, x + 3 * L).fma(cr, a1i);
                a2r = fromArray(D, w, x + 4 * L).fma(cr, a2r);
                a2i = fromArray(D, w, x + 5 * L).fma(cr, a2i);
                a3r = fromArray(D, w, x + 6 * L).fma(cr, a3r);
                a3i = fromArray(D, w, x + 7 * L).fma(cr, a3i);
            }
            for (int n = realEnd; n < imagEnd; n++) {
                int x = src[n] + shift + 12 * l;
                DoubleVector ci = DoubleVector.broadcast(D, im[n]), nci = DoubleVector.broadcast(D, -im[n]);
                a0r = fromArray(D, w, x + L).fma(nci, a0r);
                a0i = fromArray(D, w, x).fma(ci, a0i);
                a1r = fromArray(D, w, x + 3 * L).fma(nci, a1r);
                a1i = fromArray(D, w, x + 2 * L).fma(ci, a1i);
                a2r = fromArray(D, w, x + 5 * L).fma(nci, a2r);
                a2i = fromArray(D, w, x + 4 * L).fma(ci, a2i);
                a3r = fromArray(D, w, x + 7 * L).fma(nci, a3r);
                a3i = fromArray(D, w, x + 6 * L).fma(ci, a3i);
            }
            for (int n = imagEnd; n < to; n++) {
                int x = src[n] + shift + 12 * l;
                DoubleVector cr = DoubleVector.broadcast(D, re[n]), ci = DoubleVector.broadcast(D, im[n]);
                DoubleVector nci = DoubleVector.broadcast(D, -im[n]);
                DoubleVector t0r = fromArray(D, w, x), t0i = fromArray(D, w, x + L);
                DoubleVector t1r = fromArray(D, w, x + 2 * L), t1i = fromArray(D, w, x + 3 * L);
                DoubleVector t2r = fromArray(D, w, x + 4 * L), t2i = fromArray(D, w, x + 5 * L);
                DoubleVector t3r = fromArray(D, w, x + 6 * L), t3i = fromArray(D, w, x + 7 * L);
                a0r = t0r.fma(cr, t0i.fma(nci, a0r));
                a0i = t0i.fma(cr, t0r.fma(ci, a0i));
                a1r = t1r.fma(cr, t1i.fma(nci, a1r));
                a1i = t1i.fma(cr, t1r.fma(ci, a1i));
                a2r = t2r.fma(cr, t2i.fma(nci, a2r));
                a2i = t2i.fma(cr, t2r.fma(ci, a2i));
                a3r = t3r.fma(cr, t3i.fma(nci, a3r));
                a3i = t3i.fma(cr, t3r.fma(ci, a3i));
            }
            int o = out + 12 * l;
            a0r.intoArray(w, o);
            a0i.intoArray(w, o + L);
            a1r.intoArray(w, o + 2 * L);
            a1i.intoArray(w, o + 3 * L);
            a2r.intoArray(w, o + 4 * L);
            a2i.intoArray(w, o + 5 * L);
            a3r.intoArray(w, o + 6 * L);
            a3i.intoArray(w, o + 7 * L);
        }
    }

    /**
     * See {@link PlainAmplitudeKernels#combineComplex}: two blocks and two lane groups per pass (eight
     * accumulation chains, one coefficient broadcast for four vectors), then the odd lane group and the
     * odd block, if any, one lane group at a time (kept short: C2 compiles this method late enough
     * already). Each lane sums its terms in the plain twin's order.
     */
    static void combineComplex(double[] w, int c, int out, int[] src, double[] re, double[] im, int from,
            int realEnd, int imagEnd, int to, int blocks, int blockStride) {
        int b = 0;
        for (; b + 2 <= blocks; b += 2) {
            int s0 = b * blockStride, s1 = s0 + blockStride;
            int l = 0;
            for (; l + 2 * L <= c; l += 2 * L) {
                DoubleVector a00r = DoubleVector.zero(D), a00i = a00r, a01r = a00r, a01i = a00r, a10r = a00r, a10i = a00r, a11r = a00r, a11i = a00r;
                int g00 = s0 + 2 * l, g01 = s0 + 2 * l + 2 * L, g10 = s1 + 2 * l, g11 = s1 + 2 * l + 2 * L;
                for (int n = from; n < realEnd; n++) {
                    int x = src[n];
                    DoubleVector cr = DoubleVector.broadcast(D, re[n]);
                    a00r = fromArray(D, w, x + g00).fma(cr, a00r);
                    a00i = fromArray(D, w, x + g00 + L).fma(cr, a00i);
                    a01r = fromArray(D, w, x + g01).fma(cr, a01r);
                    a01i = fromArray(D, w, x + g01 + L).fma(cr, a01i);
                    a10r = fromArray(D, w, x + g10).fma(cr, a10r);
                    a10i = fromArray(D, w, x + g10 + L).fma(cr, a10i);
                    a11r = fromArray(D, w, x + g11).fma(cr, a11r);
                    a11i = fromArray(D, w, x + g11 + L).fma(cr, a11i);
                }
                for (int n = realEnd; n < imagEnd; n++) {
                    int x = src[n];
                    DoubleVector ci = DoubleVector.broadcast(D, im[n]), nci = DoubleVector.broadcast(D, -im[n]);
                    a00r = fromArray(D, w, x + g00 + L).fma(nci, a00r);
                    a00i = fromArray(D, w, x + g00).fma(ci, a00i);
                    a01r = fromArray(D, w, x + g01 + L).fma(nci, a01r);
                    a01i = fromArray(D, w, x + g01).fma(ci, a01i);
                    a10r = fromArray(D, w, x + g10 + L).fma(nci, a10r);
                    a10i = fromArray(D, w, x + g10).fma(ci, a10i);
                    a11r = fromArray(D, w, x + g11 + L).fma(nci, a11r);
                    a11i = fromArray(D, w, x + g11).fma(ci, a11i);
                }
                for (int n = imagEnd; n < to; n++) {
                    int x = src[n];
                    DoubleVector cr = DoubleVector.broadcast(D, re[n]), ci = DoubleVector.broadcast(D, im[n]);
                    DoubleVector nci = DoubleVector.broadcast(D, -im[n]);
                    DoubleVector t00r = fromArray(D, w, x + g00), t00i = fromArray(D, w, x + g00 + L);
                    a00r = t00r.fma(cr, t00i.fma(nci, a00r));
                    a00i = t00i.fma(cr, t00r.fma(ci, a00i));
                    DoubleVector t01r = fromArray(D, w, x + g01), t01i = fromArray(D, w, x + g01 + L);
                    a01r = t01r.fma(cr, t01i.fma(nci, a01r));
                    a01i = t01i.fma(cr, t01r.fma(ci, a01i));
                    DoubleVector t10r = fromArray(D, w, x + g10), t10i = fromArray(D, w, x + g10 + L);
                    a10r = t10r.fma(cr, t10i.fma(nci, a10r));
                    a10i = t10i.fma(cr, t10r.fma(ci, a10i));
                    DoubleVector t11r = fromArray(D, w, x + g11), t11i = fromArray(D, w, x + g11 + L);
                    a11r = t11r.fma(cr, t11i.fma(nci, a11r));
                    a11i = t11i.fma(cr, t11r.fma(ci, a11i));
                }
                a00r.intoArray(w, out + g00);
                a00i.intoArray(w, out + g00 + L);
                a01r.intoArray(w, out + g01);
                a01i.intoArray(w, out + g01 + L);
                a10r.intoArray(w, out + g10);
                a10i.intoArray(w, out + g10 + L);
                a11r.intoArray(w, out + g11);
                a11i.intoArray(w, out + g11 + L);
            }
            for (; l < c; l += L) {
                DoubleVector a00r = DoubleVector.zero(D), a00i = a00r, a10r = a00r, a10i = a00r;
                int g00 = s0 + 2 * l, g10 = s1 + 2 * l;
                for (int n = from; n < realEnd; n++) {
                    int x = src[n];
                    DoubleVector cr = DoubleVector.broadcast(D, re[n]);
                    a00r = fromArray(D, w, x + g00).fma(cr, a00r);
                    a00i = fromArray(D, w, x + g00 + L).fma(cr, a00i);
                    a10r = fromArray(D, w, x + g10).fma(cr, a10r);
                    a10i = fromArray(D, w, x + g10 + L).fma(cr, a10i);
                }
                for (int n = realEnd; n < imagEnd; n++) {
                    int x = src[n];
                    DoubleVector ci = DoubleVector.broadcast(D, im[n]), nci = DoubleVector.broadcast(D, -im[n]);
                    a00r = fromArray(D, w, x + g00 + L).fma(nci, a00r);
                    a00i = fromArray(D, w, x + g00).fma(ci, a00i);
                    a10r = fromArray(D, w, x + g10 + L).fma(nci, a10r);
                    a10i = fromArray(D, w, x + g10).fma(ci, a10i);
                }
                for (int n = imagEnd; n < to; n++) {
                    int x = src[n];
                    DoubleVector cr = DoubleVector.broadcast(D, re[n]), ci = DoubleVector.broadcast(D, im[n]);
                    DoubleVector nci = DoubleVector.broadcast(D, -im[n]);
                    DoubleVector t00r = fromArray(D, w, x + g00), t00i = fromArray(D, w, x + g00 + L);
                    a00r = t00r.fma(cr, t00i.fma(nci, a00r));
                    a00i = t00i.fma(cr, t00r.fma(ci, a00i));
                    DoubleVector t10r = fromArray(D, w, x + g10), t10i = fromArray(D, w, x + g10 + L);
                    a10r = t10r.fma(cr, t10i.fma(nci, a10r));
                    a10i = t10i.fma(cr, t10r.fma(ci, a10i));
                }
                a00r.intoArray(w, out + g00);
                a00i.intoArray(w, out + g00 + L);
                a10r.intoArray(w, out + g10);
                a10i.intoArray(w, out + g10 + L);
            }
        }
        if (b < blocks) {
            int s0 = b * blockStride;
            int l = 0;
            for (; l < c; l += L) {
                DoubleVector a00r = DoubleVector.zero(D), a00i = a00r;
                int g00 = s0 + 2 * l;
                for (int n = from; n < realEnd; n++) {
                    int x = src[n];
                    DoubleVector cr = DoubleVector.broadcast(D, re[n]);
                    a00r = fromArray(D, w, x + g00).fma(cr, a00r);
                    a00i = fromArray(D, w, x + g00 + L).fma(cr, a00i);
                }
                for (int n = realEnd; n < imagEnd; n++) {
                    int x = src[n];
                    DoubleVector ci = DoubleVector.broadcast(D, im[n]), nci = DoubleVector.broadcast(D, -im[n]);
                    a00r = fromArray(D, w, x + g00 + L).fma(nci, a00r);
                    a00i = fromArray(D, w, x + g00).fma(ci, a00i);
                }
                for (int n = imagEnd; n < to; n++) {
                    int x = src[n];
                    DoubleVector cr = DoubleVector.broadcast(D, re[n]), ci = DoubleVector.broadcast(D, im[n]);
                    DoubleVector nci = DoubleVector.broadcast(D, -im[n]);
                    DoubleVector t00r = fromArray(D, w, x + g00), t00i = fromArray(D, w, x + g00 + L);
                    a00r = t00r.fma(cr, t00i.fma(nci, a00r));
                    a00i = t00i.fma(cr, t00r.fma(ci, a00i));
                }
                a00r.intoArray(w, out + g00);
                a00i.intoArray(w, out + g00 + L);
            }
        }
    }

    /** See {@link PlainAmplitudeKernels#colourSum}. */
    static void colourSum(double[] w, int c, int jamps, int stride, int n, double[] u, int me) {
        for (int l = 0; l < c; l += L) {
            DoubleVector acc = DoubleVector.zero(D);
            int e = 0;
            for (int i = 0; i < n; i++) {
                DoubleVector zr = DoubleVector.zero(D), zi = DoubleVector.zero(D);
                for (int j = i; j < n; j++, e++) {
                    int o = jamps + j * stride + 2 * l;
                    double uij = u[e];
                    zr = zr.add(fromArray(D, w, o).mul(uij));
                    zi = zi.add(fromArray(D, w, o + L).mul(uij));
                }
                int o = jamps + i * stride + 2 * l;
                acc = acc.add(fromArray(D, w, o).mul(zr).add(fromArray(D, w, o + L).mul(zi)));
            }
            fromArray(D, w, me + l).add(acc).intoArray(w, me + l);
        }
    }

    /** See {@link PlainAmplitudeKernels#colourSumWithTangents}. */
    static void colourSumWithTangents(double[] w, int c, int jamps, int stride, int n, double[] s, int z, int k,
            int me) {
        for (int l = 0; l < c; l += L) {
            DoubleVector acc = DoubleVector.zero(D);
            for (int i = 0; i < n; i++) {
                DoubleVector zr = DoubleVector.zero(D), zi = DoubleVector.zero(D);
                for (int j = 0; j < n; j++) {
                    int o = jamps + j * stride + 2 * l;
                    double sij = s[i * n + j];
                    zr = zr.add(fromArray(D, w, o).mul(sij));
                    zi = zi.add(fromArray(D, w, o + L).mul(sij));
                }
                int o = jamps + i * stride + 2 * l;
                acc = acc.add(fromArray(D, w, o).mul(zr).add(fromArray(D, w, o + L).mul(zi)));
                zr.intoArray(w, z + i * 2 * c + 2 * l);
                zi.intoArray(w, z + i * 2 * c + 2 * l + L);
            }
            fromArray(D, w, me + l).add(acc.mul(0.5)).intoArray(w, me + l);
            for (int t = 1; t <= k; t++) {
                DoubleVector dacc = DoubleVector.zero(D);
                for (int i = 0; i < n; i++) {
                    int o = jamps + i * stride + t * 2 * c + 2 * l;
                    dacc = dacc.add(fromArray(D, w, o).mul(fromArray(D, w, z + i * 2 * c + 2 * l))
                            .add(fromArray(D, w, o + L).mul(fromArray(D, w, z + i * 2 * c + 2 * l + L))));
                }
                int o = me + t * c + l;
                fromArray(D, w, o).add(dacc).intoArray(w, o);
            }
        }
    }

    /** See {@link PlainAmplitudeKernels#momentumSum}. */
    static void momentumSum(double[] w, int c, int x0, int x1, int x2, int out) {
        int m = 8 * L;
        if (x2 >= 0) {
            for (int l = 0; l < c; l += L) {
                for (int i = 12 * l + m; i < 12 * l + m + 4 * L; i += L) {
                    fromArray(D, w, x0 + i).add(fromArray(D, w, x1 + i)).add(fromArray(D, w, x2 + i)).intoArray(w, out + i);
                }
            }
        } else {
            for (int l = 0; l < c; l += L) {
                for (int i = 12 * l + m; i < 12 * l + m + 4 * L; i += L) {
                    fromArray(D, w, x0 + i).add(fromArray(D, w, x1 + i)).intoArray(w, out + i);
                }
            }
        }
    }
}
