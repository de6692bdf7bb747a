package madvec.generator;

import java.util.ArrayList;
import java.util.List;
import madvec.generator.VertexBody.ColourAtom;

/**
 * SU(3)'s symmetric structure constant d^{abc} in the algebra the generator has (generators, f and
 * deltas): {T^a, T^b} = delta^{ab} / N + d^{abc} T^c with Tr(T^a T^b) = delta^{ab} / 2 gives
 * d^{abc} = 2 Tr(T^a {T^b, T^c}) = 2 [Tr(T^a T^b T^c) + Tr(T^a T^c T^b)], each trace three generators
 * on summed fundamental indices. A colour product with d therefore becomes two products, each with the
 * coefficient doubled.
 */
final class SymmetricStructure {
    private SymmetricStructure() {}

    /**
     * The products that replace {@code head x d^{abc}}: for each, the atoms of {@code head} and one trace.
     *
     * @param heads the products so far (each a list of atoms), which the two traces multiply
     * @param a first adjoint index (UFO numbering: a leg, or negative for a summed one)
     * @param b second adjoint index
     * @param c third adjoint index
     * @param fresh three summed fundamental indices not used elsewhere in the product (negative)
     * @return twice as many products; each stands for half of the coefficient the caller doubles
     */
    static List<List<ColourAtom>> expand(List<List<ColourAtom>> heads, int a, int b, int c, int[] fresh) {
        int i = fresh[0], j = fresh[1], k = fresh[2];
        List<List<ColourAtom>> out = new ArrayList<>(2 * heads.size());
        for (List<ColourAtom> head : heads) {
            for (int[] order : new int[][] {{a, b, c}, {a, c, b}}) {
                List<ColourAtom> p = new ArrayList<>(head);
                // Tr(T^x T^y T^z) = T^x_{ij} T^y_{jk} T^z_{ki}
                p.add(new ColourAtom(ColourAtom.Kind.T, new int[] {order[0], i, j}));
                p.add(new ColourAtom(ColourAtom.Kind.T, new int[] {order[1], j, k}));
                p.add(new ColourAtom(ColourAtom.Kind.T, new int[] {order[2], k, i}));
                out.add(p);
            }
        }
        return out;
    }
}
