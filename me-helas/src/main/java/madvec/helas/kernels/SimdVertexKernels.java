package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * The vertex structures of {@link Structures} on the Vector API, {@link Species#LANES} events per
 * step; the twin of {@link PlainVertexKernels}, with the same operations in the same order, so that
 * both give the same bits. The chunk {@code c} must be a multiple of the lane count (the executor's
 * chunks are).
 *
 * <p>Written for few live vectors: AVX2 has 16 vector registers, and a kernel that keeps all 16 or
 * 24 input vectors alive spills them to the stack on every step (measured: twice as slow). So inputs
 * are loaded where they are used, in passes over the four components, and every result is stored as
 * soon as it is known; reloads after a store are real (cheap) loads from L1. Kernels are written out
 * without helper methods that take or return vectors: in a method this size C2 stops inlining
 * ordinary callees once the inlined Vector API code passes its size budget, and a vector that crosses
 * a call that is not inlined is boxed. The {@code acc} branch is loop-invariant (C2 unswitches it).
 */
final class SimdVertexKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdVertexKernels() {}

    /** FFV, open F1 leg (see {@link PlainVertexKernels#ffvOpenF1}). */
    static void ffvOpenF1(double[] w, int c, int f2, int v, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int a = v + 12 * l, f = f2 + 12 * l, o = out + 12 * l;
            DoubleVector v0r = fromArray(D, w, a), v0i = fromArray(D, w, a + L);
            DoubleVector v3r = fromArray(D, w, a + 6 * L), v3i = fromArray(D, w, a + 7 * L);
            DoubleVector sr = v0r.add(v3r), si = v0i.add(v3i), dr = v0r.sub(v3r), di = v0i.sub(v3i);
            DoubleVector v1r = fromArray(D, w, a + 2 * L), v1i = fromArray(D, w, a + 3 * L);
            DoubleVector v2r = fromArray(D, w, a + 4 * L), v2i = fromArray(D, w, a + 5 * L);
            DoubleVector ur = v1r.sub(v2i), ui = v1i.add(v2r), xr = v1r.add(v2i), xi = v1i.sub(v2r);
            // upper pair from f2, f3; lower pair from f0, f1
            DoubleVector f2r = fromArray(D, w, f + 4 * L), f2i = fromArray(D, w, f + 5 * L);
            DoubleVector f3r = fromArray(D, w, f + 6 * L), f3i = fromArray(D, w, f + 7 * L);
            DoubleVector a0r = sr.mul(f2r).sub(si.mul(f2i)).add(ur.mul(f3r)).sub(ui.mul(f3i));
            DoubleVector a0i = sr.mul(f2i).add(si.mul(f2r)).add(ur.mul(f3i)).add(ui.mul(f3r));
            DoubleVector o0 = a0r.mul(glr).sub(a0i.mul(gli)), o1 = a0i.mul(glr).add(a0r.mul(gli));
            if (acc) {
                fromArray(D, w, o).add(o0).intoArray(w, o);
                fromArray(D, w, o + L).add(o1).intoArray(w, o + L);
            } else {
                o0.intoArray(w, o);
                o1.intoArray(w, o + L);
            }
            DoubleVector a1r = xr.mul(f2r).sub(xi.mul(f2i)).add(dr.mul(f3r)).sub(di.mul(f3i));
            DoubleVector a1i = xr.mul(f2i).add(xi.mul(f2r)).add(dr.mul(f3i)).add(di.mul(f3r));
            DoubleVector o2 = a1r.mul(glr).sub(a1i.mul(gli)), o3 = a1i.mul(glr).add(a1r.mul(gli));
            if (acc) {
                fromArray(D, w, o + 2 * L).add(o2).intoArray(w, o + 2 * L);
                fromArray(D, w, o + 2 * L + L).add(o3).intoArray(w, o + 2 * L + L);
            } else {
                o2.intoArray(w, o + 2 * L);
                o3.intoArray(w, o + 2 * L + L);
            }
            DoubleVector f0r = fromArray(D, w, f), f0i = fromArray(D, w, f + L);
            DoubleVector f1r = fromArray(D, w, f + 2 * L), f1i = fromArray(D, w, f + 3 * L);
            DoubleVector b0r = dr.mul(f0r).sub(di.mul(f0i)).sub(ur.mul(f1r)).add(ui.mul(f1i));
            DoubleVector b0i = dr.mul(f0i).add(di.mul(f0r)).sub(ur.mul(f1i)).sub(ui.mul(f1r));
            DoubleVector o4 = b0r.mul(grr).sub(b0i.mul(gri)), o5 = b0i.mul(grr).add(b0r.mul(gri));
            if (acc) {
                fromArray(D, w, o + 4 * L).add(o4).intoArray(w, o + 4 * L);
                fromArray(D, w, o + 4 * L + L).add(o5).intoArray(w, o + 4 * L + L);
            } else {
                o4.intoArray(w, o + 4 * L);
                o5.intoArray(w, o + 4 * L + L);
            }
            DoubleVector b1r = sr.mul(f1r).sub(si.mul(f1i)).sub(xr.mul(f0r)).add(xi.mul(f0i));
            DoubleVector b1i = sr.mul(f1i).add(si.mul(f1r)).sub(xr.mul(f0i)).sub(xi.mul(f0r));
            DoubleVector o6 = b1r.mul(grr).sub(b1i.mul(gri)), o7 = b1i.mul(grr).add(b1r.mul(gri));
            if (acc) {
                fromArray(D, w, o + 6 * L).add(o6).intoArray(w, o + 6 * L);
                fromArray(D, w, o + 6 * L + L).add(o7).intoArray(w, o + 6 * L + L);
            } else {
                o6.intoArray(w, o + 6 * L);
                o7.intoArray(w, o + 6 * L + L);
            }
        }
    }

    /** FFV, open F2 leg (see {@link PlainVertexKernels#ffvOpenF2}). */
    static void ffvOpenF2(double[] w, int c, int f1, int v, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int a = v + 12 * l, f = f1 + 12 * l, o = out + 12 * l;
            DoubleVector v0r = fromArray(D, w, a), v0i = fromArray(D, w, a + L);
            DoubleVector v3r = fromArray(D, w, a + 6 * L), v3i = fromArray(D, w, a + 7 * L);
            DoubleVector sr = v0r.add(v3r), si = v0i.add(v3i), dr = v0r.sub(v3r), di = v0i.sub(v3i);
            DoubleVector v1r = fromArray(D, w, a + 2 * L), v1i = fromArray(D, w, a + 3 * L);
            DoubleVector v2r = fromArray(D, w, a + 4 * L), v2i = fromArray(D, w, a + 5 * L);
            DoubleVector ur = v1r.sub(v2i), ui = v1i.add(v2r), xr = v1r.add(v2i), xi = v1i.sub(v2r);
            // upper pair (right coupling) from f2, f3; lower pair (left coupling) from f0, f1
            DoubleVector f2r = fromArray(D, w, f + 4 * L), f2i = fromArray(D, w, f + 5 * L);
            DoubleVector f3r = fromArray(D, w, f + 6 * L), f3i = fromArray(D, w, f + 7 * L);
            DoubleVector b0r = f2r.mul(dr).sub(f2i.mul(di)).sub(f3r.mul(xr)).add(f3i.mul(xi));
            DoubleVector b0i = f2r.mul(di).add(f2i.mul(dr)).sub(f3r.mul(xi)).sub(f3i.mul(xr));
            DoubleVector o0 = b0r.mul(grr).sub(b0i.mul(gri)), o1 = b0i.mul(grr).add(b0r.mul(gri));
            if (acc) {
                fromArray(D, w, o).add(o0).intoArray(w, o);
                fromArray(D, w, o + L).add(o1).intoArray(w, o + L);
            } else {
                o0.intoArray(w, o);
                o1.intoArray(w, o + L);
            }
            DoubleVector b1r = f3r.mul(sr).sub(f3i.mul(si)).sub(f2r.mul(ur)).add(f2i.mul(ui));
            DoubleVector b1i = f3r.mul(si).add(f3i.mul(sr)).sub(f2r.mul(ui)).sub(f2i.mul(ur));
            DoubleVector o2 = b1r.mul(grr).sub(b1i.mul(gri)), o3 = b1i.mul(grr).add(b1r.mul(gri));
            if (acc) {
                fromArray(D, w, o + 2 * L).add(o2).intoArray(w, o + 2 * L);
                fromArray(D, w, o + 2 * L + L).add(o3).intoArray(w, o + 2 * L + L);
            } else {
                o2.intoArray(w, o + 2 * L);
                o3.intoArray(w, o + 2 * L + L);
            }
            DoubleVector f0r = fromArray(D, w, f), f0i = fromArray(D, w, f + L);
            DoubleVector f1r = fromArray(D, w, f + 2 * L), f1i = fromArray(D, w, f + 3 * L);
            DoubleVector a0r = f0r.mul(sr).sub(f0i.mul(si)).add(f1r.mul(xr)).sub(f1i.mul(xi));
            DoubleVector a0i = f0r.mul(si).add(f0i.mul(sr)).add(f1r.mul(xi)).add(f1i.mul(xr));
            DoubleVector o4 = a0r.mul(glr).sub(a0i.mul(gli)), o5 = a0i.mul(glr).add(a0r.mul(gli));
            if (acc) {
                fromArray(D, w, o + 4 * L).add(o4).intoArray(w, o + 4 * L);
                fromArray(D, w, o + 4 * L + L).add(o5).intoArray(w, o + 4 * L + L);
            } else {
                o4.intoArray(w, o + 4 * L);
                o5.intoArray(w, o + 4 * L + L);
            }
            DoubleVector a1r = f0r.mul(ur).sub(f0i.mul(ui)).add(f1r.mul(dr)).sub(f1i.mul(di));
            DoubleVector a1i = f0r.mul(ui).add(f0i.mul(ur)).add(f1r.mul(di)).add(f1i.mul(dr));
            DoubleVector o6 = a1r.mul(glr).sub(a1i.mul(gli)), o7 = a1i.mul(glr).add(a1r.mul(gli));
            if (acc) {
                fromArray(D, w, o + 6 * L).add(o6).intoArray(w, o + 6 * L);
                fromArray(D, w, o + 6 * L + L).add(o7).intoArray(w, o + 6 * L + L);
            } else {
                o6.intoArray(w, o + 6 * L);
                o7.intoArray(w, o + 6 * L + L);
            }
        }
    }

    /** FFV, open vector leg (see {@link PlainVertexKernels#ffvOpenV}). */
    static void ffvOpenV(double[] w, int c, int f1, int f2, int out, double glr, double gli, double grr,
            double gri, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int a = f1 + 12 * l, b = f2 + 12 * l, o = out + 12 * l;
            // components 0 and 3 from p02, p13 (left) and p20, p31 (right)
            DoubleVector a0r = fromArray(D, w, a), a0i = fromArray(D, w, a + L);
            DoubleVector b2r = fromArray(D, w, b + 4 * L), b2i = fromArray(D, w, b + 5 * L);
            DoubleVector p02r = a0r.mul(b2r).sub(a0i.mul(b2i)), p02i = a0r.mul(b2i).add(a0i.mul(b2r));
            DoubleVector a1r = fromArray(D, w, a + 2 * L), a1i = fromArray(D, w, a + 3 * L);
            DoubleVector b3r = fromArray(D, w, b + 6 * L), b3i = fromArray(D, w, b + 7 * L);
            DoubleVector p13r = a1r.mul(b3r).sub(a1i.mul(b3i)), p13i = a1r.mul(b3i).add(a1i.mul(b3r));
            DoubleVector l0r = p02r.add(p13r), l0i = p02i.add(p13i), l3r = p02r.sub(p13r), l3i = p02i.sub(p13i);
            DoubleVector a2r = fromArray(D, w, a + 4 * L), a2i = fromArray(D, w, a + 5 * L);
            DoubleVector b0r = fromArray(D, w, b), b0i = fromArray(D, w, b + L);
            DoubleVector p20r = a2r.mul(b0r).sub(a2i.mul(b0i)), p20i = a2r.mul(b0i).add(a2i.mul(b0r));
            DoubleVector a3r = fromArray(D, w, a + 6 * L), a3i = fromArray(D, w, a + 7 * L);
            DoubleVector b1r = fromArray(D, w, b + 2 * L), b1i = fromArray(D, w, b + 3 * L);
            DoubleVector p31r = a3r.mul(b1r).sub(a3i.mul(b1i)), p31i = a3r.mul(b1i).add(a3i.mul(b1r));
            DoubleVector r0r = p20r.add(p31r), r0i = p20i.add(p31i), r3r = p31r.sub(p20r), r3i = p31i.sub(p20i);
            DoubleVector o0 = l0r.mul(glr).sub(l0i.mul(gli)).add(r0r.mul(grr).sub(r0i.mul(gri)));
            DoubleVector o1 = l0i.mul(glr).add(l0r.mul(gli)).add(r0i.mul(grr).add(r0r.mul(gri)));
            if (acc) {
                fromArray(D, w, o).add(o0).intoArray(w, o);
                fromArray(D, w, o + L).add(o1).intoArray(w, o + L);
            } else {
                o0.intoArray(w, o);
                o1.intoArray(w, o + L);
            }
            DoubleVector o6 = l3r.mul(glr).sub(l3i.mul(gli)).add(r3r.mul(grr).sub(r3i.mul(gri))).neg();
            DoubleVector o7 = l3i.mul(glr).add(l3r.mul(gli)).add(r3i.mul(grr).add(r3r.mul(gri))).neg();
            if (acc) {
                fromArray(D, w, o + 6 * L).add(o6).intoArray(w, o + 6 * L);
                fromArray(D, w, o + 6 * L + L).add(o7).intoArray(w, o + 6 * L + L);
            } else {
                o6.intoArray(w, o + 6 * L);
                o7.intoArray(w, o + 6 * L + L);
            }
            // components 1 and 2 from p03, p12 (left) and p21, p30 (right): inputs reloaded
            a0r = fromArray(D, w, a);
            a0i = fromArray(D, w, a + L);
            b3r = fromArray(D, w, b + 6 * L);
            b3i = fromArray(D, w, b + 7 * L);
            DoubleVector p03r = a0r.mul(b3r).sub(a0i.mul(b3i)), p03i = a0r.mul(b3i).add(a0i.mul(b3r));
            a1r = fromArray(D, w, a + 2 * L);
            a1i = fromArray(D, w, a + 3 * L);
            b2r = fromArray(D, w, b + 4 * L);
            b2i = fromArray(D, w, b + 5 * L);
            DoubleVector p12r = a1r.mul(b2r).sub(a1i.mul(b2i)), p12i = a1r.mul(b2i).add(a1i.mul(b2r));
            DoubleVector l1r = p03r.add(p12r), l1i = p03i.add(p12i), l2r = p12i.sub(p03i), l2i = p03r.sub(p12r);
            a2r = fromArray(D, w, a + 4 * L);
            a2i = fromArray(D, w, a + 5 * L);
            b1r = fromArray(D, w, b + 2 * L);
            b1i = fromArray(D, w, b + 3 * L);
            DoubleVector p21r = a2r.mul(b1r).sub(a2i.mul(b1i)), p21i = a2r.mul(b1i).add(a2i.mul(b1r));
            a3r = fromArray(D, w, a + 6 * L);
            a3i = fromArray(D, w, a + 7 * L);
            b0r = fromArray(D, w, b);
            b0i = fromArray(D, w, b + L);
            DoubleVector p30r = a3r.mul(b0r).sub(a3i.mul(b0i)), p30i = a3r.mul(b0i).add(a3i.mul(b0r));
            DoubleVector r1r = p21r.add(p30r), r1i = p21i.add(p30i), r2r = p21i.sub(p30i), r2i = p30r.sub(p21r);
            DoubleVector o2 = r1r.mul(grr).sub(r1i.mul(gri)).sub(l1r.mul(glr).sub(l1i.mul(gli)));
            DoubleVector o3 = r1i.mul(grr).add(r1r.mul(gri)).sub(l1i.mul(glr).add(l1r.mul(gli)));
            if (acc) {
                fromArray(D, w, o + 2 * L).add(o2).intoArray(w, o + 2 * L);
                fromArray(D, w, o + 2 * L + L).add(o3).intoArray(w, o + 2 * L + L);
            } else {
                o2.intoArray(w, o + 2 * L);
                o3.intoArray(w, o + 2 * L + L);
            }
            DoubleVector o4 = l2r.mul(glr).sub(l2i.mul(gli)).add(r2r.mul(grr).sub(r2i.mul(gri))).neg();
            DoubleVector o5 = l2i.mul(glr).add(l2r.mul(gli)).add(r2i.mul(grr).add(r2r.mul(gri))).neg();
            if (acc) {
                fromArray(D, w, o + 4 * L).add(o4).intoArray(w, o + 4 * L);
                fromArray(D, w, o + 4 * L + L).add(o5).intoArray(w, o + 4 * L + L);
            } else {
                o4.intoArray(w, o + 4 * L);
                o5.intoArray(w, o + 4 * L + L);
            }
        }
    }

    /** VVV1, open leg 1 (see {@link PlainVertexKernels#vvvOpenV1}): dot products in a first pass, components in a second. */
    static void vvvOpenV1(double[] w, int c, int v2, int p2, int v3, int p3, int out, double gr, double gi,
            boolean acc) {
        int m = 8 * L;
        double cr = -gr, ci = -gi;
        for (int l = 0; l < c; l += L) {
            int a = v2 + 12 * l, b = v3 + 12 * l, q = p2 + 12 * l + m, s = p3 + 12 * l + m, o = out + 12 * l;
            // pass 1: V2.V3, V3.(2 P2 + P3) and V2.(P2 + 2 P3), Minkowski (component 0 plus, 1..3 minus)
            DoubleVector ar = fromArray(D, w, a), ai = fromArray(D, w, a + L);
            DoubleVector br = fromArray(D, w, b), bi = fromArray(D, w, b + L);
            DoubleVector q2 = fromArray(D, w, q), q3 = fromArray(D, w, s);
            DoubleVector k = q2.add(q2).add(q3), n = q3.add(q3).add(q2);
            DoubleVector abr = ar.mul(br).sub(ai.mul(bi)), abi = ar.mul(bi).add(ai.mul(br));
            DoubleVector bkr = br.mul(k), bki = bi.mul(k), amr = ar.mul(n), ami = ai.mul(n);
            for (int j = 1; j < 4; j++) {
                int r = 2 * j * L;
                ar = fromArray(D, w, a + r);
                ai = fromArray(D, w, a + r + L);
                br = fromArray(D, w, b + r);
                bi = fromArray(D, w, b + r + L);
                q2 = fromArray(D, w, q + j * L);
                q3 = fromArray(D, w, s + j * L);
                k = q2.add(q2).add(q3);
                n = q3.add(q3).add(q2);
                abr = abr.sub(ar.mul(br).sub(ai.mul(bi)));
                abi = abi.sub(ar.mul(bi).add(ai.mul(br)));
                bkr = bkr.sub(br.mul(k));
                bki = bki.sub(bi.mul(k));
                amr = amr.sub(ar.mul(n));
                ami = ami.sub(ai.mul(n));
            }
            // minus the coupling, folded into the three coefficients
            DoubleVector pr = abr.mul(cr).sub(abi.mul(ci)), pi = abi.mul(cr).add(abr.mul(ci));
            DoubleVector sr = bkr.mul(cr).sub(bki.mul(ci)), si = bki.mul(cr).add(bkr.mul(ci));
            DoubleVector tr = amr.mul(cr).sub(ami.mul(ci)), ti = ami.mul(cr).add(amr.mul(ci));
            // pass 2: component mu = p (P3 - P2) + s V2 - t V3
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                ar = fromArray(D, w, a + r);
                ai = fromArray(D, w, a + r + L);
                br = fromArray(D, w, b + r);
                bi = fromArray(D, w, b + r + L);
                DoubleVector d = fromArray(D, w, s + j * L).sub(fromArray(D, w, q + j * L));
                DoubleVector xr = pr.mul(d).add(sr.mul(ar).sub(si.mul(ai))).sub(tr.mul(br).sub(ti.mul(bi)));
                DoubleVector xi = pi.mul(d).add(sr.mul(ai).add(si.mul(ar))).sub(tr.mul(bi).add(ti.mul(br)));
                if (acc) {
                    fromArray(D, w, o + r).add(xr).intoArray(w, o + r);
                    fromArray(D, w, o + r + L).add(xi).intoArray(w, o + r + L);
                } else {
                    xr.intoArray(w, o + r);
                    xi.intoArray(w, o + r + L);
                }
            }
        }
    }

    /** VVVV (metric pairings), open leg (see {@link PlainVertexKernels#vvvvOpen}): dots first, components second. */
    static void vvvvOpen(double[] w, int c, int va, int vb, int vc, int out, double ca, double cb, double cc,
            double gr, double gi, boolean acc) {
        for (int l = 0; l < c; l += L) {
            int a = va + 12 * l, b = vb + 12 * l, x = vc + 12 * l, o = out + 12 * l;
            DoubleVector ar = fromArray(D, w, a), ai = fromArray(D, w, a + L);
            DoubleVector br = fromArray(D, w, b), bi = fromArray(D, w, b + L);
            DoubleVector xr = fromArray(D, w, x), xi = fromArray(D, w, x + L);
            DoubleVector bcr = br.mul(xr).sub(bi.mul(xi)), bci = br.mul(xi).add(bi.mul(xr));
            DoubleVector acr = ar.mul(xr).sub(ai.mul(xi)), aci = ar.mul(xi).add(ai.mul(xr));
            DoubleVector abr = ar.mul(br).sub(ai.mul(bi)), abi = ar.mul(bi).add(ai.mul(br));
            for (int j = 1; j < 4; j++) {
                int r = 2 * j * L;
                ar = fromArray(D, w, a + r);
                ai = fromArray(D, w, a + r + L);
                br = fromArray(D, w, b + r);
                bi = fromArray(D, w, b + r + L);
                xr = fromArray(D, w, x + r);
                xi = fromArray(D, w, x + r + L);
                bcr = bcr.sub(br.mul(xr).sub(bi.mul(xi)));
                bci = bci.sub(br.mul(xi).add(bi.mul(xr)));
                acr = acr.sub(ar.mul(xr).sub(ai.mul(xi)));
                aci = aci.sub(ar.mul(xi).add(ai.mul(xr)));
                abr = abr.sub(ar.mul(br).sub(ai.mul(bi)));
                abi = abi.sub(ar.mul(bi).add(ai.mul(br)));
            }
            // fold the coupling and the pairing coefficients into the three dot products
            DoubleVector pr = bcr.mul(gr).sub(bci.mul(gi)).mul(ca), pi = bci.mul(gr).add(bcr.mul(gi)).mul(ca);
            DoubleVector qr = acr.mul(gr).sub(aci.mul(gi)).mul(cb), qi = aci.mul(gr).add(acr.mul(gi)).mul(cb);
            DoubleVector sr = abr.mul(gr).sub(abi.mul(gi)).mul(cc), si = abi.mul(gr).add(abr.mul(gi)).mul(cc);
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                ar = fromArray(D, w, a + r);
                ai = fromArray(D, w, a + r + L);
                br = fromArray(D, w, b + r);
                bi = fromArray(D, w, b + r + L);
                xr = fromArray(D, w, x + r);
                xi = fromArray(D, w, x + r + L);
                DoubleVector yr = pr.mul(ar).sub(pi.mul(ai)).add(qr.mul(br).sub(qi.mul(bi))).add(sr.mul(xr).sub(si.mul(xi)));
                DoubleVector yi = pr.mul(ai).add(pi.mul(ar)).add(qr.mul(bi).add(qi.mul(br))).add(sr.mul(xi).add(si.mul(xr)));
                if (acc) {
                    fromArray(D, w, o + r).add(yr).intoArray(w, o + r);
                    fromArray(D, w, o + r + L).add(yi).intoArray(w, o + r + L);
                } else {
                    yr.intoArray(w, o + r);
                    yi.intoArray(w, o + r + L);
                }
            }
        }
    }
}
