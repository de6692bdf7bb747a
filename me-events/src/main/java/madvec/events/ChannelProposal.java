package madvec.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;
import madvec.events.channels.ChannelSet;
import madvec.events.channels.DecayChannel;

/**
 * The resonance channels of {@link MultiChannelCrossSection} as a proposal for unweighted events: the
 * channels' VEGAS grids and weights alpha_i adapted as the integrator adapts them, then frozen. A
 * batch draws a share alpha_i of its points from channel i and weighs every point by
 * f / sum_i alpha_i g_i, so that flat-phase-space failures on narrow resonances (decay-chain tops, Ws)
 * do not reach the events.
 */
final class ChannelProposal {
    private final List<DecayChannel> channels;
    private final VegasGrid[] grids;
    private final double[] alpha;
    private final double[] beams;
    private final int particles;
    private final long seed;

    private ChannelProposal(List<DecayChannel> channels, VegasGrid[] grids, double[] alpha, double[] beams, int particles,
                            long seed) {
        this.channels = channels;
        this.grids = grids;
        this.alpha = alpha;
        this.beams = beams;
        this.particles = particles;
        this.seed = seed;
    }

    /** Adapts the channels' grids and weights to the matrix element: {@code iterations} rounds of about {@code points}. */
    static ChannelProposal adapt(MatrixElement me, ChannelSet set, int iterations, int points, long seed, int threads,
                                 Consumer<String> progress) {
        String moving = ChannelSet.movingExternalMass(me);
        if (moving != null) {
            throw new IllegalArgumentException("the derivative along " + moving + " moves the mass of an external particle,"
                    + " which the resonance channels do not follow; sample over the flat phase space for it");
        }
        List<DecayChannel> list = set.channels();
        int k = list.size();
        VegasGrid[] grids = new VegasGrid[k];
        for (int i = 0; i < k; i++) grids[i] = new VegasGrid(me.dimensions(), 50);
        double[] alpha = new double[k];
        Arrays.fill(alpha, 1.0 / k);
        double[] beams = MultiChannelCrossSection.beams(me.externalMasses(), me.sqrtS());
        CrossSection.Flux flux = new CrossSection.Flux(me);
        int particles = me.pdgs().length;
        try (ParallelEvaluator parallel = new ParallelEvaluator(me, threads)) {
            for (int it = 1; it <= iterations; it++) {
                ChannelSample s = ChannelSample.draw(list, grids, alpha, points, AdaptedGrid.mix(seed, 6, 0), it, particles, beams);
                Batch b = parallel.evaluateMomenta(s.momenta);
                s.adaptGrids(b.me(), flux.factor, grids);
                if (k > 1) {
                    MultiChannelCrossSection.adapt(alpha, s.meanSquares(b.me(), flux.factor));
                }
                if (progress != null) {
                    progress.accept(String.format(Locale.ROOT, "  adapting %d channel(s): iteration %d of %d, %d points, sigma %.4e pb",
                            k, it, iterations, s.size(), s.estimate(b.me(), flux.factor, alpha).value()));
                }
            }
        }
        return new ChannelProposal(list, grids, alpha, beams, particles, seed);
    }

    /** The points of proposal batch {@code index} (about {@code n}), from the seed and the index alone. */
    ChannelSample draw(long index, int n) {
        return ChannelSample.draw(channels, grids, alpha, n, AdaptedGrid.mix(seed, 7, index), 1, particles, beams);
    }

    /** The pre-sample's points (about {@code n}): a stream of their own. */
    ChannelSample presample(int n) {
        return ChannelSample.draw(channels, grids, alpha, n, AdaptedGrid.mix(seed, 8, 0), 1, particles, beams);
    }

    /** The channel weights alpha_i, frozen. */
    double[] alpha() {
        return alpha.clone();
    }
}
