/**
 * Exact SU(3) colour algebra for tree-level processes: colour factors made of generators, structure
 * constants and Kronecker deltas, reduced to a basis of open quark strings and closed traces, and the
 * colour matrix of that basis, in rational arithmetic.
 */
module madvec.colour {
    requires org.slf4j;

    exports madvec.colour;
}
