package madvec.colour;

import java.util.SortedSet;

/**
 * The unsummed indices of a colour factor: the diagrams of one process must all have the same ones.
 *
 * @param gluons external adjoint indices
 * @param rows external fundamental indices used as a row (the start of an open quark string)
 * @param cols external fundamental indices used as a column (the end of an open quark string)
 */
record ExternalIndices(SortedSet<Integer> gluons, SortedSet<Integer> rows, SortedSet<Integer> cols) {
    @Override
    public String toString() {
        return "gluons " + gluons + ", rows " + rows + ", columns " + cols;
    }
}
