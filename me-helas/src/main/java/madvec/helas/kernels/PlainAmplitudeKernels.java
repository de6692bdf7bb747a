package madvec.helas.kernels;

/**
 * Plain-Java twin of {@link SimdAmplitudeKernels}: the kernels of {@link Amplitudes} one lane at a
 * time, every expression in the same order as in the vector kernels.
 */
final class PlainAmplitudeKernels {
    private static final int G = Layout.G;
    private PlainAmplitudeKernels() {}

    /**
     * amp = -i (x0 y0 + g (x1 y1 + x2 y2 + x3 y3)), complex components, re at {@code out}, im at
     * {@code out + c}; with {@code acc} added to {@code out}.
     */
    static void contract(double[] w, int c, int x, int y, double g, int out, boolean acc) {
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l), la = Layout.lane(2, l);
            double sr = dotRe(w, G, x + ln, y + ln, g), si = dotIm(w, G, x + ln, y + ln, g);
            put(w, out + la, si, acc);
            put(w, out + la + G, -sr, acc);
        }
    }

    /** Two contractions with the same y: out0 = -i (x0 . y), out1 = -i (x1 . y), each as in {@link #contract}. */
    static void contract2(double[] w, int c, int x0, int x1, int y, double g, int out0, int out1) {
        contract(w, c, x0, y, g, out0, false);
        contract(w, c, x1, y, g, out1, false);
    }

    /** amp = -i (x . y + x2 . y2), each dot as in {@link #contract}. */
    static void contractSum(double[] w, int c, int x, int y, int x2, int y2, double g, int out, boolean acc) {
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l), la = Layout.lane(2, l);
            double sr = dotRe(w, G, x + ln, y + ln, g) + dotRe(w, G, x2 + ln, y2 + ln, g);
            double si = dotIm(w, G, x + ln, y + ln, g) + dotIm(w, G, x2 + ln, y2 + ln, g);
            put(w, out + la, si, acc);
            put(w, out + la + G, -sr, acc);
        }
    }

    private static void put(double[] w, int i, double x, boolean acc) {
        w[i] = acc ? w[i] + x : x;
    }

    private static double dotRe(double[] w, int st, int x, int y, double g) {
        double p0 = w[x] * w[y] - w[x + st] * w[y + st];
        double p1 = w[x + 2 * st] * w[y + 2 * st] - w[x + 3 * st] * w[y + 3 * st];
        double p2 = w[x + 4 * st] * w[y + 4 * st] - w[x + 5 * st] * w[y + 5 * st];
        double p3 = w[x + 6 * st] * w[y + 6 * st] - w[x + 7 * st] * w[y + 7 * st];
        return p0 + (p1 + p2 + p3) * g;
    }

    private static double dotIm(double[] w, int st, int x, int y, double g) {
        double p0 = w[x] * w[y + st] + w[x + st] * w[y];
        double p1 = w[x + 2 * st] * w[y + 3 * st] + w[x + 3 * st] * w[y + 2 * st];
        double p2 = w[x + 4 * st] * w[y + 5 * st] + w[x + 5 * st] * w[y + 4 * st];
        double p3 = w[x + 6 * st] * w[y + 7 * st] + w[x + 7 * st] * w[y + 6 * st];
        return p0 + (p1 + p2 + p3) * g;
    }

    /**
     * out = sum over terms n in [from, to) of (re[n] + i im[n]) times the four complex components of
     * the block at {@code src[n] + shift}. Terms [from, realEnd) have real coefficients (im[n] unused),
     * [realEnd, imagEnd) imaginary ones (re[n] unused), [imagEnd, to) general ones.
     */
    static void combine(double[] w, int c, int out, int[] src, double[] re, double[] im, int from, int realEnd,
            int imagEnd, int to, int shift) {
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            double a0r = 0, a0i = 0, a1r = 0, a1i = 0, a2r = 0, a2i = 0, a3r = 0, a3i = 0;
            for (int n = from; n < realEnd; n++) {
                int x = src[n] + shift + ln;
                double cr = re[n];
                a0r = Math.fma(w[x], cr, a0r);
                a0i = Math.fma(w[x + G], cr, a0i);
                a1r = Math.fma(w[x + 2 * G], cr, a1r);
                a1i = Math.fma(w[x + 3 * G], cr, a1i);
                a2r = Math.fma(w[x + 4 * G], cr, a2r);
                a2i = Math.fma(w[x + 5 * G], cr, a2i);
                a3r = Math.fma(w[x + 6 * G], cr, a3r);
                a3i = Math.fma(w[x + 7 * G], cr, a3i);
            }
            for (int n = realEnd; n < imagEnd; n++) {
                int x = src[n] + shift + ln;
                double ci = im[n], nci = -ci;
                a0r = Math.fma(w[x + G], nci, a0r);
                a0i = Math.fma(w[x], ci, a0i);
                a1r = Math.fma(w[x + 3 * G], nci, a1r);
                a1i = Math.fma(w[x + 2 * G], ci, a1i);
                a2r = Math.fma(w[x + 5 * G], nci, a2r);
                a2i = Math.fma(w[x + 4 * G], ci, a2i);
                a3r = Math.fma(w[x + 7 * G], nci, a3r);
                a3i = Math.fma(w[x + 6 * G], ci, a3i);
            }
            for (int n = imagEnd; n < to; n++) {
                int x = src[n] + shift + ln;
                double cr = re[n], ci = im[n], nci = -ci;
                a0r = Math.fma(w[x], cr, Math.fma(w[x + G], nci, a0r));
                a0i = Math.fma(w[x + G], cr, Math.fma(w[x], ci, a0i));
                a1r = Math.fma(w[x + 2 * G], cr, Math.fma(w[x + 3 * G], nci, a1r));
                a1i = Math.fma(w[x + 3 * G], cr, Math.fma(w[x + 2 * G], ci, a1i));
                a2r = Math.fma(w[x + 4 * G], cr, Math.fma(w[x + 5 * G], nci, a2r));
                a2i = Math.fma(w[x + 5 * G], cr, Math.fma(w[x + 4 * G], ci, a2i));
                a3r = Math.fma(w[x + 6 * G], cr, Math.fma(w[x + 7 * G], nci, a3r));
                a3i = Math.fma(w[x + 7 * G], cr, Math.fma(w[x + 6 * G], ci, a3i));
            }
            int o = out + ln;
            w[o] = a0r;
            w[o + G] = a0i;
            w[o + 2 * G] = a1r;
            w[o + 3 * G] = a1i;
            w[o + 4 * G] = a2r;
            w[o + 5 * G] = a2i;
            w[o + 6 * G] = a3r;
            w[o + 7 * G] = a3i;
        }
    }

    /**
     * A colour-weighted sum of complex scalars: for each of {@code blocks} blocks of 2 c doubles (real
     * row, imaginary row, as a jamp), {@code blockStride} doubles apart, block b at
     * {@code out + b blockStride} becomes the sum over terms n in [from, to) of (re[n] + i im[n]) times
     * block b at {@code src[n] + b blockStride}. Terms sorted as in {@link #combine}.
     */
    static void combineComplex(double[] w, int c, int out, int[] src, double[] re, double[] im, int from,
            int realEnd, int imagEnd, int to, int blocks, int blockStride) {
        for (int b = 0; b < blocks; b++) {
            for (int l = 0; l < c; l++) {
                int ln = b * blockStride + Layout.lane(2, l);
                double ar = 0, ai = 0;
                for (int n = from; n < realEnd; n++) {
                    int x = src[n] + ln;
                    double cr = re[n];
                    ar = Math.fma(w[x], cr, ar);
                    ai = Math.fma(w[x + G], cr, ai);
                }
                for (int n = realEnd; n < imagEnd; n++) {
                    int x = src[n] + ln;
                    double ci = im[n], nci = -ci;
                    ar = Math.fma(w[x + G], nci, ar);
                    ai = Math.fma(w[x], ci, ai);
                }
                for (int n = imagEnd; n < to; n++) {
                    int x = src[n] + ln;
                    double cr = re[n], ci = im[n], nci = -ci;
                    ar = Math.fma(w[x], cr, Math.fma(w[x + G], nci, ar));
                    ai = Math.fma(w[x + G], cr, Math.fma(w[x], ci, ai));
                }
                w[out + ln] = ar;
                w[out + ln + G] = ai;
            }
        }
    }

    /**
     * me += sum over i <= j of u J_i . J_j, with J_i . J_j = Re(conj(J_i) J_j), jamp i at
     * {@code jamps + i * stride} and u the upper triangle row by row (diagonal first in each row).
     */
    static void colourSum(double[] w, int c, int jamps, int stride, int n, double[] u, int me) {
        for (int l = 0; l < c; l++) {
            int la = Layout.lane(2, l);
            double acc = 0.0;
            int e = 0;
            for (int i = 0; i < n; i++) {
                double zr = 0.0, zi = 0.0;
                for (int j = i; j < n; j++, e++) {
                    int o = jamps + j * stride + la;
                    zr = zr + w[o] * u[e];
                    zi = zi + w[o + G] * u[e];
                }
                int o = jamps + i * stride + la;
                acc = acc + (w[o] * zr + w[o + G] * zi);
            }
            w[me + l] = w[me + l] + acc;
        }
    }

    /**
     * With tangents: z = S J with the full matrix s (row-major n x n, S = C + C^T) into {@code z}
     * (2 c per jamp), me += J . z / 2, and me_t += dJ_t . z for t = 1..k (jamp tangents at
     * {@code t * 2c} from each jamp, me tangents at {@code t * c} from {@code me}).
     */
    static void colourSumWithTangents(double[] w, int c, int jamps, int stride, int n, double[] s, int z, int k,
            int me) {
        for (int l = 0; l < c; l++) {
            int la = Layout.lane(2, l);
            double acc = 0.0;
            for (int i = 0; i < n; i++) {
                double zr = 0.0, zi = 0.0;
                for (int j = 0; j < n; j++) {
                    int o = jamps + j * stride + la;
                    zr = zr + w[o] * s[i * n + j];
                    zi = zi + w[o + G] * s[i * n + j];
                }
                int o = jamps + i * stride + la;
                acc = acc + (w[o] * zr + w[o + G] * zi);
                w[z + i * 2 * c + la] = zr;
                w[z + i * 2 * c + la + G] = zi;
            }
            w[me + l] = w[me + l] + acc * 0.5;
            for (int t = 1; t <= k; t++) {
                double dacc = 0.0;
                for (int i = 0; i < n; i++) {
                    int o = jamps + i * stride + t * 2 * c + la;
                    dacc = dacc + (w[o] * w[z + i * 2 * c + la] + w[o + G] * w[z + i * 2 * c + la + G]);
                }
                w[me + t * c + l] = w[me + t * c + l] + dacc;
            }
        }
    }

    /** Momentum block of {@code out} = sum of those of {@code x0}, {@code x1} and (if >= 0) {@code x2}. */
    static void momentumSum(double[] w, int c, int x0, int x1, int x2, int out) {
        for (int l = 0; l < c; l++) {
            int ln = Layout.lane(12, l);
            for (int mu = 8; mu < 12; mu++) {
                int i = ln + mu * G;
                double s = w[x0 + i] + w[x1 + i];
                w[out + i] = x2 >= 0 ? s + w[x2 + i] : s;
            }
        }
    }
}
