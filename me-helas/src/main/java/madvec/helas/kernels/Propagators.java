package madvec.helas.kernels;

import madvec.helas.Wavefunction;

import madvec.simd.Simd;

/**
 * Propagators applied to an amputated current T, producing the off-shell wavefunction of the
 * internal line in ALOHA's conventions: denominator D = Q^2 - M^2 + i M W (fixed width, in s- and
 * t-channels alike, as MadGraph does), numerators
 * <ul>
 *   <li>vector: -i (T - Q (Q.T) / M^2) / D, unitary gauge; -i T / D when massless (Feynman gauge);</li>
 *   <li>open F1 leg: i (S(Q) + M) T / D (column); open F2 leg: i T (S(-Q) + M) / D (row);</li>
 *   <li>scalar: i T / D,</li>
 * </ul>
 * with Q the stored momentum of the line (the sum of the stored momenta of the vertex's other legs),
 * which the caller writes into the momentum rows of the output block beforehand: it does not depend
 * on helicities, so an executor computes it once per chunk.
 *
 * <p>Tangent c follows from differentiating numerator and denominator:
 * dY = N(Q, M) dT / D + dN T / D - Y dD / D with dD = 2 Q.dQ - 2 M dM + i (dM W + M dW). A massless
 * line (mass value 0) is taken as massless in every direction: its mass tangents and width are not
 * read.
 *
 * <p>A dispatching facade over {@link SimdPropagatorKernels} and its plain-Java twin
 * {@link PlainPropagatorKernels}, chosen by {@link Simd#VECTOR}.
 */
public final class Propagators {
    private Propagators() {}

    /**
     * The value block: reads T's components from block {@code t} and Q from the momentum rows of block
     * {@code out}, writes Y's components to block {@code out}.
     *
     * @param mass value and tangents of the line's mass; {@code width} likewise
     */
    public static void apply(Wavefunction kind, double[] w, int c, int t, int out, double[] mass, double[] width) {
        double m = mass[0], wd = width[0];
        switch (kind) {
            case VECTOR -> {
                if (m == 0.0) {
                    if (Simd.VECTOR) {
                        SimdPropagatorKernels.masslessVector(w, c, t, out);
                    } else {
                        PlainPropagatorKernels.masslessVector(w, c, t, out);
                    }
                } else if (Simd.VECTOR) {
                    SimdPropagatorKernels.massiveVector(w, c, t, out, m, wd);
                } else {
                    PlainPropagatorKernels.massiveVector(w, c, t, out, m, wd);
                }
            }
            case F1 -> fermion(w, c, t, out, m, wd, 1.0);
            case F2 -> fermion(w, c, t, out, m, wd, -1.0);
            case SPIN_ZERO -> {
                if (Simd.VECTOR) {
                    SimdPropagatorKernels.scalar(w, c, t, out, m, wd);
                } else {
                    PlainPropagatorKernels.scalar(w, c, t, out, m, wd);
                }
            }
        }
    }

    private static void fermion(double[] w, int c, int t, int out, double m, double wd, double s) {
        if (Simd.VECTOR) {
            SimdPropagatorKernels.fermion(w, c, t, out, m, wd, s, 1.0, s, 1.0);
        } else {
            PlainPropagatorKernels.fermion(w, c, t, out, m, wd, s, 1.0, s, 1.0);
        }
    }

    /**
     * Tangent {@code tc} (1..k): reads T's value block {@code t} and its block {@code tc}, Y's value
     * block {@code out} (written by {@link #apply} before) and the momentum rows of Y's block
     * {@code tc} (Q's tangent), and writes the components of Y's block {@code tc}. Blocks are
     * {@link Layout#wfBlock} apart.
     */
    public static void applyTangent(Wavefunction kind, double[] w, int c, int t, int out, int tc, double[] mass,
            double[] width) {
        int blk = Layout.wfBlock(c);
        int dt = t + tc * blk, dout = out + tc * blk;
        double m = mass[0], wd = width[0], dm = mass[tc], dw = width[tc];
        switch (kind) {
            case VECTOR -> {
                if (m == 0.0) {
                    if (Simd.VECTOR) {
                        SimdPropagatorKernels.masslessVectorTangent(w, c, t, dt, out, dout);
                    } else {
                        PlainPropagatorKernels.masslessVectorTangent(w, c, t, dt, out, dout);
                    }
                } else if (Simd.VECTOR) {
                    SimdPropagatorKernels.massiveVectorTangent(w, c, t, dt, out, dout, m, wd, dm, dw);
                } else {
                    PlainPropagatorKernels.massiveVectorTangent(w, c, t, dt, out, dout, m, wd, dm, dw);
                }
            }
            case F1 -> fermionTangent(w, c, t, dt, out, dout, m, wd, dm, dw, 1.0);
            case F2 -> fermionTangent(w, c, t, dt, out, dout, m, wd, dm, dw, -1.0);
            case SPIN_ZERO -> {
                if (Simd.VECTOR) {
                    SimdPropagatorKernels.scalarTangent(w, c, t, dt, out, dout, m, wd, dm, dw);
                } else {
                    PlainPropagatorKernels.scalarTangent(w, c, t, dt, out, dout, m, wd, dm, dw);
                }
            }
        }
    }

    private static void fermionTangent(double[] w, int c, int t, int dt, int out, int dout, double m, double wd,
            double dm, double dw, double s) {
        if (Simd.VECTOR) {
            SimdPropagatorKernels.fermionTangentUpper(w, c, t, dt, out, dout, m, wd, dm, dw, s, 1.0, s, 1.0);
            SimdPropagatorKernels.fermionTangentLower(w, c, t, dt, out, dout, m, wd, dm, dw, s, 1.0, s, 1.0);
        } else {
            PlainPropagatorKernels.fermionTangent(w, c, t, dt, out, dout, m, wd, dm, dw, s, 1.0, s, 1.0);
        }
    }
}
