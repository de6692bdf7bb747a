package madvec.ufo;

/**
 * One argument of a Lorentz or colour tensor: the index written there and what kind of index that
 * argument takes.
 *
 * @param index the index as written: a leg (positive) or a summed index (negative); for
 *     {@link Kind#MOMENTUM} the leg whose momentum it is
 * @param kind what the argument is
 */
public record IndexSlot(int index, Kind kind) {
    /** Kinds of tensor arguments. */
    public enum Kind {
        /** A Lorentz (vector) index. */
        LORENTZ,
        /** A Dirac spinor index. */
        SPINOR,
        /** Not an index: the leg whose momentum {@code P} or {@code PSlash} takes. */
        MOMENTUM,
        /** A fundamental colour index (a colour-3 leg). */
        FUNDAMENTAL,
        /** An antifundamental colour index (a colour-3bar leg). */
        ANTIFUNDAMENTAL,
        /** An adjoint colour index (a colour-8 leg). */
        ADJOINT,
        /** Either index of {@code Identity(i, j)} in colour: fundamental with antifundamental, or two adjoints. */
        ANY_COLOUR
    }
}
