package madvec.events;

import madvec.model.StandardModel;

/**
 * Analytic tree-level cross sections, in pb, in a model's own parameters: the references that
 * integration is checked against without MadGraph.
 */
public final class BornCrossSections {
    private BornCrossSections() {}

    /**
     * e+ e- > mu+ mu- for massless leptons, photon and Z exchange, the Z with a fixed width.
     *
     * <p>For chiralities i (electron) and j (muon) the reduced amplitude is
     * A_ij = e^2 Q_e Q_mu / s + g_Z^2 g_i g_j / (s - MZ^2 + i MZ WZ), with g_Z = e/(sw cw),
     * g_L = T3 - Q sw^2 = -1/2 + sw^2 and g_R = -Q sw^2 = sw^2. The spin sum is
     * s^2 [(|A_LL|^2 + |A_RR|^2)(1 + cos)^2 + (|A_LR|^2 + |A_RL|^2)(1 - cos)^2]; averaged (1/4),
     * integrated over the two-body phase space dOmega/(32 pi^2) (each (1 +- cos)^2 gives 16 pi/3) and
     * divided by the flux 2s, it gives sigma = s/(48 pi) sum_ij |A_ij|^2. Photon only, this is the
     * textbook 4 pi alpha^2/(3 s).
     */
    public static double eeToMuMu(StandardModel m, double sqrtS) {
        return eeToMuMu(m.ee().value(), m.sw().value(), m.cw().value(), m.mz().value(), m.width(23).value(), sqrtS);
    }

    /** {@link #eeToMuMu(StandardModel, double)} for explicit e, sw, cw, MZ and WZ. */
    public static double eeToMuMu(double e, double sw, double cw, double mz, double wz, double sqrtS) {
        double s = sqrtS * sqrtS;
        double gz2 = e * e / (sw * sw * cw * cw);
        double[] g = {-0.5 + sw * sw, sw * sw};
        double dRe = s - mz * mz, dIm = mz * wz, d2 = dRe * dRe + dIm * dIm;
        double propRe = dRe / d2, propIm = -dIm / d2;
        double photon = e * e / s;
        double sum = 0;
        for (double ge : g) {
            for (double gm : g) {
                double re = photon + gz2 * ge * gm * propRe, im = gz2 * ge * gm * propIm;
                sum += re * re + im * im;
            }
        }
        return s / (48 * Math.PI) * sum * CrossSection.PB_GEV2;
    }

    /**
     * e+ e- > f f~ for a massive fermion f (charge q, weak isospin t3, colours nc, mass m), photon and
     * Z exchange, massless electrons, the Z with a fixed width:
     * sigma = nc 4 pi alpha^2 / (3 s) beta [(3 - beta^2)/2 (q^2 - 2 q v_e v_f chi1 + (v_e^2 + a_e^2) v_f^2 chi2)
     * + beta^2 (v_e^2 + a_e^2) a_f^2 chi2], with v = t3 - 2 q sw^2, a = t3, beta = sqrt(1 - 4 m^2/s),
     * chi1 = kappa s (s - MZ^2) / |D|^2, chi2 = kappa^2 s^2 / |D|^2, D = s - MZ^2 + i MZ WZ and
     * kappa = 1/(4 sw^2 cw^2). For m = 0 it is {@link #eeToMuMu} with the fermion's couplings.
     *
     * @throws IllegalArgumentException at or below threshold
     */
    public static double eeToFF(StandardModel model, double q, double t3, int nc, double m, double sqrtS) {
        double s = sqrtS * sqrtS, rho = 4 * m * m / s;
        if (!(rho < 1)) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is at or below the pair threshold");
        }
        double e = model.ee().value(), sw2 = model.sw().value() * model.sw().value(), cw2 = 1 - sw2;
        double mz = model.mz().value(), wz = model.width(23).value();
        double alpha = e * e / (4 * Math.PI), beta = Math.sqrt(1 - rho);
        double ve = -0.5 + 2 * sw2, ae = -0.5, vf = t3 - 2 * q * sw2, af = t3;
        double kappa = 1 / (4 * sw2 * cw2), d2 = (s - mz * mz) * (s - mz * mz) + mz * mz * wz * wz;
        double chi1 = kappa * s * (s - mz * mz) / d2, chi2 = kappa * kappa * s * s / d2;
        double vector = q * q - 2 * q * ve * vf * chi1 + (ve * ve + ae * ae) * vf * vf * chi2;
        double axial = (ve * ve + ae * ae) * af * af * chi2;
        return nc * 4 * Math.PI * alpha * alpha / (3 * s) * beta * ((3 - beta * beta) / 2 * vector + beta * beta * axial)
                * CrossSection.PB_GEV2;
    }

    /**
     * g g > t t~ at fixed partonic energy, leading order in alpha_s:
     * sigma = pi alpha_s^2 / (3 s) [(1 + rho + rho^2/16) ln((1 + beta)/(1 - beta)) - beta (7/4 + 31 rho/16)]
     * with rho = 4 m^2/s and beta = sqrt(1 - rho) (averaged over the gluons' colours and helicities).
     *
     * @throws IllegalArgumentException at or below threshold
     */
    public static double ggToTT(double alphaS, double mt, double sqrtS) {
        double s = sqrtS * sqrtS, rho = 4 * mt * mt / s;
        if (!(rho < 1)) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is at or below the t t~ threshold");
        }
        double beta = Math.sqrt(1 - rho);
        return Math.PI * alphaS * alphaS / (3 * s) * ((1 + rho + rho * rho / 16) * Math.log((1 + beta) / (1 - beta))
                - beta * (7.0 / 4 + 31 * rho / 16)) * CrossSection.PB_GEV2;
    }
}
