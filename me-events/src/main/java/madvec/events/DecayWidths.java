package madvec.events;

import madvec.model.StandardModel;

/**
 * Tree-level partial widths, the analytic references of the narrow-width checks: sigma of a decay
 * chain against the production cross section times the branching ratios, partial width over the
 * card's total width.
 */
public final class DecayWidths {
    /** Simpson intervals of the W virtuality integral; the integrand is smooth after the tan map. */
    private static final int INTERVALS = 4000;

    private DecayWidths() {}

    /**
     * Gamma(t > b f f~') through an off-shell W, for one massless fermion pair of nc colours (3 for
     * u d~, 1 for e+ ve), no CKM mixing, the b mass from the model: the integral over the W
     * virtuality q^2 of Gamma(t > b W(q)) q Gamma(W(q) > f f~') / pi / |q^2 - MW^2 + i MW GammaW|^2.
     * Exact at tree level: the q^mu q^nu part of the W propagator vanishes on the massless pair.
     *
     * @param sm the model: its mt, mb, MW, Gamma_W and gw = ee / sw
     * @param nc colours of the pair
     */
    public static double topToBffbar(StandardModel sm, int nc) {
        double mt = sm.mass(6).value(), mb = sm.mass(5).value(), mw = sm.mw().value(), gammaW = sm.width(24).value();
        double g2 = sm.gw().value() * sm.gw().value();
        double hi = (mt - mb) * (mt - mb), mg = mw * gammaW;
        double yLo = Math.atan(-mw * mw / mg), yHi = Math.atan((hi - mw * mw) / mg), h = (yHi - yLo) / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double y = yLo + i * h, q2 = mw * mw + mg * Math.tan(y);
            double f = i == 0 ? 0 : topToBVector(g2, mt, mb, q2) * Math.sqrt(q2) * vectorToPair(g2, nc, Math.sqrt(q2));
            sum += f * (i == 0 || i == INTERVALS ? 1 : i % 2 == 1 ? 4 : 2);
        }
        // dq^2 / |q^2 - MW^2 + i MW Gamma|^2 = dy / (MW Gamma) under the tan map
        return sum * h / 3 / (Math.PI * mg);
    }

    /** Gamma(t > b V) for a left-handed vector of mass sqrt(q2) with coupling g / sqrt2 (g2 = g^2). */
    static double topToBVector(double g2, double mt, double mb, double q2) {
        double mt2 = mt * mt, mb2 = mb * mb;
        double lambda = (mt2 - mb2 - q2) * (mt2 - mb2 - q2) - 4 * mb2 * q2;
        if (!(lambda > 0)) {
            return 0;
        }
        return g2 / (64 * Math.PI * mt2 * mt * q2) * Math.sqrt(lambda) * ((mt2 - mb2) * (mt2 - mb2) + q2 * (mt2 + mb2) - 2 * q2 * q2);
    }

    /** Gamma(V > f f~') of a vector of mass m to a massless pair of nc colours, coupling g / sqrt2 left-handed. */
    static double vectorToPair(double g2, int nc, double m) {
        return nc * g2 * m / (48 * Math.PI);
    }
}
