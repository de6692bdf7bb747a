package madvec.rambo;

import java.util.random.RandomGenerator;

/**
 * Classic RAMBO (R. Kleiss, W. J. Stirling, S. D. Ellis, Comput. Phys. Commun. 40 (1986) 359): n
 * isotropic massless momenta with energy density q0 exp(-q0), conformally mapped to total momentum
 * (sqrt(s), 0, 0, 0), then reshuffled to the final-state masses. Uses 4n random numbers per event and
 * is not invertible; it is the independent reference sampler for {@link RamboOnDiet}. Value-only, one
 * event per call, immutable and thread-safe.
 *
 * <p>Momenta layout as in {@link RamboOnDiet}: {@code momenta[4 * particle + mu]}, incoming a (+z) and
 * b (-z) first, then the n final-state particles; mu 0 = E, 1 = px, 2 = py, 3 = pz, in GeV. The weight
 * is the phase-space density in the normalisation of {@link PhaseSpaceVolume}: its mean is the volume.
 *
 * <p>Precision: the conformal map boosts by gamma = Q0/M of the random massless total, and momentum
 * conservation holds to about 1e-16 gamma^2 relative (1e-11 for nearly collinear pairs at n = 2).
 */
public final class Rambo {
    private final double sqrtS;
    private final double[] beams;
    private final double[] massSquared;
    private final double masslessVolume;

    /**
     * A sampler at fixed sqrt(s) in the centre-of-mass frame.
     *
     * @param sqrtS total energy in GeV
     * @param ma mass of incoming a (along +z), GeV
     * @param mb mass of incoming b (along -z), GeV
     * @param finalMasses masses of the n &gt;= 2 final-state particles, GeV
     * @throws IllegalArgumentException for n &lt; 2, negative or non-finite masses, or sqrt(s) at or
     *     below the incoming or final-state threshold
     */
    public Rambo(double sqrtS, double ma, double mb, double[] finalMasses) {
        PhaseSpaceVolume.checkEnergy(sqrtS);
        if (finalMasses == null || finalMasses.length < 2) {
            throw new IllegalArgumentException("RAMBO needs n >= 2 final-state particles, got "
                    + (finalMasses == null ? 0 : finalMasses.length));
        }
        this.sqrtS = sqrtS;
        double pz = PhaseSpaceVolume.twoBodyMomentum(sqrtS, ma, mb);
        double ea = (sqrtS + (ma - mb) * (ma + mb) / sqrtS) / 2.0;
        double eb = (sqrtS - (ma - mb) * (ma + mb) / sqrtS) / 2.0;
        this.beams = new double[] {ea, 0.0, 0.0, pz, eb, 0.0, 0.0, -pz};
        this.massSquared = new double[finalMasses.length];
        double threshold = 0.0;
        for (int i = 0; i < finalMasses.length; i++) {
            double m = finalMasses[i];
            if (!(m >= 0.0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("final-state mass " + i + " must be finite and >= 0, got " + m);
            }
            threshold += m;
            massSquared[i] = m * m;
        }
        if (threshold >= sqrtS) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is at or below the final-state threshold "
                    + threshold + " GeV");
        }
        this.masslessVolume = PhaseSpaceVolume.massless(finalMasses.length, sqrtS);
    }

    /**
     * Number of final-state particles.
     *
     * @return n
     */
    public int finalParticles() {
        return massSquared.length;
    }

    /**
     * Random numbers consumed per event.
     *
     * @return 4n
     */
    public int randomNumbers() {
        return 4 * massSquared.length;
    }

    /**
     * One event from {@link #randomNumbers()} numbers in [0, 1): per particle i, {@code random[4i]} and
     * {@code random[4i+1]} give cos(theta) and phi, {@code random[4i+2]} and {@code random[4i+3]} the
     * energy q0 = -log((1 - r2)(1 - r3)).
     *
     * @param random the random numbers, each in [0, 1]
     * @param momenta receives 4(n+2) entries
     * @return the weight of the event
     * @throws IllegalArgumentException for wrong lengths or a number outside [0, 1] (named by index)
     */
    public double generate(double[] random, double[] momenta) {
        int n = massSquared.length;
        if (random.length != 4 * n) {
            throw new IllegalArgumentException("RAMBO for n = " + n + " takes " + 4 * n + " random numbers, got "
                    + random.length);
        }
        RamboOnDiet.checkUnitInterval(random);
        checkMomenta(momenta);
        double[] q = new double[4 * n];
        double[] total = new double[4];
        for (int i = 0; i < n; i++) {
            double c = 2.0 * random[4 * i] - 1.0;
            double sinTheta = Math.sqrt((1.0 - c) * (1.0 + c));
            double phi = 2.0 * Math.PI * random[4 * i + 1];
            double energy = -Math.log((1.0 - random[4 * i + 2]) * (1.0 - random[4 * i + 3]));
            q[4 * i] = energy;
            q[4 * i + 1] = energy * sinTheta * Math.cos(phi);
            q[4 * i + 2] = energy * sinTheta * Math.sin(phi);
            q[4 * i + 3] = energy * c;
            for (int mu = 0; mu < 4; mu++) {
                total[mu] += q[4 * i + mu];
            }
        }
        conformalMap(n, total, q);
        System.arraycopy(beams, 0, momenta, 0, 8);
        return masslessVolume * Reshuffling.apply(sqrtS, massSquared, q, momenta, 8);
    }

    /**
     * One event drawn with {@code rng}; see {@link #generate(double[], double[])}.
     *
     * @param rng source of the 4n uniform numbers
     * @param momenta receives 4(n+2) entries
     * @return the weight of the event
     */
    public double generate(RandomGenerator rng, double[] momenta) {
        double[] random = new double[randomNumbers()];
        for (int i = 0; i < random.length; i++) {
            random[i] = rng.nextDouble();
        }
        return generate(random, momenta);
    }

    /**
     * The boost and rescaling that take momenta with total {@code total} to total (sqrt(s), 0, 0, 0),
     * in place: p0 = x (gamma q0 + b.q), p = x (q + b q0 + a (b.q) b) with b = -Q/M, gamma = Q0/M,
     * a = 1/(1 + gamma), x = sqrt(s)/M.
     */
    private void conformalMap(int n, double[] total, double[] q) {
        double mass = Math.sqrt(total[0] * total[0] - (total[1] * total[1] + total[2] * total[2] + total[3] * total[3]));
        double bx = -total[1] / mass;
        double by = -total[2] / mass;
        double bz = -total[3] / mass;
        double gamma = total[0] / mass;
        double a = 1.0 / (1.0 + gamma);
        double x = sqrtS / mass;
        for (int i = 0; i < n; i++) {
            double q0 = q[4 * i];
            double bq = bx * q[4 * i + 1] + by * q[4 * i + 2] + bz * q[4 * i + 3];
            q[4 * i] = x * (gamma * q0 + bq);
            q[4 * i + 1] = x * (q[4 * i + 1] + bx * q0 + a * bq * bx);
            q[4 * i + 2] = x * (q[4 * i + 2] + by * q0 + a * bq * by);
            q[4 * i + 3] = x * (q[4 * i + 3] + bz * q0 + a * bq * bz);
        }
    }

    private void checkMomenta(double[] momenta) {
        int expected = 4 * (massSquared.length + 2);
        if (momenta.length != expected) {
            throw new IllegalArgumentException("momenta array needs 4 (n + 2) = " + expected + " entries, got "
                    + momenta.length);
        }
    }
}
