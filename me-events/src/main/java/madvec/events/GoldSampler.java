package madvec.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;

/**
 * The pieces of "mining gold" (Brehmer, Cranmer, Louppe, Pavez): events drawn from p(x|theta) with
 * their latent phase-space point z, and the joint density log p(z|theta) with its exact gradient, the
 * joint score, from which the joint likelihood ratio r(x,z|theta0,theta1) and t(x,z|theta) follow.
 *
 * <p>The latent point is the phase-space coordinate u of the hypercube, whose density is
 * p(u|theta) = |M|^2(u; theta) w(u; theta) / (F(theta) sigma(theta)) with w the phase-space weight and F
 * the flux. At fixed u the momenta move with a parameter that is an external mass, so the score
 * t = grad log |M|^2 + grad log w - grad log F - grad log sigma carries the phase-space term exactly;
 * when no parameter moves the momenta the last terms but sigma's vanish and t is MadMiner's
 * grad |M|^2 / |M|^2 - grad sigma / sigma.
 *
 * <p>sigma(theta) and its gradient come from one fixed set of points of a grid adapted at a reference
 * point ({@link WeightedSample}), the same for every theta: sigma is then a smooth function of theta and
 * grad sigma is the exact derivative of the sigma used, so that E[t] = 0 holds to the precision of that
 * sample and finite differences of log p agree with t. The grid is also the proposal of the
 * accept-reject draw at every theta.
 */
public final class GoldSampler {
    private final MatrixElement scored, drawn;
    private final AdaptedGrid grid;
    private final double[][] normalisation;
    private final EventSampler.Setup setup;
    private final Map<List<Double>, Point> cache = new HashMap<>();

    /**
     * One parameter point, ready to draw and to score events.
     *
     * @param theta the parameter values, in the parameters' order
     * @param sigma sigma(theta), pb, with its Monte Carlo error
     * @param gradLogSigma grad sigma / sigma
     * @param gradLogSigmaError the Monte Carlo errors of grad sigma / sigma
     * @param maxWeight w_max of the accept-reject draw at theta
     */
    public record Point(double[] theta, CrossSection.Estimate sigma, double[] gradLogSigma, double[] gradLogSigmaError,
            double maxWeight, MatrixElement scored, MatrixElement drawn) {}

    /**
     * The joint density of events at a point.
     *
     * @param logP log p(u|theta) of each event
     * @param score {@code score[event][parameter]}, grad_theta log p(u|theta)
     * @param momenta {@code [4 * particle + mu][event]} at theta
     */
    public record Joint(double[] logP, double[][] score, double[][] momenta) {}

    /**
     * @param scored the matrix element whose derivative parameters are the parameters of interest
     *     (declared free, so that any value of them can be evaluated)
     * @param drawn the same process without derivatives, for the draw (the values are the same; it is
     *     faster), or {@code scored}
     * @param reference the point the grid is adapted at
     * @param normalisationPoints points of the sample giving sigma(theta)
     * @param progress lines for stderr, or null
     */
    public GoldSampler(MatrixElement scored, MatrixElement drawn, double[] reference, EventSampler.Setup setup,
            int normalisationPoints, Consumer<String> progress) {
        if (scored.parameters().isEmpty()) {
            throw new IllegalArgumentException("gold data need at least one parameter of interest");
        }
        if (reference.length != scored.parameters().size()) {
            throw new IllegalArgumentException("the reference point has " + reference.length + " values for "
                    + scored.parameters().size() + " parameters");
        }
        this.scored = scored;
        this.drawn = drawn;
        this.setup = setup;
        MatrixElement at = drawn.withParameters(values(reference));
        this.grid = AdaptedGrid.adapt(at, setup.adaptIterations(), setup.adaptPoints(), setup.seed(), setup.threads(), progress);
        this.normalisation = WeightedSample.points(grid, normalisationPoints, setup.seed());
    }

    /** The parameters of interest. */
    public List<String> parameters() {
        return scored.parameters();
    }

