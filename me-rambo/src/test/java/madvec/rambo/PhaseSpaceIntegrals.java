package madvec.rambo;

/**
 * Massive phase-space volumes by numerical integration, independent of the samplers: the recursion
 * Phi_n(sqrt(s); m_1, ..., m_n) = integral dM^2 Phi_2(sqrt(s); m_1, M) Phi_{n-1}(M; m_2, ..., m_n), in
 * the normalisation of {@link PhaseSpaceVolume}.
 */
final class PhaseSpaceIntegrals {
    private PhaseSpaceIntegrals() {}

    /**
     * Phi_n for n = 2, 3 or 4 masses. The substitution M^2 = a + (b - a)(1 - cos t)/2 absorbs the
     * square-root behaviour of the two-body factors at both ends, so composite Simpson converges fast.
     */
    static double volume(double sqrtS, double[] masses, int from, int points) {
        int remaining = masses.length - from;
        if (remaining == 2) {
            return PhaseSpaceVolume.twoBody(sqrtS, masses[from], masses[from + 1]);
        }
        double rest = 0.0;
        for (int i = from + 1; i < masses.length; i++) {
            rest += masses[i];
        }
        double a = rest * rest;
        double b = (sqrtS - masses[from]) * (sqrtS - masses[from]);
        double h = Math.PI / points;
        double sum = 0.0;
        for (int i = 0; i <= points; i++) {
            double t = i * h;
            double jacobian = 0.5 * (b - a) * Math.sin(t);
            double integrand = 0.0;
            if (jacobian > 0.0) {
                double m2 = a + 0.5 * (b - a) * (1.0 - Math.cos(t));
                double m = Math.sqrt(m2);
                if (m > rest && m < sqrtS - masses[from]) {
                    integrand = PhaseSpaceVolume.twoBody(sqrtS, masses[from], m) * volume(m, masses, from + 1, points)
                            * jacobian;
                }
            }
            double simpson = (i == 0 || i == points) ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0);
            sum += simpson * integrand;
        }
        return sum * h / 3.0;
    }
}
