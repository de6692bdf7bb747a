package madvec.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Catalog;
import madvec.processes.Processes;
import madvec.processes.program.Program;
import madvec.processes.program.ProgramExecutor;
import madvec.rambo.RamboOnDiet;

/**
 * A compiled matrix element |M|^2 with the derivatives chosen at build time: the public face of madvec.
 *
 * <pre>{@code
 * MatrixElement me = MatrixElement.builder("gg_tt")          // catalog name or process string
 *         .set("mass.6", 173.0)
 *         .derivatives("mass.6")
 *         .wrtCoordinates()
 *         .build();
 * Batch b = me.evaluatePoints(u);                             // u[coordinate][event] in [0, 1]
 * double[] value = b.me(), dTop = b.dme("mass.6"), dU1 = b.dme("u1");
 * ValueAndGradient one = me.valueAndGradient(Map.of("mass.6", 173.0), 0.1, 0.1, ...);   // MadJax's form
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: each thread evaluates in its own workspace, sized once.
 * Every event is computed independently of the others, so results do not depend on the batch size or
 * on how a batch is split between threads ({@link ParallelEvaluator}).
 */
public final class MatrixElement {
    /** Events per workspace pass: large enough to amortise the passes, small enough to stay in cache. */
    static final int BLOCK = 256;
    /** Relative tolerance of the four-momentum conservation check of momentum inputs. */
    public static final double CONSERVATION_TOLERANCE = 1e-8;

    private final String process;
    private final Program program;
    private final ParamCard card;
    private final StandardModel model;
    private final List<String> parameters;
    private final boolean wrtCoordinates, wrtMomenta;
    private final double sqrtS;
    private final RamboOnDiet rambo;
    private final boolean massTangents;
    private final List<String> pointNames, momentumNames;
    private final ThreadLocal<PointWorkspace> pointWorkspaces = new ThreadLocal<>();
    private final ThreadLocal<MomentumWorkspace> momentumWorkspaces = new ThreadLocal<>();
    private volatile Map.Entry<Map<String, Double>, MatrixElement> lastOverride;

    private MatrixElement(Builder b) {
        Catalog.Entry entry = Catalog.find(b.process);
        this.process = entry != null ? entry.process() : b.process;
        ParamCard base = b.card != null ? b.card : entry != null ? ParamCard.resource(entry.card()) : ParamCard.defaultSm();
        for (Map.Entry<String, Double> s : b.sets.entrySet()) base = base.with(s.getKey(), s.getValue());
        this.card = base;
        this.parameters = List.copyOf(b.derivatives);
        this.model = StandardModel.of(card, parameters);
        this.program = Processes.compile(process, model);
        this.wrtCoordinates = b.wrtCoordinates;
        this.wrtMomenta = b.wrtMomenta;
        this.sqrtS = b.sqrtS != null ? b.sqrtS : entry != null ? entry.sqrtS() : Double.NaN;
        int n = program.particles(), km = model.k();
        boolean anyMassTangent = false;
        for (int i = 0; i < n; i++) anyMassTangent |= model.mass(program.externals().get(i).pdg()).hasTangents();
        this.massTangents = anyMassTangent;
        this.pointNames = derivativeNames(wrtCoordinates ? coordinateNames(dimensions()) : List.of());
        this.momentumNames = derivativeNames(wrtMomenta ? momentumComponentNames(n) : List.of());
        if (Double.isNaN(sqrtS) || n < 4) {
            this.rambo = null;
        } else {
            int k = km + (wrtCoordinates ? 3 * (n - 2) - 4 : 0);
            DualScalar[] finals = new DualScalar[n - 2];
            for (int i = 2; i < n; i++) finals[i - 2] = model.mass(program.externals().get(i).pdg()).padded(k);
            this.rambo = new RamboOnDiet(sqrtS, model.mass(program.externals().get(0).pdg()).padded(k),
                    model.mass(program.externals().get(1).pdg()).padded(k), finals);
        }
    }

    /**
     * Starts a matrix element for a catalog name ({@code gg_tt}; it brings its card and sqrt(s)) or a
     * process string ({@code "g g > t t~ g"}, default {@code sm} card).
     */
    public static Builder builder(String processOrCatalogName) {
        return new Builder(processOrCatalogName);
    }

    /** Options of a matrix element; {@link #build()} compiles it. */
    public static final class Builder {
        private final String process;
        private ParamCard card;
        private final Map<String, Double> sets = new LinkedHashMap<>();
        private final List<String> derivatives = new ArrayList<>();
        private boolean wrtCoordinates, wrtMomenta;
        private Double sqrtS;

        private Builder(String process) {
            if (process == null || process.isBlank()) {
                throw new IllegalArgumentException("no process given");
            }
            this.process = process;
        }

