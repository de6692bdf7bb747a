package madvec.helas.kernels;

import madvec.simd.Simd;

/**
 * External wavefunctions in HELAS conventions (the spinor and polarisation-vector formulas of
 * MadGraph's {@code ixxxxx}, {@code oxxxxx}, {@code vxxxxx} and {@code sxxxxx}), with tangents: every
 * component carries its derivative with respect to whatever the momenta and the mass carry.
 *
 * <p>The flow sign {@code ns} is +1 for a particle and -1 for an antiparticle (fermions), or +1 for an
 * outgoing and -1 for an incoming boson. The stored momentum is {@code ns * p} for "o"-type fermions
 * and bosons and {@code -ns * p} for "i"-type fermions, so that stored momenta of all legs sum to zero.
 *
 * <p>Two paths. The static {@code ...Value} methods write the value block alone, for wavefunctions
 * without tangents: Vector API kernels ({@link SimdExternalKernels}) or their plain-Java twins
 * ({@link PlainExternalKernels}), chosen by {@link Simd#VECTOR}. The instance methods write the
 * value and all k tangent blocks, for wavefunctions that carry tangents: on the SIMD path the value
 * kernel and one Vector API tangent kernel per tangent; on the scalar path per-lane code on jets
 * (dual numbers), which the vector tangent kernels mirror operation for operation.
 */
public final class ExternalWavefunctions {
    private static final double SQH = Math.sqrt(0.5);

    private final int k;
    private final Jet p0, p1, p2, p3, m, pp, a, b, om0, om1, chi0, chi1r, chi1i, den;
    private final Jet[] out = new Jet[8];
    private final Jet[] momentum;

    /**
     * Value block of a fermion wavefunction (no tangents): "i"-type ({@code outType == false}) or
     * "o"-type, from the physical momentum rows at {@code pOff} into the slot at {@code outOff}.
     */
    public static void fermionValue(double[] w, int c, int pOff, int outOff, double mass, int nhel, int nsf,
            boolean outType) {
        if (mass != 0.0) {
            if (Simd.VECTOR) {
                SimdExternalKernels.massiveFermion(w, c, pOff, outOff, mass, nhel, nsf, outType);
            } else {
                PlainExternalKernels.massiveFermion(w, c, pOff, outOff, mass, nhel, nsf, outType);
            }
        } else if (Simd.VECTOR) {
            SimdExternalKernels.masslessFermion(w, c, pOff, outOff, nhel, nsf, outType);
        } else {
            PlainExternalKernels.masslessFermion(w, c, pOff, outOff, nhel, nsf, outType);
        }
    }

    /** Value block of a polarisation vector (no tangents); {@code nsv} +1 outgoing, -1 incoming. */
    public static void vectorValue(double[] w, int c, int pOff, int outOff, double mass, int nhel, int nsv) {
        if (mass != 0.0) {
            if (Simd.VECTOR) {
                SimdExternalKernels.massiveVector(w, c, pOff, outOff, mass, nhel, nsv);
            } else {
                PlainExternalKernels.massiveVector(w, c, pOff, outOff, mass, nhel, nsv);
            }
        } else if (Simd.VECTOR) {
            SimdExternalKernels.masslessVector(w, c, pOff, outOff, nhel, nsv);
        } else {
            PlainExternalKernels.masslessVector(w, c, pOff, outOff, nhel, nsv);
        }
    }

    /** Value block of a scalar (no tangents). Rare and trivial: one implementation for both paths. */
    public static void scalarValue(double[] w, int c, int pOff, int outOff, int nss) {
        PlainExternalKernels.scalar(w, c, pOff, outOff, nss);
    }

    /** Scratch for one thread and k tangents. */
    public ExternalWavefunctions(int k) {
        this.k = k;
        p0 = new Jet(k); p1 = new Jet(k); p2 = new Jet(k); p3 = new Jet(k); m = new Jet(k);
        pp = new Jet(k); a = new Jet(k); b = new Jet(k); om0 = new Jet(k); om1 = new Jet(k);
        chi0 = new Jet(k); chi1r = new Jet(k); chi1i = new Jet(k); den = new Jet(k);
        for (int i = 0; i < out.length; i++) out[i] = new Jet(k);
        momentum = new Jet[] {p0, p1, p2, p3};
    }

