package madvec.events;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;

/**
 * Unweighted events by accept-reject: points proposed from a frozen {@link AdaptedGrid} over RAMBO on
 * diet's hypercube, or from a process's resonance channels frozen after adaptation
 * ({@link #prepareChannels}), each weighed (|M|^2 x phase-space density x flux, pb) and kept with
 * probability w / w_max. Events with
 * w above w_max are kept too, as MadGraph keeps them, and counted with their excess weight: they make a
 * small bias (the truncated share of sigma) that {@link #overweightShare()} reports.
 *
 * <p>Proposals come in batches; batch b draws its points and its accept-reject numbers from the seed and
 * b alone on the calling thread, and the evaluation is bit-identical on any number of threads, so a
 * seed gives the same events in the same order whatever the thread count. sigma is the mean weight of
 * every proposal made, an unbiased estimate on a frozen grid.
 */
public final class EventSampler implements AutoCloseable {
    private final MatrixElement me;
    /** One of the two proposals: the flat map's grid, or the resonance channels. */
    private final AdaptedGrid grid;
    private final ChannelProposal channels;
    private final double maxWeight;
    private final long seed;
    private final int batch;
    private final ParallelEvaluator parallel;
    private final CrossSection.Flux flux;
    private WeightedSample presample;
    private long batches, proposals, accepted, overweight;
    private double sum, sum2, excess;

    /**
     * Accepted events of one batch of proposals, in proposal order.
     *
     * @param proposals points proposed in the batch
     * @param u hypercube points {@code [coordinate][event]} of RAMBO on diet; null when the events come
     *     from resonance channels (their momenta are the events)
     * @param momenta {@code [4 * particle + mu][event]}
     * @param me |M|^2 of each event
     * @param dme d|M|^2 / d parameter, {@code [parameter][event]}, the matrix element's derivative order
     * @param weight w / w_max, the proposal weight relative to the maximum (above 1 for overweight events)
     * @param random one uniform number per event in [0, 1), independent of the accept-reject ones, for
     *     choices made afterwards (helicity, colour flow)
     */
    public record Chunk(int proposals, double[][] u, double[][] momenta, double[] me, double[][] dme, double[] weight,
            double[][] random) {
        /** Number of accepted events. */
        public int events() {
            return me.length;
        }
    }

    /**
     * How a sampler is prepared: the grid's adaptation, the pre-sample that gives w_max, the proposals.
     *
     * @param adaptIterations VEGAS rounds adapting the grid
     * @param adaptPoints points per round
     * @param presamplePoints points of the pre-sample on the frozen grid
     * @param truncation the share of sigma allowed above w_max in the pre-sample (MadGraph-style
     *     truncation of the rare highest weights; 0 takes the largest weight seen)
     * @param batch proposals per batch
     * @param seed random seed
     * @param threads evaluation threads (results do not depend on them)
     */
    public record Setup(int adaptIterations, int adaptPoints, int presamplePoints, double truncation, int batch, long seed,
            int threads) {
        /** Checks the ranges. */
        public Setup {
            if (adaptIterations < 0 || adaptPoints < 16 || presamplePoints < 16 || batch < 1 || threads < 1) {
                throw new IllegalArgumentException("need adaptation iterations >= 0, at least 16 adaptation and pre-sample"
                        + " points, a batch of at least 1 and at least one thread");
            }
            if (!(truncation >= 0 && truncation < 1)) {
                throw new IllegalArgumentException("truncation must be in [0, 1), got " + truncation);
            }
        }

        /** 5 rounds of 20000 points, a pre-sample of 50000, truncation 1e-3, batches of 8192, seed 1, one thread. */
        public static Setup defaults() {
            return new Setup(5, 20_000, 50_000, 1e-3, 8192, 1, 1);
        }

        /** With another seed and thread count. */
        public Setup with(long newSeed, int newThreads) {
            return new Setup(adaptIterations, adaptPoints, presamplePoints, truncation, batch, newSeed, newThreads);
        }
    }

    /**
     * Adapts a grid to the matrix element, weighs a pre-sample on it and takes w_max from it.
     *
     * @param progress lines for stderr, or null
     */
    public static EventSampler prepare(MatrixElement me, Setup setup, Consumer<String> progress) {
        AdaptedGrid grid = AdaptedGrid.adapt(me, setup.adaptIterations(), setup.adaptPoints(), setup.seed(), setup.threads(),
                progress);
        WeightedSample sample;
        try (ParallelEvaluator parallel = new ParallelEvaluator(me, setup.threads())) {
            sample = WeightedSample.of(me, grid, WeightedSample.points(grid, setup.presamplePoints(), setup.seed()), parallel);
        }
        EventSampler sampler = new EventSampler(me, grid, sample.maxWeight(setup.truncation()), setup.seed(), setup.batch(),
                setup.threads());
        sampler.presample = sample;
        return sampler;
    }

    /**
     * Adapts the process's resonance channels (as {@link MultiChannelCrossSection} does: a VEGAS grid
     * per channel, Kleiss-Pittau channel weights), freezes them, weighs a pre-sample on them and takes
     * w_max from it: the proposal for decay chains and other narrow resonances, which flat phase space
     * misses.
     *
     * @param progress lines for stderr, or null
     * @throws IllegalArgumentException when a derivative parameter moves an external mass (the channels
     *     do not follow it)
     */
    public static EventSampler prepareChannels(MatrixElement me, madvec.events.channels.ChannelSet set, Setup setup,
            Consumer<String> progress) {
        ChannelProposal proposal = ChannelProposal.adapt(me, set, setup.adaptIterations(), setup.adaptPoints(), setup.seed(),
                setup.threads(), progress);
        WeightedSample sample;
        try (ParallelEvaluator parallel = new ParallelEvaluator(me, setup.threads())) {
            ChannelSample s = proposal.presample(setup.presamplePoints());
            sample = WeightedSample.of(me, s, parallel.evaluateMomenta(s.momenta));
        }
        EventSampler sampler = new EventSampler(me, null, proposal, sample.maxWeight(setup.truncation()), setup.seed(),
                setup.batch(), setup.threads());
        sampler.presample = sample;
        return sampler;
    }

