package madvec.ufo;

import java.util.List;
import madvec.ufo.IndexSlot.Kind;

/** The tensors of UFO colour structures, each with its index slots. */
public sealed interface ColourTensor {
    /** The tensor's arguments and their kinds, in order. */
    List<IndexSlot> slots();

    /** {@code T(a, i, j)}: the generator (T^a)_i^j, i of a colour-3 leg, j of a colour-3bar leg. */
    record T(int a, int i, int j) implements ColourTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(a, Kind.ADJOINT), new IndexSlot(i, Kind.FUNDAMENTAL),
                    new IndexSlot(j, Kind.ANTIFUNDAMENTAL));
        }
    }

    /** {@code f(a, b, c)}: the structure constants. */
    record F(int a, int b, int c) implements ColourTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(a, Kind.ADJOINT), new IndexSlot(b, Kind.ADJOINT), new IndexSlot(c, Kind.ADJOINT));
        }
    }

    /** {@code d(a, b, c)}: the symmetric invariant. */
    record D(int a, int b, int c) implements ColourTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(a, Kind.ADJOINT), new IndexSlot(b, Kind.ADJOINT), new IndexSlot(c, Kind.ADJOINT));
        }
    }

    /** {@code Epsilon(i, j, k)}: three fundamental indices. */
    record Epsilon(int i, int j, int k) implements ColourTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.FUNDAMENTAL), new IndexSlot(j, Kind.FUNDAMENTAL),
                    new IndexSlot(k, Kind.FUNDAMENTAL));
        }
    }

    /** {@code EpsilonBar(i, j, k)}: three antifundamental indices. */
    record EpsilonBar(int i, int j, int k) implements ColourTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.ANTIFUNDAMENTAL), new IndexSlot(j, Kind.ANTIFUNDAMENTAL),
                    new IndexSlot(k, Kind.ANTIFUNDAMENTAL));
        }
    }

    /** {@code Identity(i, j)}: a colour-3 with a colour-3bar index, or two adjoint indices. */
    record Identity(int i, int j) implements ColourTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.ANY_COLOUR), new IndexSlot(j, Kind.ANY_COLOUR));
        }
    }
}
