package madvec.helas.kernels;

import madvec.helas.VertexPolynomial;
import madvec.simd.Simd;

/**
 * Any Lorentz structure as an amputated current: the {@link VertexPolynomial} of a (structure, open
 * leg) evaluated on workspace blocks, with the conventions of {@link Structures} (component rows,
 * {@code acc}, coupling {@code g[2*gc]}, {@code g[2*gc+1]}). One kernel for every UFO vertex: the
 * polynomial is data, read monomial by monomial inside the loop over lanes.
 *
 * <p>Tangents by the product rule, as for the built-in structures: the polynomial is linear in each
 * input wavefunction and in the coupling, so a tangent block is passed in place of a value block; its
 * momentum dependence may be of any degree, so the momentum tangent has a mode of its own
 * ({@code dmom != null}): every monomial's momentum product p_1 ... p_d is replaced by its derivative
 * sum over f of dp_f times the other factors, dp read from the tangent blocks {@code dmom}.
 *
 * <p>A dispatching facade: {@link SimdGenericKernels} when {@link Simd#VECTOR}, else the plain-Java twin
 * {@link PlainGenericKernels}, which perform the same operations in the same order.
 */
public final class GenericVertices {
    private GenericVertices() {}

    /**
     * A polynomial's arrays as the kernels read them, made once per plan (the polynomial itself hands
     * out copies only).
     */
    public static final class Compiled {
        final int n, inputs, comps;
        final int[] out, wf, momStart, momInput, momMu;
        final double[] re, im;
        final boolean momentumDependent;

        /** Reads the polynomial's arrays once. */
        public Compiled(VertexPolynomial p) {
            n = p.size();
            inputs = p.inputs();
            comps = p.openComponents();
            out = p.outputs();
            wf = p.components();
            momStart = p.momentumStart();
            momInput = p.momentumInput();
            momMu = p.momentumComponent();
            re = p.re();
            im = p.im();
            momentumDependent = p.momentumDependent();
        }

        /** True when the current depends on the inputs' momenta. */
        public boolean momentumDependent() {
            return momentumDependent;
        }
    }

    /**
     * The current of {@code p} into {@code out}.
     *
     * @param wf per input, the block its components are read from (value or tangent block)
     * @param mom per input, the value block its momentum is read from
     * @param dmom per input, the tangent block of its momentum, for the momentum-tangent mode; else null
     */
    public static void apply(double[] w, int c, Compiled p, int[] wf, int[] mom, int[] dmom, int out,
            double[] g, int gc, boolean acc) {
        double gr = g[2 * gc], gi = g[2 * gc + 1];
        if (Simd.VECTOR) {
            SimdGenericKernels.apply(w, c, p, wf, mom, dmom, out, gr, gi, acc);
        } else {
            PlainGenericKernels.apply(w, c, p, wf, mom, dmom, out, gr, gi, acc);
        }
    }
}
