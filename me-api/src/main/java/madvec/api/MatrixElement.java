package madvec.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import madvec.autodiff.DualScalar;
import madvec.generator.Catalog;
import madvec.model.ParamCard;
import madvec.processes.Bindings;
import madvec.processes.ModelPoint;
import madvec.processes.Program;
import madvec.processes.ProgramPlan;
import madvec.rambo.RamboOnDiet;

/**
 * A compiled matrix element |M|^2 at one parameter point, with the derivatives chosen at build time:
 * the public face of madvec.
 *
 * <pre>{@code
 * MatrixElement me = MatrixElement.builder("gg_tt")          // catalog name or process string
 *         .set("mass.6", 173.0)
 *         .derivatives("mass.6")
 *         .wrtCoordinates()
 *         .build();
 * Batch b = me.evaluatePoints(u);                             // u[coordinate][event] in [0, 1]
 * double[] value = b.me(), dTop = b.dme("mass.6"), dU1 = b.dme("u1");
 * MatrixElement heavier = me.withParameters(Map.of("mass.6", 175.0));   // microseconds, no recompilation
 * ValueAndGradient one = me.valueAndGradient(Map.of("mass.6", 173.0), 0.1, 0.1);   // MadJax's form
 * }</pre>
 *
 * <p>Compiling fixes the structure of the computation (the program and its plans), not its numbers:
 * {@link #withParameters} gives the same matrix element at another parameter point, sharing everything
 * compiled and recomputing only the model's derived parameters and couplings. A parameter that is zero
 * when the process is compiled (a light-quark mass, an electron Yukawa) prunes vertices or makes a
 * particle massless unless it is declared {@linkplain Builder#free free}; setting such a parameter
 * later is refused with a message saying so.
 *
 * <p>Instances are immutable and thread-safe: each thread evaluates in its own workspace, made once per
 * thread and batch-size class. Every event is computed independently of the others, so results do not
 * depend on the batch size or on how a batch is split between threads ({@link ParallelEvaluator}); a
 * batch of B events costs about B rounded up to the SIMD lane count.
 */
public final class MatrixElement {
    /** Relative tolerance of the four-momentum conservation check of momentum inputs. */
    public static final double CONSERVATION_TOLERANCE = 1e-8;

    private final CompiledProcess compiled;
    private final ParamCard card;
    private final Bindings pointBindings, momentumBindings;
    private final RamboOnDiet rambo;
    /** The model at this point: masses for on-shell checks, widths for messages. */
    private final ModelPoint point;
    /** The MadJax form's matrix elements differentiated with respect to extra parameters, by their names. */
    private volatile Map.Entry<Set<String>, MatrixElement> widened;

    private MatrixElement(CompiledProcess compiled, ParamCard card, ModelPoint point) {
        this.compiled = compiled;
        this.card = card;
        this.point = point;
        this.pointBindings = compiled.pointPlan == null ? null : compiled.pointPlan.bind(point);
        this.momentumBindings = compiled.momentumPlan.bind(point);
        this.rambo = phaseSpace(compiled, point);
    }

    /** The matrix element of a compiled process at the point its card gives. */
    private static MatrixElement at(CompiledProcess compiled, ParamCard card) {
        return new MatrixElement(compiled, card, compiled.source.point(card, compiled.parameters));
    }

    private static RamboOnDiet phaseSpace(CompiledProcess c, ModelPoint model) {
        Program program = c.program;
        int n = program.particles();
        if (Double.isNaN(c.sqrtS) || n < 4) {
            return null;
        }
        int k = c.pointNames.size();
        DualScalar[] finals = new DualScalar[n - 2];
        for (int i = 2; i < n; i++) finals[i - 2] = kinematicMass(model, program, i, k);
        return new RamboOnDiet(c.sqrtS, kinematicMass(model, program, 0, k), kinematicMass(model, program, 1, k),
                finals);
    }

    /**
     * The mass external {@code i} has on its shell: |m|, with the tangents of |m|. A Majorana fermion's
     * negative mass (MSSM_SLHA2's n3 at -363.8 GeV) is a phase of its field, kept so that the mixing matrix
     * stays real: as in MadGraph, the kinematics take |m| and only the spinors and propagators the sign.
     */
    private static DualScalar kinematicMass(ModelPoint model, Program program, int i, int k) {
        return model.mass(program.externals().get(i).pdg()).padded(k).abs();
    }

