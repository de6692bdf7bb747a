package madvec.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Evaluates a colour factor numerically for every assignment of its external indices, by explicit
 * summation over its internal indices with the matrices of {@link Su3}. Knows nothing of the reduction
 * under test: it reads only the factor's list of generators, structure constants, deltas and epsilons.
 */
final class NumericColour {
    private NumericColour() { }

    /**
     * The external indices in a fixed order: gluons, then row quark indices, then column quark indices,
     * each ascending. Tensors over the same externals are laid out alike and can be compared entrywise.
     */
    record Externals(List<Integer> gluons, List<Integer> rows, List<Integer> cols) {
        static Externals of(ColourFactor factor) {
            Map<Integer, Integer> gluonCount = new TreeMap<>();
            TreeSet<Integer> rows = new TreeSet<>();
            TreeSet<Integer> cols = new TreeSet<>();
            for (Atom atom : factor.atoms()) {
                switch (atom) {
                    case Atom.Generator t -> {
                        gluonCount.merge(t.gluon(), 1, Integer::sum);
                        rows.add(t.row());
                        cols.add(t.col());
                    }
                    case Atom.StructureConstant f -> {
                        gluonCount.merge(f.a(), 1, Integer::sum);
                        gluonCount.merge(f.b(), 1, Integer::sum);
                        gluonCount.merge(f.c(), 1, Integer::sum);
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
                }
            }
            List<Integer> gluons = new ArrayList<>();
            gluonCount.forEach((g, n) -> {
                if (n == 1) {
                    gluons.add(g);
                }
            });
            TreeSet<Integer> extRows = new TreeSet<>(rows);
            extRows.removeAll(cols);
            TreeSet<Integer> extCols = new TreeSet<>(cols);
            extCols.removeAll(rows);
            return new Externals(gluons, new ArrayList<>(extRows), new ArrayList<>(extCols));
        }

        int size() {
            return (int) (Math.pow(8, gluons.size()) * Math.pow(3, rows.size() + cols.size()));
        }
    }

    /** A complex tensor over the external indices, flattened; entry e is re[e] + i im[e]. */
    record Tensor(double[] re, double[] im) {
        /** sum over all entries of conj(this) other. */
        double[] dot(Tensor other) {
            double r = 0;
            double i = 0;
            for (int e = 0; e < re.length; e++) {
                r += re[e] * other.re[e] + im[e] * other.im[e];
                i += re[e] * other.im[e] - im[e] * other.re[e];
            }
            return new double[] {r, i};
        }
    }

    /**
     * The factor (coefficient included) as a tensor over the given externals.
     *
     * @throws AssertionError if the factor's own external indices differ from {@code ext}
     */
    static Tensor evaluate(ColourFactor factor, Externals ext) {
        if (!Externals.of(factor).equals(ext)) {
            throw new AssertionError("externals of " + factor + " are " + Externals.of(factor) + ", not " + ext);
        }
        return new Summation(factor, ext).run(factor.coefficient());
    }

    /** Depth-first summation; each atom is multiplied in as soon as its last index is fixed. */
    private static final class Summation {
        private final List<int[]> atomVars = new ArrayList<>();
        private final List<Atom> atoms;
        private final List<List<Integer>> completedAt = new ArrayList<>();
        private final int[] dims;
        private final int[] externalVars;
        private final int[] value;
        private final double[] re;
        private final double[] im;

