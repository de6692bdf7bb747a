package madvec.helas.kernels;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * The propagators of {@link Propagators} on the Vector API; the twin of
 * {@link PlainPropagatorKernels} (same arguments, same operations in the same order, same bits).
 * Written for few live vectors, for the reasons given in {@link SimdVertexKernels}: inputs are
 * loaded where they are used and results stored as soon as they are known. {@code c} is a multiple
 * of the lane count.
 */
final class SimdPropagatorKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdPropagatorKernels() {}

    /** See {@link PlainPropagatorKernels#massiveVector}: Q.T in a first pass, components in a second. */
    static void massiveVector(double[] w, int c, int t, int out, double m, double wd) {
        double m2 = m * m, inv = 1.0 / m2, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, x = t + 12 * l, o = out + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector qtr = q0.mul(fromArray(D, w, x)), qti = q0.mul(fromArray(D, w, x + L));
            qtr = qtr.sub(q1.mul(fromArray(D, w, x + 2 * L)));
            qti = qti.sub(q1.mul(fromArray(D, w, x + 3 * L)));
            qtr = qtr.sub(q2.mul(fromArray(D, w, x + 4 * L)));
            qti = qti.sub(q2.mul(fromArray(D, w, x + 5 * L)));
            qtr = qtr.sub(q3.mul(fromArray(D, w, x + 6 * L))).mul(inv);
            qti = qti.sub(q3.mul(fromArray(D, w, x + 7 * L))).mul(inv);
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                DoubleVector qj = fromArray(D, w, q + j * L);
                DoubleVector nr = fromArray(D, w, x + r)
                        .sub(qj.mul(qtr)), ni = fromArray(D, w, x + r + L)
                        .sub(qj.mul(qti));
                nr.mul(ii).add(ni.mul(ir)).intoArray(w, o + r);
                nr.mul(ir).sub(ni.mul(ii)).neg().intoArray(w, o + r + L);
            }
        }
    }

    /** See {@link PlainPropagatorKernels#masslessVector}. */
    static void masslessVector(double[] w, int c, int t, int out) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, i = t + 12 * l, o = out + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector rden = one.div(q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)));
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                fromArray(D, w, i + r + L).mul(rden).intoArray(w, o + r);
                fromArray(D, w, i + r).mul(rden).neg().intoArray(w, o + r + L);
            }
        }
    }

    /** See {@link PlainPropagatorKernels#fermion}. */
    static void fermion(double[] w, int c, int t, int out, double m, double wd, double s0, double s1, double s2,
            double s3) {
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, x = t + 12 * l, o = out + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector p0 = q0.mul(s0), p1 = q1.mul(s1), p2 = q2.mul(s2), p3 = q3.mul(s3);
            DoubleVector sp = p0.add(p3), dp = p0.sub(p3);
            DoubleVector x2r = fromArray(D, w, x + 4 * L), x2i = fromArray(D, w, x + 5 * L);
            DoubleVector x3r = fromArray(D, w, x + 6 * L), x3i = fromArray(D, w, x + 7 * L);
            DoubleVector n0r = sp.mul(x2r).add(p1.mul(x3r)).sub(p2.mul(x3i)).add(fromArray(D, w, x).mul(m));
            DoubleVector n0i = sp.mul(x2i).add(p1.mul(x3i)).add(p2.mul(x3r)).add(fromArray(D, w, x + L).mul(m));
            n0r.mul(ii).add(n0i.mul(ir)).neg().intoArray(w, o);
            n0r.mul(ir).sub(n0i.mul(ii)).intoArray(w, o + L);
            DoubleVector n1r = p1.mul(x2r).add(p2.mul(x2i)).add(dp.mul(x3r)).add(fromArray(D, w, x + 2 * L).mul(m));
            DoubleVector n1i = p1.mul(x2i).sub(p2.mul(x2r)).add(dp.mul(x3i)).add(fromArray(D, w, x + 3 * L).mul(m));
            n1r.mul(ii).add(n1i.mul(ir)).neg().intoArray(w, o + 2 * L);
            n1r.mul(ir).sub(n1i.mul(ii)).intoArray(w, o + 2 * L + L);
            DoubleVector x0r = fromArray(D, w, x), x0i = fromArray(D, w, x + L);
            DoubleVector x1r = fromArray(D, w, x + 2 * L), x1i = fromArray(D, w, x + 3 * L);
            DoubleVector n2r = dp.mul(x0r).sub(p1.mul(x1r)).add(p2.mul(x1i)).add(fromArray(D, w, x + 4 * L).mul(m));
            DoubleVector n2i = dp.mul(x0i).sub(p1.mul(x1i)).sub(p2.mul(x1r)).add(fromArray(D, w, x + 5 * L).mul(m));
            n2r.mul(ii).add(n2i.mul(ir)).neg().intoArray(w, o + 4 * L);
            n2r.mul(ir).sub(n2i.mul(ii)).intoArray(w, o + 4 * L + L);
            DoubleVector n3r = sp.mul(x1r).sub(p1.mul(x0r)).sub(p2.mul(x0i)).add(fromArray(D, w, x + 6 * L).mul(m));
            DoubleVector n3i = sp.mul(x1i).sub(p1.mul(x0i)).add(p2.mul(x0r)).add(fromArray(D, w, x + 7 * L).mul(m));
            n3r.mul(ii).add(n3i.mul(ir)).neg().intoArray(w, o + 6 * L);
            n3r.mul(ir).sub(n3i.mul(ii)).intoArray(w, o + 6 * L + L);
        }
    }

    /** See {@link PlainPropagatorKernels#scalar}. */
    static void scalar(double[] w, int c, int t, int out, double m, double wd) {
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        DoubleVector one = DoubleVector.broadcast(D, 1.0), zero = DoubleVector.zero(D);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, x = t + 12 * l, o = out + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector nr = fromArray(D, w, x), ni = fromArray(D, w, x + L);
            nr.mul(ii).add(ni.mul(ir)).neg().intoArray(w, o);
            nr.mul(ir).sub(ni.mul(ii)).intoArray(w, o + L);
            for (int j = 2; j < 8; j++) zero.intoArray(w, o + j * L);
        }
    }

    /** See {@link PlainPropagatorKernels#massiveVectorTangent}: dot products first, components second. */
    static void massiveVectorTangent(double[] w, int c, int t, int dt, int out, int dout, double m, double wd,
            double dm, double dw) {
        double m2 = m * m, inv = 1.0 / m2, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm, dInv = 2 * dm / m;
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, e = dout + 12 * l + 8 * L, x = t + 12 * l, u = dt + 12 * l;
            int y = out + 12 * l, o = dout + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector e0 = fromArray(D, w, e), e1 = fromArray(D, w, e + L);
            DoubleVector e2 = fromArray(D, w, e + 2 * L), e3 = fromArray(D, w, e + 3 * L);
            DoubleVector ddr = q0.mul(e0).sub(q1.mul(e1)).sub(q2.mul(e2)).sub(q3.mul(e3)).mul(2.0).sub(twoDm);
            // (Q.T), (dQ.T), (Q.dT): component 0 plus, 1..3 minus
            DoubleVector tr = fromArray(D, w, x), ti = fromArray(D, w, x + L);
            DoubleVector qtr = q0.mul(tr), qti = q0.mul(ti), etr = e0.mul(tr), eti = e0.mul(ti);
            DoubleVector qur = q0.mul(fromArray(D, w, u)), qui = q0.mul(fromArray(D, w, u + L));
            for (int j = 1; j < 4; j++) {
                int r = 2 * j * L;
                DoubleVector qj = fromArray(D, w, q + j * L), ej = fromArray(D, w, e + j * L);
                tr = fromArray(D, w, x + r);
                ti = fromArray(D, w, x + r + L);
                qtr = qtr.sub(qj.mul(tr));
                qti = qti.sub(qj.mul(ti));
                etr = etr.sub(ej.mul(tr));
                eti = eti.sub(ej.mul(ti));
                qur = qur.sub(qj.mul(fromArray(D, w, u + r)));
                qui = qui.sub(qj.mul(fromArray(D, w, u + r + L)));
            }
            qtr = qtr.mul(inv);
            qti = qti.mul(inv);
            etr = etr.mul(inv).sub(qtr.mul(dInv));
            eti = eti.mul(inv).sub(qti.mul(dInv));
            qur = qur.mul(inv).add(etr);
            qui = qui.mul(inv).add(eti);
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                DoubleVector qj = fromArray(D, w, q + j * L), ej = fromArray(D, w, e + j * L);
                DoubleVector nr = fromArray(D, w, u + r).sub(qj.mul(qur)).sub(ej.mul(qtr));
                DoubleVector ni = fromArray(D, w, u + r + L).sub(qj.mul(qui)).sub(ej.mul(qti));
                DoubleVector yr = fromArray(D, w, y + r), yi = fromArray(D, w, y + r + L);
                DoubleVector ar = ni.sub(yr.mul(ddr).sub(yi.mul(ddi))), ai = nr.neg().sub(yr.mul(ddi).add(yi.mul(ddr)));
                ar.mul(ir).sub(ai.mul(ii)).intoArray(w, o + r);
                ar.mul(ii).add(ai.mul(ir)).intoArray(w, o + r + L);
            }
        }
    }

    /** See {@link PlainPropagatorKernels#masslessVectorTangent}. */
    static void masslessVectorTangent(double[] w, int c, int t, int dt, int out, int dout) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, e = dout + 12 * l + 8 * L, u = dt + 12 * l, y = out + 12 * l, o = dout + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector e0 = fromArray(D, w, e), e1 = fromArray(D, w, e + L);
            DoubleVector e2 = fromArray(D, w, e + 2 * L), e3 = fromArray(D, w, e + 3 * L);
            DoubleVector rden = one.div(q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)));
            DoubleVector ddr = q0.mul(e0).sub(q1.mul(e1)).sub(q2.mul(e2)).sub(q3.mul(e3)).mul(2.0);
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * L;
                DoubleVector ur = fromArray(D, w, u + r), ui = fromArray(D, w, u + r + L);
                DoubleVector yr = fromArray(D, w, y + r), yi = fromArray(D, w, y + r + L);
                ui.sub(yr.mul(ddr)).mul(rden).intoArray(w, o + r);
                ur.add(yi.mul(ddr)).neg().mul(rden).intoArray(w, o + r + L);
            }
        }
    }

    /**
     * Components 0 and 1 of {@link PlainPropagatorKernels#fermionTangent}; {@link #fermionTangentLower}
     * gives 2 and 3. Split in two because the whole kernel is too large for C1 (out of virtual
     * registers) and slow for C2 to compile; each half recomputes the cheap denominators.
     */
    static void fermionTangentUpper(double[] w, int c, int t, int dt, int out, int dout, double m, double wd,
            double dm, double dw, double s0, double s1, double s2, double s3) {
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm;
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, e = dout + 12 * l + 8 * L, x = t + 12 * l, u = dt + 12 * l;
            int y = out + 12 * l, o = dout + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector e0 = fromArray(D, w, e), e1 = fromArray(D, w, e + L);
            DoubleVector e2 = fromArray(D, w, e + 2 * L), e3 = fromArray(D, w, e + 3 * L);
            DoubleVector ddr = q0.mul(e0).sub(q1.mul(e1)).sub(q2.mul(e2)).sub(q3.mul(e3)).mul(2.0).sub(twoDm);
            DoubleVector p1 = q1.mul(s1), p2 = q2.mul(s2), f1 = e1.mul(s1), f2 = e2.mul(s2);
            DoubleVector sp = q0.mul(s0).add(q3.mul(s3)), dp = q0.mul(s0).sub(q3.mul(s3));
            DoubleVector sf = e0.mul(s0).add(e3.mul(s3)), df = e0.mul(s0).sub(e3.mul(s3));
            DoubleVector yr, yi, ar, ai;
            DoubleVector n0r = sp.mul(fromArray(D, w, u + 4 * L))
                    .add(p1.mul(fromArray(D, w, u + 6 * L)))
                    .sub(p2.mul(fromArray(D, w, u + 7 * L)))
                    .add(fromArray(D, w, u).mul(m))
                    .add(sf.mul(fromArray(D, w, x + 4 * L))
                            .add(f1.mul(fromArray(D, w, x + 6 * L)))
                            .sub(f2.mul(fromArray(D, w, x + 7 * L)))
                            .add(fromArray(D, w, x).mul(dm)));
            DoubleVector n0i = sp.mul(fromArray(D, w, u + 5 * L))
                    .add(p1.mul(fromArray(D, w, u + 7 * L)))
                    .add(p2.mul(fromArray(D, w, u + 6 * L)))
                    .add(fromArray(D, w, u + L).mul(m))
                    .add(sf.mul(fromArray(D, w, x + 5 * L))
                            .add(f1.mul(fromArray(D, w, x + 7 * L)))
                            .add(f2.mul(fromArray(D, w, x + 6 * L)))
                            .add(fromArray(D, w, x + L).mul(dm)));
            yr = fromArray(D, w, y);
            yi = fromArray(D, w, y + L);
            ar = n0i.neg().sub(yr.mul(ddr).sub(yi.mul(ddi)));
            ai = n0r.sub(yr.mul(ddi).add(yi.mul(ddr)));
            ar.mul(ir).sub(ai.mul(ii)).intoArray(w, o);
            ar.mul(ii).add(ai.mul(ir)).intoArray(w, o + L);
            DoubleVector n1r = p1.mul(fromArray(D, w, u + 4 * L))
                    .add(p2.mul(fromArray(D, w, u + 5 * L)))
                    .add(dp.mul(fromArray(D, w, u + 6 * L)))
                    .add(fromArray(D, w, u + 2 * L).mul(m))
                    .add(f1.mul(fromArray(D, w, x + 4 * L))
                            .add(f2.mul(fromArray(D, w, x + 5 * L)))
                            .add(df.mul(fromArray(D, w, x + 6 * L)))
                            .add(fromArray(D, w, x + 2 * L).mul(dm)));
            DoubleVector n1i = p1.mul(fromArray(D, w, u + 5 * L))
                    .sub(p2.mul(fromArray(D, w, u + 4 * L)))
                    .add(dp.mul(fromArray(D, w, u + 7 * L)))
                    .add(fromArray(D, w, u + 3 * L).mul(m))
                    .add(f1.mul(fromArray(D, w, x + 5 * L))
                            .sub(f2.mul(fromArray(D, w, x + 4 * L)))
                            .add(df.mul(fromArray(D, w, x + 7 * L)))
                            .add(fromArray(D, w, x + 3 * L).mul(dm)));
            yr = fromArray(D, w, y + 2 * L);
            yi = fromArray(D, w, y + 2 * L + L);
            ar = n1i.neg().sub(yr.mul(ddr).sub(yi.mul(ddi)));
            ai = n1r.sub(yr.mul(ddi).add(yi.mul(ddr)));
            ar.mul(ir).sub(ai.mul(ii)).intoArray(w, o + 2 * L);
            ar.mul(ii).add(ai.mul(ir)).intoArray(w, o + 2 * L + L);
        }
    }

    /** Components 2 and 3 of {@link PlainPropagatorKernels#fermionTangent} (see {@link #fermionTangentUpper}). */
    static void fermionTangentLower(double[] w, int c, int t, int dt, int out, int dout, double m, double wd,
            double dm, double dw, double s0, double s1, double s2, double s3) {
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm;
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, e = dout + 12 * l + 8 * L, x = t + 12 * l, u = dt + 12 * l;
            int y = out + 12 * l, o = dout + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector e0 = fromArray(D, w, e), e1 = fromArray(D, w, e + L);
            DoubleVector e2 = fromArray(D, w, e + 2 * L), e3 = fromArray(D, w, e + 3 * L);
            DoubleVector ddr = q0.mul(e0).sub(q1.mul(e1)).sub(q2.mul(e2)).sub(q3.mul(e3)).mul(2.0).sub(twoDm);
            DoubleVector p1 = q1.mul(s1), p2 = q2.mul(s2), f1 = e1.mul(s1), f2 = e2.mul(s2);
            DoubleVector sp = q0.mul(s0).add(q3.mul(s3)), dp = q0.mul(s0).sub(q3.mul(s3));
            DoubleVector sf = e0.mul(s0).add(e3.mul(s3)), df = e0.mul(s0).sub(e3.mul(s3));
            DoubleVector yr, yi, ar, ai;
            DoubleVector n2r = dp.mul(fromArray(D, w, u))
                    .sub(p1.mul(fromArray(D, w, u + 2 * L)))
                    .add(p2.mul(fromArray(D, w, u + 3 * L)))
                    .add(fromArray(D, w, u + 4 * L).mul(m))
                    .add(df.mul(fromArray(D, w, x))
                            .sub(f1.mul(fromArray(D, w, x + 2 * L)))
                            .add(f2.mul(fromArray(D, w, x + 3 * L)))
                            .add(fromArray(D, w, x + 4 * L).mul(dm)));
            DoubleVector n2i = dp.mul(fromArray(D, w, u + L))
                    .sub(p1.mul(fromArray(D, w, u + 3 * L)))
                    .sub(p2.mul(fromArray(D, w, u + 2 * L)))
                    .add(fromArray(D, w, u + 5 * L).mul(m))
                    .add(df.mul(fromArray(D, w, x + L))
                            .sub(f1.mul(fromArray(D, w, x + 3 * L)))
                            .sub(f2.mul(fromArray(D, w, x + 2 * L)))
                            .add(fromArray(D, w, x + 5 * L).mul(dm)));
            yr = fromArray(D, w, y + 4 * L);
            yi = fromArray(D, w, y + 4 * L + L);
            ar = n2i.neg().sub(yr.mul(ddr).sub(yi.mul(ddi)));
            ai = n2r.sub(yr.mul(ddi).add(yi.mul(ddr)));
            ar.mul(ir).sub(ai.mul(ii)).intoArray(w, o + 4 * L);
            ar.mul(ii).add(ai.mul(ir)).intoArray(w, o + 4 * L + L);
            DoubleVector n3r = sp.mul(fromArray(D, w, u + 2 * L))
                    .sub(p1.mul(fromArray(D, w, u)))
                    .sub(p2.mul(fromArray(D, w, u + L)))
                    .add(fromArray(D, w, u + 6 * L).mul(m))
                    .add(sf.mul(fromArray(D, w, x + 2 * L))
                            .sub(f1.mul(fromArray(D, w, x)))
                            .sub(f2.mul(fromArray(D, w, x + L)))
                            .add(fromArray(D, w, x + 6 * L).mul(dm)));
            DoubleVector n3i = sp.mul(fromArray(D, w, u + 3 * L))
                    .sub(p1.mul(fromArray(D, w, u + L)))
                    .add(p2.mul(fromArray(D, w, u)))
                    .add(fromArray(D, w, u + 7 * L).mul(m))
                    .add(sf.mul(fromArray(D, w, x + 3 * L))
                            .sub(f1.mul(fromArray(D, w, x + L)))
                            .add(f2.mul(fromArray(D, w, x)))
                            .add(fromArray(D, w, x + 7 * L).mul(dm)));
            yr = fromArray(D, w, y + 6 * L);
            yi = fromArray(D, w, y + 6 * L + L);
            ar = n3i.neg().sub(yr.mul(ddr).sub(yi.mul(ddi)));
            ai = n3r.sub(yr.mul(ddi).add(yi.mul(ddr)));
            ar.mul(ir).sub(ai.mul(ii)).intoArray(w, o + 6 * L);
            ar.mul(ii).add(ai.mul(ir)).intoArray(w, o + 6 * L + L);
        }
    }

    /** See {@link PlainPropagatorKernels#scalarTangent}. */
    static void scalarTangent(double[] w, int c, int t, int dt, int out, int dout, double m, double wd, double dm,
            double dw) {
        double m2 = m * m, ndi = -(m * wd), di2 = (m * wd) * (m * wd);
        double ddi = dm * wd + m * dw, twoDm = 2 * m * dm;
        DoubleVector one = DoubleVector.broadcast(D, 1.0), zero = DoubleVector.zero(D);
        for (int l = 0; l < c; l += L) {
            int q = out + 12 * l + 8 * L, e = dout + 12 * l + 8 * L, u = dt + 12 * l, y = out + 12 * l, o = dout + 12 * l;
            DoubleVector q0 = fromArray(D, w, q), q1 = fromArray(D, w, q + L);
            DoubleVector q2 = fromArray(D, w, q + 2 * L), q3 = fromArray(D, w, q + 3 * L);
            DoubleVector dr = q0.mul(q0).sub(q1.mul(q1)).sub(q2.mul(q2)).sub(q3.mul(q3)).sub(m2);
            DoubleVector rden = one.div(dr.mul(dr).add(di2)), ir = dr.mul(rden), ii = rden.mul(ndi);
            DoubleVector e0 = fromArray(D, w, e), e1 = fromArray(D, w, e + L);
            DoubleVector e2 = fromArray(D, w, e + 2 * L), e3 = fromArray(D, w, e + 3 * L);
            DoubleVector ddr = q0.mul(e0).sub(q1.mul(e1)).sub(q2.mul(e2)).sub(q3.mul(e3)).mul(2.0).sub(twoDm);
            DoubleVector nr = fromArray(D, w, u), ni = fromArray(D, w, u + L);
            DoubleVector yr = fromArray(D, w, y), yi = fromArray(D, w, y + L);
            DoubleVector ar = ni.neg().sub(yr.mul(ddr).sub(yi.mul(ddi))), ai = nr.sub(yr.mul(ddi).add(yi.mul(ddr)));
            ar.mul(ir).sub(ai.mul(ii)).intoArray(w, o);
            ar.mul(ii).add(ai.mul(ir)).intoArray(w, o + L);
            for (int j = 2; j < 8; j++) zero.intoArray(w, o + j * L);
        }
    }
}
