package madvec.rambo;

import static madvec.autodiff.DualLaneMath.add;
import static madvec.autodiff.DualLaneMath.atan2;
import static madvec.autodiff.DualLaneMath.div;
import static madvec.autodiff.DualLaneMath.lessThan;
import static madvec.autodiff.DualLaneMath.mul;
import static madvec.autodiff.DualLaneMath.powInt;
import static madvec.autodiff.DualLaneMath.scale;
import static madvec.autodiff.DualLaneMath.select;
import static madvec.autodiff.DualLaneMath.sinCos;
import static madvec.autodiff.DualLaneMath.sqrt;
import static madvec.autodiff.DualLaneMath.sub;

import madvec.autodiff.DualLanes;
import madvec.simd.Simd;

/**
 * The massless chain of {@link MasslessChain} on dual lane arrays: hypercube coordinates with tangents
 * to massless momenta with tangents, and back. The cluster-mass equation is solved per lane on values;
 * the ratio's tangents follow from the implicit function theorem, dx = dr / F_k'(x).
 */
final class LaneChain {
    /** Final-state particle i sits at {@code momenta[4 * (i + INCOMING) + mu]}. */
    static final int INCOMING = 2;

    private LaneChain() {}

    /**
     * Writes the n massless momenta for the hypercube points {@code u} into the final-state slots of
     * {@code momenta}.
     */
    static void forward(int n, double sqrtS, DualLanes[] u, DualLanes[] momenta, LaneWorkspace w) {
        forward(n, sqrtS, u, momenta, w, null);
    }

    /** As {@link #forward(int, double, DualLanes[], DualLanes[], LaneWorkspace)}, recording each step's values on {@code tape} unless null. */
    static void forward(int n, double sqrtS, DualLanes[] u, DualLanes[] momenta, LaneWorkspace w, AdjointTape tape) {
        setConstant(w.cluster[0], sqrtS);
        setConstant(w.cluster[1], 0.0);
        setConstant(w.cluster[2], 0.0);
        setConstant(w.cluster[3], 0.0);
        setConstant(w.mass, sqrtS);
        for (int j = 0; j < n - 1; j++) {
            if (j < n - 2) {
                solveRatio(MasslessChain.ratioExponent(n, j), u[MasslessChain.massCoordinate(j)], w.ratio);
                sqrt(w.ratio, w.first);
                mul(w.mass, w.first, w.nextMass);
                // |p| = M (1 - x) / 2
                scale(w.ratio, -0.5, w.first);
                add(w.first, 0.5, w.first);
                mul(w.mass, w.first, w.momentum);
            } else {
                scale(w.mass, 0.5, w.momentum);
            }
            direction(u[MasslessChain.cosThetaCoordinate(n, j)], u[MasslessChain.phiCoordinate(n, j)], w);
            if (tape != null) {
                tape.recordStep(j, w);
            }
            w.rest[0].copyFrom(w.momentum);
            mul(w.momentum, w.cosTheta, w.rest[3]);
            mul(w.momentum, w.sinTheta, w.first);
            mul(w.first, w.cosPhi, w.rest[1]);
            mul(w.first, w.sinPhi, w.rest[2]);
            int particle = 4 * (j + INCOMING);
            LaneBoost.fromRest(w.cluster, w.mass, w.rest, momenta, particle, w.first, w.second);
            // The recoil's rest-frame vector is (M, 0) - rest, and the boost is linear with (M, 0) going
            // to Q_j: so Q_{j+1} = Q_j - q_j, four subtractions instead of a second boost (and the
            // final state sums to (sqrt(s), 0) without rounding on the way).
            for (int mu = 0; mu < 4; mu++) {
                sub(w.cluster[mu], momenta[particle + mu], w.nextCluster[mu]);
            }
            w.advanceCluster();
        }
        for (int mu = 0; mu < 4; mu++) {
            momenta[4 * (n - 1 + INCOMING) + mu].copyFrom(w.cluster[mu]);
        }
    }