        Summation(ColourFactor factor, Externals ext) {
            atoms = factor.atoms();
            Map<String, Integer> vars = new HashMap<>();
            List<Integer> dimList = new ArrayList<>();
            for (Atom atom : atoms) {
                int[] v = switch (atom) {
                    case Atom.Generator t -> new int[] {
                        var(vars, dimList, "g" + t.gluon(), 8), var(vars, dimList, "q" + t.row(), 3),
                        var(vars, dimList, "q" + t.col(), 3)};
                    case Atom.StructureConstant f -> new int[] {
                        var(vars, dimList, "g" + f.a(), 8), var(vars, dimList, "g" + f.b(), 8),
                        var(vars, dimList, "g" + f.c(), 8)};
                    case Atom.Delta d -> new int[] {
                        var(vars, dimList, "q" + d.row(), 3), var(vars, dimList, "q" + d.col(), 3)};
                    case Atom.Epsilon e -> new int[] {
                        var(vars, dimList, "q" + e.i(), 3), var(vars, dimList, "q" + e.j(), 3),
                        var(vars, dimList, "q" + e.k(), 3)};
                    case Atom.EpsilonBar e -> new int[] {
                        var(vars, dimList, "q" + e.i(), 3), var(vars, dimList, "q" + e.j(), 3),
                        var(vars, dimList, "q" + e.k(), 3)};
                };
                atomVars.add(v);
            }
            dims = dimList.stream().mapToInt(Integer::intValue).toArray();
            for (int level = 0; level < dims.length; level++) {
                completedAt.add(new ArrayList<>());
            }
            for (int a = 0; a < atoms.size(); a++) {
                int last = 0;
                for (int v : atomVars.get(a)) {
                    last = Math.max(last, v);
                }
                completedAt.get(last).add(a);
            }
            List<Integer> ev = new ArrayList<>();
            ext.gluons().forEach(g -> ev.add(vars.get("g" + g)));
            ext.rows().forEach(q -> ev.add(vars.get("q" + q)));
            ext.cols().forEach(q -> ev.add(vars.get("q" + q)));
            externalVars = ev.stream().mapToInt(Integer::intValue).toArray();
            value = new int[dims.length];
            re = new double[ext.size()];
            im = new double[ext.size()];
        }

        private static int var(Map<String, Integer> vars, List<Integer> dims, String name, int dim) {
            return vars.computeIfAbsent(name, n -> {
                dims.add(dim);
                return dims.size() - 1;
            });
        }

        /** The sign of (i j k) as a permutation of (0 1 2), or 0 if two agree: written out, not derived. */
        private static double leviCivita(int i, int j, int k) {
            if (i == j || j == k || i == k) {
                return 0;
            }
            return (i == 0 && j == 1) || (i == 1 && j == 2) || (i == 2 && j == 0) ? 1 : -1;
        }

        Tensor run(ComplexRational coefficient) {
            descend(0, coefficient.re(), coefficient.im());
            return new Tensor(re, im);
        }

        private void descend(int level, double pr, double pi) {
            if (level == dims.length) {
                int e = 0;
                for (int v : externalVars) {
                    e = e * dims[v] + value[v];
                }
                re[e] += pr;
                im[e] += pi;
                return;
            }
            for (int x = 0; x < dims[level]; x++) {
                value[level] = x;
                double r = pr;
                double i = pi;
                for (int a : completedAt.get(level)) {
                    int[] v = atomVars.get(a);
                    double ar;
                    double ai;
                    switch (atoms.get(a)) {
                        case Atom.Generator t -> {
                            ar = Su3.T_RE[value[v[0]]][value[v[1]]][value[v[2]]];
                            ai = Su3.T_IM[value[v[0]]][value[v[1]]][value[v[2]]];
                        }
                        case Atom.StructureConstant f -> {
                            ar = Su3.F[value[v[0]]][value[v[1]]][value[v[2]]];
                            ai = 0;
                        }
                        case Atom.Delta d -> {
                            ar = value[v[0]] == value[v[1]] ? 1 : 0;
                            ai = 0;
                        }
                        case Atom.Epsilon e -> {
                            ar = leviCivita(value[v[0]], value[v[1]], value[v[2]]);
                            ai = 0;
                        }
                        case Atom.EpsilonBar e -> {
                            ar = leviCivita(value[v[0]], value[v[1]], value[v[2]]);
                            ai = 0;
                        }
                    }
                    double nr = r * ar - i * ai;
                    i = r * ai + i * ar;
                    r = nr;
                }
                if (r != 0 || i != 0) {
                    descend(level + 1, r, i);
                }
            }
        }
    }
}
