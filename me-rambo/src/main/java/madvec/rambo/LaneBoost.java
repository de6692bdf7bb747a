package madvec.rambo;

import static madvec.autodiff.DualLaneMath.add;
import static madvec.autodiff.DualLaneMath.div;
import static madvec.autodiff.DualLaneMath.mul;
import static madvec.autodiff.DualLaneMath.mulAdd;
import static madvec.autodiff.DualLaneMath.sub;

import madvec.autodiff.DualLanes;

/**
 * The pure boosts of {@link Boost} on dual lane arrays: p0' = (E p0 +- P.p)/M, p' = p +- P (p0 + p0')/(E + M),
 * tangents by the chain rule through every operation.
 */
final class LaneBoost {
    private LaneBoost() {}

    /**
     * {@code out[offset + mu]} := {@code rest} seen where the cluster of mass {@code mass} has
     * four-momentum {@code cluster}. {@code out} must not share arrays with the inputs.
     */
    static void fromRest(DualLanes[] cluster, DualLanes mass, DualLanes[] rest, DualLanes[] out, int offset,
            DualLanes dot, DualLanes factor) {
        spatialDot(cluster, rest, dot);
        mulAdd(cluster[0], rest[0], dot, factor);
        div(factor, mass, out[offset]);
        add(rest[0], out[offset], factor);
        add(cluster[0], mass, dot);
        div(factor, dot, factor);
        for (int mu = 1; mu < 4; mu++) {
            mulAdd(cluster[mu], factor, rest[mu], out[offset + mu]);
        }
    }

    /** {@code out} := {@code p} seen in the rest frame of the cluster {@code cluster} of mass {@code mass}. */
    static void toRest(DualLanes[] cluster, DualLanes mass, DualLanes[] p, DualLanes[] out,
            DualLanes dot, DualLanes factor) {
        spatialDot(cluster, p, dot);
        mul(cluster[0], p[0], factor);
        sub(factor, dot, factor);
        div(factor, mass, out[0]);
        add(p[0], out[0], factor);
        add(cluster[0], mass, dot);
        div(factor, dot, factor);
        for (int mu = 1; mu < 4; mu++) {
            mul(cluster[mu], factor, dot);
            sub(p[mu], dot, out[mu]);
        }
    }

    /** {@code square} := |p|^2 of the four-vector at {@code v[offset .. offset+3]}. */
    static void spatialSquare(DualLanes[] v, int offset, DualLanes square) {
        mul(v[offset + 1], v[offset + 1], square);
        mulAdd(v[offset + 2], v[offset + 2], square, square);
        mulAdd(v[offset + 3], v[offset + 3], square, square);
    }

    /** {@code dot} := a.b over the spatial components. */
    static void spatialDot(DualLanes[] a, DualLanes[] b, DualLanes dot) {
        mul(a[1], b[1], dot);
        mulAdd(a[2], b[2], dot, dot);
        mulAdd(a[3], b[3], dot, dot);
    }
}
