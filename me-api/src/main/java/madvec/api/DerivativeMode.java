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
     * directions and the adjoint knows every structure of the process, otherwise {@link #FORWARD}
     * (the default).
     */
    AUTO;

    /**
     * Fewest derivative directions for which {@link #AUTO} picks reverse mode. Forward mode costs about
     * 1 + a k value evaluations (a = 1 to 2), reverse mode a flat R (measured, hypercube points, when
     * the map's Jacobian was still carried forward: R = 10 to 11 for gg_tt_6j and gg_ttgg, 15 to 19 for
     * the smallest processes, gg_tt and ee_mumu, whose value is so cheap that the adjoint's fixed costs
     * dominate; with the map's pullback gg_tt_6j's R is about 4); from 8 directions on reverse mode wins
     * or ties on the catalog's processes.
     */
    public static final int AUTO_REVERSE_FROM = 8;
}
