package madvec.helas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The Lorentz structure of a vertex with one leg left open, compiled into data: the amputated current
 * X (as {@code madvec.helas.kernels.Structures} defines it: the structure L is the contraction of the
 * open leg with X) written as a polynomial in the components of the input wavefunctions and momenta.
 * Each monomial is a complex coefficient times one component of every input wavefunction (L is linear
 * in each) times a product of real momentum components, and adds to one component of X. Metrics, gamma
 * matrices, projectors and Levi-Civita symbols are expanded and every contracted index summed when the
 * polynomial is made, so one generic kernel evaluates any structure, with no code generated per vertex.
 *
 * <p>Momenta are the inputs' stored momenta (rows 8..11 of their wavefunction blocks); the open leg's
 * momentum is written in terms of them (minus their sum) when the polynomial is built. Instances are
 * immutable and compared by value.
 */
public final class VertexPolynomial {
    private final String name;
    private final Wavefunction open;
    private final int inputs;
    private final int[] out;
    private final double[] re, im;
    private final int[] wf;
    private final int[] momStart, momInput, momMu;
    private final int maxDegree;

    private VertexPolynomial(String name, Wavefunction open, int inputs, List<Monomial> monomials) {
        this.name = name;
        this.open = open;
        this.inputs = inputs;
        int n = monomials.size();
        out = new int[n];
        re = new double[n];
        im = new double[n];
        wf = new int[n * inputs];
        momStart = new int[n + 1];
        int factors = 0, deg = 0;
        for (Monomial m : monomials) {
            factors += m.momenta.length;
            deg = Math.max(deg, m.momenta.length);
        }
        momInput = new int[factors];
        momMu = new int[factors];
        maxDegree = deg;
        int f = 0;
        for (int i = 0; i < n; i++) {
            Monomial m = monomials.get(i);
            out[i] = m.out;
            re[i] = m.re;
            im[i] = m.im;
            System.arraycopy(m.components, 0, wf, i * inputs, inputs);
            momStart[i] = f;
            for (int code : m.momenta) {
                momInput[f] = code / 4;
                momMu[f++] = code % 4;
            }
        }
        momStart[n] = f;
    }

    /** A readable name (the UFO structure and the open leg, e.g. {@code VVS3_3}). */
    public String name() {
        return name;
    }

    /** The kind of the open leg. */
    public Wavefunction open() {
        return open;
    }

    /** The number of input wavefunctions. */
    public int inputs() {
        return inputs;
    }

    /** The number of monomials. */
    public int size() {
        return out.length;
    }

    /** The highest power of momenta in any monomial (0 for structures without momenta). */
    public int maxDegree() {
        return maxDegree;
    }

    /** Output component of each monomial (a copy), grouped: non-decreasing. */
    public int[] outputs() {
        return out.clone();
    }

    /** Real parts of the coefficients (a copy). */
    public double[] re() {
        return re.clone();
    }

    /** Imaginary parts of the coefficients (a copy). */
    public double[] im() {
        return im.clone();
    }

    /** Component of input j in monomial m at {@code [m * inputs() + j]} (a copy). */
    public int[] components() {
        return wf.clone();
    }

    /** Monomial m's momentum factors are {@code momStart[m] .. momStart[m+1]-1} (a copy). */
    public int[] momentumStart() {
        return momStart.clone();
    }

    /** The input whose momentum each factor is (a copy). */
    public int[] momentumInput() {
        return momInput.clone();
    }

    /** The component mu of each momentum factor (a copy). */
    public int[] momentumComponent() {
        return momMu.clone();
    }

    /** True when the current depends on the inputs' momenta. */
    public boolean momentumDependent() {
        return maxDegree > 0;
    }

    /** Number of components of the open leg's current: 1 for spin 0, 4 otherwise. */
    public int openComponents() {
        return open == Wavefunction.SPIN_ZERO ? 1 : 4;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VertexPolynomial p && name.equals(p.name) && open == p.open && inputs == p.inputs
                && Arrays.equals(out, p.out) && Arrays.equals(re, p.re) && Arrays.equals(im, p.im)
                && Arrays.equals(wf, p.wf) && Arrays.equals(momStart, p.momStart)
                && Arrays.equals(momInput, p.momInput) && Arrays.equals(momMu, p.momMu);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(re) * 7 + out.length;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " monomials, momentum degree " + maxDegree + ")";
    }

    private record Monomial(int out, double re, double im, int[] components, int[] momenta) {}

    /** Collects monomials, merging equal ones, and builds the polynomial. */
    public static final class Builder {
        private final String name;
        private final Wavefunction open;
        private final int inputs;
        private final TreeMap<String, double[]> terms = new TreeMap<>();
        private final java.util.Map<String, int[][]> shapes = new java.util.HashMap<>();

        /**
         * @param name readable name
         * @param open kind of the open leg
         * @param inputs number of input wavefunctions (the other legs, in vertex order)
         */
        public Builder(String name, Wavefunction open, int inputs) {
            this.name = name;
            this.open = open;
            this.inputs = inputs;
        }

        /**
         * Adds {@code (re + i im) * prod_j input_j[components[j]] * prod_f p_{input(f)}^{mu(f)}} to
         * component {@code out} of the current.
         *
         * @param momenta momentum factors, each {@code 4 * input + mu}, in any order
         */
        public Builder add(int out, double re, double im, int[] components, int[] momenta) {
            if (components.length != inputs) {
                throw new IllegalArgumentException(components.length + " components for " + inputs + " inputs");
            }
            int[] m = momenta.clone();
            Arrays.sort(m);
            String key = out + ":" + Arrays.toString(components) + ":" + Arrays.toString(m);
            terms.computeIfAbsent(key, x -> new double[2]);
            double[] c = terms.get(key);
            c[0] += re;
            c[1] += im;
            shapes.putIfAbsent(key, new int[][] {{out}, components.clone(), m});
            return this;
        }

        /** The polynomial, monomials grouped by output component, zero coefficients dropped. */
        public VertexPolynomial build() {
            List<Monomial> list = new ArrayList<>();
            double scale = 0;
            for (double[] c : terms.values()) scale = Math.max(scale, Math.hypot(c[0], c[1]));
            for (var e : terms.entrySet()) {
                double[] c = e.getValue();
                // cancellations in the expansion leave rounding residues of exact zeros
                if (Math.hypot(c[0], c[1]) <= 1e-14 * scale) {
                    continue;
                }
                int[][] s = shapes.get(e.getKey());
                list.add(new Monomial(s[0][0], clean(c[0], scale), clean(c[1], scale), s[1], s[2]));
            }
            list.sort((a, b) -> Integer.compare(a.out, b.out));
            return new VertexPolynomial(name, open, inputs, list);
        }

        private static double clean(double x, double scale) {
            return Math.abs(x) <= 1e-14 * scale ? 0.0 : x;
        }
    }
}
