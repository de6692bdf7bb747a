package madvec.helas.kernels;

/**
 * Plain-Java twin of {@link SimdAdjointKernels}: the reverse-mode kernels of {@link Adjoints}, one lane
 * at a time, every expression in the same order as in the vector kernels. Wavefunction adjoints are
 * in the stored form of {@link Adjoints}.
 */
final class PlainAdjointKernels {
    private static final int G = Layout.G;

    private PlainAdjointKernels() {}

    /** dst (+)= conj(s) src on the four components, {@code s} a complex lane value (2-row block). */
    static void scaled(double[] w, int c, int src, int s, int dst, boolean acc) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), la = Layout.lane(2, l);
            double sr = w[s + la], si = w[s + la + G];
            for (int comp = 0; comp < 4; comp++) {
                int x = src + e + 2 * comp * G, d = dst + e + 2 * comp * G;
                double xr = w[x], xi = w[x + G];
                // conj(s) x = (sr xr + si xi) + i (sr xi - si xr)
                double re = sr * xr + si * xi, im = sr * xi - si * xr;
                w[d] = acc ? w[d] + re : re;
                w[d + G] = acc ? w[d + G] + im : im;
            }
        }
    }

    /** See {@link Adjoints#scaledSum}. */
    static void scaledSum(double[] w, int c, int src, int srcStride, int s, int sStride, int n, int dst) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), la = Layout.lane(2, l);
            for (int comp = 0; comp < 4; comp++) {
                int d = dst + e + 2 * comp * G;
                double re = w[d], im = w[d + G];
                for (int j = 0; j < n; j++) {
                    int x = src + j * srcStride + e + 2 * comp * G, so = s + j * sStride + la;
                    double sr = w[so], si = w[so + G], xr = w[x], xi = w[x + G];
                    re = re + (sr * xr + si * xi);
                    im = im + (sr * xi - si * xr);
                }
                w[d] = re;
                w[d + G] = im;
            }
        }
    }

    /** See {@link Adjoints#jetContraction}. */
    static void jetContraction(double[] w, int bar, double[] jet, int jt, int c, double eta, double[] to) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double acc = 0.0;
            for (int r = 0; r < 12; r++) acc = acc + Adjoints.jetRowFactor(r, eta) * w[bar + e + r * G] * jet[jt + e + r * G];
            to[l] = to[l] + acc;
        }
    }

    /** See {@link Adjoints#amplitudeRuns}. */
    static void amplitudeRuns(double[] w, int c, int last, int k, int[] runs, int[][] js, double[][] re, double[][] im,
            boolean[] acc) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), la = Layout.lane(2, l);
            for (int o = 0; o < runs.length; o++) {
                double sr = 0.0, si = 0.0;
                for (int t = 0; t < js[o].length; t++) {
                    int y = k + js[o][t] * 2 * c + la;
                    double kr = w[y], ki = w[y + G];
                    sr = sr + (kr * re[o][t] + ki * im[o][t]);
                    si = si + (ki * re[o][t] - kr * im[o][t]);
                }
                for (int comp = 0; comp < 4; comp++) {
                    int x = last + e + 2 * comp * G, d = runs[o] + e + 2 * comp * G;
                    double xr = w[x], xi = w[x + G];
                    double yr = sr * xr + si * xi, yi = sr * xi - si * xr;
                    w[d] = acc[o] ? w[d] + yr : yr;
                    w[d + G] = acc[o] ? w[d + G] + yi : yi;
                }
            }
        }
    }

    /** out_j = i sum_i s[j n + i] J_i for the n colour flows (2-row blocks {@code 2 c} apart). */
    static void iColour(double[] w, int c, int jamps, int n, double[] s, int out) {
        for (int l = 0; l < c; l++) {
            int la = Layout.lane(2, l);
            for (int j = 0; j < n; j++) {
                double re = 0.0, im = 0.0;
                for (int i = 0; i < n; i++) {
                    double f = s[j * n + i];
                    int x = jamps + i * 2 * c + la;
                    re = re + w[x] * f;
                    im = im + w[x + G] * f;
                }
                int o = out + j * 2 * c + la;
                w[o] = -im;
                w[o + G] = re;
            }
        }
    }

    /** out = sum_t K[js[t]] conj(re[t] + i im[t]), K the 2-row blocks at {@code k + j 2 c}. */
    static void beta(double[] w, int c, int k, int[] js, double[] re, double[] im, int out) {
        for (int l = 0; l < c; l++) {
            int la = Layout.lane(2, l);
            double sr = 0.0, si = 0.0;
            for (int t = 0; t < js.length; t++) {
                int x = k + js[t] * 2 * c + la;
                double kr = w[x], ki = w[x + G];
                sr = sr + (kr * re[t] + ki * im[t]);
                si = si + (ki * re[t] - kr * im[t]);
            }
            w[out + la] = sr;
            w[out + la + G] = si;
        }
    }

    /** See {@link Adjoints#vvvMomentum}. */
    static void vvvMomentum(double[] w, int c, int x0, int x1, int b0, int b1, int ob, double gr, double gi) {
        int m = 8 * G;
        double cr = -gr, ci = -gi;
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double abr = 0.0, abi = 0.0, oar = 0.0, oai = 0.0, obr = 0.0, obi = 0.0;
            for (int mu = 0; mu < 4; mu++) {
                double ar = w[x0 + e + 2 * mu * G], ai = w[x0 + e + (2 * mu + 1) * G];
                double br = w[x1 + e + 2 * mu * G], bi = w[x1 + e + (2 * mu + 1) * G];
                double eo = mu == 0 ? 1.0 : -1.0;
                double or = w[ob + e + 2 * mu * G] * eo, oi = w[ob + e + (2 * mu + 1) * G] * eo;
                double pr = ar * br - ai * bi, pi = ar * bi + ai * br;
                if (mu == 0) {
                    abr = abr + pr;
                    abi = abi + pi;
                } else {
                    abr = abr - pr;
                    abi = abi - pi;
                }
                oar = oar + (or * ar - oi * ai);
                oai = oai + (or * ai + oi * ar);
                obr = obr + (or * br - oi * bi);
                obi = obi + (or * bi + oi * br);
            }
            for (int mu = 0; mu < 4; mu++) {
                double ar = w[x0 + e + 2 * mu * G], ai = w[x0 + e + (2 * mu + 1) * G];
                double br = w[x1 + e + 2 * mu * G], bi = w[x1 + e + (2 * mu + 1) * G];
                double eta = mu == 0 ? 1.0 : -1.0;
                double or = w[ob + e + 2 * mu * G] * eta, oi = w[ob + e + (2 * mu + 1) * G] * eta;
                double t1r = abr * or - abi * oi, t1i = abr * oi + abi * or;
                double t2r = (oar * br - oai * bi) * eta, t2i = (oar * bi + oai * br) * eta;
                double t3r = (obr * ar - obi * ai) * eta, t3i = (obr * ai + obi * ar) * eta;
                double p2r = t2r + t2r - t1r - t3r, p2i = t2i + t2i - t1i - t3i;
                double p3r = t1r + t2r - (t3r + t3r), p3i = t1i + t2i - (t3i + t3i);
                int q0 = b0 + e + m + mu * G, q1 = b1 + e + m + mu * G;
                w[q0] = w[q0] + (cr * p2r - ci * p2i);
                w[q1] = w[q1] + (cr * p3r - ci * p3i);
            }
        }
    }

    /** See {@link Adjoints#vvvAdjoint}. */
    static void vvvAdjoint(double[] w, int c, int x0, int x1, int ob, int b0, int b1, double gr, double gi) {
        int m = 8 * G;
        double cr = -gr, ci = -gi;
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), a = x0 + e, b = x1 + e, o = ob + e, ba = b0 + e, bb = b1 + e;
            double abr = 0.0, abi = 0.0, oar = 0.0, oai = 0.0, obr = 0.0, obi = 0.0;
            double ur = 0.0, ui = 0.0, vr = 0.0, vi = 0.0, tr = 0.0, ti = 0.0;
            for (int mu = 0; mu < 4; mu++) {
                int r = 2 * mu * G;
                double eta = mu == 0 ? 1.0 : -1.0;
                double ar = w[a + r], ai = w[a + r + G], br = w[b + r], bi = w[b + r + G];
                double or = w[o + r], oi = w[o + r + G], p2 = w[a + m + mu * G] * eta, p3 = w[b + m + mu * G] * eta;
                double d = p3 - p2, k = p2 + p2 + p3, n = p3 + p3 + p2;
                double er = ar * eta, ei = ai * eta, fr = or * eta, fi = oi * eta;
                abr = abr + (er * br - ei * bi);
                abi = abi + (er * bi + ei * br);
                oar = oar + (or * er - oi * ei);
                oai = oai + (or * ei + oi * er);
                obr = obr + (fr * br - fi * bi);
                obi = obi + (fr * bi + fi * br);
                ur = ur + or * d;
                ui = ui + oi * d;
                vr = vr + br * k;
                vi = vi + bi * k;
                tr = tr + ar * n;
                ti = ti + ai * n;
            }
            double cabr = abr * cr - abi * ci, cabi = abi * cr + abr * ci;
            double coar = oar * cr - oai * ci, coai = oai * cr + oar * ci;
            double cobr = obr * cr - obi * ci, cobi = obi * cr + obr * ci;
            double cur = ur * cr - ui * ci, cui = ui * cr + ur * ci;
            double cvr = vr * cr - vi * ci, cvi = vi * cr + vr * ci;
            double ctr = tr * cr - ti * ci, cti = ti * cr + tr * ci;
            for (int mu = 0; mu < 4; mu++) {
                int r = 2 * mu * G;
                double ar = w[a + r], ai = w[a + r + G], br = w[b + r], bi = w[b + r + G];
                double or = w[o + r], oi = w[o + r + G], p2 = w[a + m + mu * G], p3 = w[b + m + mu * G];
                double k = p2 + p2 + p3, n = p3 + p3 + p2;
                double xar = cur * br - cui * bi + (cvr * or - cvi * oi) - cobr * n;
                double xai = cur * bi + cui * br + (cvr * oi + cvi * or) - cobi * n;
                double xbr = cur * ar - cui * ai - (ctr * or - cti * oi) + coar * k;
                double xbi = cur * ai + cui * ar - (ctr * oi + cti * or) + coai * k;
                w[ba + r] = w[ba + r] + xar;
                w[ba + r + G] = w[ba + r + G] + xai;
                w[bb + r] = w[bb + r] + xbr;
                w[bb + r + G] = w[bb + r + G] + xbi;
                double ea = cabr * or - cabi * oi, eb = coar * br - coai * bi, ec = cobr * ar - cobi * ai;
                double q2 = eb + eb - ea - ec, q3 = ea + eb - (ec + ec);
                int s2 = ba + m + mu * G, s3 = bb + m + mu * G;
                if (mu == 0) {
                    w[s2] = w[s2] + q2;
                    w[s3] = w[s3] + q3;
                } else {
                    w[s2] = w[s2] - q2;
                    w[s3] = w[s3] - q3;
                }
            }
        }
    }

    /** See {@link Adjoints#vvvvAdjoint}. */
    static void vvvvAdjoint(double[] w, int c, int x0, int x1, int x2, int ob, int b0, int b1, int b2, double f0,
            double f1, double f2, double gr, double gi) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), a = x0 + e, b = x1 + e, x = x2 + e, o = ob + e;
            double d12r = 0, d12i = 0, d02r = 0, d02i = 0, d01r = 0, d01i = 0;
            double o0r = 0, o0i = 0, o1r = 0, o1i = 0, o2r = 0, o2i = 0;
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * G;
                double eta = j == 0 ? 1.0 : -1.0;
                double ar = w[a + r], ai = w[a + r + G], br = w[b + r], bi = w[b + r + G];
                double xr = w[x + r], xi = w[x + r + G], or = w[o + r] * eta, oi = w[o + r + G] * eta;
                double er = ar * eta, ei = ai * eta, sr = xr * eta, si = xi * eta;
                d12r = d12r + (br * sr - bi * si);
                d12i = d12i + (br * si + bi * sr);
                d02r = d02r + (ar * sr - ai * si);
                d02i = d02i + (ar * si + ai * sr);
                d01r = d01r + (er * br - ei * bi);
                d01i = d01i + (er * bi + ei * br);
                o0r = o0r + (or * ar - oi * ai);
                o0i = o0i + (or * ai + oi * ar);
                o1r = o1r + (or * br - oi * bi);
                o1i = o1i + (or * bi + oi * br);
                o2r = o2r + (or * xr - oi * xi);
                o2i = o2i + (or * xi + oi * xr);
            }
            double p12r = (d12r * gr - d12i * gi) * f0, p12i = (d12i * gr + d12r * gi) * f0;
            double p02r = (d02r * gr - d02i * gi) * f1, p02i = (d02i * gr + d02r * gi) * f1;
            double p01r = (d01r * gr - d01i * gi) * f2, p01i = (d01i * gr + d01r * gi) * f2;
            double q0r = (o0r * gr - o0i * gi) * f0, q0i = (o0i * gr + o0r * gi) * f0;
            double q1r = (o1r * gr - o1i * gi) * f1, q1i = (o1i * gr + o1r * gi) * f1;
            double q2r = (o2r * gr - o2i * gi) * f2, q2i = (o2i * gr + o2r * gi) * f2;
            for (int j = 0; j < 4; j++) {
                int r = 2 * j * G;
                double ar = w[a + r], ai = w[a + r + G], br = w[b + r], bi = w[b + r + G];
                double xr = w[x + r], xi = w[x + r + G], or = w[o + r], oi = w[o + r + G];
                int s0 = b0 + e + r, s1 = b1 + e + r, s2 = b2 + e + r;
                w[s0] = w[s0] + (p12r * or - p12i * oi + (q1r * xr - q1i * xi) + (q2r * br - q2i * bi));
                w[s0 + G] = w[s0 + G] + (p12r * oi + p12i * or + (q1r * xi + q1i * xr) + (q2r * bi + q2i * br));
                w[s1] = w[s1] + (p02r * or - p02i * oi + (q0r * xr - q0i * xi) + (q2r * ar - q2i * ai));
                w[s1 + G] = w[s1 + G] + (p02r * oi + p02i * or + (q0r * xi + q0i * xr) + (q2r * ai + q2i * ar));
                w[s2] = w[s2] + (p01r * or - p01i * oi + (q0r * br - q0i * bi) + (q1r * ar - q1i * ai));
                w[s2 + G] = w[s2 + G] + (p01r * oi + p01i * or + (q0r * bi + q0i * br) + (q1r * ai + q1i * ar));
            }
        }
    }

    /** See {@link Adjoints#masslessVectorPropagator}. */
    static void masslessVectorPropagator(double[] w, int c, int y, int yb, int tb) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), q = y + e + 8 * G;
            double q0 = w[q], q1 = w[q + G], q2 = w[q + 2 * G], q3 = w[q + 3 * G];
            double ir = 1.0 / (q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3);
            double zr = 0.0;
            for (int comp = 0; comp < 4; comp++) {
                int b = yb + e + 2 * comp * G, x = y + e + 2 * comp * G;
                double sr = w[b] * ir, si = w[b + G] * ir;
                // Re(ob' Y) with ob' = eta S / D
                double p = sr * w[x] - si * w[x + G];
                zr = comp == 0 ? zr + p : zr - p;
                // stored adjoint of T: -i S / D
                w[tb + e + 2 * comp * G] = si;
                w[tb + e + (2 * comp + 1) * G] = -sr;
            }
            int mq = yb + e + 8 * G;
            double z2 = zr + zr;
            w[mq] = w[mq] - z2 * q0;
            w[mq + G] = w[mq + G] + z2 * q1;
            w[mq + 2 * G] = w[mq + 2 * G] + z2 * q2;
            w[mq + 3 * G] = w[mq + 3 * G] + z2 * q3;
        }
    }

    /** See {@link Adjoints#fermionPropagator}. */
    static void fermionPropagator(double[] w, int c, int y, int yb, int t, int tb, double m, double wd, double sign,
            double[] mb, double[] wb) {
        double m2 = m * m, di = m * wd, di2 = di * di, ndi = -di, twoM = m + m;
        boolean massive = m != 0.0 && mb != null;
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), q = y + e + 8 * G;
            double q0 = w[q], q1 = w[q + G], q2 = w[q + 2 * G], q3 = w[q + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            int b = yb + e;
            double c0r = w[b], c0i = w[b + G], c1r = w[b + 2 * G], c1i = w[b + 3 * G];
            double c2r = w[b + 4 * G], c2i = w[b + 5 * G], c3r = w[b + 6 * G], c3i = w[b + 7 * G];
            // ob' = conj(Ybar) / D (the stored adjoint is conj(Ybar))
            double y0r = c0r * ir - c0i * ii, y0i = c0r * ii + c0i * ir;
            double y1r = c1r * ir - c1i * ii, y1i = c1r * ii + c1i * ir;
            double y2r = c2r * ir - c2i * ii, y2i = c2r * ii + c2i * ir;
            double y3r = c3r * ir - c3i * ii, y3i = c3r * ii + c3i * ir;
            int yy = y + e;
            double zr = y0r * w[yy] - y0i * w[yy + G] + (y1r * w[yy + 2 * G] - y1i * w[yy + 3 * G])
                    + (y2r * w[yy + 4 * G] - y2i * w[yy + 5 * G]) + (y3r * w[yy + 6 * G] - y3i * w[yy + 7 * G]);
            double zi = y0r * w[yy + G] + y0i * w[yy] + (y1r * w[yy + 3 * G] + y1i * w[yy + 2 * G])
                    + (y2r * w[yy + 5 * G] + y2i * w[yy + 4 * G]) + (y3r * w[yy + 7 * G] + y3i * w[yy + 6 * G]);
            int x = t + e;
            double x0r = w[x], x0i = w[x + G], x1r = w[x + 2 * G], x1i = w[x + 3 * G];
            double x2r = w[x + 4 * G], x2i = w[x + 5 * G], x3r = w[x + 6 * G], x3i = w[x + 7 * G];
            // products ob'_s T_r needed below (imaginary parts, and real parts for f2)
            double i02 = y0r * x2i + y0i * x2r, i13 = y1r * x3i + y1i * x3r;
            double i20 = y2r * x0i + y2i * x0r, i31 = y3r * x1i + y3i * x1r;
            double i03 = y0r * x3i + y0i * x3r, i12 = y1r * x2i + y1i * x2r;
            double i21 = y2r * x1i + y2i * x1r, i30 = y3r * x0i + y3i * x0r;
            double r03 = y0r * x3r - y0i * x3i, r12 = y1r * x2r - y1i * x2i;
            double r21 = y2r * x1r - y2i * x1i, r30 = y3r * x0r - y3i * x0i;
            double a0i = i02 + i13 + i20 + i31, a3i = i02 - i13 - i20 + i31;
            double a1i = i03 + i12 - i21 - i30, a2r = r03 - r12 - r21 + r30;
            double z2 = zr + zr;
            int mq = yb + e + 8 * G;
            w[mq] = w[mq] - (z2 * q0 + a0i * sign);
            w[mq + G] = w[mq + G] + (z2 * q1 - a1i);
            w[mq + 2 * G] = w[mq + 2 * G] + (z2 * q2 - a2r * sign);
            w[mq + 3 * G] = w[mq + 3 * G] + (z2 * q3 - a3i);
            if (massive) {
                double sumi = y0r * x0i + y0i * x0r + (y1r * x1i + y1i * x1r) + (y2r * x2i + y2i * x2r)
                        + (y3r * x3i + y3i * x3r);
                mb[l] = mb[l] + (twoM * zr + wd * zi - sumi);
                wb[l] = wb[l] + m * zi;
            }
            double p0 = q0 * sign, p2 = q2 * sign;
            double sp = p0 + q3, dp = p0 - q3;
            // stored adjoint of T: conj(Tbar) = i (S^T + M) ob' = (-v_i, v_r)
            double v0r = dp * y2r - (q1 * y3r + p2 * y3i) + m * y0r;
            double v0i = dp * y2i - (q1 * y3i - p2 * y3r) + m * y0i;
            double v1r = sp * y3r - (q1 * y2r - p2 * y2i) + m * y1r;
            double v1i = sp * y3i - (q1 * y2i + p2 * y2r) + m * y1i;
            double v2r = sp * y0r + (q1 * y1r + p2 * y1i) + m * y2r;
            double v2i = sp * y0i + (q1 * y1i - p2 * y1r) + m * y2i;
            double v3r = dp * y1r + (q1 * y0r - p2 * y0i) + m * y3r;
            double v3i = dp * y1i + (q1 * y0i + p2 * y0r) + m * y3i;
            int o = tb + e;
            w[o] = -v0i;
            w[o + G] = v0r;
            w[o + 2 * G] = -v1i;
            w[o + 3 * G] = v1r;
            w[o + 4 * G] = -v2i;
            w[o + 5 * G] = v2r;
            w[o + 6 * G] = -v3i;
            w[o + 7 * G] = v3r;
        }
    }

    /** See {@link Adjoints#massiveVectorPropagator}. */
    static void massiveVectorPropagator(double[] w, int c, int y, int yb, int t, int tb, double m, double wd,
            double[] mb, double[] wb) {
        double m2 = m * m, di = m * wd, di2 = di * di, ndi = -di, inv = 1.0 / m2, twoM = m + m;
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), q = y + e + 8 * G;
            double q0 = w[q], q1 = w[q + G], q2 = w[q + 2 * G], q3 = w[q + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di2), ir = dr * rden, ii = ndi * rden;
            int b = yb + e, x = t + e, yy = y + e;
            // ob' = eta S / D, S the stored adjoint of Y
            double s0r = w[b], s0i = w[b + G], s1r = -w[b + 2 * G], s1i = -w[b + 3 * G];
            double s2r = -w[b + 4 * G], s2i = -w[b + 5 * G], s3r = -w[b + 6 * G], s3i = -w[b + 7 * G];
            double o0r = s0r * ir - s0i * ii, o0i = s0r * ii + s0i * ir;
            double o1r = s1r * ir - s1i * ii, o1i = s1r * ii + s1i * ir;
            double o2r = s2r * ir - s2i * ii, o2i = s2r * ii + s2i * ir;
            double o3r = s3r * ir - s3i * ii, o3i = s3r * ii + s3i * ir;
            // z = sum_s ob'_s Y_s: the denominator's share
            double zr = o0r * w[yy] - o0i * w[yy + G] + (o1r * w[yy + 2 * G] - o1i * w[yy + 3 * G])
                    + (o2r * w[yy + 4 * G] - o2i * w[yy + 5 * G]) + (o3r * w[yy + 6 * G] - o3i * w[yy + 7 * G]);
            double zi = o0r * w[yy + G] + o0i * w[yy] + (o1r * w[yy + 3 * G] + o1i * w[yy + 2 * G])
                    + (o2r * w[yy + 5 * G] + o2i * w[yy + 4 * G]) + (o3r * w[yy + 7 * G] + o3i * w[yy + 6 * G]);
            double x0r = w[x], x0i = w[x + G], x1r = w[x + 2 * G], x1i = w[x + 3 * G];
            double x2r = w[x + 4 * G], x2i = w[x + 5 * G], x3r = w[x + 6 * G], x3i = w[x + 7 * G];
            // qT = Q.T (Minkowski), oq = sum_s ob'_s Q_s
            double qtr = q0 * x0r - q1 * x1r - q2 * x2r - q3 * x3r, qti = q0 * x0i - q1 * x1i - q2 * x2i - q3 * x3i;
            double oqr = o0r * q0 + o1r * q1 + o2r * q2 + o3r * q3, oqi = o0i * q0 + o1i * q1 + o2i * q2 + o3i * q3;
            double pr = o0r * qti + o0i * qtr, z2 = zr + zr;
            // Q's adjoint: the denominator's -2 z Q_mu eta_mu and the numerator's Re[i (ob'_mu qT + oq eta_mu T_mu)] / M^2
            int mq = b + 8 * G;
            w[mq] = w[mq] - z2 * q0 - (pr + (oqr * x0i + oqi * x0r)) * inv;
            w[mq + G] = w[mq + G] + z2 * q1 - (o1r * qti + o1i * qtr - (oqr * x1i + oqi * x1r)) * inv;
            w[mq + 2 * G] = w[mq + 2 * G] + z2 * q2 - (o2r * qti + o2i * qtr - (oqr * x2i + oqi * x2r)) * inv;
            w[mq + 3 * G] = w[mq + 3 * G] + z2 * q3 - (o3r * qti + o3i * qtr - (oqr * x3i + oqi * x3r)) * inv;
            // M's and W's: the denominator's Re(-z dD), the numerator's Re[-2 i oq qT] / M^3
            mb[l] = mb[l] + (zr * twoM + zi * wd) + (oqr * qti + oqi * qtr) * 2.0 * inv / m;
            wb[l] = wb[l] + zi * m;
            // stored adjoint of T: -i v, v_r = eta_r ob'_r - Q_r oq / M^2
            int o = tb + e;
            double ar = oqr * inv, ai = oqi * inv;
            w[o] = o0i - q0 * ai;
            w[o + G] = -(o0r - q0 * ar);
            w[o + 2 * G] = -o1i - q1 * ai;
            w[o + 3 * G] = -(-o1r - q1 * ar);
            w[o + 4 * G] = -o2i - q2 * ai;
            w[o + 5 * G] = -(-o2r - q2 * ar);
            w[o + 6 * G] = -o3i - q3 * ai;
            w[o + 7 * G] = -(-o3r - q3 * ar);
        }
    }
}