    /** The pre-sample this sampler took w_max from (null when it was given w_max). */
    public WeightedSample presample() {
        return presample;
    }

    /**
     * @param me the matrix element at the parameter point to sample
     * @param grid the frozen proposal grid
     * @param maxWeight w_max in pb (from {@link WeightedSample#maxWeight})
     * @param seed random seed
     * @param batch proposals per batch
     * @param threads evaluation threads (the events do not depend on them)
     */
    public EventSampler(MatrixElement me, AdaptedGrid grid, double maxWeight, long seed, int batch, int threads) {
        this(me, java.util.Objects.requireNonNull(grid, "grid"), null, maxWeight, seed, batch, threads);
    }

    private EventSampler(MatrixElement me, AdaptedGrid grid, ChannelProposal channels, double maxWeight, long seed, int batch,
            int threads) {
        if (!(maxWeight > 0 && Double.isFinite(maxWeight))) {
            throw new IllegalArgumentException("the maximum weight must be positive and finite, got " + maxWeight);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + batch);
        }
        this.me = me;
        this.grid = grid;
        this.channels = channels;
        this.maxWeight = maxWeight;
        this.seed = seed;
        this.batch = batch;
        this.parallel = new ParallelEvaluator(me, threads);
        this.flux = new CrossSection.Flux(me);
    }

    /** Proposes one batch and returns the events it accepts (possibly none). */
    public Chunk next() {
        long index = batches++;
        SplittableRandom rng = new SplittableRandom(AdaptedGrid.mix(seed, 3, index));
        double[][] u = null;
        Batch b;
        double[] w;
        int[] order;
        if (channels == null) {
            int dims = grid.dimensions();
            double[][] x = new double[dims][batch];
            u = new double[dims][batch];
            AdaptedGrid.uniform(x, rng);
            double[] jacobian = grid.map(x, u);
            b = parallel.evaluatePoints(u);
            w = new double[batch];
            for (int l = 0; l < batch; l++) w[l] = b.me()[l] * b.weight()[l] * jacobian[l] * flux.factor;
            order = identity(batch);
        } else {
            ChannelSample s = channels.draw(index, batch);
            b = parallel.evaluateMomenta(s.momenta);
            w = new double[s.size()];
            for (int l = 0; l < w.length; l++) w[l] = s.weight(b.me(), flux.factor, l);
            // the sample holds channel 0's points first, then channel 1's: shuffled, the events do not come in channel runs
            order = shuffled(w.length, rng);
        }
        int proposed = w.length;
        int[] keep = new int[proposed];
        double[] ratio = new double[proposed];
        int m = 0;
        for (int l : order) {
            sum += w[l];
            sum2 += w[l] * w[l];
            double r = w[l] / maxWeight;
            if (rng.nextDouble() < r) {
                keep[m] = l;
                ratio[m++] = r;
                if (r > 1) {
                    overweight++;
                    excess += r - 1;
                }
            }
        }
        proposals += proposed;
        accepted += m;
        int np = me.parameters().size(), n4 = b.momenta().length;
        double[][] uk = u == null ? null : new double[u.length][m];
        double[][] pk = new double[n4][m], dk = new double[np][m], random = new double[2][m];
        double[] mek = new double[m];
        for (int e = 0; e < m; e++) {
            int l = keep[e];
            if (uk != null) {
                for (int d = 0; d < uk.length; d++) uk[d][e] = u[d][l];
            }
            for (int j = 0; j < n4; j++) pk[j][e] = b.momenta()[j][l];
            for (int j = 0; j < np; j++) dk[j][e] = b.dme(j)[l];
            mek[e] = b.me()[l];
            random[0][e] = rng.nextDouble();
            random[1][e] = rng.nextDouble();
        }
        return new Chunk(proposed, uk, pk, mek, dk, Arrays.copyOf(ratio, m), random);
    }

    private static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) o[i] = i;
        return o;
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] o = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = o[i];
            o[i] = o[j];
            o[j] = t;
        }
        return o;
    }

    /** sigma in pb from every proposal so far, with its Monte Carlo error. */
    public CrossSection.Estimate sigma() {
        double mean = sum / proposals;
        return new CrossSection.Estimate(mean, Math.sqrt(Math.max(0, sum2 / proposals - mean * mean) / (proposals - 1)));
    }

    /** Accepted events over proposals: the unweighting efficiency. */
    public double efficiency() {
        return (double) accepted / proposals;
    }

    /** Accepted events whose weight exceeded w_max. */
    public long overweightEvents() {
        return overweight;
    }

    /**
     * The share of sigma that the accepted events lose by counting once although their weight is above
     * w_max: sum of (w / w_max - 1) over them, over the accepted events plus that sum (the truncation bias).
     */
    public double overweightShare() {
        return accepted == 0 ? 0 : excess / (accepted + excess);
    }

    /** w_max, pb. */
    public double maxWeight() {
        return maxWeight;
    }

    /** Proposals so far. */
    public long proposals() {
        return proposals;
    }

    @Override
    public void close() {
        parallel.close();
    }
}
