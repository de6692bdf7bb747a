package madvec.events.channels;

/**
 * The map of one invariant mass squared s from a coordinate u in [0, 1] onto [lo, hi]: Breit-Wigner
 * (s = m^2 + m Gamma tan y with y uniform, so that a resonance's peak is sampled as its propagator
 * falls) or uniform, with the Jacobian ds/du.
 */
final class InvariantMass {
    private InvariantMass() {}

    /**
     * s and ds/du at u.
     *
     * @param resonance the Breit-Wigner shape, or null for uniform
     * @return {s, ds/du}; ds/du is 0 when the range is empty
     */
    static double[] sample(Resonance resonance, double u, double lo, double hi) {
        if (!(hi > lo)) {
            return new double[] {lo, 0};
        }
        if (resonance == null) {
            return new double[] {lo + u * (hi - lo), hi - lo};
        }
        double m2 = resonance.mass() * resonance.mass(), mg = resonance.mass() * resonance.width();
        double yLo = Math.atan((lo - m2) / mg), yHi = Math.atan((hi - m2) / mg);
        double s = m2 + mg * Math.tan(yLo + u * (yHi - yLo));
        // rounding of tan near the ends must not leave the range
        s = Math.max(lo, Math.min(hi, s));
        return new double[] {s, (yHi - yLo) * ((s - m2) * (s - m2) + mg * mg) / mg};
    }

    /** u and ds/du of s: the inverse of {@link #sample}. */
    static double[] invert(Resonance resonance, double s, double lo, double hi) {
        if (!(hi > lo)) {
            return new double[] {0, 0};
        }
        s = Math.max(lo, Math.min(hi, s));
        if (resonance == null) {
            return new double[] {(s - lo) / (hi - lo), hi - lo};
        }
        double m2 = resonance.mass() * resonance.mass(), mg = resonance.mass() * resonance.width();
        double yLo = Math.atan((lo - m2) / mg), yHi = Math.atan((hi - m2) / mg);
        double u = (Math.atan((s - m2) / mg) - yLo) / (yHi - yLo);
        return new double[] {Math.max(0, Math.min(1, u)), (yHi - yLo) * ((s - m2) * (s - m2) + mg * mg) / mg};
    }
}
