package madvec.api;

/**
 * How a {@link MatrixElement} computes its derivatives (chosen with {@link MatrixElement.Builder#mode}).
 * Both modes give the same numbers (to rounding, about 1e-12 relative); they differ in cost.
 */
public enum DerivativeMode {
    /**
     * Forward mode: every derivative direction is a tangent carried through the computation, so a
     * gradient of k directions costs about 1 + c k value evaluations.
     */
    FORWARD,
    /**
     * Reverse mode: an adjoint sweep over the program, each current once per assignment of its leaves'
     * helicities (the adjoints of the helicity combinations that share it summed first), gives every direction
     * at once (momentum components and parameters), at a cost that does not grow with k. Through
     * hypercube points the phase-space map runs in reverse too: the momenta's adjoints, and the weight's,
     * are pulled back through RAMBO on diet to the coordinates and the masses (its root solves
     * differentiated implicitly), so no coordinate's tangent is carried forward. Refused for a process
     * with a vertex structure the adjoint does not know.
     */
    REVERSE,
    /**
     * {@link #REVERSE} when the evaluation has at least {@link #AUTO_REVERSE_FROM} derivative
     * directions ({@link #AUTO_REVERSE_FROM_COORDINATES} through hypercube points with the coordinates
     * among them) and the adjoint knows every structure of the process, otherwise {@link #FORWARD}
     * (the default).
     */
    AUTO;

    /**
     * Fewest derivative directions at fixed momenta (parameters, momentum components) for which
     * {@link #AUTO} picks reverse mode. Forward mode costs about 1 + a k value evaluations (a = 0.5 to
     * 1.7), reverse mode a flat R (R = 2.2 to 4.1 at fixed momenta on the catalog, the cheapest
     * processes dearest). Measured with {@code DerivativeModeComparison} (me-bench), 2026-12-02: at 4
     * parameters reverse is 2.0 x cheaper for {@code mumu_h_4l}, 1.7 x for {@code gg_tt_6j}, even for
     * {@code uu_tt}, and 13 % dearer for {@code ee_mumu}, the smallest process; at 2 or 3 it loses on
     * the small processes by up to 1.7 x. The same threshold through hypercube points without the
     * coordinates (parameters only): at 4, reverse 3.4 x against forward 3.6 x for {@code ee_mumu},
     * 2.7 x against 5.3 x for {@code gg_tt_6j}.
     */
    public static final int AUTO_REVERSE_FROM = 4;

    /**
     * Fewest derivative directions, the hypercube coordinates among them, for which {@link #AUTO}
     * picks reverse mode through hypercube points: there forward mode also carries every coordinate's
     * tangent through the phase-space map, which reverse mode pulls back once. Measured as for
     * {@link #AUTO_REVERSE_FROM}: at 3 directions (2 coordinates and a mass) reverse is 1.46 x cheaper
     * for {@code gg_tt} and even for {@code ee_mumu}; at 2 it depends on the process.
     */
    public static final int AUTO_REVERSE_FROM_COORDINATES = 3;
}
