package madvec.helas.kernels;

/**
 * Plain-Java twin of {@link SimdExternalKernels}: values (no tangents) of external wavefunctions, one
 * lane at a time, with the formulas and the operation order of {@link ExternalWavefunctions} (so that
 * the value path and the jet path give the same numbers). Each kernel reads the physical momentum
 * from the block at {@code p} (rows E, px, py, pz of c lanes) and writes the value block of a
 * wavefunction slot at {@code out}: four complex components and the stored momentum.
 */
final class PlainExternalKernels {
    private static final int G = Layout.G;
    static final double SQH = Math.sqrt(0.5);

    private PlainExternalKernels() {}

    /** Massive fermion ({@code m != 0}): HELAS ixxxxx ({@code outType == false}) or oxxxxx. */
    static void massiveFermion(double[] w, int c, int p, int out, double m, int nhel, int nsf, boolean outType) {
        int nh = nhel * nsf;
        int ip = (1 + nh) / 2, im = (1 - nh) / 2;
        double sf0 = (1 + nsf + (1 - nsf) * nh) * 0.5, sf1 = (1 + nsf - (1 - nsf) * nh) * 0.5;
        double chiSign = outType ? -1.0 : 1.0, sign = outType ? nsf : -nsf;
        double r0 = restComponent(m, nhel, nsf, outType, 0), r1 = restComponent(m, nhel, nsf, outType, 1);
        double r2 = restComponent(m, nhel, nsf, outType, 2), r3 = restComponent(m, nhel, nsf, outType, 3);
        for (int l = 0; l < c; l++) {
            int lp = Layout.lane(4, l), ln = Layout.lane(12, l);
            double p0 = w[p + lp], p1 = w[p + lp + G], p2 = w[p + lp + 2 * G], p3 = w[p + lp + 3 * G];
            double pp = Math.sqrt(p1 * p1 + p2 * p2 + p3 * p3);
            if (p0 < pp) {
                pp = p0;
            }
            int o = out + ln;
            if (pp == 0.0) {
                storeVector(w, G, o, r0, r1, 0.0, r2, 0.0, r3);
            } else {
                double omega0 = Math.sqrt(p0 + pp), omega1 = m / omega0;
                double sfo0 = (ip == 0 ? omega0 : omega1) * sf0, sfo1 = (im == 0 ? omega0 : omega1) * sf1;
                double pp3 = pp + p3;
                if (pp3 < 0.0) {
                    pp3 = 0.0;
                }
                double chi0 = Math.sqrt((pp3 / pp) * 0.5);
                double chi1r, chi1i;
                if (pp3 == 0.0) {
                    chi1r = -nh;
                    chi1i = 0.0;
                } else {
                    double norm = Math.sqrt((pp * pp3) * 2.0);
                    chi1r = (p1 * nh) / norm;
                    chi1i = (p2 * chiSign) / norm;
                }
                double upper = outType ? sfo1 : sfo0, lower = outType ? sfo0 : sfo1;
                // component j is factor * chi[im] for j = 0, 2 and factor * chi[ip] for j = 1, 3
                w[o] = upper * (im == 0 ? chi0 : chi1r);
                w[o + G] = im == 0 ? 0.0 : upper * chi1i;
                w[o + 2 * G] = upper * (ip == 0 ? chi0 : chi1r);
                w[o + 3 * G] = ip == 0 ? 0.0 : upper * chi1i;
                w[o + 4 * G] = lower * (im == 0 ? chi0 : chi1r);
                w[o + 5 * G] = im == 0 ? 0.0 : lower * chi1i;
                w[o + 6 * G] = lower * (ip == 0 ? chi0 : chi1r);
                w[o + 7 * G] = ip == 0 ? 0.0 : lower * chi1i;
            }
            storeMomentum(w, G, o + 8 * G, sign, p0, p1, p2, p3);
        }
    }

