package madvec.rambo;

import static madvec.autodiff.DualLaneMath.add;
import static madvec.autodiff.DualLaneMath.div;
import static madvec.autodiff.DualLaneMath.mul;
import static madvec.autodiff.DualLaneMath.powInt;
import static madvec.autodiff.DualLaneMath.scale;
import static madvec.autodiff.DualLaneMath.sqrt;

import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import madvec.simd.Simd;

/**
 * RAMBO's massive reshuffling ({@link Reshuffling}) on dual lane arrays. The scale xi is found on values
 * by Newton's method, all lanes in lockstep (a SIMD kernel with its plain-Java twin); its tangents come from the implicit function theorem applied to
 * F(xi, theta) = sum_i sqrt(m_i^2 + xi^2 |q_i|^2) - sqrt(s) = 0: dxi = -(dF/dtheta . dtheta) / (dF/dxi),
 * theta being the masses and the massless momenta. The iterations themselves are never differentiated.
 */
final class LaneReshuffling {
    /**
     * Largest relative Newton step after which xi is converged. After a step of relative size d the
     * relative error is (xi F''/(2 F')) d^2 to leading order, and xi F''/F' is a weighted mean of
     * m_i^2 / E_i^2, at most 1: a step of 2^-26 leaves xi within 2^-53 xi of the root (about an ulp at
     * worst, far less for light masses, whose mean is small), so the step that would only confirm it (a
     * third of the solve for light masses) is not taken.
     */
    private static final double CONVERGED = 0x1p-26;

    private LaneReshuffling() {}

    /**
     * In place on the final-state slots of {@code momenta}: massless momenta to massive ones, and
     * {@code weight} := {@code masslessVolume} times the reshuffling factor.
     */
    static void forward(double sqrtS, DualScalar[] massSquared, double masslessVolume, DualLanes[] momenta,
            DualLanes weight, LaneWorkspace w) {
        forward(sqrtS, massSquared, masslessVolume, momenta, weight, w, false);
    }

    /**
     * As {@link #forward(double, DualScalar[], double, DualLanes[], DualLanes, LaneWorkspace)}; with
     * {@code slopeAtRoot}, {@code w.slope} := dF/dxi at the solved xi even without tangents, for a
     * reverse pass.
     */
    static void forward(double sqrtS, DualScalar[] massSquared, double masslessVolume, DualLanes[] momenta,
            DualLanes weight, LaneWorkspace w, boolean slopeAtRoot) {
        int n = massSquared.length;
        for (int i = 0; i < n; i++) {
            LaneBoost.spatialSquare(momenta, 4 * (i + LaneChain.INCOMING), w.momentumSquared[i]);
        }
        solveScale(sqrtS, massSquared, w, slopeAtRoot);
        DualLanes scaleSquared = w.second;
        mul(w.scale, w.scale, scaleSquared);
        for (int i = 0; i < n; i++) {
            int base = 4 * (i + LaneChain.INCOMING);
            for (int mu = 1; mu < 4; mu++) {
                mul(momenta[base + mu], w.scale, momenta[base + mu]);
            }
            // |k_i|^2 = xi^2 |q_i|^2 from here on.
            mul(scaleSquared, w.momentumSquared[i], w.momentumSquared[i]);
            add(w.momentumSquared[i], massSquared[i], w.first);
            sqrt(w.first, momenta[base]);
        }
        for (int i = 0; i < n; i++) {
            weightTerm(i, momenta[4 * (i + LaneChain.INCOMING)], w);
        }
        finishWeight(sqrtS, masslessVolume, n, weight, w);
    }

    /**
     * For massive final-state momenta: {@code w.momentumSquared[i]} := |k_i|^2, {@code w.scale} := xi =
     * sum_i |k_i| / sqrt(s), and {@code weight} as in {@link #forward}.
     */
    static void inverse(double sqrtS, DualScalar[] massSquared, double masslessVolume, DualLanes[] momenta,
            DualLanes weight, LaneWorkspace w) {
        int n = massSquared.length;
        LaneChain.setConstant(w.sum, 0.0);
        for (int i = 0; i < n; i++) {
            LaneBoost.spatialSquare(momenta, 4 * (i + LaneChain.INCOMING), w.momentumSquared[i]);
            sqrt(w.momentumSquared[i], w.first);
            add(w.sum, w.first, w.sum);
        }
        scale(w.sum, 1.0 / sqrtS, w.scale);
        DualLanes[] energies = w.particle;
        for (int i = 0; i < n; i++) {
            // The energies from the masses, not from the input, so that mass tangents reach the weight.
            add(w.momentumSquared[i], massSquared[i], w.first);
            sqrt(w.first, energies[0]);
            weightTerm(i, energies[0], w);
        }
        finishWeight(sqrtS, masslessVolume, n, weight, w);
    }