        /** Reads parameters from an SLHA card file (default: the catalog's card, else {@code sm}). */
        public Builder paramCard(Path file) {
            try {
                this.card = ParamCard.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the parameter card " + file, e);
            }
            return this;
        }

        /** Uses this card. */
        public Builder card(ParamCard card) {
            this.card = card;
            return this;
        }

        /** Overrides one parameter by SLHA name, e.g. {@code set("mass.6", 175.0)}. */
        public Builder set(String name, double value) {
            sets.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        /** Derivatives with respect to these SLHA parameters ({@code mass.6}, {@code sminputs.2}, ...). */
        public Builder derivatives(String... names) {
            for (String n : names) {
                String lower = n.trim().toLowerCase(Locale.ROOT);
                if (!derivatives.contains(lower)) {
                    derivatives.add(lower);
                }
            }
            return this;
        }

        /** Derivatives with respect to every hypercube coordinate (for {@link #evaluatePoints}). */
        public Builder wrtCoordinates() {
            this.wrtCoordinates = true;
            return this;
        }

        /** Derivatives with respect to every momentum component (for {@link #evaluateMomenta}). */
        public Builder wrtMomenta() {
            this.wrtMomenta = true;
            return this;
        }

        /** The centre-of-mass energy of hypercube evaluations, GeV (default: the catalog's). */
        public Builder sqrtS(double sqrtS) {
            this.sqrtS = sqrtS;
            return this;
        }

        /**
         * Compiles the process and derives the model.
         *
         * @throws IllegalArgumentException for an unknown process or parameter, or sqrt(s) below threshold
         */
        public MatrixElement build() {
            return new MatrixElement(this);
        }
    }

    /** The process string. */
    public String process() {
        return process;
    }

    /** PDG codes of the external particles, incoming first. */
    public int[] pdgs() {
        return program.externals().stream().mapToInt(e -> e.pdg()).toArray();
    }

    /** Number of hypercube coordinates, 3n - 4 for n final-state particles. */
    public int dimensions() {
        return 3 * (program.particles() - 2) - 4;
    }

    /** The centre-of-mass energy of hypercube evaluations, GeV (NaN when none was set). */
    public double sqrtS() {
        return sqrtS;
    }

    /** The parameter card in force (overrides applied). */
    public ParamCard card() {
        return card;
    }

    /** The SLHA parameters derivatives are taken with respect to. */
    public List<String> parameters() {
        return parameters;
    }

    /** Derivative names of hypercube evaluations: parameters, then {@code u1 ..} when requested. */
    public List<String> pointDerivativeNames() {
        return pointNames;
    }

    /** Derivative names of momentum evaluations: parameters, then {@code E0 px0 ..} when requested. */
    public List<String> momentumDerivativeNames() {
        return momentumNames;
    }

    private List<String> derivativeNames(List<String> after) {
        List<String> names = new ArrayList<>(parameters);
        names.addAll(after);
        return List.copyOf(names);
    }

