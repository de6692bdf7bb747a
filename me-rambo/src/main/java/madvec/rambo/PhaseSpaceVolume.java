package madvec.rambo;

/**
 * Analytic Lorentz-invariant phase-space volumes, in the normalisation of the samplers of this package:
 * the integral of prod_i d^3p_i/(2 E_i) delta^4(P - sum_i p_i), without factors of 2 pi.
 */
public final class PhaseSpaceVolume {
    private PhaseSpaceVolume() {}

    /**
     * The volume of n massless particles at total invariant mass sqrt(s):
     * (pi/2)^(n-1) s^(n-2) / ((n-1)! (n-2)!).
     *
     * @param n number of final-state particles
     * @param sqrtS total invariant mass, GeV
     * @return the volume, GeV^(2n-4)
     * @throws IllegalArgumentException if n &lt; 2 or sqrt(s) is not positive and finite
     */
    public static double massless(int n, double sqrtS) {
        if (n < 2) {
            throw new IllegalArgumentException("phase space needs n >= 2 final-state particles, got " + n);
        }
        checkEnergy(sqrtS);
        double s = sqrtS * sqrtS;
        double volume = Math.PI / 2.0;
        for (int i = 2; i < n; i++) {
            // Each extra particle brings (pi/2) s / ((i) (i-1)).
            volume *= Math.PI / 2.0 * s / (i * (i - 1.0));
        }
        return volume;
    }

    /**
     * The two-body volume pi |p| / sqrt(s), with |p| the momentum of either particle in the centre-of-mass
     * frame: sqrt(lambda(s, m1^2, m2^2)) / (2 sqrt(s)).
     *
     * @param sqrtS total invariant mass, GeV
     * @param m1 mass of the first particle, GeV
     * @param m2 mass of the second particle, GeV
     * @return the volume (dimensionless)
     * @throws IllegalArgumentException if a mass is negative or m1 + m2 &gt;= sqrt(s)
     */
    public static double twoBody(double sqrtS, double m1, double m2) {
        return Math.PI * twoBodyMomentum(sqrtS, m1, m2) / sqrtS;
    }

    /**
     * The momentum |p| of either daughter of a two-body decay at rest of invariant mass sqrt(s):
     * sqrt((s - (m1+m2)^2)(s - (m1-m2)^2)) / (2 sqrt(s)).
     *
     * @param sqrtS invariant mass of the parent, GeV
     * @param m1 mass of the first daughter, GeV
     * @param m2 mass of the second daughter, GeV
     * @return |p| in GeV
     * @throws IllegalArgumentException if a mass is negative or m1 + m2 &gt;= sqrt(s)
     */
    public static double twoBodyMomentum(double sqrtS, double m1, double m2) {
        checkEnergy(sqrtS);
        if (!(m1 >= 0.0) || !(m2 >= 0.0) || Double.isInfinite(m1) || Double.isInfinite(m2)) {
            throw new IllegalArgumentException("masses must be finite and >= 0, got " + m1 + " and " + m2);
        }
        if (m1 + m2 >= sqrtS) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is at or below the threshold "
                    + (m1 + m2) + " GeV");
        }
        double sum = m1 + m2;
        double difference = m1 - m2;
        return Math.sqrt((sqrtS - sum) * (sqrtS + sum) * (sqrtS - difference) * (sqrtS + difference)) / (2.0 * sqrtS);
    }

    static void checkEnergy(double sqrtS) {
        if (!(sqrtS > 0.0) || Double.isInfinite(sqrtS)) {
            throw new IllegalArgumentException("sqrt(s) must be positive and finite, got " + sqrtS);
        }
    }
}
