package madvec.generator;

import madvec.processes.*;

import java.util.SplittableRandom;

/**
 * Physical random events for internal checks (helicity filtering, tests): incoming beams along z in
 * the centre-of-mass frame, outgoing particles from a chain of isotropic two-body decays. Not a
 * phase-space sampler: its density is not flat and it has no weight (that is me-rambo's job).
 */
public final class RandomEvents {
    private RandomEvents() {}

    /**
     * One event: 4 (2 + n) numbers, E px py pz per particle, incoming first.
     *
     * @throws IllegalArgumentException when sqrt(s) is below either threshold
     */
    public static double[] flat(double sqrtS, double[] massIn, double[] massOut, SplittableRandom rng) {
        int n = massOut.length;
        double sumOut = 0;
        for (double m : massOut) sumOut += m;
        if (sqrtS <= massIn[0] + massIn[1] || sqrtS <= sumOut) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " is below threshold");
        }
        double[] ev = new double[4 * (n + 2)];
        double s = sqrtS * sqrtS;
        double pz = Math.sqrt(kallen(s, massIn[0] * massIn[0], massIn[1] * massIn[1])) / (2 * sqrtS);
        ev[0] = Math.sqrt(pz * pz + massIn[0] * massIn[0]);
        ev[3] = pz;
        ev[4] = Math.sqrt(pz * pz + massIn[1] * massIn[1]);
        ev[7] = -pz;
        double[] frame = {sqrtS, 0, 0, 0};
        double remaining = sumOut;
        for (int i = 0; i < n; i++) {
            double mFrame = Math.sqrt(Math.max(0, dot(frame, frame)));
            remaining -= massOut[i];
            double mRest;
            if (i == n - 1) {
                for (int mu = 0; mu < 4; mu++) ev[4 * (i + 2) + mu] = frame[mu];
                break;
            } else if (i == n - 2) {
                mRest = massOut[n - 1];
            } else {
                mRest = remaining + rng.nextDouble() * (mFrame - massOut[i] - remaining);
            }
            double q = Math.sqrt(Math.max(0, kallen(mFrame * mFrame, massOut[i] * massOut[i], mRest * mRest))) / (2 * mFrame);
            double cos = 2 * rng.nextDouble() - 1, phi = 2 * Math.PI * rng.nextDouble();
            double sin = Math.sqrt(1 - cos * cos);
            double[] a = {Math.sqrt(q * q + massOut[i] * massOut[i]), q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cos};
            double[] b = {Math.sqrt(q * q + mRest * mRest), -a[1], -a[2], -a[3]};
            double[] la = boost(a, frame, mFrame), lb = boost(b, frame, mFrame);
            for (int mu = 0; mu < 4; mu++) ev[4 * (i + 2) + mu] = la[mu];
            frame = lb;
        }
        return ev;
    }

    private static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
    }

    /** Boosts p from the rest frame of a system with momentum frame (mass m) to the lab. */
    static double[] boost(double[] p, double[] frame, double m) {
        double bp = (frame[1] * p[1] + frame[2] * p[2] + frame[3] * p[3]) / m;
        double e = (frame[0] * p[0]) / m + bp;
        double f = (p[0] + e) / (frame[0] + m);
        return new double[] {e, p[1] + f * frame[1], p[2] + f * frame[2], p[3] + f * frame[3]};
    }
}