    /**
     * The hypercube points of the massless momenta q_i = k_i / xi, for the final-state three-momenta k_i
     * in {@code momenta} and {@code |k_i|^2} in {@code w.momentumSquared}; clusters are summed from the
     * last particle up, as in {@link MasslessChain#inverse}.
     */
    static void inverse(int n, DualLanes[] momenta, DualLanes xi, DualLanes[] u, LaneWorkspace w) {
        masslessParticle(n - 1, momenta, xi, w.cluster, w);
        for (int j = n - 2; j >= 0; j--) {
            masslessParticle(j, momenta, xi, w.particle, w);
            for (int mu = 0; mu < 4; mu++) {
                add(w.cluster[mu], w.particle[mu], w.cluster[mu]);
            }
            // Here w.mass holds M_j^2, w.nextMass M_{j+1}^2 from the previous step, w.momentum M_j.
            LaneBoost.spatialDot(w.cluster, w.cluster, w.first);
            mul(w.cluster[0], w.cluster[0], w.mass);
            sub(w.mass, w.first, w.mass);
            if (j < n - 2) {
                int k = MasslessChain.ratioExponent(n, j);
                div(w.nextMass, w.mass, w.ratio);
                // r = x^k ((k + 1) - k x)
                powInt(w.ratio, k, w.first);
                scale(w.ratio, -k, w.second);
                add(w.second, k + 1.0, w.second);
                mul(w.first, w.second, u[MasslessChain.massCoordinate(j)]);
            }
            w.nextMass.copyFrom(w.mass);
            sqrt(w.nextMass, w.momentum);
            LaneBoost.toRest(w.cluster, w.momentum, w.particle, w.rest, w.first, w.second);
            angles(w.rest, u[MasslessChain.cosThetaCoordinate(n, j)], u[MasslessChain.phiCoordinate(n, j)], w);
        }
    }

    /** cos(theta), sin(theta), cos(phi), sin(phi) from the two direction coordinates. */
    private static void direction(DualLanes uCos, DualLanes uPhi, LaneWorkspace w) {
        scale(uCos, 2.0, w.cosTheta);
        add(w.cosTheta, -1.0, w.cosTheta);
        // sin(theta) = sqrt((1 - c)(1 + c)), free of the cancellation in 1 - c^2 near the poles.
        scale(w.cosTheta, -1.0, w.first);
        add(w.first, 1.0, w.first);
        add(w.cosTheta, 1.0, w.second);
        mul(w.first, w.second, w.first);
        sqrt(w.first, w.sinTheta);
        scale(uPhi, 2.0 * Math.PI, w.phi);
        sinCos(w.phi, w.sinPhi, w.cosPhi);
    }

    /** The direction coordinates of the rest-frame vector {@code rest}: (1 + cos theta)/2 and phi/(2 pi) in [0, 1). */
    private static void angles(DualLanes[] rest, DualLanes uCos, DualLanes uPhi, LaneWorkspace w) {
        LaneBoost.spatialDot(rest, rest, w.first);
        sqrt(w.first, w.first);
        div(rest[3], w.first, w.first);
        scale(w.first, 0.5, w.first);
        add(w.first, 0.5, uCos);
        atan2(rest[2], rest[1], w.phi);
        scale(w.phi, 1.0 / (2.0 * Math.PI), w.phi);
        lessThan(w.phi, 0.0, w.mask);
        add(w.phi, 1.0, w.first);
        select(w.mask, w.first, w.phi, uPhi);
    }

    /** {@code out} := the massless q_i = k_i / xi with energy |k_i| / xi. */
    private static void masslessParticle(int i, DualLanes[] momenta, DualLanes xi, DualLanes[] out, LaneWorkspace w) {
        int base = 4 * (i + INCOMING);
        sqrt(w.momentumSquared[i], w.first);
        div(w.first, xi, out[0]);
        for (int mu = 1; mu < 4; mu++) {
            div(momenta[base + mu], xi, out[mu]);
        }
    }

    /**
     * Per lane: x with F_k(x) = r on values, tangents dr / F_k'(x) (a zero tangent stays zero where F_k'
     * vanishes). Padding lanes get x = 1/2 so that no later operation divides by zero.
     */
    static void solveRatio(int k, DualLanes r, DualLanes x) {
        double[] in = r.array();
        double[] out = x.array();
        int stride = r.stride();
        int lanes = r.lanes();
        int tangents = r.k();
        if (Simd.VECTOR) {
            SimdRatioKernels.solve(k, in, out, stride);
        } else {
            PlainRatioKernels.solve(k, in, out, stride);
        }
        for (int lane = lanes; lane < stride; lane++) {
            out[lane] = 0.5;
        }
        if (tangents == 0) {
            return;
        }
        for (int lane = 0; lane < stride; lane++) {
            double jacobian = ClusterMassRatio.density(k, out[lane]);
            for (int t = 1; t <= tangents; t++) {
                double dr = lane >= lanes ? 0.0 : in[t * stride + lane];
                out[t * stride + lane] = dr == 0.0 ? 0.0 : dr / jacobian;
            }
        }
    }

    /** Every lane, padding included: value {@code v}, tangents 0. */
    static void setConstant(DualLanes a, double v) {
        double[] data = a.array();
        int stride = a.stride();
        java.util.Arrays.fill(data, 0, stride, v);
        java.util.Arrays.fill(data, stride, data.length, 0.0);
    }
}
