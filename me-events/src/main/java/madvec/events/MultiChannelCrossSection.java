package madvec.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;
import madvec.events.CrossSection.Estimate;
import madvec.events.CrossSection.Iteration;
import madvec.events.CrossSection.Options;
import madvec.events.CrossSection.Result;
import madvec.events.channels.ChannelSet;
import madvec.events.channels.DecayChannel;

/**
 * The cross section and its exact gradient by multi-channel integration (Kleiss and Pittau, Comput.
 * Phys. Commun. 83 (1994) 141) over the resonance channels of {@link ChannelSet}, a VEGAS grid per
 * channel.
 *
 * <p>Channel i maps x in the unit cube through its grid (Jacobian G_i) and its decay tree (weight W_i)
 * to momenta p; its density is g_i(p) = 1 / (G_i W_i). An iteration draws a share alpha_i of its
 * points from channel i and weights each point, whichever channel drew it, by f(p) / g(p) with
 * g = sum_i alpha_i g_i; sigma = sum_i alpha_i mean_i(f / g), the variance sum_i alpha_i^2 var_i / N_i.
 * After each iteration every grid adapts to the points its channel drew, and the weights move as
 * alpha_i -> alpha_i sqrt(W_i) with W_i = mean_i((f / g)^2), which makes the W_i equal at the optimum.
 *
 * <p>The gradient: the channels are made once, at the first parameter point, and do not move with
 * the parameters, so d sigma / d theta = sum_i alpha_i mean_i((d f / d theta) / g) at the same points,
 * with the matrix element's exact parameter tangents at fixed momenta. That is exact whenever the
 * phase space does not move with theta; a parameter that moves an external mass is refused (see
 * {@link ChannelSet#movingExternalMass}), for the flat map handles it.
 *
 * <p>Reproducible: points are drawn and mapped on the calling thread from the seed, the iteration and
 * the channel; the evaluation is bit-identical on any number of threads.
 */
public final class MultiChannelCrossSection {
    /** Which phase space to integrate over. */
    public enum PhaseSpace {
        /** The resonance channels when the program has a resonance and no derivative moves an external mass; flat otherwise. */
        AUTO,
        /** RAMBO on diet over the hypercube ({@link CrossSection}). */
        FLAT,
        /** The resonance channels (one channel of two-body decays without resonances). */
        CHANNELS
    }

    private static final int BINS = 50;
    /** No channel gets less than this share of the points over the channel count, so that every grid keeps learning. */
    private static final double FLOOR = 0.05;

    private MultiChannelCrossSection() {}

    /**
     * Integrates over the phase space asked for.
     *
     * @throws IllegalArgumentException for {@link PhaseSpace#CHANNELS} with a derivative that moves an external mass
     */
    public static Result integrate(MatrixElement me, Options options, PhaseSpace phaseSpace) {
        return switch (phaseSpace) {
            case FLAT -> CrossSection.integrate(me, options);
            case CHANNELS -> integrate(me, ChannelSet.of(me), options);
            case AUTO -> usesChannels(me) ? integrate(me, ChannelSet.of(me), options) : CrossSection.integrate(me, options);
        };
    }

    /** What {@link PhaseSpace#AUTO} chooses: true when the program has a resonance and no derivative moves an external mass. */
    public static boolean usesChannels(MatrixElement me) {
        if (Double.isNaN(me.sqrtS()) || me.dimensions() <= 0) {
            return false;
        }
        return ChannelSet.of(me).resonant() && ChannelSet.movingExternalMass(me) == null;
    }

