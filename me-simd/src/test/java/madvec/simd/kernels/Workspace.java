package madvec.simd.kernels;

import java.util.SplittableRandom;

/**
 * Operands of one kernel call laid out as slices of larger arrays: a and b (complex inputs), out
 * (complex output or accumulator), real (real output), each at its own offset, with lanes before and
 * after every slice so that writes outside the slice can be caught.
 */
final class Workspace {
    /** Lanes left after every slice, so that a slice never ends at its array's end. */
    static final int SLACK = 5;

    final double[] aRe;
    final double[] aIm;
    final double[] bRe;
    final double[] bIm;
    final double[] outRe;
    final double[] outIm;
    final double[] real;
    final int aOff;
    final int bOff;
    final int outOff;
    final int n;
    final double factor;
    final double sRe;
    final double sIm;

    private Workspace(double[] aRe, double[] aIm, double[] bRe, double[] bIm, double[] outRe,
                      double[] outIm, double[] real, int aOff, int bOff, int outOff, int n,
                      double factor, double sRe, double sIm) {
        this.aRe = aRe;
        this.aIm = aIm;
        this.bRe = bRe;
        this.bIm = bIm;
        this.outRe = outRe;
        this.outIm = outIm;
        this.real = real;
        this.aOff = aOff;
        this.bOff = bOff;
        this.outOff = outOff;
        this.n = n;
        this.factor = factor;
        this.sRe = sRe;
        this.sIm = sIm;
    }

    /** Random operands of mixed signs and magnitudes (10^-150 .. 10^150), every array filled. */
    static Workspace random(long seed, int n, int aOff, int bOff, int outOff) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new Workspace(values(rng, aOff + n + SLACK), values(rng, aOff + n + SLACK),
                values(rng, bOff + n + SLACK), values(rng, bOff + n + SLACK),
                values(rng, outOff + n + SLACK), values(rng, outOff + n + SLACK),
                values(rng, outOff + n + SLACK), aOff, bOff, outOff, n,
                value(rng), value(rng), value(rng));
    }

    /** An independent deep copy, so that two kernels can run on identical inputs. */
    Workspace copy() {
        return new Workspace(aRe.clone(), aIm.clone(), bRe.clone(), bIm.clone(), outRe.clone(),
                outIm.clone(), real.clone(), aOff, bOff, outOff, n, factor, sRe, sIm);
    }

    private static double[] values(SplittableRandom rng, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = value(rng);
        }
        return values;
    }

    /**
     * Mostly a random mantissa times 10^e, e uniform in [-150, 150] so that no product over- or
     * underflows; now and then a small integer-scale value or a signed zero.
     */
    static double value(SplittableRandom rng) {
        double sign = rng.nextBoolean() ? 1.0 : -1.0;
        return switch (rng.nextInt(16)) {
            case 0 -> sign * 0.0;
            case 1, 2, 3 -> sign * (1.0 + rng.nextDouble());
            default -> sign * (1.0 + 9.0 * rng.nextDouble()) * Math.pow(10.0, rng.nextInt(-150, 151));
        };
    }

    @Override
    public String toString() {
        return "n=" + n + ", offsets a=" + aOff + " b=" + bOff + " out=" + outOff;
    }
}
