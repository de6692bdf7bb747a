package madvec.rambo;

import static jdk.incubator.vector.VectorOperators.MAX;
import static jdk.incubator.vector.VectorOperators.SQRT;

import jdk.incubator.vector.DoubleVector;
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
     * {@code xi[0 .. stride)}: {@code slope} := dF/dxi before the step, {@code xi} := xi - F/slope.
     * Returns the largest |step| / xi over the lanes.
     */
    static double newtonStep(double[][] momentumSquared, double[] massSquared, double sqrtS, double[] xi,
            double[] slope, int stride) {
        DoubleVector worst = DoubleVector.zero(D);
        for (int lane = 0; lane < stride; lane += L) {
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
            next.intoArray(xi, lane);
            derivative.intoArray(slope, lane);
            worst = worst.max(step.abs().div(next));
        }
        return worst.reduceLanes(MAX);
    }
}
