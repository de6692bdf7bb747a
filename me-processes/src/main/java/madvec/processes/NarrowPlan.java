package madvec.processes;

import java.util.Arrays;
import madvec.helas.kernels.Amplitudes;

/**
 * What a {@code FloatWorkspace} (generated from {@link Workspace}) needs beyond its float copy of the
 * executor: the plan's constants narrowed to float, and the colour sum and |M|^2 accumulation at the
 * workspace's precision.
 *
 * <p>In single precision the colour sum runs on the float kernels and |M|^2 accumulates in the float
 * workspace. In mixed precision the colour flows J_j (float, from float wavefunctions and vertices)
 * are widened into a double scratch and summed, conj(J) C J and its tangents, by the double kernels,
 * and |M|^2 accumulates over helicities in double: the sum over helicities and colour pairs, where
 * terms of both signs cancel, is where float rounding grows most, and it costs little (the flows are
 * few against the currents that make them).
 */
final class NarrowPlan {
    /** Per operation: the four-vector pairing coefficients, narrowed; null where the plan has none. */
    final float[][] opFactors;
    /** Colour-flow term coefficients, narrowed. */
    final float[] termRe, termIm;
    private final float[] colourTriangle, colourFull;
    private final ProgramPlan.ColourPlan colour;
    private final boolean mixed;
    private final int c, k;
    /** Mixed precision: flows j, blocks t at {@code (j (k + 1) + t) 2 c}, then z (2 c nj), then |M|^2 ((k + 1) c). */
    private final double[] wide;
    private final int wideZ, wideMe;

    NarrowPlan(ProgramPlan plan, int lanes, boolean mixed) {
        this.colour = plan.colour;
        this.mixed = mixed;
        this.c = lanes;
        this.k = plan.k;
        opFactors = new float[plan.opFactors.length][];
        for (int i = 0; i < opFactors.length; i++) opFactors[i] = narrow(plan.opFactors[i]);
        termRe = narrow(colour.termRe);
        termIm = narrow(colour.termIm);
        colourTriangle = narrow(colour.colourTriangle);
        colourFull = narrow(colour.colourFull);
        int nj = colour.nj;
        wideZ = nj * (k + 1) * 2 * c;
        wideMe = wideZ + 2 * nj * c;
        wide = mixed ? new double[wideMe + (k + 1) * c] : null;
    }

    /** A copy rounded to float (null stays null). */
    static float[] narrow(double[] x) {
        if (x == null) {
            return null;
        }
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) out[i] = (float) x[i];
        return out;
    }

    /** Refuses a program with generic (UFO) structures: their kernels exist in double only. */
    static void refuseGeneric(Program program) {
        for (Operation op : program.operations()) {
            if (op.polynomial() != null) {
                throw new UnsupportedOperationException("float and mixed precision do not support generic (UFO) "
                        + "vertex structures; this process has one (" + op.structure() + "): use double precision");
            }
        }
    }

    /** The generic-structure call site of the generated executor: unreachable, {@link #refuseGeneric(Program)} ran first. */
    static void refuseGeneric(Object... ignored) {
        throw new IllegalStateException("generic structures run in double precision only");
    }

    /** Zeroes the chunk's |M|^2 accumulator (value and tangents). */
    void clear(float[] w, int meOff) {
        if (mixed) {
            Arrays.fill(wide, wideMe, wideMe + (k + 1) * c, 0.0);
        } else {
            Arrays.fill(w, meOff, meOff + (k + 1) * c, 0.0f);
        }
    }

    /** Component t of lane l of the chunk's accumulated |M|^2. */
    double me(float[] w, int meOff, int t, int l) {
        return mixed ? wide[wideMe + t * c + l] : w[meOff + t * c + l];
    }

    /**
     * Adds conj(J) C J of one helicity combination (with tangents when {@code tangents}) to |M|^2; flow j
     * at {@code jamps + j * stride} of the float workspace, tangent t of a flow 2 c further per t.
     */
    void colourSum(float[] w, int jamps, int stride, boolean tangents, int zOff, int meOff) {
        int nj = colour.nj;
        if (!mixed) {
            if (tangents) {
                madvec.helas.kernels.f32.Amplitudes.colourSumWithTangents(w, c, jamps, stride, nj, colourFull, zOff, k,
                        meOff);
            } else {
                madvec.helas.kernels.f32.Amplitudes.colourSum(w, c, jamps, stride, nj, colourTriangle, meOff);
            }
            return;
        }
        int blocks = tangents ? k + 1 : 1;
        for (int j = 0; j < nj; j++) {
            for (int t = 0; t < blocks; t++) {
                widen(w, jamps + j * stride + t * 2 * c, (j * (k + 1) + t) * 2 * c);
            }
        }
        if (tangents) {
            Amplitudes.colourSumWithTangents(wide, c, 0, (k + 1) * 2 * c, nj, colour.colourFull, wideZ, k, wideMe);
        } else {
            Amplitudes.colourSum(wide, c, 0, (k + 1) * 2 * c, nj, colour.colourTriangle, wideMe);
        }
    }

    /** One flow block (real and imaginary rows of c lanes) from the float layout to the double one. */
    private void widen(float[] w, int from, int to) {
        for (int l = 0; l < c; l++) {
            int f = from + madvec.helas.kernels.f32.Layout.lane(2, l), d = to + madvec.helas.kernels.Layout.lane(2, l);
            wide[d] = w[f];
            wide[d + madvec.helas.kernels.Layout.G] = w[f + madvec.helas.kernels.f32.Layout.G];
        }
    }
}
