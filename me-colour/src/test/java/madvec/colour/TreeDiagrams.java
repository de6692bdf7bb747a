package madvec.colour;

import java.util.ArrayList;
import java.util.List;

/**
 * The colour factors of every tree diagram built from quark-gluon {@code T} vertices and three-gluon
 * {@code f} vertices (a four-gluon vertex has the colour of two such), for q q~ + n gluons and for n
 * gluons. Quark labels are 1 (row) and 2 (column); gluons are 3, 4, ...; internal gluons 100 and up.
 */
final class TreeDiagrams {
    private TreeDiagrams() { }

    /** A gluon subtree: a leaf, or an f vertex joining two subtrees. */
    private record Tree(int leaf, Tree left, Tree right) {
        boolean isLeaf() {
            return left == null;
        }
    }

    /** Builder state: the factor so far and the next free internal label. */
    private static final class Build {
        ColourFactor factor = ColourFactor.one();
        int next = 100;

        /** Adds the subtree's vertices; returns the label of the line leaving its root. */
        int add(Tree t, int rootLabel) {
            if (t.isLeaf()) {
                return t.leaf();
            }
            int a = add(t.left(), -1);
            int b = add(t.right(), -1);
            int c = rootLabel >= 0 ? rootLabel : next++;
            factor = factor.f(a, b, c);
            return c;
        }
    }

    /** Gluon labels of q q~ + n gluons (3 .. n+2). */
    static List<Integer> gluons(int n) {
        List<Integer> g = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            g.add(3 + k);
        }
        return g;
    }

    /** Every diagram of q(1) q~(2) + the given gluons: ordered blocks along the quark line, a tree per block. */
    static List<ColourFactor> quarkLine(List<Integer> gluons) {
        List<ColourFactor> out = new ArrayList<>();
        for (List<List<Integer>> blocks : orderedPartitions(gluons)) {
            List<List<Tree>> choices = new ArrayList<>();
            for (List<Integer> b : blocks) {
                choices.add(trees(b));
            }
            for (List<Tree> pick : product(choices)) {
                Build build = new Build();
                int row = 1;
                for (int k = 0; k < pick.size(); k++) {
                    int g = build.add(pick.get(k), -1);
                    int col = k == pick.size() - 1 ? 2 : 50 + k;
                    build.factor = build.factor.t(g, row, col);
                    row = col;
                }
                out.add(build.factor);
            }
        }
        return out;
    }

    /** Every diagram of n gluons: trees over all but the last gluon, whose root line is the last gluon. */
    static List<ColourFactor> gluonsOnly(List<Integer> gluons) {
        List<Integer> rest = gluons.subList(0, gluons.size() - 1);
        int last = gluons.get(gluons.size() - 1);
        List<ColourFactor> out = new ArrayList<>();
        for (Tree t : trees(rest)) {
            Build build = new Build();
            build.add(t, last);
            out.add(build.factor);
        }
        return out;
    }

    /** All binary trees with these leaves; children unordered (f is antisymmetric, so order is a sign). */
    private static List<Tree> trees(List<Integer> leaves) {
        List<Tree> out = new ArrayList<>();
        if (leaves.size() == 1) {
            out.add(new Tree(leaves.get(0), null, null));
            return out;
        }
        int rest = leaves.size() - 1;
        // the first leaf always goes left, so each split is taken once
        for (int mask = 0; mask < (1 << rest) - 1; mask++) {
            List<Integer> left = new ArrayList<>(List.of(leaves.get(0)));
            List<Integer> right = new ArrayList<>();
            for (int k = 0; k < rest; k++) {
                ((mask >> k & 1) == 1 ? left : right).add(leaves.get(k + 1));
            }
            for (Tree l : trees(left)) {
                for (Tree r : trees(right)) {
                    out.add(new Tree(0, l, r));
                }
            }
        }
        return out;
    }

    private static List<List<List<Integer>>> orderedPartitions(List<Integer> items) {
        List<List<List<Integer>>> out = new ArrayList<>();
        if (items.isEmpty()) {
            out.add(new ArrayList<>());
            return out;
        }
        int n = items.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            List<Integer> first = new ArrayList<>();
            List<Integer> rest = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                ((mask >> k & 1) == 1 ? first : rest).add(items.get(k));
            }
            for (List<List<Integer>> tail : orderedPartitions(rest)) {
                List<List<Integer>> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }

    private static <T> List<List<T>> product(List<List<T>> choices) {
        List<List<T>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (List<T> c : choices) {
            List<List<T>> next = new ArrayList<>();
            for (List<T> prefix : out) {
                for (T t : c) {
                    List<T> p = new ArrayList<>(prefix);
                    p.add(t);
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }
}
