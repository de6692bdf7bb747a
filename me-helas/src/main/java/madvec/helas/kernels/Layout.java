package madvec.helas.kernels;

import madvec.simd.Simd;

/**
 * Where things live in an executor workspace, a flat {@code double[]} processed one chunk of
 * {@code c} lanes at a time ({@code c} a multiple of {@link #G}).
 *
 * <p>Every block is an array of structures of arrays: a block of R rows (components) for c lanes is
 * c / G groups of G lanes, one after the other; a group holds its R rows of G lanes each, so row q of
 * lane l is at {@code R * (l - l % G) + q * G + l % G}. On the SIMD path G is the vector length: a
 * kernel step reads each row of a group with one vector load at a constant offset from the group's
 * start, and walks through every block front to back, which keeps address arithmetic, bounds checks
 * and cache-line streams few (measured: about 1.4 times faster than one row of c lanes after another).
 *
 * <p>A <em>wavefunction slot</em> holds 1 + k blocks of 12 rows (block t the t-th tangent, block 0
 * the value): real and imaginary parts of component j in rows 2j and 2j + 1, the four components of
 * the HELAS "stored" momentum (outgoing momenta count positive, incoming negative) in rows 8..11.
 * Scalars use component 0 only. Keeping value and tangents in identical blocks lets every kernel run
 * the same code on a tangent block as on the value block.
 *
 * <p>A <em>momentum slot</em> (the physical momenta of one external particle) holds 1 + k blocks of
 * 4 rows (E, px, py, pz); a <em>colour-flow slot</em> 1 + k blocks of 2 rows (real, imaginary); the
 * chunk's |M|^2, 1 + k blocks of one row (plain lanes).
 */
public final class Layout {
    /** Lanes per group: the vector length of the SIMD path ({@link Simd#PAD}). */
    public static final int G = Simd.PAD;
    /** Rows of a wavefunction block. */
    public static final int WF_ROWS = 12;

    private Layout() {}

    /** Doubles in one block of a wavefunction slot. */
    public static int wfBlock(int c) {
        return WF_ROWS * c;
    }

    /** Offset of lane l's row 0 inside a block of {@code rows} rows. */
    public static int lane(int rows, int l) {
        int r = l % G;
        return rows * (l - r) + r;
    }

    /** Offset of row q from a lane's row 0. */
    public static int row(int q) {
        return q * G;
    }
}
