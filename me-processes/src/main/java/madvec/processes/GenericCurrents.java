package madvec.processes;

import java.util.Arrays;
import madvec.helas.kernels.GenericVertices;

/**
 * The amputated current of a generic (UFO) operation with its tangents, for {@link Workspace}: the
 * built-in structures get theirs from {@code Workspace.structureTangents}, which assumes at most a
 * linear dependence on momenta; a UFO structure may be of any degree in them (the effective g-g-h
 * vertex is quadratic), so its momentum tangent uses the kernel's derivative mode instead.
 */
final class GenericCurrents {
    private final double[] w;
    private final int c, k, blk;
    private final boolean momentumTangents;
    // scratch: block offsets handed to the kernel (whose input count is the arrays' length), one array per
    // input count, reused by every call
    private final int[][] wf = new int[MAX_INPUTS + 1][], mom = new int[MAX_INPUTS + 1][], dmom = new int[MAX_INPUTS + 1][];

    /** The most inputs an operation has: a vertex of eight legs. */
    static final int MAX_INPUTS = 7;

    GenericCurrents(double[] w, int c, int k, int blk, boolean momentumTangents) {
        this.w = w;
        this.c = c;
        this.k = k;
        this.blk = blk;
        this.momentumTangents = momentumTangents;
    }

    /**
     * Value and, when {@code tangents}, the k tangent blocks ({@code stride} apart) of the current into
     * {@code out}.
     *
     * @param in the inputs' slot offsets
     * @param inTangents which inputs carry tangents
     * @param g the coupling, value then tangents
     * @param gTangent per tangent 1..k, whether the coupling has it
     */
    void amputated(GenericVertices.Compiled p, int[] in, int inputs, boolean[] inTangents, double[] g,
            boolean[] gTangent, boolean tangents, int out, int stride) {
        int[] wfs = sized(wf, inputs), moms = sized(mom, inputs);
        for (int j = 0; j < inputs; j++) {
            wfs[j] = in[j];
            moms[j] = in[j];
        }
        GenericVertices.apply(w, c, p, wfs, moms, null, out, g, 0, false);
        if (!tangents) {
            return;
        }
        int[] dmoms = sized(dmom, inputs);
        for (int t = 1; t <= k; t++) {
            int o = out + t * stride, d = t * blk;
            boolean acc = false;
            for (int j = 0; j < inputs; j++) {
                if (inTangents[j]) {
                    wfs[j] = in[j] + d;
                    GenericVertices.apply(w, c, p, wfs, moms, null, o, g, 0, acc);
                    wfs[j] = in[j];
                    acc = true;
                }
            }
            if (momentumTangents && p.momentumDependent()) {
                for (int j = 0; j < inputs; j++) dmoms[j] = in[j] + d;
                GenericVertices.apply(w, c, p, wfs, moms, dmoms, o, g, 0, acc);
                acc = true;
            }
            if (gTangent[t]) {
                GenericVertices.apply(w, c, p, wfs, moms, null, o, g, t, acc);
                acc = true;
            }
            if (!acc) {
                Arrays.fill(w, o, o + blk, 0.0);
            }
        }
    }

    /** The scratch array of length n, made on first use. */
    private static int[] sized(int[][] scratch, int n) {
        int[] a = scratch[n];
        return a != null ? a : (scratch[n] = new int[n]);
    }
}