    /**
     * Starts a matrix element for a catalog name ({@code gg_tt}; it brings its card and sqrt(s)) or a
     * process string ({@code "g g > t t~ g"}, default {@code sm} card). The process text may start with
     * MadGraph's {@code import model PATH[-restriction]} line to use a UFO model (as {@link Builder#model}).
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
        private final Set<String> free = new LinkedHashSet<>();
        private boolean wrtCoordinates, wrtMomenta;
        private Double sqrtS;
        private DerivativeMode mode = DerivativeMode.AUTO;
        private Precision precision = Precision.DOUBLE;
        private Consumer<String> progress = line -> { };
        private String model;

        private Builder(String process) {
            if (process == null || process.isBlank()) {
                throw new IllegalArgumentException("no process given");
            }
            String[] split = ModelSource.splitImport(process);
            this.process = split[1];
            this.model = split[0];
            if (this.process.isBlank()) {
                throw new IllegalArgumentException("no process given, only 'import model " + split[0] + "'");
            }
        }

        /**
         * Uses a UFO model instead of the built-in SM, named as MadGraph's {@code import model}: a folder
         * ({@code ../shared/models/heft}), optionally with a restriction ({@code sm-full},
         * {@code MSSM_SLHA2-default}); a name that is not a folder is looked for under
         * {@code -Dmadvec.models} and {@code MADVEC_MODELS}. The default card becomes the model's own
         * ({@code param_card.dat} with every input at its default). {@code null} or {@code sm-builtin}: the
         * built-in SM.
         */
        public Builder model(String spec) {
            this.model = spec;
            return this;
        }

        /** The model and the process text: a catalog entry's may carry its own {@code import model} line. */
        private ModelSource source() {
            return ModelSource.of(model != null ? model : ModelSource.splitImport(entryText())[0], free);
        }

        private String entryText() {
            Catalog.Entry entry = Catalog.find(process);
            return entry != null ? entry.process() : process;
        }

