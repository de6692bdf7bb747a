package madvec.processes.helas;

/**
 * Where things live in an executor workspace, a flat {@code double[]} processed one chunk of
 * {@code C} lanes at a time.
 *
 * <p>A <em>wavefunction slot</em> holds 1 + k blocks (block 0 the value, block c the c-th tangent);
 * each block holds four complex components (real parts and imaginary parts of component j at
 * {@code 2j*C} and {@code (2j+1)*C}) and the four components of the HELAS "stored" momentum (outgoing
 * momenta count positive, incoming negative) at {@code (8+mu)*C}. Scalars use component 0 only.
 * Keeping value and tangents in identical blocks lets every kernel run the same code on a tangent
 * block as on the value block.
 *
 * <p>A <em>momentum slot</em> (the physical momenta of one external particle) holds 1 + k blocks of
 * 4 C; an <em>amplitude slot</em> 1 + k blocks of 2 C (real, imaginary).
 */
public final class Layout {
    private Layout() {}

    /** Doubles in one block of a wavefunction slot. */
    public static int wfBlock(int c) {
        return 12 * c;
    }

    /** Offset of the real part of component j inside a wavefunction block. */
    public static int re(int j, int c) {
        return 2 * j * c;
    }

    /** Offset of the imaginary part of component j inside a wavefunction block. */
    public static int im(int j, int c) {
        return (2 * j + 1) * c;
    }

    /** Offset of momentum component mu inside a wavefunction block. */
    public static int mom(int mu, int c) {
        return (8 + mu) * c;
    }
}
