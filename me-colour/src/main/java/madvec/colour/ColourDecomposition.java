package madvec.colour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The colour decomposition of a process: each diagram's colour factor written exactly as a linear
 * combination of basis flows, and the colour matrix of those flows.
 *
 * <p>The basis holds products of open quark strings {@code (T^a T^b ...)_{ij}}, closed traces
 * {@code Tr(T^a ...)} and epsilon tensors of one kind (on which strings end) of external indices only: exactly the flows that some diagram needs, in order of
 * first appearance over the diagrams (the flows of one diagram in canonical order). With
 * {@code J_k = sum over diagrams d of coefficient(d, k) A_d}, the colour-summed
 * {@code |M|^2 = sum_kl conj(J_k) C_kl J_l}, where {@code C_kl} sums {@code conj(B_k) B_l} over all
 * external colour indices, for Nc = 3 with every 1/Nc term kept. Immutable and thread-safe; the
 * matrix is computed on first use.
 */
public final class ColourDecomposition {
    private static final Logger LOG = LoggerFactory.getLogger(ColourDecomposition.class);

    private final List<Flow> basis;
    private final List<List<Term>> coefficients;
    private volatile ComplexRational[][] matrix;

    /**
     * One non-zero entry of a diagram's decomposition.
     *
     * @param basis index of the basis element in {@link #basis()}
     * @param coefficient its exact coefficient
     */
    public record Term(int basis, ComplexRational coefficient) {
        /**
         * Checks the entry.
         *
         * @throws IllegalArgumentException if {@code basis} is negative
         * @throws NullPointerException if {@code coefficient} is null
         */
        public Term {
            if (basis < 0) {
                throw new IllegalArgumentException("basis index must not be negative: " + basis);
            }
            Objects.requireNonNull(coefficient, "coefficient");
        }
    }

    private ColourDecomposition(List<Flow> basis, List<List<Term>> coefficients) {
        this.basis = basis;
        this.coefficients = coefficients;
    }

