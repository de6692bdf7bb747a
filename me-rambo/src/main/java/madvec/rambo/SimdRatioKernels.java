package madvec.rambo;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.POW;
import static jdk.incubator.vector.VectorOperators.SQRT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * Vector API kernel of the cluster-mass solve F_k(x) = r on every lane; twin of
 * {@link PlainRatioKernels}. The same safeguarded Halley iteration as {@link ClusterMassRatio#solve}, from the
 * same start, run in lockstep for {@link ClusterMassRatio#LOCKSTEP_ITERATIONS} steps with converged
 * lanes frozen; a lane still moving after that (none in practice) is finished by the scalar solve. The
 * start's k-th root comes from the vector POW, which may differ from {@code Math.pow} in the last
 * place, so the twins agree to a few units in the last place rather than bit for bit. Loaded only when
 * {@code Simd.VECTOR} is true.
 */
final class SimdRatioKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdRatioKernels() {}

    /** {@code x[i]} := the root for {@code r[i]}, lanes {@code [0, stride)}; k &gt;= 1. */
    static void solve(int k, double[] r, double[] x, int stride) {
        for (int lane = 0; lane < stride; lane += L) {
            DoubleVector in = DoubleVector.fromArray(D, r, lane);
            VectorMask<Double> inside = in.compare(GT, 0.0)
                    .and(in.compare(LT, 1.0));
            // lanes outside (0, 1) compute at r = 1/2 and are overwritten at the end
            DoubleVector rr = DoubleVector.broadcast(D, 0.5).blend(in, inside);
            DoubleVector root = k == 1 ? closedForm(rr) : newton(k, rr, inside, r, lane);
            DoubleVector edge = DoubleVector.broadcast(D, ClusterMassRatio.SMALLEST)
                    .blend(1.0, in.compare(GE, 1.0));
            edge.blend(root.max(ClusterMassRatio.SMALLEST), inside).intoArray(x, lane);
        }
    }

    /** k = 1: 2x - x^2 = r as r / (1 + sqrt(1 - r)). */
    private static DoubleVector closedForm(DoubleVector r) {
        return r.div(r.neg().add(1.0).lanewise(SQRT).add(1.0));
    }

    private static DoubleVector newton(int k, DoubleVector r, VectorMask<Double> inside, double[] rs, int lane) {
        DoubleVector lo = r.div(k + 1.0).lanewise(POW, 1.0 / k);
        DoubleVector hi = r.neg().add(1.0).mul(2.0 / (k * (k + 1.0))).lanewise(SQRT).neg().add(1.0);
        lo = lo.min(hi);
        VectorMask<Double> upper = r.compare(GT, 0.5);
        DoubleVector x = hi.blend(lo, r.compare(LT, 0.5));
        VectorMask<Double> moving = inside;
        for (int iteration = 0; iteration < ClusterMassRatio.LOCKSTEP_ITERATIONS && moving.anyTrue(); iteration++) {
            DoubleVector f = residual(k, x, r, upper);
            VectorMask<Double> above = f.compare(GT, 0.0);
            hi = hi.blend(x, above);
            lo = x.blend(lo, above);
            DoubleVector next = halley(k, x, f);
            VectorMask<Double> within = next.compare(GE, lo)
                    .and(next.compare(LE, hi));
            next = lo.add(hi).mul(0.5).blend(next, within);
            DoubleVector step = next.sub(x).abs();
            VectorMask<Double> done = step.compare(LE, x.mul(0x1p-51))
                    .or(step.compare(LE, x.min(x.neg().add(1.0)).mul(0x1p-20)));
            x = x.blend(next, moving);
            moving = moving.andNot(done);
        }
        if (moving.anyTrue()) {
            double[] v = x.toArray();
            for (int i = 0; i < L; i++) {
                if (moving.laneIsSet(i)) {
                    v[i] = ClusterMassRatio.solve(k, rs[lane + i]);
                }
            }
            x = DoubleVector.fromArray(D, v, 0);
        }
        return x;
    }

    /** F_k(x) - r, below r = 1/2 directly, above it as (1 - r) - (1-x)^2 sum (j+1) x^j (see ClusterMassRatio). */
    private static DoubleVector residual(int k, DoubleVector x, DoubleVector r, VectorMask<Double> upper) {
        DoubleVector power = x;
        for (int i = 1; i < k; i++) {
            power = power.mul(x);
        }
        DoubleVector low = power.mul(x.mul(-k).add(k + 1.0)).sub(r);
        DoubleVector polynomial = DoubleVector.broadcast(D, k);
        for (int j = k - 2; j >= 0; j--) {
            polynomial = polynomial.mul(x).add(j + 1.0);
        }
        DoubleVector gap = x.neg().add(1.0);
        DoubleVector high = r.neg().add(1.0).sub(gap.mul(gap).mul(polynomial));
        return low.blend(high, upper);
    }

    /** One Halley step, in the order of {@link ClusterMassRatio#halley}. */
    private static DoubleVector halley(int k, DoubleVector x, DoubleVector f) {
        DoubleVector p = DoubleVector.broadcast(D, 1.0);
        for (int i = 0; i < k - 2; i++) {
            p = p.mul(x);
        }
        double c = k * (k + 1.0);
        DoubleVector slope = p.mul(x).mul(c).mul(x.neg().add(1.0));
        DoubleVector curvature = p.mul(c).mul(x.mul(-k).add(k - 1.0));
        DoubleVector numerator = f.mul(2.0).mul(slope);
        DoubleVector denominator = slope.mul(2.0).mul(slope).sub(f.mul(curvature));
        return x.sub(numerator.div(denominator));
    }
}
