package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.IS_NEGATIVE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * External wavefunction values on the Vector API; the twin of {@link PlainExternalKernels}. The
 * plain-Java twin's per-lane branches (a fermion at rest, a momentum along the z axis) become masks: every
 * lane computes the general formula and the special lanes take their values by {@code blend}, which
 * gives the same bits as the branch (the general formula's infinities in those lanes are discarded).
 */
final class SimdExternalKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;
    private static final double SQH = PlainExternalKernels.SQH;

    private SimdExternalKernels() {}

    /** See {@link PlainExternalKernels#massiveFermion}. */
    static void massiveFermion(double[] w, int c, int p, int out, double m, int nhel, int nsf, boolean outType) {
        int nh = nhel * nsf;
        int ip = (1 + nh) / 2, im = (1 - nh) / 2;
        double sf0 = (1 + nsf + (1 - nsf) * nh) * 0.5, sf1 = (1 + nsf - (1 - nsf) * nh) * 0.5;
        double chiSign = outType ? -1.0 : 1.0, sign = outType ? nsf : -nsf, nhd = nh;
        double r0 = PlainExternalKernels.restComponent(m, nhel, nsf, outType, 0);
        double r1 = PlainExternalKernels.restComponent(m, nhel, nsf, outType, 1);
        double r2 = PlainExternalKernels.restComponent(m, nhel, nsf, outType, 2);
        double r3 = PlainExternalKernels.restComponent(m, nhel, nsf, outType, 3);
        // Lane-uniform choices (which omega each factor takes, which chi each component) as all-true
        // or all-false masks: a blend, unlike a conditional expression on vectors, keeps vectors out of
        // phi nodes, which C2 may box.
        VectorMask<Double> ipOne = D.maskAll(ip != 0), imOne = D.maskAll(im != 0), swap = D.maskAll(outType);
        DoubleVector mv = DoubleVector.broadcast(D, m);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector pp = p1.mul(p1).add(p2.mul(p2)).add(p3.mul(p3)).sqrt();
            pp = pp.blend(p0, p0.lt(pp));
            VectorMask<Double> atRest = pp.eq(0.0);
            DoubleVector omega0 = p0.add(pp).sqrt(), omega1 = mv.div(omega0);
            DoubleVector sfo0 = omega0.blend(omega1, ipOne).mul(sf0), sfo1 = omega0.blend(omega1, imOne).mul(sf1);
            DoubleVector pp3 = pp.add(p3);
            pp3 = pp3.blend(0.0, pp3.lt(0.0));
            DoubleVector chi0 = pp3.div(pp).mul(0.5).sqrt();
            DoubleVector norm = pp.mul(pp3).mul(2.0).sqrt();
            VectorMask<Double> onAxis = pp3.eq(0.0);
            DoubleVector chi1r = p1.mul(nhd).div(norm).blend(-nhd, onAxis);
            DoubleVector chi1i = p2.mul(chiSign).div(norm).blend(0.0, onAxis);
            DoubleVector upper = sfo0.blend(sfo1, swap), lower = sfo1.blend(sfo0, swap);
            DoubleVector a = chi0.blend(chi1r, imOne), b = chi0.blend(chi1r, ipOne);
            VectorMask<Double> aReal = atRest.or(imOne.not()), bReal = atRest.or(ipOne.not());
            int o = out + 12 * l;
            upper.mul(a).blend(r0, atRest).intoArray(w, o);
            upper.mul(chi1i).blend(0.0, aReal).intoArray(w, o + L);
            upper.mul(b).blend(r1, atRest).intoArray(w, o + 2 * L);
            upper.mul(chi1i).blend(0.0, bReal).intoArray(w, o + 3 * L);
            lower.mul(a).blend(r2, atRest).intoArray(w, o + 4 * L);
            lower.mul(chi1i).blend(0.0, aReal).intoArray(w, o + 5 * L);
            lower.mul(b).blend(r3, atRest).intoArray(w, o + 6 * L);
            lower.mul(chi1i).blend(0.0, bReal).intoArray(w, o + 7 * L);
            int mo = o + 8 * L;
            p0.mul(sign).intoArray(w, mo);
            p1.mul(sign).intoArray(w, mo + L);
            p2.mul(sign).intoArray(w, mo + 2 * L);
            p3.mul(sign).intoArray(w, mo + 3 * L);
        }
    }

    /** See {@link PlainExternalKernels#masslessFermion}. */
    static void masslessFermion(double[] w, int c, int p, int out, int nhel, int nsf, boolean outType) {
        int nh = nhel * nsf;
        double chiSign = outType ? -1.0 : 1.0, sign = outType ? nsf : -nsf, nhd = nh, nsfd = nsf;
        double mnhel = -nhel;
        int first = outType == (nh == 1) ? 0 : 4;
        // positions of sq, chi1r and chi1i among the eight parts; the other five are zero
        int sqAt = nh == 1 ? first : first + 2, reAt = nh == 1 ? first + 2 : first, imAt = nh == 1 ? first + 3 : first + 1;
        DoubleVector zero = DoubleVector.zero(D);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            VectorMask<Double> negativeZ = p1.eq(0.0).and(p2.eq(0.0)).and(p3.lt(0.0));
            DoubleVector a = p0.add(p3);
            a = a.blend(0.0, a.lt(0.0));
            DoubleVector sq = a.sqrt().mul(nsfd).blend(0.0, negativeZ);
            VectorMask<Double> sqZero = sq.eq(0.0);
            DoubleVector chi1r = p1.mul(nhd).div(sq).blend(p0.mul(2.0).sqrt().mul(mnhel), sqZero);
            DoubleVector chi1i = p2.mul(chiSign).div(sq).blend(0.0, sqZero);
            int o = out + 12 * l;
            for (int q = 0; q < 8; q++) {
                if (q != sqAt && q != reAt && q != imAt) {
                    zero.intoArray(w, o + q * L);
                }
            }
            sq.intoArray(w, o + sqAt * L);
            chi1r.intoArray(w, o + reAt * L);
            chi1i.intoArray(w, o + imAt * L);
            int mo = o + 8 * L;
            p0.mul(sign).intoArray(w, mo);
            p1.mul(sign).intoArray(w, mo + L);
            p2.mul(sign).intoArray(w, mo + 2 * L);
            p3.mul(sign).intoArray(w, mo + 3 * L);
        }
    }

    /** See {@link PlainExternalKernels#massiveVector}. */
    static void massiveVector(double[] w, int c, int p, int out, double m, int nhel, int nsv) {
        double hel = nhel, hel0 = 1.0 - Math.abs(hel), nsvahl = nsv * Math.abs(nhel);
        double hs = hel * SQH, sh = SQH * hel, t3 = -nsvahl * SQH, t5 = nsvahl * SQH;
        double o2Axis = -hel * SQH, o5Rest = nsvahl * SQH, o5Minus = nsvahl * -SQH;
        DoubleVector zero = DoubleVector.zero(D), o5Plus = DoubleVector.broadcast(D, nsvahl * SQH);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector pp = p1.mul(p1).add(p2.mul(p2)).add(p3.mul(p3)).sqrt();
            pp = pp.blend(p0, p0.lt(pp));
            DoubleVector pt = p1.mul(p1).add(p2.mul(p2)).sqrt();
            pt = pt.blend(pp, pt.compare(GT, pp));
            VectorMask<Double> atRest = pp.eq(0.0), onAxis = pt.eq(0.0);
            DoubleVector emp = p0.div(pp.mul(m));
            DoubleVector pzpt = p3.div(pp.mul(pt)).mul(sh);
            DoubleVector o5Axis = o5Plus.blend(o5Minus, p3.test(IS_NEGATIVE));
            DoubleVector o0 = pp.div(m).mul(hel0).blend(0.0, atRest);
            DoubleVector o2 = p1.mul(emp).mul(hel0).sub(p1.mul(pzpt)).blend(o2Axis, onAxis).blend(o2Axis, atRest);
            DoubleVector o3 = p2.div(pt).mul(t3).blend(0.0, onAxis).blend(0.0, atRest);
            DoubleVector o4 = p2.mul(emp).mul(hel0).sub(p2.mul(pzpt)).blend(0.0, onAxis).blend(0.0, atRest);
            DoubleVector o5 = p1.div(pt).mul(t5).blend(o5Axis, onAxis).blend(o5Rest, atRest);
            DoubleVector o6 = p3.mul(emp).mul(hel0).add(pt.div(pp).mul(hs)).blend(hel0, atRest);
            int o = out + 12 * l;
            o0.intoArray(w, o);
            zero.intoArray(w, o + L);
            o2.intoArray(w, o + 2 * L);
            o3.intoArray(w, o + 3 * L);
            o4.intoArray(w, o + 4 * L);
            o5.intoArray(w, o + 5 * L);
            o6.intoArray(w, o + 6 * L);
            zero.intoArray(w, o + 7 * L);
            int mo = o + 8 * L;
            p0.mul(nsv).intoArray(w, mo);
            p1.mul(nsv).intoArray(w, mo + L);
            p2.mul(nsv).intoArray(w, mo + 2 * L);
            p3.mul(nsv).intoArray(w, mo + 3 * L);
        }
    }

    /** See {@link PlainExternalKernels#masslessVector}. */
    static void masslessVector(double[] w, int c, int p, int out, int nhel, int nsv) {
        double hel = nhel, hs = hel * SQH, sh = SQH * hel, t3 = -nsv * SQH, t5 = nsv * SQH;
        double o2Axis = -hel * SQH, o5Minus = nsv * -SQH;
        DoubleVector zero = DoubleVector.zero(D), o5Plus = DoubleVector.broadcast(D, nsv * SQH);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector pt = p1.mul(p1).add(p2.mul(p2)).sqrt();
            VectorMask<Double> onAxis = pt.eq(0.0);
            DoubleVector pzpt = p3.div(p0.mul(pt)).mul(sh);
            DoubleVector o5Axis = o5Plus.blend(o5Minus, p3.test(IS_NEGATIVE));
            int o = out + 12 * l;
            zero.intoArray(w, o);
            zero.intoArray(w, o + L);
            p1.mul(pzpt).mul(-1.0).blend(o2Axis, onAxis).intoArray(w, o + 2 * L);
            p2.div(pt).mul(t3).blend(0.0, onAxis).intoArray(w, o + 3 * L);
            p2.mul(pzpt).mul(-1.0).blend(0.0, onAxis).intoArray(w, o + 4 * L);
            p1.div(pt).mul(t5).blend(o5Axis, onAxis).intoArray(w, o + 5 * L);
            pt.div(p0).mul(hs).intoArray(w, o + 6 * L);
            zero.intoArray(w, o + 7 * L);
            int mo = o + 8 * L;
            p0.mul(nsv).intoArray(w, mo);
            p1.mul(nsv).intoArray(w, mo + L);
            p2.mul(nsv).intoArray(w, mo + 2 * L);
            p3.mul(nsv).intoArray(w, mo + 3 * L);
        }
    }

    // Tangent kernels: one tangent block per call, the value's intermediates recomputed. Each mirrors,
    // operation for operation, the jet code of ExternalWavefunctions (the scalar path), whose dual
    // arithmetic rules are: (a b)' = a' b + a b', (a / b)' = (a' - (a / b) b') / b,
    // sqrt(a)' = a' (0.5 / sqrt(a)) with 0 where sqrt(a) = 0, |v|' = (v . v') / |v| with 0 at 0.
    // {@code dp} is the momentum's tangent block, {@code dout} the wavefunction's, dm the mass's.

    /** Tangent of {@link #massiveFermion}. */
    static void massiveFermionTangent(double[] w, int c, int p, int dp, int dout, double m, double dm,
            int nhel, int nsf, boolean outType) {
        int nh = nhel * nsf;
        int ip = (1 + nh) / 2, im = (1 - nh) / 2;
        double sf0 = (1 + nsf + (1 - nsf) * nh) * 0.5, sf1 = (1 + nsf - (1 - nsf) * nh) * 0.5;
        double chiSign = outType ? -1.0 : 1.0, sign = outType ? nsf : -nsf, nhd = nh;
        double r0 = PlainExternalKernels.restTangent(m, dm, nhel, nsf, outType, 0);
        double r1 = PlainExternalKernels.restTangent(m, dm, nhel, nsf, outType, 1);
        double r2 = PlainExternalKernels.restTangent(m, dm, nhel, nsf, outType, 2);
        double r3 = PlainExternalKernels.restTangent(m, dm, nhel, nsf, outType, 3);
        VectorMask<Double> ipOne = D.maskAll(ip != 0), imOne = D.maskAll(im != 0), swap = D.maskAll(outType);
        DoubleVector mv = DoubleVector.broadcast(D, m), dmv = DoubleVector.broadcast(D, dm);
        DoubleVector half = DoubleVector.broadcast(D, 0.5);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector e0 = fromArray(D, w, dp + 4 * l), e1 = fromArray(D, w, dp + 4 * l + L);
            DoubleVector e2 = fromArray(D, w, dp + 4 * l + 2 * L), e3 = fromArray(D, w, dp + 4 * l + 3 * L);
            DoubleVector n3 = p1.mul(p1).add(p2.mul(p2)).add(p3.mul(p3)).sqrt();
            DoubleVector dn3 = p1.mul(e1).add(p2.mul(e2)).add(p3.mul(e3)).div(n3).blend(0.0, n3.eq(0.0));
            VectorMask<Double> slow = p0.lt(n3);
            DoubleVector pp = n3.blend(p0, slow), dpp = dn3.blend(e0, slow);
            VectorMask<Double> atRest = pp.eq(0.0);
            DoubleVector om0 = p0.add(pp).sqrt();
            DoubleVector dom0 = e0.add(dpp).mul(half.div(om0).blend(0.0, om0.eq(0.0)));
            DoubleVector om1 = mv.div(om0), dom1 = dmv.sub(om1.mul(dom0)).div(om0);
            DoubleVector sfo0 = om0.blend(om1, ipOne).mul(sf0), dsfo0 = dom0.blend(dom1, ipOne).mul(sf0);
            DoubleVector sfo1 = om0.blend(om1, imOne).mul(sf1), dsfo1 = dom0.blend(dom1, imOne).mul(sf1);
            DoubleVector pp3 = pp.add(p3), dpp3 = dpp.add(e3);
            VectorMask<Double> clamp = pp3.lt(0.0);
            pp3 = pp3.blend(0.0, clamp);
            dpp3 = dpp3.blend(0.0, clamp);
            DoubleVector q = pp3.div(pp), dq = dpp3.sub(q.mul(dpp)).div(pp);
            DoubleVector chi0 = q.mul(0.5).sqrt();
            DoubleVector dchi0 = dq.mul(0.5).mul(half.div(chi0).blend(0.0, chi0.eq(0.0)));
            DoubleVector nv = pp.mul(pp3), dnv = dpp.mul(pp3).add(pp.mul(dpp3));
            DoubleVector norm = nv.mul(2.0).sqrt();
            DoubleVector dnorm = dnv.mul(2.0).mul(half.div(norm).blend(0.0, norm.eq(0.0)));
            VectorMask<Double> onAxis = pp3.eq(0.0);
            DoubleVector chi1r = p1.mul(nhd).div(norm);
            DoubleVector dchi1r = e1.mul(nhd).sub(chi1r.mul(dnorm)).div(norm).blend(0.0, onAxis);
            DoubleVector chi1i = p2.mul(chiSign).div(norm);
            DoubleVector dchi1i = e2.mul(chiSign).sub(chi1i.mul(dnorm)).div(norm).blend(0.0, onAxis);
            chi1r = chi1r.blend(-nhd, onAxis);
            chi1i = chi1i.blend(0.0, onAxis);
            DoubleVector up = sfo0.blend(sfo1, swap), lo = sfo1.blend(sfo0, swap);
            DoubleVector dup = dsfo0.blend(dsfo1, swap), dlo = dsfo1.blend(dsfo0, swap);
            DoubleVector a = chi0.blend(chi1r, imOne), da = dchi0.blend(dchi1r, imOne);
            DoubleVector b = chi0.blend(chi1r, ipOne), db = dchi0.blend(dchi1r, ipOne);
            VectorMask<Double> aReal = atRest.or(imOne.not()), bReal = atRest.or(ipOne.not());
            int o = dout + 12 * l;
            dup.mul(a).add(up.mul(da)).blend(r0, atRest).intoArray(w, o);
            dup.mul(chi1i).add(up.mul(dchi1i)).blend(0.0, aReal).intoArray(w, o + L);
            dup.mul(b).add(up.mul(db)).blend(r1, atRest).intoArray(w, o + 2 * L);
            dup.mul(chi1i).add(up.mul(dchi1i)).blend(0.0, bReal).intoArray(w, o + 3 * L);
            dlo.mul(a).add(lo.mul(da)).blend(r2, atRest).intoArray(w, o + 4 * L);
            dlo.mul(chi1i).add(lo.mul(dchi1i)).blend(0.0, aReal).intoArray(w, o + 5 * L);
            dlo.mul(b).add(lo.mul(db)).blend(r3, atRest).intoArray(w, o + 6 * L);
            dlo.mul(chi1i).add(lo.mul(dchi1i)).blend(0.0, bReal).intoArray(w, o + 7 * L);
            int mo = o + 8 * L;
            e0.mul(sign).intoArray(w, mo);
            e1.mul(sign).intoArray(w, mo + L);
            e2.mul(sign).intoArray(w, mo + 2 * L);
            e3.mul(sign).intoArray(w, mo + 3 * L);
        }
    }

    /** Tangent of {@link #masslessFermion} (the mass is zero in every direction). */
    static void masslessFermionTangent(double[] w, int c, int p, int dp, int dout, int nhel, int nsf,
            boolean outType) {
        int nh = nhel * nsf;
        double chiSign = outType ? -1.0 : 1.0, sign = outType ? nsf : -nsf, nhd = nh, nsfd = nsf;
        double mnhel = -nhel;
        int first = outType == (nh == 1) ? 0 : 4;
        int sqAt = nh == 1 ? first : first + 2, reAt = nh == 1 ? first + 2 : first, imAt = nh == 1 ? first + 3 : first + 1;
        DoubleVector zero = DoubleVector.zero(D), half = DoubleVector.broadcast(D, 0.5);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector e0 = fromArray(D, w, dp + 4 * l), e1 = fromArray(D, w, dp + 4 * l + L);
            DoubleVector e2 = fromArray(D, w, dp + 4 * l + 2 * L), e3 = fromArray(D, w, dp + 4 * l + 3 * L);
            VectorMask<Double> negativeZ = p1.eq(0.0).and(p2.eq(0.0)).and(p3.lt(0.0));
            DoubleVector a = p0.add(p3), da = e0.add(e3);
            VectorMask<Double> clamp = a.lt(0.0);
            a = a.blend(0.0, clamp);
            da = da.blend(0.0, clamp);
            DoubleVector r = a.sqrt();
            DoubleVector sq = r.mul(nsfd).blend(0.0, negativeZ);
            DoubleVector dsq = da.mul(half.div(r).blend(0.0, r.eq(0.0))).mul(nsfd).blend(0.0, negativeZ);
            VectorMask<Double> sqZero = sq.eq(0.0);
            DoubleVector b = p0.mul(2.0).sqrt();
            DoubleVector dAxis = e0.mul(2.0).mul(half.div(b).blend(0.0, b.eq(0.0))).mul(mnhel);
            DoubleVector chi1r = p1.mul(nhd).div(sq), chi1i = p2.mul(chiSign).div(sq);
            DoubleVector dchi1r = e1.mul(nhd).sub(chi1r.mul(dsq)).div(sq).blend(dAxis, sqZero);
            DoubleVector dchi1i = e2.mul(chiSign).sub(chi1i.mul(dsq)).div(sq).blend(0.0, sqZero);
            int o = dout + 12 * l;
            for (int q = 0; q < 8; q++) {
                if (q != sqAt && q != reAt && q != imAt) {
                    zero.intoArray(w, o + q * L);
                }
            }
            dsq.intoArray(w, o + sqAt * L);
            dchi1r.intoArray(w, o + reAt * L);
            dchi1i.intoArray(w, o + imAt * L);
            int mo = o + 8 * L;
            e0.mul(sign).intoArray(w, mo);
            e1.mul(sign).intoArray(w, mo + L);
            e2.mul(sign).intoArray(w, mo + 2 * L);
            e3.mul(sign).intoArray(w, mo + 3 * L);
        }
    }

    /** Tangent of {@link #massiveVector}. */
    static void massiveVectorTangent(double[] w, int c, int p, int dp, int dout, double m, double dm, int nhel,
            int nsv) {
        double hel = nhel, hel0 = 1.0 - Math.abs(hel), nsvahl = nsv * Math.abs(nhel);
        double hs = hel * SQH, sh = SQH * hel, t3 = -nsvahl * SQH, t5 = nsvahl * SQH;
        DoubleVector zero = DoubleVector.zero(D), mv = DoubleVector.broadcast(D, m), dmv = DoubleVector.broadcast(D, dm);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector e0 = fromArray(D, w, dp + 4 * l), e1 = fromArray(D, w, dp + 4 * l + L);
            DoubleVector e2 = fromArray(D, w, dp + 4 * l + 2 * L), e3 = fromArray(D, w, dp + 4 * l + 3 * L);
            DoubleVector n3 = p1.mul(p1).add(p2.mul(p2)).add(p3.mul(p3)).sqrt();
            DoubleVector dn3 = p1.mul(e1).add(p2.mul(e2)).add(p3.mul(e3)).div(n3).blend(0.0, n3.eq(0.0));
            VectorMask<Double> slow = p0.lt(n3);
            DoubleVector pp = n3.blend(p0, slow), dpp = dn3.blend(e0, slow);
            DoubleVector n2 = p1.mul(p1).add(p2.mul(p2)).sqrt();
            DoubleVector dn2 = p1.mul(e1).add(p2.mul(e2)).div(n2).blend(0.0, n2.eq(0.0));
            VectorMask<Double> cut = n2.compare(GT, pp);
            DoubleVector pt = n2.blend(pp, cut), dpt = dn2.blend(dpp, cut);
            VectorMask<Double> flat = pp.eq(0.0).or(pt.eq(0.0));
            DoubleVector a = mv.mul(pp), da = dmv.mul(pp).add(mv.mul(dpp));
            DoubleVector emp = p0.div(a), demp = e0.sub(emp.mul(da)).div(a);
            DoubleVector x0 = pp.div(m), dx0 = dpp.sub(x0.mul(dm)).div(m);
            DoubleVector y = pt.div(pp), dy = dpt.sub(y.mul(dpp)).div(pp);
            DoubleVector ppt = pp.mul(pt), dppt = dpp.mul(pt).add(pp.mul(dpt));
            DoubleVector z = p3.div(ppt), dz = e3.sub(z.mul(dppt)).div(ppt);
            DoubleVector pzpt = z.mul(sh), dpzpt = dz.mul(sh);
            DoubleVector u3 = p2.div(pt), du3 = e2.sub(u3.mul(dpt)).div(pt);
            DoubleVector u5 = p1.div(pt), du5 = e1.sub(u5.mul(dpt)).div(pt);
            VectorMask<Double> atRest = pp.eq(0.0);
            int o = dout + 12 * l;
            dx0.mul(hel0).blend(0.0, atRest).intoArray(w, o);
            zero.intoArray(w, o + L);
            e1.mul(emp).add(p1.mul(demp)).mul(hel0).sub(e1.mul(pzpt).add(p1.mul(dpzpt))).blend(0.0, flat)
                    .intoArray(w, o + 2 * L);
            du3.mul(t3).blend(0.0, flat).intoArray(w, o + 3 * L);
            e2.mul(emp).add(p2.mul(demp)).mul(hel0).sub(e2.mul(pzpt).add(p2.mul(dpzpt))).blend(0.0, flat)
                    .intoArray(w, o + 4 * L);
            du5.mul(t5).blend(0.0, flat).intoArray(w, o + 5 * L);
            e3.mul(emp).add(p3.mul(demp)).mul(hel0).add(dy.mul(hs)).blend(0.0, atRest).intoArray(w, o + 6 * L);
            zero.intoArray(w, o + 7 * L);
            int mo = o + 8 * L;
            e0.mul(nsv).intoArray(w, mo);
            e1.mul(nsv).intoArray(w, mo + L);
            e2.mul(nsv).intoArray(w, mo + 2 * L);
            e3.mul(nsv).intoArray(w, mo + 3 * L);
        }
    }

    /** Tangent of {@link #masslessVector}. */
    static void masslessVectorTangent(double[] w, int c, int p, int dp, int dout, int nhel, int nsv) {
        double hel = nhel, hs = hel * SQH, sh = SQH * hel, t3 = -nsv * SQH, t5 = nsv * SQH;
        DoubleVector zero = DoubleVector.zero(D);
        for (int l = 0; l < c; l += L) {
            DoubleVector p0 = fromArray(D, w, p + 4 * l), p1 = fromArray(D, w, p + 4 * l + L);
            DoubleVector p2 = fromArray(D, w, p + 4 * l + 2 * L), p3 = fromArray(D, w, p + 4 * l + 3 * L);
            DoubleVector e0 = fromArray(D, w, dp + 4 * l), e1 = fromArray(D, w, dp + 4 * l + L);
            DoubleVector e2 = fromArray(D, w, dp + 4 * l + 2 * L), e3 = fromArray(D, w, dp + 4 * l + 3 * L);
            DoubleVector pt = p1.mul(p1).add(p2.mul(p2)).sqrt();
            DoubleVector dpt = p1.mul(e1).add(p2.mul(e2)).div(pt).blend(0.0, pt.eq(0.0));
            VectorMask<Double> onAxis = pt.eq(0.0);
            DoubleVector y = pt.div(p0), dy = dpt.sub(y.mul(e0)).div(p0);
            DoubleVector a = p0.mul(pt), da = e0.mul(pt).add(p0.mul(dpt));
            DoubleVector z = p3.div(a), dz = e3.sub(z.mul(da)).div(a);
            DoubleVector pzpt = z.mul(sh), dpzpt = dz.mul(sh);
            DoubleVector u3 = p2.div(pt), du3 = e2.sub(u3.mul(dpt)).div(pt);
            DoubleVector u5 = p1.div(pt), du5 = e1.sub(u5.mul(dpt)).div(pt);
            int o = dout + 12 * l;
            zero.intoArray(w, o);
            zero.intoArray(w, o + L);
            e1.mul(pzpt).add(p1.mul(dpzpt)).mul(-1.0).blend(0.0, onAxis).intoArray(w, o + 2 * L);
            du3.mul(t3).blend(0.0, onAxis).intoArray(w, o + 3 * L);
            e2.mul(pzpt).add(p2.mul(dpzpt)).mul(-1.0).blend(0.0, onAxis).intoArray(w, o + 4 * L);
            du5.mul(t5).blend(0.0, onAxis).intoArray(w, o + 5 * L);
            dy.mul(hs).intoArray(w, o + 6 * L);
            zero.intoArray(w, o + 7 * L);
            int mo = o + 8 * L;
            e0.mul(nsv).intoArray(w, mo);
            e1.mul(nsv).intoArray(w, mo + L);
            e2.mul(nsv).intoArray(w, mo + 2 * L);
            e3.mul(nsv).intoArray(w, mo + 3 * L);
        }
    }
}