        private String text() {
            return ModelSource.splitImport(entryText())[1];
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

        /** Derivatives with respect to these SLHA parameters ({@code mass.6}, {@code sminputs.2}, ...); they are free too. */
        public Builder derivatives(String... names) {
            for (String n : names) {
                String lower = n.trim().toLowerCase(Locale.ROOT);
                if (!derivatives.contains(lower)) {
                    derivatives.add(lower);
                }
            }
            return this;
        }

        /**
         * Declares parameters free: {@link MatrixElement#withParameters} may later give them any value,
         * zero or not, so the program keeps every vertex and helicity they can switch on (a zero
         * parameter that is not free prunes them, as MadGraph's restricted models do).
         */
        public Builder free(String... names) {
            for (String n : names) free.add(n.trim().toLowerCase(Locale.ROOT));
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

        /**
         * Where compilation reports progress when it takes longer than 2 s (a large multi-jet process):
         * one line every few seconds, never during evaluation. Default: nowhere.
         */
        public Builder progress(Consumer<String> lines) {
            this.progress = lines == null ? line -> { } : lines;
            return this;
        }

        /**
         * How derivatives are computed: forward mode, reverse mode, or {@link DerivativeMode#AUTO} (the
         * default: reverse from {@link DerivativeMode#AUTO_REVERSE_FROM} derivative directions on, when
         * the process allows it). Values and derivatives agree between modes to rounding.
         *
         * @throws UnsupportedOperationException from {@link #build()} for {@link DerivativeMode#REVERSE}
         *     and a process with a vertex structure reverse mode does not know
         */
        public Builder mode(DerivativeMode mode) {
            this.mode = java.util.Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The precision of the kernels: {@link Precision#DOUBLE} (the default), {@link Precision#FLOAT}
         * or {@link Precision#MIXED}. Results are bit-identical across batch sizes and thread counts in
         * each precision.
         *
         * @throws UnsupportedOperationException from {@link #build()} for float or mixed with
         *     {@link DerivativeMode#REVERSE} ({@link DerivativeMode#AUTO} runs forward), or with a process
         *     that has generic (UFO) vertex structures
         */
        public Builder precision(Precision precision) {
            this.precision = java.util.Objects.requireNonNull(precision, "precision");
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
            Catalog.Entry entry = Catalog.find(process);
            String text = text();
            ModelSource source = source();
            ParamCard base = card(source);
            double s = sqrtS != null ? sqrtS : entry != null ? entry.sqrtS() : Double.NaN;
            CompiledProcess c = new CompiledProcess(source, text, base, derivatives, free, wrtCoordinates, wrtMomenta, s,
                    mode, precision, progress);
            return new MatrixElement(c, base, c.buildPoint);
        }

        /**
         * Every subprocess the process string expands into (multi-particle labels, {@code define}s),
         * compiled against the same card as {@link #build()} and planned for values only: what a
         * process generates, without evaluating it. A {@link MatrixElement} needs one subprocess.
         *
         * @throws IllegalArgumentException for a syntax error, an unknown parameter, or no diagrams
         */
        public List<Subprocess> subprocesses() {
            Catalog.Entry entry = Catalog.find(process);
            String text = text();
            ModelSource source = source();
            ParamCard base = card(source);
            ModelPoint values = source.point(base, List.of());
            List<Subprocess> out = new ArrayList<>();
            for (var g : source.compileAll(text, base, free, progress)) {
                var plan = ProgramPlan.of(g.program(), 0, false, List.of(values));
                out.add(new Subprocess(g.name(), g.program(), g.diagrams(), g.amplitudes(), plan.liveHelicities()));
            }
            return out;
        }

        /** The card in force: the given one, or the catalog's, or {@code sm}, with the overrides applied. */
        private ParamCard card(ModelSource source) {
            Catalog.Entry entry = Catalog.find(process);
            ParamCard base = card != null ? card : entry != null && entry.card() != null ? ParamCard.resource(entry.card())
                    : source.defaultCard();
            if (!sets.isEmpty()) {
                base = base.with(sets);
            }
            for (String name : free) {
                try {
                    base.value(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot declare " + name + " free: " + e.getMessage(), e);
                }
            }
            return base;
        }
    }

    /**
     * This matrix element at another parameter point: the given parameters changed, the derivative
     * directions and everything compiled shared. Costs microseconds (the model's derived parameters,
     * the couplings and the phase-space map are recomputed; nothing is recompiled), so a fit or a
     * parameter scan can call it per point.
     *
     * @param values SLHA name to new value, e.g. {@code Map.of("mass.6", 175.0)}
     * @throws IllegalArgumentException for an unknown parameter or a non-finite value, or for a
     *     parameter that was zero at build time and not declared free (the message says how to)
     */
    public MatrixElement withParameters(Map<String, Double> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, Double> lower = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            lower.put(e.getKey().trim().toLowerCase(Locale.ROOT), e.getValue());
        }
        compiled.shape.check(compiled.process, lower);
        return at(compiled, card.with(lower));
    }

    /** The process string. */
    public String process() {
        return compiled.process;
    }

    /** The compiled program (structure of the computation; {@link Program#text()} lists it). */
    public Program program() {
        return compiled.program;
    }

    /** PDG codes of the external particles, incoming first. */
    public int[] pdgs() {
        return compiled.program.externals().stream().mapToInt(e -> e.pdg()).toArray();
    }

    /**
     * The masses of the external particles at this parameter point, incoming first, GeV, as the model
     * derives them (MW from MZ, Gf and aEWM1, not the card's mass.24): what on-shell momenta must have.
     * These are kinematic masses, never negative: a Majorana fermion that the card gives a negative mass
     * (a phase of its field, MadGraph's convention) appears here with |m|, as in MadGraph's phase space.
     */
    public double[] externalMasses() {
        double[] masses = new double[compiled.program.particles()];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = Math.abs(point.mass(compiled.program.externals().get(i).pdg()).value());
        }
        return masses;
    }

    /** Number of hypercube coordinates, 3n - 4 for n final-state particles. */
    public int dimensions() {
        return compiled.dimensions();
    }

    /** The centre-of-mass energy of hypercube evaluations, GeV (NaN when none was set). */
    public double sqrtS() {
        return compiled.sqrtS;
    }

    /** The parameter card in force (overrides applied). */
    public ParamCard card() {
        return card;
    }

    /** The SLHA parameters derivatives are taken with respect to. */
    public List<String> parameters() {
        return compiled.parameters;
    }

    /** The precision the kernels run in, chosen at build time. */
    public Precision precision() {
        return compiled.precision;
    }

    /** The derivative mode asked for at build time. */
    public DerivativeMode mode() {
        return compiled.mode;
    }

    /** Whether hypercube evaluations ({@link #evaluatePoints}) compute their derivatives in reverse mode. */
    public boolean reversePoints() {
        return compiled.reversePoints;
    }

    /** Whether momentum evaluations ({@link #evaluateMomenta(double[][])}) compute their derivatives in reverse mode. */
    public boolean reverseMomenta() {
        return compiled.reverseMomenta;
    }

    /** The parameters declared free at build time (derivative directions included). */
    public Set<String> freeParameters() {
        return compiled.free;
    }

    /**
     * Floating-point operations per event of a value-only evaluation at fixed momenta, counted from the
     * program's operations as the executor runs them (see {@link madvec.processes.FlopCount}); with
     * derivatives, the value's share only.
     */
    public long valueFlopsPerEvent() {
        return madvec.processes.FlopCount.valuePerEvent(momentumBindings);
    }

    /**
     * The mass of a particle (PDG code) at this matrix element's parameter point, as its model gives it:
     * a Majorana fermion's may be negative (a phase of its field; the kinematics use its magnitude).
     *
     * @throws IllegalArgumentException for a particle the model does not have
     */
    public double mass(int pdg) {
        return point.mass(pdg).value();
    }

    /** The width of a particle (PDG code) at this matrix element's parameter point, as its model gives it. */
    public double width(int pdg) {
        return point.width(pdg).value();
    }

    /**
     * {@link #valueFlopsPerEvent} by kind of operation (external wavefunctions, currents' vertices and
     * propagators, amplitudes' vertices, contractions, colour-weighted sums, the colour sum): where a value
     * pass spends its arithmetic.
     */
    public java.util.Map<madvec.processes.FlopCount.Kind, Long> valueFlopsByKind() {
        return madvec.processes.FlopCount.byKind(momentumBindings);
    }

    /** Live helicity combinations of momentum evaluations (one helicity per particle each). */
    public List<int[]> liveHelicities() {
        return compiled.momentumPlan.liveHelicities();
    }

    /** Derivative names of hypercube evaluations: parameters, then {@code u1 ..} when requested. */
    public List<String> pointDerivativeNames() {
        return compiled.pointNames;
    }

    /** Derivative names of momentum evaluations: parameters, then {@code E0 px0 ..} when requested. */
    public List<String> momentumDerivativeNames() {
        return compiled.momentumNames;
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
            throw new IllegalStateException(compiled.program.particles() < 4
                    ? "hypercube evaluation needs at least two final-state particles"
                    : "no sqrt(s) for hypercube evaluation: set one with Builder.sqrtS");
        }
        if (u.length != dimensions()) {
            throw new IllegalArgumentException("expected " + dimensions() + " coordinate arrays for " + process()
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
        int n = compiled.program.particles();
        return new Batch(lanes, names, new double[lanes], new double[names.size()][lanes], new double[lanes],
                new double[names.size()][lanes], new double[4 * n][lanes]);
    }

    /** Evaluates events [from, to) of u into out, in passes, on the calling thread. */
    void evaluatePoints(double[][] u, int from, int to, Batch out) {
        ThreadState t = compiled.thread();
        for (int start = from; start < to; start += CompiledProcess.BLOCK) {
            int len = Math.min(CompiledProcess.BLOCK, to - start);
            runPoints(t.points(CompiledProcess.passLanes(len)), u, start, len, out);
        }
    }

    private void runPoints(ThreadState.PointPass w, double[][] points, int start, int len, Batch out) {
        for (int c = 0; c < w.u.length; c++) {
            double[] a = w.tape != null ? w.tape.points()[c] : w.u[c].array();
            System.arraycopy(points[c], start, a, 0, len);
            // lanes past the end repeat the first event, so that they stay physical
            for (int l = len; l < w.lanes; l++) a[l] = a[0];
        }
        if (w.tape != null) {
            runPointsReverse(w, len);
        } else {
            rambo.forward(w.u, w.momenta, w.weight);
            w.workspace.evaluate(pointBindings, w.momentumArrays, w.stride, len, w.me);
        }
        checkFinite(w.me, w.stride, w.k, len, start, pointDerivativeNames(), points);
        double[] wv = w.weight.array();
        System.arraycopy(w.me, 0, out.me(), start, len);
        System.arraycopy(wv, 0, out.weight(), start, len);
        for (int t = 1; t <= w.k; t++) {
            System.arraycopy(w.me, t * w.stride, out.dme(t - 1), start, len);
            System.arraycopy(wv, t * w.stride, out.dweight(t - 1), start, len);
        }
        for (int j = 0; j < w.momenta.length; j++) {
            System.arraycopy(w.momentumArrays[j], 0, out.momenta()[j], start, len);
        }
    }

    /**
     * Reverse mode through the map: its values onto the tape, the adjoint sweep of the matrix element
     * (the parameters' terms in {@code w.me}, d|M|^2/dp in {@code w.momentumBar}), then two pullbacks
     * through the map, one of d|M|^2/dp and one of the weight, each adding the terms through the masses
     * and giving the coordinates' derivatives.
     */
    private void runPointsReverse(ThreadState.PointPass w, int len) {
        rambo.forward(w.tape);
        if (!compiled.wrtCoordinates && !compiled.massTangents) {
            // no direction moves the momenta or the weight (parameters only, no external mass among
            // them): neither momentum adjoints nor pullbacks, and the weight's tangents are zero
            w.adjoint.evaluate(pointBindings, w.momentumArrays, w.stride, len, w.me, null);
            double[] weight = w.weight.array();
            System.arraycopy(w.tape.weight(), 0, weight, 0, w.stride);
            java.util.Arrays.fill(weight, w.stride, weight.length, 0.0);
            return;
        }
        w.adjoint.evaluate(pointBindings, w.momentumArrays, w.stride, len, w.me, w.momentumBar);
        rambo.pullback(w.tape, w.momentumBar, 0.0, w.uBar, w.me);
        addCoordinateRows(w, w.me);
        double[] weight = w.weight.array();
        System.arraycopy(w.tape.weight(), 0, weight, 0, w.stride);
        java.util.Arrays.fill(weight, w.stride, weight.length, 0.0);
        rambo.pullback(w.tape, null, 1.0, w.uBar, weight);
        addCoordinateRows(w, weight);
    }

    /** Adds the coordinates' adjoints of the last pullback into their tangent rows of {@code rows}. */
    private void addCoordinateRows(ThreadState.PointPass w, double[] rows) {
        if (!compiled.wrtCoordinates) return;
        int first = compiled.parameters.size() + 1;
        for (int c = 0; c < w.uBar.length; c++) {
            double[] bar = w.uBar[c];
            int to = (first + c) * w.stride;
            for (int l = 0; l < w.stride; l++) rows[to + l] += bar[l];
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

    /**
     * Evaluates several matrix elements of this process (typically other parameter points from
     * {@link #withParameters}) at the same momenta, checking the momenta once: what reweighting to many
     * points does for every batch of events.
     *
     * @param momenta {@code [4 * particle + mu][event]}, incoming first, in GeV
     * @param points matrix elements of the same external particles as this one
     * @return one batch per point, in order
     * @throws IllegalArgumentException as {@link #evaluateMomenta(double[][])}, or for a point of other
     *     external particles
     * @throws ArithmeticException when an event gives a non-finite result (naming it)
     */
    public List<Batch> evaluateMomenta(double[][] momenta, List<MatrixElement> points) {
        for (MatrixElement m : points) {
            if (!java.util.Arrays.equals(m.pdgs(), pdgs())) {
                throw new IllegalArgumentException(m.process() + " has other external particles than " + process());
            }
        }
        int lanes = checkMomenta(momenta);
        List<Batch> out = new java.util.ArrayList<>(points.size());
        for (MatrixElement m : points) {
            Batch b = m.newMomentumBatch(momenta, lanes);
            m.evaluateMomenta(momenta, 0, lanes, b);
            out.add(b);
        }
        return out;
    }

    /**
     * Evaluates at given momenta for one helicity combination instead of the helicity sum, as MadGraph's
     * helicity-by-helicity reweighting does. The averaging factor is the same, so the sum over every
     * combination is {@link #evaluateMomenta(double[][])}; a combination the helicity filter found to
     * vanish gives zeros.
     *
     * @param momenta {@code [4 * particle + mu][event]}, incoming first, in GeV
     * @param helicity one helicity per particle, incoming first, among those the particle has (-1 and 1; 0
     *     too for a massive vector), with HELAS's meaning (MadGraph's {@code nhel})
     * @throws IllegalArgumentException for a wrong shape, NaN, momenta that do not conserve four-momentum,
     *     or a helicity a particle cannot have
     * @throws ArithmeticException when an event gives a non-finite result (naming it)
     */
    public Batch evaluateMomenta(double[][] momenta, int[] helicity) {
        Program program = compiled.program;
        int n = program.particles();
        if (helicity.length != n) {
            throw new IllegalArgumentException("expected " + n + " helicities for " + process() + ", got " + helicity.length);
        }
        for (int p = 0; p < n; p++) {
            int h = helicity[p];
            if (java.util.Arrays.stream(program.externals().get(p).helicities()).noneMatch(x -> x == h)) {
                throw new IllegalArgumentException("particle " + (p + 1) + " (PDG " + program.externals().get(p).pdg()
                        + ") of " + process() + " cannot have helicity " + h + "; it has "
                        + java.util.Arrays.toString(program.externals().get(p).helicities()));
            }
        }
        int lanes = checkMomenta(momenta);
        Batch out = newMomentumBatch(momenta, lanes);
        if (liveHelicities().stream().noneMatch(h -> java.util.Arrays.equals(h, helicity))) return out;
        int[][] one = {helicity.clone()};
        ThreadState t = compiled.thread();
        for (int start = 0; start < lanes; start += CompiledProcess.BLOCK) {
            int len = Math.min(CompiledProcess.BLOCK, lanes - start);
            ThreadState.MomentumPass w = t.momenta(CompiledProcess.passLanes(len));
            for (int j = 0; j < w.momenta.length; j++) System.arraycopy(momenta[j], start, w.momenta[j], 0, len);
            w.workspace.evaluate(momentumBindings, w.momenta, w.stride, len, w.me, one);
            checkFinite(w.me, w.stride, w.k, len, start, momentumDerivativeNames(), null);
            System.arraycopy(w.me, 0, out.me(), start, len);
            for (int d = 1; d <= w.k; d++) System.arraycopy(w.me, d * w.stride, out.dme(d - 1), start, len);
        }
        return out;
    }

    /** Checks the shape and every event of {@code p}; returns the number of events. */
    int checkMomenta(double[][] p) {
        int lanes = checkMomentumShape(p);
        checkMomentumValues(p, 0, lanes);
        return lanes;
    }

    /** Checks that {@code p} holds four arrays per particle of one length; returns it. */
    int checkMomentumShape(double[][] p) {
        int n = compiled.program.particles();
        if (p.length != 4 * n) {
            throw new IllegalArgumentException("expected " + 4 * n + " momentum arrays (4 per particle of " + process()
                    + "), got " + p.length);
        }
        int lanes = p[0].length;
        for (double[] a : p) {
            if (a.length != lanes) {
                throw new IllegalArgumentException("momentum arrays differ in length: " + a.length + " and " + lanes);
            }
        }
        return lanes;
    }

    /**
     * Checks events [from, to) of {@code p}: finite components and conserved four-momentum. The first bad
     * event is named. Runs a block at a time along the arrays (a pass a parallel evaluation can share
     * out), and only a block that fails is searched event by event for the message.
     */
    void checkMomentumValues(double[][] p, int from, int to) {
        int n = compiled.program.particles();
        double[] sum = new double[Math.min(CompiledProcess.BLOCK, Math.max(0, to - from))];
        for (int start = from; start < to; start += sum.length) {
            int len = Math.min(sum.length, to - start);
            boolean bad = false;
            for (int mu = 0; mu < 4 && !bad; mu++) {
                // a non-finite component makes its sum infinite or NaN, which fails the comparison below
                System.arraycopy(p[mu], start, sum, 0, len);
                for (int i = 0; i < len; i++) sum[i] += p[4 + mu][start + i];
                for (int q = 2; q < n; q++) {
                    double[] a = p[4 * q + mu];
                    for (int i = 0; i < len; i++) sum[i] -= a[start + i];
                }
                double[] e0 = p[0], e1 = p[4];
                for (int i = 0; i < len; i++) {
                    double scale = Math.abs(e0[start + i]) + Math.abs(e1[start + i]);
                    bad |= !(Math.abs(sum[i]) <= CONSERVATION_TOLERANCE * scale && scale < Double.POSITIVE_INFINITY);
                }
            }
            if (bad) checkEvents(p, start, start + len);
        }
    }

    /** The event-by-event check of {@link #checkMomentumValues}, which says what is wrong with the first bad event. */
    private void checkEvents(double[][] p, int from, int to) {
        int n = compiled.program.particles();
        for (int l = from; l < to; l++) {
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
    }

    Batch newMomentumBatch(double[][] momenta, int lanes) {
        List<String> names = momentumDerivativeNames();
        return new Batch(lanes, names, new double[lanes], new double[names.size()][lanes], null, null, momenta);
    }

    void evaluateMomenta(double[][] p, int from, int to, Batch out) {
        ThreadState t = compiled.thread();
        for (int start = from; start < to; start += CompiledProcess.BLOCK) {
            int len = Math.min(CompiledProcess.BLOCK, to - start);
            ThreadState.MomentumPass w = t.momenta(CompiledProcess.passLanes(len));
            for (int j = 0; j < w.momenta.length; j++) System.arraycopy(p[j], start, w.momenta[j], 0, len);
            if (w.adjoint != null) {
                w.adjoint.evaluate(momentumBindings, w.momenta, w.stride, len, w.me);
            } else {
                w.workspace.evaluate(momentumBindings, w.momenta, w.stride, len, w.me);
            }
            checkFinite(w.me, w.stride, w.k, len, start, momentumDerivativeNames(), null);
            System.arraycopy(w.me, 0, out.me(), start, len);
            for (int d = 1; d <= w.k; d++) System.arraycopy(w.me, d * w.stride, out.dme(d - 1), start, len);
        }
    }

    /**
     * Per event, each live helicity combination's contribution to |M|^2 and each colour flow's |J_j|^2
     * summed over helicities, at given momenta: what choosing a helicity and a colour flow per event
     * needs. A separate pass of the executor, so that {@link #evaluateMomenta} costs nothing more for it.
     *
     * @param momenta {@code [4 * particle + mu][event]}, incoming first, in GeV
     * @throws IllegalArgumentException as {@link #evaluateMomenta}
     * @throws ArithmeticException when an event gives a non-finite result (naming it)
     */
    public HelicityColourWeights helicityColourWeights(double[][] momenta) {
        int lanes = checkMomenta(momenta);
        int hels = liveHelicities().size(), flows = compiled.program.jamps();
        double[][] helicity = new double[hels][lanes], flow = new double[flows][lanes];
        ThreadState t = compiled.thread();
        for (int start = 0; start < lanes; start += CompiledProcess.BLOCK) {
            int len = Math.min(CompiledProcess.BLOCK, lanes - start);
            ThreadState.MomentumPass w = t.momenta(CompiledProcess.passLanes(len));
            double[] hme = new double[hels * w.stride], fsq = new double[flows * w.stride];
            for (int j = 0; j < w.momenta.length; j++) System.arraycopy(momenta[j], start, w.momenta[j], 0, len);
            w.workspace.evaluateDetailed(momentumBindings, w.momenta, w.stride, len, w.me, hme, fsq);
            checkFinite(w.me, w.stride, w.k, len, start, momentumDerivativeNames(), null);
            for (int h = 0; h < hels; h++) System.arraycopy(hme, h * w.stride, helicity[h], start, len);
            for (int j = 0; j < flows; j++) System.arraycopy(fsq, j * w.stride, flow[j], start, len);
        }
        return new HelicityColourWeights(liveHelicities(), compiled.program.colourFlows(), helicity, flow);
    }

    /**
     * The inverse of the phase-space map: the hypercube point of each event's final-state momenta (in
     * the centre-of-mass frame at {@link #sqrtS()}, on the mass shells of this point's masses), so that
     * events from elsewhere can be brought onto the hypercube a flow trains on.
     *
     * @param momenta {@code [4 * particle + mu][event]}, incoming first (the incoming ones are not read)
     * @return {@code u[coordinate][event]}
     * @throws IllegalStateException when there is no phase-space map (no sqrt(s), or one final particle)
     * @throws IllegalArgumentException for a wrong shape, or an event not in the frame or off shell (named)
     */
    public double[][] pointsOf(double[][] momenta) {
        if (rambo == null) {
            throw new IllegalStateException("no phase-space map: set sqrt(s) with Builder.sqrtS (and have two or more"
                    + " final-state particles)");
        }
        int n = compiled.program.particles();
        if (momenta.length != 4 * n) {
            throw new IllegalArgumentException("expected " + 4 * n + " momentum arrays, got " + momenta.length);
        }
        int lanes = momenta[0].length;
        double[][] u = new double[dimensions()][lanes];
        double[] event = new double[4 * n], point = new double[dimensions()];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) event[j] = momenta[j][l];
            try {
                rambo.inverse(event, point);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("event " + l + ": " + e.getMessage(), e);
            }
            for (int c = 0; c < point.length; c++) u[c][l] = point[c];
        }
        return u;
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
     * respect to those parameters (and the build-time derivatives and coordinates). Parameters that
     * are not derivative directions of this matrix element make a wider one once (compiled once and
     * kept for the next call with the same names); every call after that costs an evaluation plus
     * {@link #withParameters}.
     *
     * @param parameters SLHA name to value, e.g. {@code Map.of("mass.6", 173.0)}
     * @param u the point's coordinates
     */
    public ValueAndGradient valueAndGradient(Map<String, Double> parameters, double... u) {
        return wideningTo(parameters.keySet()).withParameters(parameters).valueAndGradient(u);
    }

    private MatrixElement wideningTo(Set<String> names) {
        Set<String> lower = new LinkedHashSet<>();
        for (String n : names) lower.add(n.trim().toLowerCase(Locale.ROOT));
        if (compiled.parameters.containsAll(lower)) {
            return this;
        }
        Map.Entry<Set<String>, MatrixElement> last = widened;
        if (last != null && last.getKey().equals(lower)) {
            return last.getValue();
        }
        List<String> all = new ArrayList<>(compiled.parameters);
        for (String n : lower) {
            if (!all.contains(n)) all.add(n);
        }
        CompiledProcess c = new CompiledProcess(compiled.source, compiled.process, card, all, compiled.free,
                compiled.wrtCoordinates, compiled.wrtMomenta, compiled.sqrtS, compiled.mode, compiled.precision,
                line -> { });
        MatrixElement me = new MatrixElement(c, card, c.buildPoint);
        widened = Map.entry(Set.copyOf(lower), me);
        return me;
    }

    /**
     * Throws for the first non-finite value, with a cause only where one is known to apply: a
     * coordinate on the edge of the hypercube (points), or a massive propagator of zero width.
     */
    private void checkFinite(double[] me, int stride, int k, int lanes, int first, List<String> names, double[][] points) {
        for (int t = 0; t <= k; t++) {
            for (int l = 0; l < lanes; l++) {
                double v = me[t * stride + l];
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("event " + (first + l) + ": " + (t == 0 ? "|M|^2" : "d|M|^2/d" + names.get(t - 1))
                            + " is " + v + hint(points, first + l));
                }
            }
        }
    }

    private String hint(double[][] points, int event) {
        StringBuilder why = new StringBuilder();
        if (points != null) {
            for (int c = 0; c < points.length; c++) {
                if (points[c][event] == 0.0 || points[c][event] == 1.0) {
                    why.append(" (coordinate u").append(c + 1).append(" = ").append(points[c][event])
                            .append(" is on the edge of the hypercube, where the phase-space map is singular)");
                    break;
                }
            }
        }
        List<Integer> zeroWidth = new ArrayList<>();
        for (var op : compiled.program.operations()) {
            int a = Math.abs(op.pdg());
            if (!op.isAmplitude() && point.mass(a).value() != 0.0 && point.width(a).value() == 0.0 && !zeroWidth.contains(a)) {
                zeroWidth.add(a);
            }
        }
        if (!zeroWidth.isEmpty()) {
            why.append(" (the process has massive propagators of zero width, PDG ").append(zeroWidth)
                    .append(", which diverge on their poles; give them widths on the card)");
        }
        return why.toString();
    }

}