    /**
     * A fermion wavefunction: "i"-type ({@code outType == false}: incoming fermion or outgoing
     * antifermion) or "o"-type (outgoing fermion or incoming antifermion).
     *
     * @param w workspace; {@code pOff} the particle's momentum slot, {@code outOff} the wavefunction slot
     * @param mass value and k tangents of the mass
     */
    public void fermion(double[] w, int c, int pOff, int outOff, double[] mass, int nhel, int nsf, boolean outType) {
        if (Simd.VECTOR) {
            fermionValue(w, c, pOff, outOff, mass[0], nhel, nsf, outType);
            int blk = Layout.wfBlock(c);
            for (int t = 1; t <= k; t++) {
                int dp = pOff + t * 4 * c, dout = outOff + t * blk;
                if (mass[0] != 0.0) {
                    SimdExternalKernels.massiveFermionTangent(w, c, pOff, dp, dout, mass[0], mass[t], nhel, nsf, outType);
                } else {
                    SimdExternalKernels.masslessFermionTangent(w, c, pOff, dp, dout, nhel, nsf, outType);
                }
            }
        } else {
            fermionJets(w, c, pOff, outOff, mass, nhel, nsf, outType);
        }
    }

    /** The scalar path of {@link #fermion}: per-lane jets, value and tangents together. */
    void fermionJets(double[] w, int c, int pOff, int outOff, double[] mass, int nhel, int nsf, boolean outType) {
        int nh = nhel * nsf;
        for (int l = 0; l < c; l++) {
            loadMomentum(w, c, pOff, l);
            m.v = mass[0];
            for (int i = 0; i < k; i++) m.t[i] = mass[i + 1];
            for (Jet j : out) j.constant(0.0);
            if (mass[0] != 0.0) {
                massiveSpinor(nhel, nsf, nh, outType);
            } else {
                masslessSpinor(nhel, nsf, nh, outType);
            }
            store(w, c, outOff, l, outType ? nsf : -nsf);
        }
    }

    private void massiveSpinor(int nhel, int nsf, int nh, boolean outType) {
        pp.norm3(p1, p2, p3);
        if (p0.v < pp.v) {
            pp.set(p0);
        }
        if (pp.v == 0.0) {
            restSpinor(nhel, nsf, nh, outType);
            return;
        }
        double sf0 = (1 + nsf + (1 - nsf) * nh) * 0.5;
        double sf1 = (1 + nsf - (1 - nsf) * nh) * 0.5;
        om0.sqrt(a.add(p0, pp));
        om1.div(m, om0);
        int ip = (1 + nh) / 2, im = (1 - nh) / 2;
        Jet sfOmega0 = den.scale(ip == 0 ? om0 : om1, sf0);
        Jet sfOmega1 = b.scale(im == 0 ? om0 : om1, sf1);
        Jet pp3 = a.add(pp, p3);
        if (pp3.v < 0.0) {
            pp3.constant(0.0);
        }
        chi0.div(pp3, pp).scale(chi0, 0.5).sqrt(chi0);
        if (pp3.v == 0.0) {
            chi1r.constant(-nh);
            chi1i.constant(0.0);
        } else {
            Jet norm = om1.mul(pp, pp3).scale(om1, 2.0).sqrt(om1);
            chi1r.scale(p1, nh).div(chi1r, norm);
            chi1i.scale(p2, outType ? -1.0 : 1.0).div(chi1i, norm);
        }
        Jet upperFactor = outType ? sfOmega1 : sfOmega0;
        Jet lowerFactor = outType ? sfOmega0 : sfOmega1;
        spinorComponent(0, upperFactor, im);
        spinorComponent(1, upperFactor, ip);
        spinorComponent(2, lowerFactor, im);
        spinorComponent(3, lowerFactor, ip);
    }