    private static List<String> coordinateNames(int dimensions) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= dimensions; i++) names.add("u" + i);
        return names;
    }

    private static List<String> momentumComponentNames(int particles) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < particles; p++) {
            for (String c : new String[] {"E", "px", "py", "pz"}) names.add(c + p);
        }
        return names;
    }

    /**
     * Evaluates at points of the unit hypercube, mapped to momenta by RAMBO on diet at {@link #sqrtS()}.
     *
     * @param u {@code u[coordinate][event]}, every value in [0, 1]
     * @throws IllegalArgumentException for a wrong shape, a value outside [0, 1] or NaN (naming the event)
     * @throws ArithmeticException when an event gives a non-finite result (naming it)
     */
    public Batch evaluatePoints(double[][] u) {
        int lanes = checkPoints(u);
        Batch out = newPointBatch(lanes);
        evaluatePoints(u, 0, lanes, out);
        return out;
    }

    int checkPoints(double[][] u) {
        if (rambo == null) {
            throw new IllegalStateException(program.particles() < 4
                    ? "hypercube evaluation needs at least two final-state particles"
                    : "no sqrt(s) for hypercube evaluation: set one with Builder.sqrtS");
        }
        if (u.length != dimensions()) {
            throw new IllegalArgumentException("expected " + dimensions() + " coordinate arrays for " + process
                    + ", got " + u.length);
        }
        int lanes = u.length == 0 ? 0 : u[0].length;
        for (int c = 0; c < u.length; c++) {
            if (u[c].length != lanes) {
                throw new IllegalArgumentException("coordinate " + (c + 1) + " has " + u[c].length + " events, coordinate 1 has " + lanes);
            }
            for (int l = 0; l < lanes; l++) {
                if (!(u[c][l] >= 0.0 && u[c][l] <= 1.0)) {
                    throw new IllegalArgumentException("event " + l + ": coordinate u" + (c + 1) + " = " + u[c][l]
                            + " is not in [0, 1]");
                }
            }
        }
        return lanes;
    }

    Batch newPointBatch(int lanes) {
        List<String> names = pointDerivativeNames();
        int n = program.particles();
        return new Batch(lanes, names, new double[lanes], new double[names.size()][lanes], new double[lanes],
                new double[names.size()][lanes], new double[4 * n][lanes]);
    }

    /** Evaluates events [from, to) of u into out, in blocks, on the calling thread. */
    void evaluatePoints(double[][] u, int from, int to, Batch out) {
        PointWorkspace w = pointWorkspaces.get();
        if (w == null) {
            w = new PointWorkspace();
            pointWorkspaces.set(w);
        }
        for (int start = from; start < to; start += BLOCK) {
            w.run(u, start, Math.min(BLOCK, to - start), out);
        }
    }

    /**
     * Evaluates at given momenta.
     *
     * @param momenta {@code [4 * particle + mu][event]}, incoming first, in GeV
     * @throws IllegalArgumentException for a wrong shape, NaN, or an event whose four-momentum is not conserved
     * @throws ArithmeticException when an event gives a non-finite result (naming it)
     */
    public Batch evaluateMomenta(double[][] momenta) {
        int lanes = checkMomenta(momenta);
        Batch out = newMomentumBatch(momenta, lanes);
        evaluateMomenta(momenta, 0, lanes, out);
        return out;
    }

    int checkMomenta(double[][] p) {
        int n = program.particles();
        if (p.length != 4 * n) {
            throw new IllegalArgumentException("expected " + 4 * n + " momentum arrays (4 per particle of " + process
                    + "), got " + p.length);
        }
        int lanes = p[0].length;
        for (double[] a : p) {
            if (a.length != lanes) {
                throw new IllegalArgumentException("momentum arrays differ in length: " + a.length + " and " + lanes);
            }
        }
        for (int l = 0; l < lanes; l++) {
            double scale = Math.abs(p[0][l]) + Math.abs(p[4][l]);
            for (int mu = 0; mu < 4; mu++) {
                double sum = 0;
                for (int q = 0; q < n; q++) {
                    double x = p[4 * q + mu][l];
                    if (!Double.isFinite(x)) {
                        throw new IllegalArgumentException("event " + l + ": momentum component " + mu + " of particle "
                                + q + " is " + x);
                    }
                    sum += q < 2 ? x : -x;
                }
                if (Math.abs(sum) > CONSERVATION_TOLERANCE * scale) {
                    throw new IllegalArgumentException("event " + l + ": four-momentum is not conserved (component " + mu
                            + " differs by " + sum + " GeV)");
                }
            }
        }
        return lanes;
    }

    Batch newMomentumBatch(double[][] momenta, int lanes) {
        List<String> names = momentumDerivativeNames();
        return new Batch(lanes, names, new double[lanes], new double[names.size()][lanes], null, null, momenta);
    }

    void evaluateMomenta(double[][] p, int from, int to, Batch out) {
        MomentumWorkspace w = momentumWorkspaces.get();
        if (w == null) {
            w = new MomentumWorkspace();
            momentumWorkspaces.set(w);
        }
        for (int start = from; start < to; start += BLOCK) {
            w.run(p, start, Math.min(BLOCK, to - start), out);
        }
    }

    /**
     * |M|^2 and its gradient at one hypercube point (the derivatives chosen at build time).
     *
     * @param u the point's {@link #dimensions()} coordinates
     */
    public ValueAndGradient valueAndGradient(double... u) {
        double[][] columns = new double[u.length][1];
        for (int c = 0; c < u.length; c++) columns[c][0] = u[c];
        Batch b = evaluatePoints(columns);
        Map<String, Double> g = new LinkedHashMap<>();
        for (int j = 0; j < b.names().size(); j++) g.put(b.names().get(j), b.dme(j)[0]);
        return new ValueAndGradient(b.me()[0], g);
    }

    /**
     * MadJax's form: |M|^2 at one hypercube point with parameters set by SLHA name, and its gradient with
     * respect to those parameters (and the coordinates when requested at build time).
     *
     * @param parameters SLHA name to value, e.g. {@code Map.of("mass.6", 173.0)}
     * @param u the point's coordinates
     */
    public ValueAndGradient valueAndGradient(Map<String, Double> parameters, double... u) {
        return with(parameters).valueAndGradient(u);
    }

    /**
     * A matrix element like this one with parameters overridden, also differentiated with respect to
     * them. The last one made is cached, so repeated calls with the same parameters cost nothing.
     */
    public MatrixElement with(Map<String, Double> overrides) {
        Map.Entry<Map<String, Double>, MatrixElement> last = lastOverride;
        if (last != null && last.getKey().equals(overrides)) {
            return last.getValue();
        }
        Builder b = new Builder(process).card(card);
        if (!Double.isNaN(sqrtS)) {
            b.sqrtS(sqrtS);
        }
        b.derivatives(parameters.toArray(String[]::new));
        overrides.forEach((name, value) -> b.set(name, value).derivatives(name));
        if (wrtCoordinates) {
            b.wrtCoordinates();
        }
        if (wrtMomenta) {
            b.wrtMomenta();
        }
        MatrixElement me = b.build();
        lastOverride = Map.entry(Map.copyOf(overrides), me);
        return me;
    }

    private static void checkFinite(double[] me, int stride, int k, int lanes, int first, List<String> names) {
        for (int t = 0; t <= k; t++) {
            for (int l = 0; l < lanes; l++) {
                double v = me[t * stride + l];
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("event " + (first + l) + ": " + (t == 0 ? "|M|^2" : "d|M|^2/d" + names.get(t - 1))
                            + " is " + v + " (a coordinate on the edge of the hypercube, or a propagator on its pole"
                            + " with zero width?)");
                }
            }
        }
    }

    /** One thread's arrays for hypercube evaluations, sized once for BLOCK events. */
    private final class PointWorkspace {
        final int k = pointDerivativeNames().size();
        final DualLanes[] u = new DualLanes[dimensions()];
        final DualLanes[] momenta = new DualLanes[4 * program.particles()];
        final double[][] momentumArrays = new double[momenta.length][];
        final DualLanes weight = DualLanes.create(BLOCK, k);
        final int stride = weight.stride();
        final double[] me = new double[(k + 1) * stride];
        final ProgramExecutor executor = new ProgramExecutor(program, model, k, wrtCoordinates || massTangents);

        PointWorkspace() {
            for (int c = 0; c < u.length; c++) {
                u[c] = DualLanes.create(BLOCK, k);
                if (wrtCoordinates) {
                    u[c].seed(model.k() + c);
                }
            }
            for (int j = 0; j < momenta.length; j++) {
                momenta[j] = DualLanes.create(BLOCK, k);
                momentumArrays[j] = momenta[j].array();
            }
        }

        void run(double[][] points, int start, int len, Batch out) {
            for (int c = 0; c < u.length; c++) {
                double[] a = u[c].array();
                System.arraycopy(points[c], start, a, 0, len);
                // lanes past the end repeat the first event, so that they stay physical
                for (int l = len; l < BLOCK; l++) a[l] = a[0];
            }
            rambo.forward(u, momenta, weight);
            executor.evaluate(momentumArrays, stride, len, me);
            checkFinite(me, stride, k, len, start, pointDerivativeNames());
            double[] wv = weight.array();
            System.arraycopy(me, 0, out.me(), start, len);
            System.arraycopy(wv, 0, out.weight(), start, len);
            for (int t = 1; t <= k; t++) {
                System.arraycopy(me, t * stride, out.dme(t - 1), start, len);
                System.arraycopy(wv, t * stride, out.dweight(t - 1), start, len);
            }
            for (int j = 0; j < momenta.length; j++) System.arraycopy(momentumArrays[j], 0, out.momenta()[j], start, len);
        }
    }

    /** One thread's arrays for momentum evaluations, sized once for BLOCK events. */
    private final class MomentumWorkspace {
        final int k = momentumDerivativeNames().size();
        final int stride = DualLanes.strideFor(BLOCK);
        final double[][] momenta = new double[4 * program.particles()][(k + 1) * stride];
        final double[] me = new double[(k + 1) * stride];
        final ProgramExecutor executor = new ProgramExecutor(program, model, k, wrtMomenta);

        MomentumWorkspace() {
            if (wrtMomenta) {
                int km = model.k();
                for (int j = 0; j < momenta.length; j++) {
                    java.util.Arrays.fill(momenta[j], (km + j + 1) * stride, (km + j + 1) * stride + BLOCK, 1.0);
                }
            }
        }

        void run(double[][] p, int start, int len, Batch out) {
            for (int j = 0; j < momenta.length; j++) System.arraycopy(p[j], start, momenta[j], 0, len);
            executor.evaluate(momenta, stride, len, me);
            checkFinite(me, stride, k, len, start, momentumDerivativeNames());
            System.arraycopy(me, 0, out.me(), start, len);
            for (int t = 1; t <= k; t++) System.arraycopy(me, t * stride, out.dme(t - 1), start, len);
        }
    }
}
