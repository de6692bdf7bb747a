package madvec.reweight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import madvec.api.MatrixElement;
import madvec.api.Subprocess;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheParticle;
import madvec.model.ParamCard;

/**
 * Gives events their weights at new parameter points, with exact derivatives: new weight = original
 * weight x |M(new)|^2 / |M(original)|^2 at the event's momenta, |M|^2 summed over helicities (or, after
 * {@code change helicity True}, at the event's helicities, SPINUP read as MadGraph's {@code nhel}), the
 * derivative of the new weight with respect to each gradient parameter at each point.
 *
 * <pre>{@code
 * Reweighter rw = Reweighter.builder()
 *         .header(reader.header())                          // process, model, <slha>, existing weight ids
 *         .card(ReweightCard.read(Path.of("reweight_card.dat")))
 *         .gradients("mass.6")
 *         .build();
 * List<EventWeights> w = rw.reweight(events, positions, false);   // positions: file, event number, line
 * LheEvent out = rw.annotate(events.get(0), w.get(0), positions.get(0));   // <rwgt> with the new weights added
 * ReweightSummary sum = rw.newSummary();  w.forEach(sum::add);       // merge() the summaries of other threads
 * System.out.print(sum.table(ReweightSummary.Normalisation.of(reader.init(), sum)));
 * }</pre>
 *
 * <p>Built once (per JVM, say) and shared: it is immutable and thread-safe; {@link #reweight} may be
 * called from any number of threads. Each subprocess is compiled the first time an event needs it.
 *
 * <p>Weight ids: the points' ids ({@link ReweightPoint#id()}); the derivative of point {@code ID} with
 * respect to parameter {@code block.id} has id {@link #gradientId gradientId(ID, block.id)} =
 * {@code ID_d_block.id} (e.g. {@code rwgt_1_d_mass.6}). In an event's {@code <rwgt>} block the new
 * weights come first, in point order, then the derivatives, point by point, gradients in the order
 * given. Alpha_s is the card's (MadGraph takes the event's): the ratio of two |M|^2 of the same
 * coupling orders does not depend on it.
 */
public final class Reweighter {
    private static final Pattern WEIGHT_ID = Pattern.compile("<weight\\s+id\\s*=\\s*(['\"])(.*?)\\1");

    private final SampleOrigin origin;
    private final List<ReweightPoint> points;
    private final List<String> gradients;
    private final List<String> weightIds, gradientIds, newIds;
    private final List<Subprocess> subprocesses;
    private final List<String> definitionOf;
    private final List<String> free;
    private final Dispatcher dispatcher;
    private final Map<Integer, SubprocessWeights> compiled = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong compileNanos = new java.util.concurrent.atomic.AtomicLong();

    private final boolean eventHelicities;