    /**
     * Decomposes the colour factors of all diagrams of one process.
     *
     * @param diagrams one colour factor per diagram, all with the same external indices
     * @return the decomposition
     * @throws IllegalArgumentException if the list is empty or holds {@code null}, or two diagrams have
     *     different external indices (or use one external quark index as a row and as a column)
     */
    public static ColourDecomposition of(List<ColourFactor> diagrams) {
        Objects.requireNonNull(diagrams, "diagrams");
        if (diagrams.isEmpty()) {
            throw new IllegalArgumentException("a colour decomposition needs at least one diagram");
        }
        long start = System.nanoTime();
        ExternalIndices external = null;
        Map<Flow, Integer> index = new LinkedHashMap<>();
        List<Map<Flow, ComplexRational>> reduced = new ArrayList<>(diagrams.size());
        for (int d = 0; d < diagrams.size(); d++) {
            ColourFactor factor = diagrams.get(d);
            if (factor == null) {
                throw new IllegalArgumentException("colour factor of diagram " + d + " is null");
            }
            ExternalIndices mine = factor.externalIndices();
            if (external == null) {
                external = mine;
            } else {
                checkSameExternals(external, mine, d);
            }
            Map<Flow, ComplexRational> flows = Reduction.reduce(factor);
            reduced.add(flows);
            flows.keySet().stream().sorted().forEach(f -> index.putIfAbsent(f, index.size()));
        }
        List<List<Term>> coefficients = new ArrayList<>(diagrams.size());
        for (Map<Flow, ComplexRational> flows : reduced) {
            List<Term> terms = new ArrayList<>(flows.size());
            flows.forEach((f, c) -> terms.add(new Term(index.get(f), c)));
            terms.sort((x, y) -> Integer.compare(x.basis(), y.basis()));
            coefficients.add(Collections.unmodifiableList(terms));
        }
        ColourDecomposition result = new ColourDecomposition(List.copyOf(index.keySet()), coefficients);
        LOG.debug("colour: {} diagrams with external {} reduced onto {} flows in {} ms", diagrams.size(), external,
                index.size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void checkSameExternals(ExternalIndices first, ExternalIndices other, int diagram) {
        if (first.equals(other)) {
            return;
        }
        for (int i : other.rows()) {
            if (first.cols().contains(i)) {
                throw new IllegalArgumentException("external quark index " + i + " is a column index in diagram 0 "
                        + "but a row index in diagram " + diagram);
            }
        }
        for (int i : other.cols()) {
            if (first.rows().contains(i)) {
                throw new IllegalArgumentException("external quark index " + i + " is a row index in diagram 0 "
                        + "but a column index in diagram " + diagram);
            }
        }
        throw new IllegalArgumentException("diagram " + diagram + " has external colour indices (" + other
                + ") different from those of diagram 0 (" + first + ")");
    }

    /**
     * Readable names of the basis flows, e.g. {@code "(T3 T4)_{1,2}"}, {@code "Tr(1 2) (T3)_{4,5}"},
     * {@code "delta_{1,2}"}, {@code "Eps(e1,e2,e3) (T4)_{1,e1} delta_{2,e2} delta_{3,e3}"}, or {@code "1"}
     * for a colourless process; traces list gluon labels, {@code _{i,j}} gives a string's row and column
     * quark labels, {@code e1, e2, ...} the legs of epsilon tensors.
     *
     * @return one name per basis element, in basis order
     */
    public List<String> basis() {
        return basis.stream().map(Flow::name).toList();
    }

    /**
     * The non-zero coefficients of one diagram on the basis, in basis order; empty if the diagram's
     * colour factor vanishes.
     *
     * @param diagram index into the list given to {@link #of}
     * @return the terms
     * @throws IndexOutOfBoundsException if there is no such diagram
     */
    public List<Term> coefficients(int diagram) {
        if (diagram < 0 || diagram >= coefficients.size()) {
            throw new IndexOutOfBoundsException("diagram " + diagram + " out of range [0, " + coefficients.size() + ")");
        }
        return coefficients.get(diagram);
    }

    /**
     * The colour matrix {@code C_kl = sum over external colour indices of conj(B_k) B_l}, exact and
     * Hermitian (real, for strings, traces and epsilon tensors).
     *
     * @return a fresh basis-by-basis array
     */
    public ComplexRational[][] matrix() {
        ComplexRational[][] m = exactMatrix();
        ComplexRational[][] copy = new ComplexRational[m.length][];
        for (int k = 0; k < m.length; k++) {
            copy[k] = m[k].clone();
        }
        return copy;
    }

    /**
     * The colour matrix as doubles: the real parts of {@link #matrix()} (its imaginary parts are zero).
     *
     * @return a fresh basis-by-basis array
     */
    public double[][] matrixAsDouble() {
        ComplexRational[][] m = exactMatrix();
        double[][] out = new double[m.length][m.length];
        for (int k = 0; k < m.length; k++) {
            for (int l = 0; l < m.length; l++) {
                out[k][l] = m[k][l].re();
            }
        }
        return out;
    }

    private ComplexRational[][] exactMatrix() {
        ComplexRational[][] m = matrix;
        if (m == null) {
            synchronized (this) {
                m = matrix;
                if (m == null) {
                    m = computeMatrix();
                    matrix = m;
                }
            }
        }
        return m;
    }

    // C is Hermitian, so only the upper triangle is contracted.
    private ComplexRational[][] computeMatrix() {
        long start = System.nanoTime();
        int n = basis.size();
        ComplexRational[][] m = new ComplexRational[n][n];
        Interference interference = new Interference();
        for (int k = 0; k < n; k++) {
            for (int l = k; l < n; l++) {
                m[k][l] = interference.of(basis.get(k), basis.get(l));
                m[l][k] = m[k][l].conjugate();
            }
        }
        LOG.debug("colour: {}x{} colour matrix in {} ms", n, n, (System.nanoTime() - start) / 1_000_000);
        return m;
    }
}