    /**
     * Real part of component j of a massive fermion at rest (the imaginary parts vanish): sqrt(|m|)
     * times a fixed unit spinor, as in {@link ExternalWavefunctions}.
     */
    static double restComponent(double m, int nhel, int nsf, boolean outType, int j) {
        int nh = nhel * nsf;
        double sqm0 = Math.sqrt(m >= 0 ? m : m * -1.0), sqm1 = m >= 0 ? sqm0 : sqm0 * -1.0;
        int ip, im;
        if (!outType) {
            ip = (1 + nh) / 2;
            im = (1 - nh) / 2;
        } else {
            ip = -((1 - nh) / 2) * nhel;
            im = (1 + nh) / 2 * nhel;
        }
        double sIp = ip == 0 ? sqm0 : sqm1, sIm = im == 0 ? sqm0 : sqm1;
        // i-type: (ip, im nsf, ip nsf, im) on (sIp, sIp, sIm, sIm); o-type: (im, ip nsf, im nsf, ip)
        int a = outType ? im : ip, b = outType ? ip : im;
        return switch (j) {
            case 0 -> sIp * a;
            case 1 -> sIp * (b * nsf);
            case 2 -> sIm * (a * nsf);
            default -> sIm * b;
        };
    }

    /**
     * Tangent of {@link #restComponent} along a mass tangent dm, as the jets of
     * {@link ExternalWavefunctions} compute it: d sqrt(|m|) = d|m| / (2 sqrt(|m|)), 0 at m = 0.
     */
    static double restTangent(double m, double dm, int nhel, int nsf, boolean outType, int j) {
        int nh = nhel * nsf;
        double r = Math.sqrt(m >= 0 ? m : m * -1.0);
        double d0 = (m >= 0 ? dm : dm * -1.0) * (r == 0.0 ? 0.0 : 0.5 / r), d1 = m >= 0 ? d0 : d0 * -1.0;
        int ip, im;
        if (!outType) {
            ip = (1 + nh) / 2;
            im = (1 - nh) / 2;
        } else {
            ip = -((1 - nh) / 2) * nhel;
            im = (1 + nh) / 2 * nhel;
        }
        double sIp = ip == 0 ? d0 : d1, sIm = im == 0 ? d0 : d1;
        int a = outType ? im : ip, b = outType ? ip : im;
        return switch (j) {
            case 0 -> sIp * a;
            case 1 -> sIp * (b * nsf);
            case 2 -> sIm * (a * nsf);
            default -> sIm * b;
        };
    }

    /** Massless fermion. */
    static void masslessFermion(double[] w, int c, int p, int out, int nhel, int nsf, boolean outType) {
        int nh = nhel * nsf;
        double chiSign = outType ? -1.0 : 1.0, sign = outType ? nsf : -nsf;
        // only one Weyl half is non-zero; which one depends on helicity and type
        int first = outType == (nh == 1) ? 0 : 4;
        for (int l = 0; l < c; l++) {
            int lp = Layout.lane(4, l), ln = Layout.lane(12, l);
            double p0 = w[p + lp], p1 = w[p + lp + G], p2 = w[p + lp + 2 * G], p3 = w[p + lp + 3 * G];
            double sq;
            if (p1 == 0.0 && p2 == 0.0 && p3 < 0.0) {
                sq = 0.0;
            } else {
                double a = p0 + p3;
                if (a < 0.0) {
                    a = 0.0;
                }
                sq = Math.sqrt(a) * nsf;
            }
            double chi1r, chi1i;
            if (sq == 0.0) {
                chi1r = Math.sqrt(p0 * 2.0) * -nhel;
                chi1i = 0.0;
            } else {
                chi1r = (p1 * nh) / sq;
                chi1i = (p2 * chiSign) / sq;
            }
            int o = out + ln;
            for (int q = 0; q < 8; q++) w[o + q * G] = 0.0;
            if (nh == 1) {
                w[o + first * G] = sq;
                w[o + (first + 2) * G] = chi1r;
                w[o + (first + 3) * G] = chi1i;
            } else {
                w[o + first * G] = chi1r;
                w[o + (first + 1) * G] = chi1i;
                w[o + (first + 2) * G] = sq;
            }
            storeMomentum(w, G, o + 8 * G, sign, p0, p1, p2, p3);
        }
    }

