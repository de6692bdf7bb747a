package madvec.colour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The colour factor of one diagram: a complex rational coefficient times a product of SU(3) generators
 * {@code (T^a)_{ij}}, structure constants {@code f^{abc}}, Kronecker deltas {@code delta_{ij}} and
 * Levi-Civita tensors {@code epsilon_{ijk}}, {@code epsilon^{ijk}}.
 *
 * <p>Immutable and built fluently from {@link #one()}: every call returns a new factor. An index that
 * appears twice is summed (an internal line); an index that appears once is external. Adjoint (gluon)
 * labels and fundamental (quark) labels are separate namespaces. A summed fundamental index must be a
 * row index once and a column index once, and no index may appear more than twice; each builder call
 * checks this so that a bad factor fails where it is written. The indices of {@code epsilon_{ijk}} count
 * as row indices (each is a triplet's, like the row of a generator), those of {@code epsilon^{ijk}} as
 * column indices. Fundamental labels must not be negative: the reduction uses negative ones for the
 * legs of epsilon tensors.
 */
public final class ColourFactor {
    private static final ColourFactor ONE = new ColourFactor(List.of(), ComplexRational.ONE);

    private final List<Atom> atoms;
    private final ComplexRational coefficient;

    private ColourFactor(List<Atom> atoms, ComplexRational coefficient) {
        this.atoms = atoms;
        this.coefficient = coefficient;
    }

    /**
     * The colourless factor 1, the start of every product.
     *
     * @return the factor 1 with no indices
     */
    public static ColourFactor one() {
        return ONE;
    }

    /**
     * This factor times the generator {@code (T^gluon)_{row col}}.
     *
     * @param gluon adjoint index
     * @param row fundamental row index
     * @param col fundamental column index
     * @return the new factor
     * @throws IllegalArgumentException if an index would then be used more than allowed
     */
    public ColourFactor t(int gluon, int row, int col) {
        return with(new Atom.Generator(gluon, row, col));
    }

    /**
     * This factor times the structure constant {@code f^{abc}}.
     *
     * @param a first adjoint index
     * @param b second adjoint index
     * @param c third adjoint index
     * @return the new factor
     * @throws IllegalArgumentException if an index would then be used more than twice
     */
    public ColourFactor f(int a, int b, int c) {
        return with(new Atom.StructureConstant(a, b, c));
    }

    /**
     * This factor times the Kronecker delta {@code delta_{row col}} of fundamental indices.
     *
     * @param row fundamental row index
     * @param col fundamental column index
     * @return the new factor
     * @throws IllegalArgumentException if an index would then be used more than allowed
     */
    public ColourFactor delta(int row, int col) {
        return with(new Atom.Delta(row, col));
    }

    /**
     * This factor times the Levi-Civita tensor {@code epsilon_{ijk}} of three triplet indices (UFO's
     * {@code Epsilon}); they count as row indices.
     *
     * @param i first fundamental index
     * @param j second fundamental index
     * @param k third fundamental index
     * @return the new factor
     * @throws IllegalArgumentException if an index would then be used more than allowed
     */
    public ColourFactor epsilon(int i, int j, int k) {
        return with(new Atom.Epsilon(i, j, k));
    }

    /**
     * This factor times the Levi-Civita tensor {@code epsilon^{ijk}} of three antitriplet indices (UFO's
     * {@code EpsilonBar}); they count as column indices.
     *
     * @param i first fundamental index
     * @param j second fundamental index
     * @param k third fundamental index
     * @return the new factor
     * @throws IllegalArgumentException if an index would then be used more than allowed
     */
    public ColourFactor epsilonBar(int i, int j, int k) {
        return with(new Atom.EpsilonBar(i, j, k));
    }

    /**
     * This factor times a number.
     *
     * @param c the number
     * @return the new factor
     * @throws ArithmeticException on {@code long} overflow of the coefficient
     */
    public ColourFactor times(ComplexRational c) {
        Objects.requireNonNull(c, "coefficient");
        return new ColourFactor(atoms, coefficient.times(c));
    }

    List<Atom> atoms() {
        return atoms;
    }

    ComplexRational coefficient() {
        return coefficient;
    }

    /** The gluon labels that appear twice, in order of first appearance: the ones to sum over. */
    List<Integer> internalGluons() {
        List<Integer> internal = new ArrayList<>();
        gluonCounts().forEach((g, n) -> {
            if (n == 2) {
                internal.add(g);
            }
        });
        return internal;
    }

    /** The unsummed indices, which every diagram of one process must share. */
    ExternalIndices externalIndices() {
        TreeSet<Integer> gluons = new TreeSet<>();
        gluonCounts().forEach((g, n) -> {
            if (n == 1) {
                gluons.add(g);
            }
        });
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> cols = new TreeSet<>();
        for (Atom atom : atoms) {
            switch (atom) {
                case Atom.Generator t -> {
                    rows.add(t.row());
                    cols.add(t.col());
                }
                case Atom.Delta d -> {
                    rows.add(d.row());
                    cols.add(d.col());
                }
                case Atom.Epsilon e -> {
                    rows.add(e.i());
                    rows.add(e.j());
                    rows.add(e.k());
                }
                case Atom.EpsilonBar e -> {
                    cols.add(e.i());
                    cols.add(e.j());
                    cols.add(e.k());
                }
                case Atom.StructureConstant f -> { }
            }
        }
        TreeSet<Integer> externalRows = new TreeSet<>(rows);
        externalRows.removeAll(cols);
        TreeSet<Integer> externalCols = new TreeSet<>(cols);
        externalCols.removeAll(rows);
        return new ExternalIndices(gluons, externalRows, externalCols);
    }

    private Map<Integer, Integer> gluonCounts() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Atom atom : atoms) {
            switch (atom) {
                case Atom.Generator t -> counts.merge(t.gluon(), 1, Integer::sum);
                case Atom.StructureConstant f -> {
                    counts.merge(f.a(), 1, Integer::sum);
                    counts.merge(f.b(), 1, Integer::sum);
                    counts.merge(f.c(), 1, Integer::sum);
                }
                case Atom.Delta d -> { }
                case Atom.Epsilon e -> { }
                case Atom.EpsilonBar e -> { }
            }
        }
        return counts;
    }

    private ColourFactor with(Atom atom) {
        List<Atom> extended = new ArrayList<>(atoms.size() + 1);
        extended.addAll(atoms);
        extended.add(atom);
        ColourFactor result = new ColourFactor(Collections.unmodifiableList(extended), coefficient);
        result.checkIndexUse(atom);
        return result;
    }

    private void checkIndexUse(Atom added) {
        gluonCounts().forEach((g, n) -> {
            if (n > 2) {
                throw new IllegalArgumentException("gluon index " + g + " appears " + n
                        + " times in colour factor " + this + "; an adjoint index may appear at most twice");
            }
        });
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> cols = new TreeSet<>();
        for (Atom atom : atoms) {
            switch (atom) {
                case Atom.Generator t -> {
                    useRow(rows, t.row(), added);
                    useColumn(cols, t.col(), added);
                }
                case Atom.Delta d -> {
                    useRow(rows, d.row(), added);
                    useColumn(cols, d.col(), added);
                }
                case Atom.Epsilon e -> {
                    useRow(rows, e.i(), added);
                    useRow(rows, e.j(), added);
                    useRow(rows, e.k(), added);
                }
                case Atom.EpsilonBar e -> {
                    useColumn(cols, e.i(), added);
                    useColumn(cols, e.j(), added);
                    useColumn(cols, e.k(), added);
                }
                case Atom.StructureConstant f -> { }
            }
        }
    }

    private void useRow(TreeSet<Integer> rows, int row, Atom added) {
        use(rows, row, "row", added);
    }

    private void useColumn(TreeSet<Integer> cols, int col, Atom added) {
        use(cols, col, "column", added);
    }

    private void use(TreeSet<Integer> seen, int label, String role, Atom added) {
        checkLabel(label, added);
        if (!seen.add(label)) {
            throw new IllegalArgumentException("fundamental index " + label + " is used twice as a " + role
                    + " index in colour factor " + this + " (after adding " + added + "); a summed fundamental "
                    + "index must appear once as a row and once as a column");
        }
    }

    private void checkLabel(int label, Atom added) {
        if (label < 0) {
            throw new IllegalArgumentException("fundamental index " + label + " of " + added + " is negative; "
                    + "fundamental labels must be 0 or more");
        }
    }

    /**
     * The factor as text, e.g. {@code "-1/2 f(1,2,5) T(5;3,4)"}.
     *
     * @return a readable form of the coefficient and the product
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(coefficient.toString());
        for (Atom atom : atoms) {
            s.append(' ').append(atom);
        }
        return s.toString();
    }
}