    /** A massive fermion at rest: sqrt(m) times a fixed unit spinor. */
    private void restSpinor(int nhel, int nsf, int nh, boolean outType) {
        Jet sqm0 = a.sqrt(m.v >= 0 ? m : b.scale(m, -1.0));
        Jet sqm1 = m.v >= 0 ? a : b.scale(a, -1.0);
        if (!outType) {
            int ip = (1 + nh) / 2, im = (1 - nh) / 2;
            Jet sIp = ip == 0 ? sqm0 : sqm1, sIm = im == 0 ? sqm0 : sqm1;
            out[0].scale(sIp, ip);
            out[2].scale(sIp, im * nsf);
            out[4].scale(sIm, ip * nsf);
            out[6].scale(sIm, im);
        } else {
            int ip = -((1 - nh) / 2) * nhel, im = (1 + nh) / 2 * nhel;
            Jet sIp = ip == 0 ? sqm0 : sqm1, sIm = im == 0 ? sqm0 : sqm1;
            out[0].scale(sIp, im);
            out[2].scale(sIp, ip * nsf);
            out[4].scale(sIm, im * nsf);
            out[6].scale(sIm, ip);
        }
    }

    /** Component comp := factor * chi[which], chi[0] real and chi[1] complex. */
    private void spinorComponent(int comp, Jet factor, int which) {
        if (which == 0) {
            out[2 * comp].mul(factor, chi0);
            out[2 * comp + 1].constant(0.0);
        } else {
            out[2 * comp].mul(factor, chi1r);
            out[2 * comp + 1].mul(factor, chi1i);
        }
    }

    private void masslessSpinor(int nhel, int nsf, int nh, boolean outType) {
        Jet sq = chi0;
        if (p1.v == 0.0 && p2.v == 0.0 && p3.v < 0.0) {
            sq.constant(0.0);
        } else {
            a.add(p0, p3);
            if (a.v < 0.0) {
                a.constant(0.0);
            }
            sq.sqrt(a).scale(sq, nsf);
        }
        if (sq.v == 0.0) {
            chi1r.scale(b.scale(p0, 2.0).sqrt(b), -nhel);
            chi1i.constant(0.0);
        } else {
            chi1r.scale(p1, nh).div(chi1r, sq);
            chi1i.scale(p2, outType ? -1.0 : 1.0).div(chi1i, sq);
        }
        // Only one Weyl half is non-zero for a massless fermion; which one depends on helicity and type.
        int first = outType == (nh == 1) ? 0 : 4;
        if (nh == 1) {
            out[first].set(chi0);
            out[first + 2].set(chi1r);
            out[first + 3].set(chi1i);
        } else {
            out[first].set(chi1r);
            out[first + 1].set(chi1i);
            out[first + 2].set(chi0);
        }
    }

    /**
     * A vector-boson polarisation vector for helicity -1, 0 (massive only) or +1.
     *
     * @param nsv +1 outgoing, -1 incoming
     */
    public void vector(double[] w, int c, int pOff, int outOff, double[] mass, int nhel, int nsv) {
        if (Simd.VECTOR) {
            vectorValue(w, c, pOff, outOff, mass[0], nhel, nsv);
            int blk = Layout.wfBlock(c);
            for (int t = 1; t <= k; t++) {
                int dp = pOff + t * 4 * c, dout = outOff + t * blk;
                if (mass[0] != 0.0) {
                    SimdExternalKernels.massiveVectorTangent(w, c, pOff, dp, dout, mass[0], mass[t], nhel, nsv);
                } else {
                    SimdExternalKernels.masslessVectorTangent(w, c, pOff, dp, dout, nhel, nsv);
                }
            }
        } else {
            vectorJets(w, c, pOff, outOff, mass, nhel, nsv);
        }
    }