    /** Massive vector boson, helicity -1, 0 or +1; {@code nsv} +1 outgoing, -1 incoming. */
    static void massiveVector(double[] w, int c, int p, int out, double m, int nhel, int nsv) {
        double hel = nhel, hel0 = 1.0 - Math.abs(hel), nsvahl = nsv * Math.abs(nhel);
        double hs = hel * SQH, sh = SQH * hel, t3 = -nsvahl * SQH, t5 = nsvahl * SQH;
        for (int l = 0; l < c; l++) {
            int lp = Layout.lane(4, l), ln = Layout.lane(12, l);
            double p0 = w[p + lp], p1 = w[p + lp + G], p2 = w[p + lp + 2 * G], p3 = w[p + lp + 3 * G];
            double pp = Math.sqrt(p1 * p1 + p2 * p2 + p3 * p3);
            if (p0 < pp) {
                pp = p0;
            }
            double pt = Math.sqrt(p1 * p1 + p2 * p2);
            if (pt > pp) {
                pt = pp;
            }
            double o0 = 0.0, o2, o3 = 0.0, o4 = 0.0, o5, o6;
            if (pp == 0.0) {
                o2 = -hel * SQH;
                o5 = nsvahl * SQH;
                o6 = hel0;
            } else {
                double emp = p0 / (m * pp);
                o0 = (pp / m) * hel0;
                o6 = (p3 * emp) * hel0 + (pt / pp) * hs;
                if (pt != 0.0) {
                    double pzpt = (p3 / (pp * pt)) * sh;
                    o2 = (p1 * emp) * hel0 - p1 * pzpt;
                    o3 = (p2 / pt) * t3;
                    o4 = (p2 * emp) * hel0 - p2 * pzpt;
                    o5 = (p1 / pt) * t5;
                } else {
                    o2 = -hel * SQH;
                    o5 = nsvahl * Math.copySign(SQH, p3);
                }
            }
            storeVector(w, G, out + ln, o0, o2, o3, o4, o5, o6);
            storeMomentum(w, G, out + ln + 8 * G, nsv, p0, p1, p2, p3);
        }
    }

    /** Massless vector boson, helicity -1 or +1. */
    static void masslessVector(double[] w, int c, int p, int out, int nhel, int nsv) {
        double hel = nhel, hs = hel * SQH, sh = SQH * hel, t3 = -nsv * SQH, t5 = nsv * SQH;
        for (int l = 0; l < c; l++) {
            int lp = Layout.lane(4, l), ln = Layout.lane(12, l);
            double p0 = w[p + lp], p1 = w[p + lp + G], p2 = w[p + lp + 2 * G], p3 = w[p + lp + 3 * G];
            double pt = Math.sqrt(p1 * p1 + p2 * p2);
            double o2, o3 = 0.0, o4 = 0.0, o5;
            double o6 = (pt / p0) * hs;
            if (pt != 0.0) {
                double pzpt = (p3 / (p0 * pt)) * sh;
                o2 = (p1 * pzpt) * -1.0;
                o3 = (p2 / pt) * t3;
                o4 = (p2 * pzpt) * -1.0;
                o5 = (p1 / pt) * t5;
            } else {
                o2 = -hel * SQH;
                o5 = nsv * Math.copySign(SQH, p3);
            }
            storeVector(w, G, out + ln, 0.0, o2, o3, o4, o5, o6);
            storeMomentum(w, G, out + ln + 8 * G, nsv, p0, p1, p2, p3);
        }
    }

    /** Scalar: component 0 is 1. */
    static void scalar(double[] w, int c, int p, int out, int nss) {
        for (int l = 0; l < c; l++) {
            int lp = Layout.lane(4, l), ln = Layout.lane(12, l);
            double p0 = w[p + lp], p1 = w[p + lp + G], p2 = w[p + lp + 2 * G], p3 = w[p + lp + 3 * G];
            storeVector(w, G, out + ln, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
            storeMomentum(w, G, out + ln + 8 * G, nss, p0, p1, p2, p3);
        }
    }

    /** Components of a polarisation vector: only these six of the eight parts can be non-zero. */
    private static void storeVector(double[] w, int g, int o, double re0, double re1, double im1, double re2,
            double im2, double re3) {
        w[o] = re0;
        w[o + g] = 0.0;
        w[o + 2 * g] = re1;
        w[o + 3 * g] = im1;
        w[o + 4 * g] = re2;
        w[o + 5 * g] = im2;
        w[o + 6 * g] = re3;
        w[o + 7 * g] = 0.0;
    }

    private static void storeMomentum(double[] w, int g, int o, double sign, double p0, double p1, double p2,
            double p3) {
        w[o] = sign * p0;
        w[o + g] = sign * p1;
        w[o + 2 * g] = sign * p2;
        w[o + 3 * g] = sign * p3;
    }
}