    private Reweighter(SampleOrigin origin, List<ReweightPoint> points, List<String> gradients, boolean eventHelicities,
            Consumer<String> progress) {
        this.origin = origin;
        this.eventHelicities = eventHelicities;
        this.points = List.copyOf(points);
        this.gradients = List.copyOf(gradients);
        Set<String> f = new LinkedHashSet<>(gradients);
        for (ReweightPoint p : points) f.addAll(p.values().keySet());
        this.free = List.copyOf(f);
        this.weightIds = points.stream().map(ReweightPoint::id).toList();
        List<String> g = new ArrayList<>();
        for (String id : weightIds) for (String name : gradients) g.add(gradientId(id, name));
        this.gradientIds = List.copyOf(g);
        List<String> all = new ArrayList<>(weightIds);
        all.addAll(gradientIds);
        this.newIds = List.copyOf(all);
        List<Subprocess> subs = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        for (String definition : origin.processes()) {
            List<Subprocess> s;
            try {
                s = MatrixElement.builder(definition).card(origin.card()).free(free.toArray(String[]::new))
                        .progress(progress).subprocesses();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("process '" + definition.replace('\n', ';') + "': " + e.getMessage(), e);
            }
            for (Subprocess x : s) {
                subs.add(x);
                defs.add(definition);
            }
        }
        this.subprocesses = List.copyOf(subs);
        this.definitionOf = List.copyOf(defs);
        List<int[]> pdgs = new ArrayList<>();
        for (Subprocess x : subs) pdgs.add(x.program().externals().stream().mapToInt(e -> e.pdg()).toArray());
        this.dispatcher = new Dispatcher(pdgs);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** What a reweighter is made from; {@link #build()} compiles the subprocess list. */
    public static final class Builder {
        private LheHeader header;
        private String process;
        private ParamCard card;
        private ReweightCard reweightCard;
        private List<ReweightPoint> points;
        private final List<String> gradients = new ArrayList<>();
        private Consumer<String> progress = line -> { };

        private Builder() {}

        /** The event file's header: process definitions, model, original card and the weight ids it already has. */
        public Builder header(LheHeader header) {
            this.header = header;
            return this;
        }

        /** A process text that replaces (or, without a header, supplies) the header's definitions. */
        public Builder process(String process) {
            this.process = process;
            return this;
        }

        /** The original parameter card, replacing (or supplying) the header's {@code <slha>}. */
        public Builder paramCard(ParamCard card) {
            this.card = card;
            return this;
        }

        /** The reweight card: the new points. */
        public Builder card(ReweightCard card) {
            this.reweightCard = card;
            return this;
        }

        /** The new points directly, instead of a reweight card. */
        public Builder points(List<ReweightPoint> points) {
            this.points = List.copyOf(points);
            return this;
        }

        /** Parameters to differentiate every new weight with respect to: {@code block.id} or MadGraph names ({@code MT}). */
        public Builder gradients(String... names) {
            for (String n : names) {
                String c = ParameterNames.canonical(n);
                if (!gradients.contains(c)) gradients.add(c);
            }
            return this;
        }

        /** Where a long compilation reports progress (see {@code MatrixElement.Builder.progress}). */
        public Builder progress(Consumer<String> lines) {
            this.progress = lines == null ? line -> { } : lines;
            return this;
        }

        /**
         * @throws IllegalArgumentException when the process or card is missing or wrong, a parameter does
         *     not exist, or a weight id exists already
         */
        public Reweighter build() {
            SampleOrigin origin = header != null ? SampleOrigin.of(header, process, card)
                    : SampleOrigin.of(require(process, "a process (or an event file header)"), card != null ? card : ParamCard.defaultSm());
            if (reweightCard == null && points == null) throw new IllegalArgumentException("no reweight card");
            List<ReweightPoint> p = points != null ? points : reweightCard.points(origin.card(), existingIds(header));
            if (p.isEmpty()) throw new IllegalArgumentException("the reweight card gives no parameter point");
            for (String g : gradients) {
                if (!origin.card().contains(g)) {
                    throw new IllegalArgumentException("gradient parameter '" + g + "' is not in the original card");
                }
            }
            List<String> existing = existingIds(header);
            for (ReweightPoint point : p) {
                for (String g : gradients) {
                    if (existing.contains(gradientId(point.id(), g))) {
                        throw new IllegalArgumentException("weight id '" + gradientId(point.id(), g) + "' (a derivative)"
                                + " already exists in the event file's <initrwgt>");
                    }
                }
            }
            return new Reweighter(origin, p, gradients, reweightCard != null && reweightCard.eventHelicities(), progress);
        }

        private static <T> T require(T value, String what) {
            if (value == null) throw new IllegalArgumentException("no " + what + " given");
            return value;
        }
    }

    /**
     * The weight ids an LHE header declares in {@code <initrwgt>}.
     *
     * @param header the header, or null
     * @return the ids in file order
     */
    public static List<String> existingIds(LheHeader header) {
        List<String> out = new ArrayList<>();
        if (header == null || header.initrwgt().isEmpty()) return out;
        Matcher m = WEIGHT_ID.matcher(header.initrwgt().get());
        while (m.find()) out.add(m.group(2));
        return out;
    }

    /** @return the id of the derivative of weight {@code pointId} with respect to {@code parameter}: {@code pointId_d_parameter} */
    public static String gradientId(String pointId, String parameter) {
        return pointId + "_d_" + parameter;
    }

    /** @return the sample's origin: process definitions and original card */
    public SampleOrigin origin() {
        return origin;
    }

    /** @return the new parameter points, in weight order */
    public List<ReweightPoint> points() {
        return points;
    }

    /** @return the gradient parameters, {@code block.id} */
    public List<String> gradients() {
        return gradients;
    }

    /** @return the new weight ids, one per point */
    public List<String> weightIds() {
        return weightIds;
    }

    /** @return the derivative weight ids, point by point, gradients in order */
    public List<String> gradientIds() {
        return gradientIds;
    }

    /** @return the names of the subprocesses events are dispatched to */
    public List<String> subprocessNames() {
        return subprocesses.stream().map(Subprocess::name).toList();
    }

    /**
     * The header with the new weights described in {@code <initrwgt>}, as MadGraph writes them: a
     * {@code <weightgroup name='mg_reweighting'>} with one {@code <weight id='...'>} per point (its card
     * difference as text), added to an existing {@code mg_reweighting} group or after the existing
     * groups; the derivatives in a group {@code madvec_derivatives}.
     */
    public LheHeader withInitrwgt(LheHeader header) {
        StringBuilder mine = new StringBuilder();
        for (ReweightPoint p : points) {
            mine.append("<weight id='").append(p.id()).append("'>").append(escape(p.description()))
                    .append(p.description().endsWith("\n") ? "" : "\n").append("</weight>\n");
        }
        StringBuilder grads = new StringBuilder();
        if (!gradients.isEmpty()) {
            grads.append("<weightgroup name='madvec_derivatives' weight_name_strategy='includeIdInWeightName'>\n");
            for (ReweightPoint p : points) {
                for (String g : gradients) {
                    grads.append("<weight id='").append(gradientId(p.id(), g)).append("'>d(").append(p.id())
                            .append(")/d(").append(g).append(")</weight>\n");
                }
            }
            grads.append("</weightgroup>\n");
        }
        String old = header.initrwgt().orElse("<initrwgt>\n</initrwgt>\n");
        String group = "<weightgroup name='mg_reweighting' weight_name_strategy='includeIdInWeightName'>\n";
        int at = old.indexOf("<weightgroup name='mg_reweighting'");
        String block;
        if (at >= 0) {
            int close = old.indexOf("</weightgroup>", at);
            block = old.substring(0, close) + mine + old.substring(close);
            int end = block.lastIndexOf("</initrwgt>");
            block = block.substring(0, end) + grads + block.substring(end);
        } else {
            int end = old.lastIndexOf("</initrwgt>");
            block = old.substring(0, end) + group + mine + "</weightgroup>\n" + grads + old.substring(end);
        }
        return header.withInitrwgt(block);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * @return the seconds spent so far compiling subprocesses on first use (inside {@link #reweight}
     *     calls), so that timings can tell compilation from evaluation
     */
    public double compileSeconds() {
        return compileNanos.get() / 1e9;
    }

    /** @return an empty summary for this reweighter's ids */
    public ReweightSummary newSummary() {
        return new ReweightSummary(weightIds, gradientIds);
    }

    /**
     * Reweights events numbered from 1, stopping at the first that cannot be reweighted.
     *
     * @throws ReweightException naming the first bad event
     */
    public List<EventWeights> reweight(List<LheEvent> events) {
        List<EventPosition> pos = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) pos.add(new EventPosition("events", i + 1, 0));
        return reweight(events, pos, false);
    }

    /**
     * Reweights a batch of events. Events of one subprocess are evaluated together, in SIMD lanes.
     *
     * @param events the events
     * @param positions where each came from, for messages
     * @param skipBad false: throw for the first event (in batch order) that cannot be reweighted; true:
     *     give it zero weights and its problem ({@link EventWeights#problem()})
     * @return one entry per event, in order
     * @throws ReweightException for an event with particles that match no subprocess, momenta that
     *     do not conserve four-momentum, a non-finite number or a zero original |M|^2 (unless skipBad)
     */
    public List<EventWeights> reweight(List<LheEvent> events, List<EventPosition> positions, boolean skipBad) {
        if (positions.size() != events.size()) throw new IllegalArgumentException("one position per event expected");
        int n = events.size();
        String[] problems = new String[n];
        Dispatcher.Match[] matches = new Dispatcher.Match[n];
        // groups in order of first appearance: by subprocess index (a cached Integer: nothing built per
        // event) for the helicity sum, by subprocess and helicities otherwise
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        Map<Object, int[]> groupHelicity = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            LheEvent e = events.get(i);
            Dispatcher.Match m = dispatcher.match(e);
            if (m == null) {
                problems[i] = "particles " + Dispatcher.describe(e) + " (PDG codes, status -1 > status 1) match no subprocess of "
                        + String.join(" / ", origin.processes().stream().map(s -> s.lines().reduce((a, b) -> b).orElse(s)).toList());
            } else {
                problems[i] = checkMomenta(e, m);
            }
            if (problems[i] != null) {
                if (!skipBad) throw new ReweightException(positions.get(i), problems[i]);
                continue;
            }
            int[] helicity = null;
            if (eventHelicities) {
                helicity = new int[m.order().length];
                problems[i] = helicities(e, m, helicity);
                if (problems[i] != null) {
                    if (!skipBad) throw new ReweightException(positions.get(i), problems[i]);
                    continue;
                }
            }
            matches[i] = m;
            Object key = helicity == null ? Integer.valueOf(m.subprocess())
                    : m.subprocess() + " " + java.util.Arrays.toString(helicity);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            if (helicity != null) groupHelicity.putIfAbsent(key, helicity);
        }
        double[][][] results = new double[n][][];
        for (Map.Entry<Object, List<Integer>> g : groups.entrySet()) {
            int s = matches[g.getValue().get(0)].subprocess();
            evaluateGroup(s, groupHelicity.get(g.getKey()), g.getValue(), events, matches, results, problems);
        }
        List<EventWeights> out = new ArrayList<>(n);
        int g = gradients.size();
        for (int i = 0; i < n; i++) {
            double w0 = events.get(i).weight();
            double[] weights = new double[points.size()];
            double[][] d = new double[points.size()][g];
            if (problems[i] == null) {
                double[] r = results[i][0];
                double old = r[0];
                if (!(old > 0)) problems[i] = "the original |M|^2 is " + old + " at the event's momenta: cannot reweight";
                for (int p = 0; p < points.size() && problems[i] == null; p++) {
                    int base = 1 + p * (1 + g);
                    weights[p] = w0 * (r[base] / old);
                    for (int j = 0; j < g; j++) d[p][j] = w0 * (r[base + 1 + j] / old);
                }
            }
            if (problems[i] != null) {
                if (!skipBad) throw new ReweightException(positions.get(i), problems[i]);
                weights = new double[points.size()];
                d = new double[points.size()][g];
            }
            out.add(new EventWeights(w0, weights, d, problems[i]));
        }
        return out;
    }

    /** Evaluates one subprocess's events; an event the matrix element refuses is marked, the others kept. */
    private void evaluateGroup(int s, int[] helicity, List<Integer> idx, List<LheEvent> events, Dispatcher.Match[] matches,
            double[][][] results, String[] problems) {
        SubprocessWeights sw = compiled.computeIfAbsent(s, k -> {
            long t = System.nanoTime();
            SubprocessWeights built = SubprocessWeights.build(subprocesses.get(k), definitionOf.get(k), origin.card(), free,
                    gradients, points);
            compileNanos.addAndGet(System.nanoTime() - t);
            return built;
        });
        int np = sw.pdgs().length, m = idx.size();
        double[][] momenta = new double[4 * np][m];
        for (int l = 0; l < m; l++) {
            int i = idx.get(l);
            List<LheParticle> ps = events.get(i).particles();
            int[] order = matches[i].order();
            for (int q = 0; q < np; q++) {
                LheParticle p = ps.get(order[q]);
                momenta[4 * q][l] = p.energy();
                momenta[4 * q + 1][l] = p.px();
                momenta[4 * q + 2][l] = p.py();
                momenta[4 * q + 3][l] = p.pz();
            }
        }
        double[][] rows = new double[sw.rows()][];
        try {
            sw.evaluate(momenta, helicity, rows);
        } catch (ArithmeticException | IllegalArgumentException e) {
            if (m == 1) {
                problems[idx.get(0)] = e.getMessage().replaceFirst("^event 0: ", "");
                return;
            }
            // find the culprit: one event at a time
            for (int i : idx) evaluateGroup(s, helicity, List.of(i), events, matches, results, problems);
            return;
        }
        for (int l = 0; l < m; l++) {
            double[] r = new double[rows.length];
            for (int k = 0; k < rows.length; k++) r[k] = rows[k][l];
            results[idx.get(l)] = new double[][] {r};
        }
    }

    /**
     * The event's helicities (SPINUP) in the subprocess's order, for {@code change helicity True}; null
     * when fine, else the problem.
     */
    private static String helicities(LheEvent e, Dispatcher.Match m, int[] out) {
        for (int q = 0; q < out.length; q++) {
            double h = e.particles().get(m.order()[q]).spin();
            if (!(h == -1 || h == 0 || h == 1)) {
                return "particle line " + (m.order()[q] + 1) + ": SPINUP = " + h + " is not a helicity (-1, 0, 1);"
                        + " 'change helicity True' needs the events' helicities";
            }
            out[q] = (int) h;
        }
        return null;
    }

    /**
     * Four-momentum conservation within the relative tolerance the matrix element applies
     * ({@link MatrixElement#CONSERVATION_TOLERANCE} of the incoming energies: what 10 printed digits
     * allow), and finite numbers; null when fine.
     */
    private static String checkMomenta(LheEvent e, Dispatcher.Match m) {
        List<LheParticle> ps = e.particles();
        int[] order = m.order();
        double scale = Math.abs(ps.get(order[0]).energy()) + Math.abs(ps.get(order[1]).energy());
        String[] names = {"E", "px", "py", "pz"};
        for (int mu = 0; mu < 4; mu++) {
            double sum = 0;
            for (int q = 0; q < order.length; q++) {
                LheParticle p = ps.get(order[q]);
                double x = mu == 0 ? p.energy() : mu == 1 ? p.px() : mu == 2 ? p.py() : p.pz();
                if (!Double.isFinite(x)) return "particle line " + (order[q] + 1) + ": " + names[mu] + " is " + x;
                sum += q < 2 ? x : -x;
            }
            if (!(Math.abs(sum) <= MatrixElement.CONSERVATION_TOLERANCE * scale)) {
                return "four-momentum is not conserved: " + names[mu] + " in - out = " + sum + " GeV (more than "
                        + MatrixElement.CONSERVATION_TOLERANCE + " of the incoming energies, beyond the file's printed precision)";
            }
        }
        return null;
    }

    /**
     * The new weights of an event by id, in the order they are written: the points' weights, then the
     * derivatives point by point.
     */
    public Map<String, Double> newWeights(EventWeights w) {
        Map<String, Double> add = new LinkedHashMap<>();
        List<String> ids = newIds();
        double[] values = newWeightValues(w);
        for (int i = 0; i < values.length; i++) add.put(ids.get(i), values[i]);
        return add;
    }

    /**
     * The new weights of an event in the order {@link #newWeights} gives them, without their ids (which
     * are {@link #newIds()}): for writers that format millions of events.
     */
    public double[] newWeightValues(EventWeights w) {
        int g = gradients.size();
        double[] out = new double[points.size() * (1 + g)];
        System.arraycopy(w.weights(), 0, out, 0, points.size());
        for (int p = 0; p < points.size(); p++) System.arraycopy(w.derivatives()[p], 0, out, points.size() + p * g, g);
        return out;
    }

    /**
     * Checks that the event has none of the new weight ids already.
     *
     * @throws ReweightException naming the event and the id
     */
    public void checkNewIds(LheEvent event, EventPosition position) {
        Map<String, Double> old = event.weights();
        if (old.isEmpty()) return;
        for (String id : newIds()) {
            if (old.containsKey(id)) throw new ReweightException(position, "weight id '" + id + "' already exists in the event");
        }
    }

    /** @return the comment line that marks an event that was not reweighted, or null when it was */
    public static String problemComment(EventWeights w) {
        return w.ok() ? null : "<!-- madvec reweight: not reweighted: " + w.problem().replace("--", "- -") + " -->";
    }

    /**
     * The event with its new weights (and derivatives) added after the weights it has, as the output
     * file holds it; an event that was not reweighted gets zero weights and a comment line
     * {@code <!-- madvec reweight: not reweighted: PROBLEM -->}.
     *
     * @throws ReweightException when the event already has one of the new ids
     */
    public LheEvent annotate(LheEvent event, EventWeights w, EventPosition position) {
        checkNewIds(event, position);
        LheEvent e = event;
        if (!w.ok()) {
            List<String> extra = new ArrayList<>(event.extraLines());
            extra.add(problemComment(w));
            e = new LheEvent(event.attributes(), event.processId(), event.weight(), event.scale(), event.alphaQed(),
                    event.alphaQcd(), event.particles(), extra);
        }
        return e.addWeights(newWeights(w));
    }

    /** @return the ids of the new weights, in the order they are written: {@link #weightIds()}, then {@link #gradientIds()} */
    public List<String> newIds() {
        return newIds;
    }
}