    /** The scalar path of {@link #vector}: per-lane jets, value and tangents together. */
    void vectorJets(double[] w, int c, int pOff, int outOff, double[] mass, int nhel, int nsv) {
        double hel = nhel;
        int nsvahl = nsv * Math.abs(nhel);
        for (int l = 0; l < c; l++) {
            loadMomentum(w, c, pOff, l);
            m.v = mass[0];
            for (int i = 0; i < k; i++) m.t[i] = mass[i + 1];
            for (Jet j : out) j.constant(0.0);
            Jet pt = om1.norm2(p1, p2);
            if (mass[0] != 0.0) {
                double hel0 = 1.0 - Math.abs(hel);
                pp.norm3(p1, p2, p3);
                if (p0.v < pp.v) {
                    pp.set(p0);
                }
                if (pt.v > pp.v) {
                    pt.set(pp);
                }
                if (pp.v == 0.0) {
                    out[2].constant(-hel * SQH);
                    out[5].constant(nsvahl * SQH);
                    out[6].constant(hel0);
                } else {
                    Jet emp = den.div(p0, a.mul(m, pp));
                    out[0].div(pp, m).scale(out[0], hel0);
                    // hel0 p3 emp + hel pt/pp sqh
                    out[6].mul(p3, emp).scale(out[6], hel0).add(out[6], b.div(pt, pp).scale(b, hel * SQH));
                    if (pt.v != 0.0) {
                        Jet pzpt = chi0.div(p3, a.mul(pp, pt)).scale(chi0, SQH * hel);
                        out[2].mul(p1, emp).scale(out[2], hel0).sub(out[2], b.mul(p1, pzpt));
                        out[3].div(p2, pt).scale(out[3], -nsvahl * SQH);
                        out[4].mul(p2, emp).scale(out[4], hel0).sub(out[4], b.mul(p2, pzpt));
                        out[5].div(p1, pt).scale(out[5], nsvahl * SQH);
                    } else {
                        out[2].constant(-hel * SQH);
                        out[5].constant(nsvahl * Math.copySign(SQH, p3.v));
                    }
                }
            } else {
                Jet ppm = p0;
                out[6].div(pt, ppm).scale(out[6], hel * SQH);
                if (pt.v != 0.0) {
                    Jet pzpt = chi0.div(p3, a.mul(ppm, pt)).scale(chi0, SQH * hel);
                    out[2].mul(p1, pzpt).scale(out[2], -1.0);
                    out[3].div(p2, pt).scale(out[3], -nsv * SQH);
                    out[4].mul(p2, pzpt).scale(out[4], -1.0);
                    out[5].div(p1, pt).scale(out[5], nsv * SQH);
                } else {
                    out[2].constant(-hel * SQH);
                    out[5].constant(nsv * Math.copySign(SQH, p3.v));
                }
            }
            store(w, c, outOff, l, nsv);
        }
    }

    /** A scalar: the wavefunction is 1; only the stored momentum carries tangents. */
    public void scalar(double[] w, int c, int pOff, int outOff, int nss) {
        for (int l = 0; l < c; l++) {
            loadMomentum(w, c, pOff, l);
            for (Jet j : out) j.constant(0.0);
            out[0].constant(1.0);
            store(w, c, outOff, l, nss);
        }
    }

    private void loadMomentum(double[] w, int c, int pOff, int l) {
        Jet[] p = momentum;
        for (int mu = 0; mu < 4; mu++) {
            int x = pOff + Layout.lane(4, l) + Layout.row(mu);
            p[mu].v = w[x];
            for (int i = 0; i < k; i++) p[mu].t[i] = w[x + (i + 1) * 4 * c];
        }
    }

    private void store(double[] w, int c, int outOff, int l, int momentumSign) {
        int o = outOff + Layout.lane(Layout.WF_ROWS, l);
        int blk = Layout.wfBlock(c);
        Jet[] p = momentum;
        for (int q = 0; q < 8; q++) {
            int x = o + Layout.row(q);
            w[x] = out[q].v;
            for (int i = 0; i < k; i++) w[x + (i + 1) * blk] = out[q].t[i];
        }
        for (int mu = 0; mu < 4; mu++) {
            int x = o + Layout.row(8 + mu);
            w[x] = momentumSign * p[mu].v;
            for (int i = 0; i < k; i++) w[x + (i + 1) * blk] = momentumSign * p[mu].t[i];
        }
    }
}
