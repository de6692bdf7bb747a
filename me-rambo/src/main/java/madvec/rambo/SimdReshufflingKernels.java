package madvec.rambo;

import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.MAX;
import static jdk.incubator.vector.VectorOperators.SQRT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * Vector API kernel of the reshuffling scale solve; twin of {@link PlainReshufflingKernels}, with the
 * same arithmetic in the same order. Loaded only when {@code Simd.VECTOR} is true.
 */
final class SimdReshufflingKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdReshufflingKernels() {}

    /**
     * One Newton step of F(xi) = sum_i sqrt(m_i^2 + xi^2 q2_i) - sqrt(s) = 0 on every lane of
     * {@code xi[0 .. stride)} not yet {@code done}: {@code slope} := dF/dxi before the step, {@code xi}
     * := xi - F/slope, and the lane is done once |step| / xi is at most {@code converged}. Lanes already
     * done keep their xi and slope, so that a lane's iterates do not depend on the other lanes of the
     * pass. Returns the largest |step| / xi over the lanes that moved (0 when none did).
     */
    static double newtonStep(double[][] momentumSquared, double[] massSquared, double sqrtS, double[] xi,
            double[] slope, boolean[] done, double converged, int stride) {
        DoubleVector worst = DoubleVector.zero(D);
        for (int lane = 0; lane < stride; lane += L) {
            VectorMask<Double> moving = VectorMask.fromArray(D, done, lane).not();
            if (!moving.anyTrue()) continue;
            DoubleVector x = DoubleVector.fromArray(D, xi, lane);
            DoubleVector x2 = x.mul(x);
            DoubleVector energySum = DoubleVector.zero(D);
            DoubleVector derivative = DoubleVector.zero(D);
            for (int i = 0; i < massSquared.length; i++) {
                DoubleVector q2 = DoubleVector.fromArray(D, momentumSquared[i], lane);
                DoubleVector energy = x2.mul(q2).add(massSquared[i]).lanewise(SQRT);
                energySum = energySum.add(energy);
                derivative = derivative.add(x.mul(q2).div(energy));
            }
            DoubleVector step = energySum.sub(sqrtS).div(derivative);
            DoubleVector next = x.sub(step);
            x.blend(next, moving).intoArray(xi, lane);
            DoubleVector.fromArray(D, slope, lane).blend(derivative, moving).intoArray(slope, lane);
            DoubleVector relative = DoubleVector.zero(D).blend(step.abs().div(next), moving);
            relative.compare(LE, converged).or(moving.not()).intoArray(done, lane);
            worst = worst.max(relative);
        }
        return worst.reduceLanes(MAX);
    }
}