    /**
     * xi on every lane: values by Newton's method in lockstep over the lanes ({@link Reshuffling#scale}
     * is the per-event reference), each lane until its own step leaves it within about an ulp
     * ({@link #CONVERGED}); then the tangents -F'_theta / F'_xi, F evaluated in dual arithmetic at the
     * solved xi held constant. Newton's last slope was taken before its last step, up to 2^-26 away,
     * so where tangents or an adjoint divide by F'_xi it is taken again at the root.
     */
    private static void solveScale(double sqrtS, DualScalar[] massSquared, LaneWorkspace w, boolean slopeAtRoot) {
        int n = massSquared.length;
        int stride = w.scale.stride();
        double[] m2 = w.massValues;
        double massSum = 0.0;
        for (int i = 0; i < n; i++) {
            m2[i] = massSquared[i].value();
            massSum += Math.sqrt(m2[i]);
            w.momentumValues[i] = w.momentumSquared[i].array();
            // Padding lanes carry no meaning; a valid massless configuration keeps their Newton finite.
            java.util.Arrays.fill(w.momentumValues[i], w.lanes, stride, sqrtS * sqrtS / (n * n));
        }
        double fraction = massSum / sqrtS;
        LaneChain.setConstant(w.scale, Math.sqrt((1.0 - fraction) * (1.0 + fraction)));
        double[] xi = w.scale.array();
        boolean[] done = w.scaleDone;
        java.util.Arrays.fill(done, false);
        for (int iteration = 0; iteration < Reshuffling.MAX_ITERATIONS; iteration++) {
            // each lane stops on its own step, so that its bits do not depend on the pass it is in
            double worst = Simd.VECTOR
                    ? SimdReshufflingKernels.newtonStep(w.momentumValues, m2, sqrtS, xi, w.slope, done, CONVERGED, stride)
                    : PlainReshufflingKernels.newtonStep(w.momentumValues, m2, sqrtS, xi, w.slope, done, CONVERGED, stride);
            if (worst <= CONVERGED) {
                break;
            }
        }
        if (w.k == 0) {
            if (slopeAtRoot) {
                slopeAt(xi, m2, w.momentumValues, w.slope, stride);
            }
            return;
        }
        slopeAt(xi, m2, w.momentumValues, w.slope, stride);
        LaneChain.setConstant(w.energySum, 0.0);
        for (int i = 0; i < n; i++) {
            mul(w.scale, w.scale, w.first);
            mul(w.first, w.momentumSquared[i], w.first);
            add(w.first, massSquared[i], w.first);
            sqrt(w.first, w.first);
            add(w.energySum, w.first, w.energySum);
        }
        double[] dF = w.energySum.array();
        for (int t = 1; t <= w.k; t++) {
            for (int lane = 0; lane < w.lanes; lane++) {
                xi[t * stride + lane] = -dF[t * stride + lane] / w.slope[lane];
            }
        }
    }

    /** slope := dF/dxi = sum_i xi q2_i / sqrt(m_i^2 + xi^2 q2_i) on the values of every lane, as Newton's step sums it. */
    private static void slopeAt(double[] xi, double[] m2, double[][] q2, double[] slope, int stride) {
        java.util.Arrays.fill(slope, 0, stride, 0.0);
        for (int i = 0; i < m2.length; i++) {
            double[] q = q2[i];
            for (int lane = 0; lane < stride; lane++) {
                double x = xi[lane];
                slope[lane] += x * q[lane] / Math.sqrt(x * x * q[lane] + m2[i]);
            }
        }
    }

    /** Accumulates particle i's |k|/E into w.product and |k|^2/E into w.sum (both reset at i = 0). */
    private static void weightTerm(int i, DualLanes energy, LaneWorkspace w) {
        if (i == 0) {
            LaneChain.setConstant(w.product, 1.0);
            LaneChain.setConstant(w.sum, 0.0);
        }
        div(w.momentumSquared[i], energy, w.first);
        add(w.sum, w.first, w.sum);
        sqrt(w.momentumSquared[i], w.first);
        div(w.first, energy, w.first);
        mul(w.product, w.first, w.product);
    }

    /** weight := V0 sqrt(s) xi^(2n-3) product / sum. */
    private static void finishWeight(double sqrtS, double masslessVolume, int n, DualLanes weight, LaneWorkspace w) {
        powInt(w.scale, 2 * n - 3, w.first);
        mul(w.first, w.product, w.first);
        div(w.first, w.sum, w.first);
        scale(w.first, masslessVolume * sqrtS, weight);
    }
}
