package madvec.colour;

/** One elementary colour object of a {@link ColourFactor}; fundamental and adjoint labels are separate namespaces. */
sealed interface Atom {
    /** The generator {@code (T^gluon)_{row col}}. */
    record Generator(int gluon, int row, int col) implements Atom {
        @Override
        public String toString() {
            return "T(" + gluon + ";" + row + "," + col + ")";
        }
    }

    /** The structure constant {@code f^{abc}}. */
    record StructureConstant(int a, int b, int c) implements Atom {
        @Override
        public String toString() {
            return "f(" + a + "," + b + "," + c + ")";
        }
    }

    /**
     * The Levi-Civita tensor {@code epsilon_{ijk}} of three triplet indices; each is used as a row
     * index is, so a summed one is some other atom's column.
     */
    record Epsilon(int i, int j, int k) implements Atom {
        @Override
        public String toString() {
            return "Eps(" + i + "," + j + "," + k + ")";
        }
    }

    /** The Levi-Civita tensor {@code epsilon^{ijk}} of three antitriplet indices, each used as a column index is. */
    record EpsilonBar(int i, int j, int k) implements Atom {
        @Override
        public String toString() {
            return "EpsBar(" + i + "," + j + "," + k + ")";
        }
    }

    /** The Kronecker delta {@code delta_{row col}} of fundamental indices. */
    record Delta(int row, int col) implements Atom {
        @Override
        public String toString() {
            return "delta(" + row + "," + col + ")";
        }
    }
}