    private Map<String, Double> values(double[] theta) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int j = 0; j < theta.length; j++) m.put(scored.parameters().get(j), theta[j]);
        return m;
    }

    /**
     * The point theta: sigma, its gradient and w_max from the normalisation sample (kept for points
     * met again, as the points of a list are).
     *
     * @throws IllegalArgumentException when sigma(theta) is zero (the process is closed there)
     */
    public Point at(double[] theta) {
        List<Double> key = java.util.Arrays.stream(theta).boxed().toList();
        Point p = cache.get(key);
        if (p != null) {
            return p;
        }
        Map<String, Double> v = values(theta);
        MatrixElement s = scored.withParameters(v), d = drawn == scored ? s : drawn.withParameters(v);
        WeightedSample w;
        try (ParallelEvaluator parallel = new ParallelEvaluator(s, setup.threads())) {
            w = WeightedSample.of(s, grid, normalisation, parallel);
        }
        CrossSection.Estimate sigma = w.sigma();
        if (!(sigma.value() > 0)) {
            throw new IllegalArgumentException("sigma is zero at theta = " + v + ": no events can be drawn there");
        }
        int np = theta.length;
        double[] g = new double[np], ge = new double[np];
        for (int j = 0; j < np; j++) {
            g[j] = w.gradient(j).value() / sigma.value();
            ge[j] = w.gradient(j).error() / sigma.value();
        }
        p = new Point(theta.clone(), sigma, g, ge, w.maxWeight(setup.truncation()), s, d);
        if (cache.size() < 1024) {
            cache.put(key, p);
        }
        return p;
    }

    /**
     * Draws n unweighted events at a point.
     *
     * @param stream which random stream (events of different streams are independent)
     * @return {@code u[coordinate][event]}
     */
    public double[][] draw(Point p, int n, long stream) {
        double[][] u = new double[grid.dimensions()][n];
        int have = 0;
        // a batch about the size that gives n events, so that one event per prior draw stays cheap
        int batch = (int) Math.max(64, Math.min(setup.batch(), 2L * n * Math.max(1, (long) (p.maxWeight() / p.sigma().value()))));
        try (EventSampler sampler = new EventSampler(p.drawn(), grid, p.maxWeight(), AdaptedGrid.mix(setup.seed(), 4, stream),
                batch, setup.threads())) {
            while (have < n) {
                EventSampler.Chunk c = sampler.next();
                int take = Math.min(c.events(), n - have);
                for (int d = 0; d < u.length; d++) System.arraycopy(c.u()[d], 0, u[d], have, take);
                have += take;
            }
        }
        return u;
    }

    /**
     * log p(u|theta) and its gradient at a point.
     *
     * @throws ArithmeticException naming the first event where p(u|theta) is zero
     */
    public Joint joint(Point p, double[][] u) {
        Batch b;
        try (ParallelEvaluator parallel = new ParallelEvaluator(p.scored(), setup.threads())) {
            b = parallel.evaluatePoints(u);
        }
        CrossSection.Flux flux = new CrossSection.Flux(p.scored());
        int n = b.lanes(), np = p.theta().length;
        double[] logP = new double[n];
        double[][] score = new double[n][np];
        double logSigma = Math.log(p.sigma().value()), logFactor = Math.log(flux.factor);
        for (int l = 0; l < n; l++) {
            double me = b.me()[l], w = b.weight()[l];
            if (!(me > 0 && w > 0)) {
                throw new ArithmeticException("event " + (l + 1) + ": p(x|theta) is zero at theta = " + values(p.theta())
                        + " (|M|^2 = " + me + ")");
            }
            logP[l] = Math.log(me) + Math.log(w) + logFactor - logSigma;
            for (int j = 0; j < np; j++) {
                score[l][j] = b.dme(j)[l] / me + b.dweight(j)[l] / w + flux.derivative[j] / flux.factor - p.gradLogSigma()[j];
            }
        }
        return new Joint(logP, score, b.momenta());
    }

    /** The latent points of given momenta (in the centre-of-mass frame, on the mass shells at theta). */
    public double[][] pointsOf(Point p, double[][] momenta) {
        return p.scored().pointsOf(momenta);
    }
}
