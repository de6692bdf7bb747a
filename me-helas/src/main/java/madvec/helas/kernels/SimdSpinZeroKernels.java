package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * Vector API kernels of the vertices with a scalar leg (VVS, VVSS, SSS, SSSS, FFS), one group of
 * {@link Species#LANES} events per step in the lane-group layout of {@link Layout}; the per-lane loops
 * of {@link SpinZeroStructures} are their plain-Java twins. Couplings are passed as real and imaginary parts.
 */
final class SimdSpinZeroKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdSpinZeroKernels() {}

    /** out = (fr + i fi) x (each of the four components of v); fr, fi per lane. */
    private static void scaleVector(double[] w, int v, int o, DoubleVector fr, DoubleVector fi, boolean acc) {
        for (int j = 0; j < 4; j++) {
            DoubleVector vr = fromArray(D, w, v + 2 * j * L), vi = fromArray(D, w, v + (2 * j + 1) * L);
            store(w, o + 2 * j * L, fr.mul(vr).sub(fi.mul(vi)), acc);
            store(w, o + (2 * j + 1) * L, fr.mul(vi).add(fi.mul(vr)), acc);
        }
    }

    private static void store(double[] w, int at, DoubleVector x, boolean acc) {
        if (acc) {
            fromArray(D, w, at).add(x).intoArray(w, at);
        } else {
            x.intoArray(w, at);
        }
    }

    /** Component 0 := (re, im); components 1..3 := 0 unless accumulating. */
    private static void storeScalar(double[] w, int o, DoubleVector re, DoubleVector im, boolean acc) {
        store(w, o, re, acc);
        store(w, o + L, im, acc);
        if (!acc) {
            DoubleVector zero = DoubleVector.zero(D);
            for (int q = 2; q < 8; q++) zero.intoArray(w, o + q * L);
        }
    }

    static void vvsOpenV(double[] w, int c, int v, int s, int out, double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector sr = fromArray(D, w, s + b), si = fromArray(D, w, s + b + L);
            scaleVector(w, v + b, out + b, sr.mul(gr).sub(si.mul(gi)), si.mul(gr).add(sr.mul(gi)), acc);
        }
    }

    static void vvssOpenV(double[] w, int c, int v, int s1, int s2, int out, double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector ar = fromArray(D, w, s1 + b), ai = fromArray(D, w, s1 + b + L);
            DoubleVector br = fromArray(D, w, s2 + b), bi = fromArray(D, w, s2 + b + L);
            DoubleVector pr = ar.mul(br).sub(ai.mul(bi)), pi = ar.mul(bi).add(ai.mul(br));
            scaleVector(w, v + b, out + b, pr.mul(gr).sub(pi.mul(gi)), pi.mul(gr).add(pr.mul(gi)), acc);
        }
    }

    /** Real part of the Minkowski product of two vectors of a group. */
    private static DoubleVector dotRe(double[] w, int a, int b) {
        DoubleVector s = fromArray(D, w, a).mul(fromArray(D, w, b)).sub(fromArray(D, w, a + L).mul(fromArray(D, w, b + L)));
        for (int j = 1; j < 4; j++) {
            int ra = a + 2 * j * L, rb = b + 2 * j * L;
            s = s.sub(fromArray(D, w, ra).mul(fromArray(D, w, rb))).add(fromArray(D, w, ra + L).mul(fromArray(D, w, rb + L)));
        }
        return s;
    }

    /** Imaginary part of the Minkowski product of two vectors of a group. */
    private static DoubleVector dotIm(double[] w, int a, int b) {
        DoubleVector s = fromArray(D, w, a).mul(fromArray(D, w, b + L)).add(fromArray(D, w, a + L).mul(fromArray(D, w, b)));
        for (int j = 1; j < 4; j++) {
            int ra = a + 2 * j * L, rb = b + 2 * j * L;
            s = s.sub(fromArray(D, w, ra).mul(fromArray(D, w, rb + L))).sub(fromArray(D, w, ra + L).mul(fromArray(D, w, rb)));
        }
        return s;
    }

    static void vvsOpenS(double[] w, int c, int v1, int v2, int out, double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector dr = dotRe(w, v1 + b, v2 + b), di = dotIm(w, v1 + b, v2 + b);
            storeScalar(w, out + b, dr.mul(gr).sub(di.mul(gi)), di.mul(gr).add(dr.mul(gi)), acc);
        }
    }

    static void vvssOpenS(double[] w, int c, int v1, int v2, int s, int out, double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector dr = dotRe(w, v1 + b, v2 + b), di = dotIm(w, v1 + b, v2 + b);
            DoubleVector sr = fromArray(D, w, s + b), si = fromArray(D, w, s + b + L);
            DoubleVector pr = dr.mul(sr).sub(di.mul(si)), pi = dr.mul(si).add(di.mul(sr));
            storeScalar(w, out + b, pr.mul(gr).sub(pi.mul(gi)), pi.mul(gr).add(pr.mul(gi)), acc);
        }
    }

    static void scalarsOpenS(double[] w, int c, int s1, int s2, int s3, int out, double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector ar = fromArray(D, w, s1 + b), ai = fromArray(D, w, s1 + b + L);
            DoubleVector br = fromArray(D, w, s2 + b), bi = fromArray(D, w, s2 + b + L);
            DoubleVector pr = ar.mul(br).sub(ai.mul(bi)), pi = ar.mul(bi).add(ai.mul(br));
            if (s3 >= 0) {
                DoubleVector cr = fromArray(D, w, s3 + b), ci = fromArray(D, w, s3 + b + L);
                DoubleVector qr = pr.mul(cr).sub(pi.mul(ci)), qi = pr.mul(ci).add(pi.mul(cr));
                pr = qr;
                pi = qi;
            }
            storeScalar(w, out + b, pr.mul(gr).sub(pi.mul(gi)), pi.mul(gr).add(pr.mul(gi)), acc);
        }
    }

    static void chiralTimesScalar(double[] w, int c, int f, int s, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector sr = fromArray(D, w, s + b), si = fromArray(D, w, s + b + L);
            DoubleVector lr = sr.mul(glr).sub(si.mul(gli)), li = si.mul(glr).add(sr.mul(gli));
            DoubleVector rr = sr.mul(grr).sub(si.mul(gri)), ri = si.mul(grr).add(sr.mul(gri));
            for (int j = 0; j < 4; j++) {
                DoubleVector hr = j < 2 ? lr : rr, hi = j < 2 ? li : ri;
                DoubleVector fr = fromArray(D, w, f + b + 2 * j * L), fi = fromArray(D, w, f + b + (2 * j + 1) * L);
                store(w, out + b + 2 * j * L, hr.mul(fr).sub(hi.mul(fi)), acc);
                store(w, out + b + (2 * j + 1) * L, hr.mul(fi).add(hi.mul(fr)), acc);
            }
        }
    }

    static void ffsOpenS(double[] w, int c, int f1, int f2, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int b = 12 * l;
            DoubleVector lr = DoubleVector.zero(D), li = lr, rr = lr, ri = lr;
            for (int j = 0; j < 4; j++) {
                DoubleVector ar = fromArray(D, w, f1 + b + 2 * j * L), ai = fromArray(D, w, f1 + b + (2 * j + 1) * L);
                DoubleVector br = fromArray(D, w, f2 + b + 2 * j * L), bi = fromArray(D, w, f2 + b + (2 * j + 1) * L);
                DoubleVector pr = ar.mul(br).sub(ai.mul(bi)), pi = ar.mul(bi).add(ai.mul(br));
                if (j < 2) {
                    lr = lr.add(pr);
                    li = li.add(pi);
                } else {
                    rr = rr.add(pr);
                    ri = ri.add(pi);
                }
            }
            DoubleVector re = lr.mul(glr).sub(li.mul(gli)).add(rr.mul(grr)).sub(ri.mul(gri));
            DoubleVector im = li.mul(glr).add(lr.mul(gli)).add(ri.mul(grr)).add(rr.mul(gri));
            storeScalar(w, out + b, re, im, acc);
        }
    }
}