    /**
     * Integrates over given channels (made from this matrix element or one at another parameter point
     * of the same process).
     *
     * @throws IllegalArgumentException when a derivative parameter moves an external mass, or the
     *     channels do not fit the process
     * @throws ArithmeticException when a point gives a non-finite result
     */
    public static Result integrate(MatrixElement me, ChannelSet channels, Options options) {
        String moving = ChannelSet.movingExternalMass(me);
        if (moving != null) {
            throw new IllegalArgumentException("d sigma / d " + moving + " moves the mass of an external particle, which"
                    + " the resonance channels do not follow; integrate over the flat phase space for it");
        }
        List<DecayChannel> list = channels.channels();
        int k = list.size(), dims = me.dimensions(), particles = me.pdgs().length, np = me.parameters().size();
        for (DecayChannel c : list) {
            if (c.dimensions() != dims) {
                throw new IllegalArgumentException("channel of " + c.dimensions() + " coordinates for a process of " + dims);
            }
        }
        CrossSection.Flux flux = new CrossSection.Flux(me);
        double[] beams = beams(me.externalMasses(), me.sqrtS());
        VegasGrid[] grids = new VegasGrid[k];
        for (int i = 0; i < k; i++) grids[i] = new VegasGrid(dims, BINS);
        double[] alpha = new double[k];
        Arrays.fill(alpha, 1.0 / k);
        List<Iteration> iterations = new ArrayList<>();
        CrossSection.Combination sigma = new CrossSection.Combination();
        long points = 0;
        CrossSection.progress(options, String.format(Locale.ROOT, "# %-9s %9s %14s %12s %14s %12s %9s", "iteration", "points",
                "sigma_pb", "error_pb", "combined_pb", "error_pb", "chi2/dof"));
        ParallelEvaluator parallel = options.threads() > 1 ? new ParallelEvaluator(me, options.threads()) : null;
        try {
            for (int it = 1; it <= options.maxIterations(); it++) {
                ChannelSample s = ChannelSample.draw(list, grids, alpha, options.pointsPerIteration(), options.seed(), it, particles, beams);
                Batch b = parallel != null ? parallel.evaluateMomenta(s.momenta) : me.evaluateMomenta(s.momenta);
                points += s.size();
                Estimate[] grads = new Estimate[np];
                Estimate est = s.estimate(b.me(), flux.factor, alpha);
                for (int j = 0; j < np; j++) grads[j] = s.estimate(b.dme(j), flux.factor, alpha);
                s.adaptGrids(b.me(), flux.factor, grids);
                if (k > 1) {
                    adapt(alpha, s.meanSquares(b.me(), flux.factor));
                }
                boolean warm = it <= options.warmUp();
                if (!warm) {
                    sigma.add(est, grads);
                }
                Iteration row = new Iteration(it, s.size(), warm, est, warm ? est : sigma.value(), warm ? Double.NaN : sigma.chi2PerDof());
                iterations.add(row);
                CrossSection.progress(options, String.format(Locale.ROOT, "  %-9s %9d %14.6e %12.4e %14.6e %12.4e %9.3f",
                        it + (warm ? " (warm)" : ""), s.size(), est.value(), est.error(), row.combined().value(),
                        row.combined().error(), row.chi2PerDof()));
                if (!warm && sigma.count() >= 2 && sigma.value().error() <= options.precision() * Math.abs(sigma.value().value())) {
                    break;
                }
            }
        } finally {
            if (parallel != null) {
                parallel.close();
            }
        }
        if (k > 1) {
            StringBuilder line = new StringBuilder("# channel weights:");
            for (double a : alpha) line.append(String.format(Locale.ROOT, " %.4f", a));
            CrossSection.progress(options, line.toString());
        }
        Map<String, Estimate> gradient = new LinkedHashMap<>();
        for (int j = 0; j < np; j++) gradient.put(me.parameters().get(j), sigma.gradient(j));
        return new Result(sigma.value(), gradient, iterations, points);
    }

    /** Kleiss-Pittau: alpha_i -> alpha_i sqrt(W_i), normalised, with a floor. */
    static void adapt(double[] alpha, double[] meanSquares) {
        int k = alpha.length;
        double total = 0;
        for (int i = 0; i < k; i++) {
            alpha[i] *= Math.sqrt(meanSquares[i]);
            total += alpha[i];
        }
        if (!(total > 0)) {
            Arrays.fill(alpha, 1.0 / k);
            return;
        }
        double floor = FLOOR / k, rest = 1 - floor * k;
        for (int i = 0; i < k; i++) alpha[i] = floor + rest * alpha[i] / total;
    }

    /** (E_a, 0, 0, p, E_b, 0, 0, -p) at sqrt(s), beam a along +z. */
    static double[] beams(double[] m, double rs) {
        double s = rs * rs, ma2 = m[0] * m[0], mb2 = m[1] * m[1];
        double p = Math.sqrt(Math.max(0, (s - ma2 - mb2) * (s - ma2 - mb2) - 4 * ma2 * mb2)) / (2 * rs);
        return new double[] {(s + ma2 - mb2) / (2 * rs), 0, 0, p, (s - ma2 + mb2) / (2 * rs), 0, 0, -p};
    }
}
