package madvec.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import madvec.model.StandardModel;
import madvec.generator.ProcessRequest.DecayRequest;
import madvec.generator.ProcessRequest.OrderLimit;
import madvec.processes.External;
import madvec.helas.Wavefunction;
import madvec.processes.Program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a process string into the programs of its subprocesses: multi-particle labels expanded,
 * decay chains attached, diagrams generated and assembled. Follows MadGraph: without explicit coupling
 * orders, the lowest weighted order (QCD counts 1, QED 2) is chosen once for the whole definition,
 * over all the subprocesses it expands into, and each subprocess keeps its diagrams of that order, so
 * subprocesses that only start at a higher order drop out ({@code p p > j j} has no {@code u s > c d});
 * explicit limits ({@code QED<=2}) replace that choice; each decay definition chooses its own order the
 * same way, and its products enter the core process as s-channel Breit-Wigner currents; identical
 * final-state particles (after decays) divide by n!. Decays that cannot happen on shell, and
 * definitions beyond {@link SizeLimit}, are refused before anything is generated.
 */
public final class ProcessCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCompiler.class);

    /** A final-state leg with its decay products (empty when stable) and the decay it came from. */
    private record Leg(int pdg, List<Leg> products, DecayRequest decay) {}

    /** One subprocess before generation. */
    private record Candidate(List<Integer> initial, List<Leg> legs, String name) {}

    /**
     * The subprocesses worth generating, and how many distinct ones the definition expands into
     * (those that violate a conservation law included), which decides how "no diagrams" is worded.
     */
    private record Expansion(List<Candidate> candidates, int distinct) {}

    private final ProcessRequest request;
    private final GeneratorModel model;
    private final ParticleTable table;
    private final List<Vertex> vertices;
    /** The vertices decays are made of: the model's, whatever orders the request sets on its core. */
    private final List<Vertex> decayVertices;
    private final DiagramGenerator.Constraints constraints;
    /** Decays (parent and products) that cannot happen on shell, left out of the expansion. */
    private final Set<List<Integer>> impossibleDecays = new HashSet<>();
    /** The weighted order chosen for each decay definition. */
    private final Map<DecayRequest, Integer> decayOrders = new IdentityHashMap<>();
    /** Counts decay trees (decays are generated without the core's exclusions and orders). */
    private final DiagramCounter decayCounter;
    /** The PDG codes of the model's Majorana fermions (fermions that are their own antiparticle). */
    private final Set<Integer> majoranas = new HashSet<>();
    /**
     * The fermions (outgoing-equivalent codes) whose externals may be used as the other wavefunction type:
     * the Majorana fermions, and Dirac fermions that some vertex has in the slot of the other type.
     */
    private final Set<Integer> conjugable = new HashSet<>();
    /** Per candidate, its diagrams generated without regard to Majorana flow ({@link MajoranaFlow#missing}). */
    private final Map<Candidate, List<Diagram>> anyFlow = new IdentityHashMap<>();
    /** The wavefunction types the program stores for the current candidate's externals (Majorana fermions). */
    private boolean[] storedITypes = new boolean[0];

    /**
     * The arbitrary choices of Majorana fermion flow (none changes |M|^2; tests vary them to show it):
     * which wavefunction type the program stores for each external Majorana fermion (the first one's,
     * then alternating or not), and which orientation of a line of Majorana fermions alone is kept.
     *
     * @param firstIType the first external Majorana fermion is stored as the i type
     * @param alternate the next ones alternate the type (else all the same)
     * @param keepLast keep the last orientation generated of such a line, not the first
     */
    record MajoranaChoice(boolean firstIType, boolean alternate, boolean keepLast) {
        static final MajoranaChoice DEFAULT = new MajoranaChoice(false, true, false);
    }

    /** The choice in effect; tests set another and restore it. */
    static volatile MajoranaChoice majoranaChoice = MajoranaChoice.DEFAULT;

    private ProcessCompiler(ProcessRequest request, GeneratorModel model) {
        this.request = request;
        this.model = model;
        this.table = model.particles();
        this.vertices = model.builtIn() ? model.vertices() : withinOrders(model, request.orders());
        // the request's orders are the core process's: decays are generated within the model's expansion orders
        this.decayVertices = model.builtIn() ? vertices : withinOrders(model, Map.of());
        OrderLimit qcd = request.orders().get("QCD"), qed = request.orders().get("QED");
        this.constraints = new DiagramGenerator.Constraints(pdgSet(request.excluded()),
                pdgSet(request.excludedSChannel()), qcd == null ? null : qcd.value(), qed == null ? null : qed.value());
        this.decayCounter = new DiagramCounter(table, decayVertices, DiagramGenerator.Constraints.NONE);
        for (String name : table.allNames()) {
            Particle p = table.find(name);
            if (p.spin() == Particle.Spin.FERMION && table.antiparticle(p.pdg()) == p.pdg()) {
                majoranas.add(p.pdg());
            }
        }
        conjugable.addAll(majoranas);
        for (Vertex v : model.vertices()) {
            if (v.body() == null) {
                continue;
            }
            int[] lines = v.body().lines();
            for (int i = 0; i < lines.length; i += 2) {
                // a Dirac fermion in the slot of the other type (UFO's e+ x1- sve): its externals need the
                // conjugated wavefunction there
                int f1 = v.legs()[lines[i]], f2 = v.legs()[lines[i + 1]];
                if (f1 > 0 && !majoranas.contains(f1)) {
                    conjugable.add(f1);
                }
                if (f2 < 0 && !majoranas.contains(f2)) {
                    conjugable.add(f2);
                }
            }
        }
    }

    /**
     * Compiles every subprocess of a process string.
     *
     * @param process the process text (MadGraph syntax, with optional {@code define} statements)
     * @param model the model: vertices whose couplings vanish in it (value and tangents) are left out
     * @return the subprocesses that have diagrams, in expansion order
     * @throws IllegalArgumentException for syntax errors (naming token and position), impossible decays,
     *     definitions beyond {@link SizeLimit}, or when no subprocess has a diagram
     */
    public static List<GeneratedProcess> compile(String process, StandardModel model) {
        return compile(process, model, null);
    }

    /**
     * Compiles every subprocess of a process string, reporting progress when it takes long.
     *
     * @param progress receives a line now and then once compilation has taken more than 2 s; null for none
     * @throws IllegalArgumentException as {@link #compile(String, StandardModel)}
     */
    public static List<GeneratedProcess> compile(String process, StandardModel model, Consumer<String> progress) {
        return compile(process, GeneratorModel.sm(model), progress);
    }

    /**
     * Compiles every subprocess of a process string in any model: the built-in SM (as
     * {@link #compile(String, StandardModel, Consumer)}) or a UFO model's tables.
     *
     * @throws IllegalArgumentException as {@link #compile(String, StandardModel)}, and for particles or
     *     vertices of the model that madvec cannot compute (named, with the reason)
     */
    public static List<GeneratedProcess> compile(String process, GeneratorModel model, Consumer<String> progress) {
        for (String token : process.split("[\\s,;()>/$]+")) {
            String why = model.refused().get(token.toLowerCase(java.util.Locale.ROOT));
            if (why != null) {
                throw new IllegalArgumentException("'" + process + "': " + why);
            }
        }
        ProcessRequest request = ProcessParser.parse(process, java.util.Map.of(), model.particles(),
                model.orders().keySet(), model.name());
        ProcessCompiler compiler = new ProcessCompiler(request, model);
        // masses and widths are not part of the cache key: check the decays against this model every time
        compiler.checkDecays(request.decays());
        long maxDiagrams = SizeLimit.limit();
        // what a program depends on besides the text: which vertices survive, which particles are massless
        String key = process + "\u0000" + model.identity() + "\u0000" + compiler.vertices + ":"
                + masslessSignature(model) + ":" + majoranaChoice;
        List<GeneratedProcess> known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        List<GeneratedProcess> made = List.copyOf(compiler.run(new Progress(progress, request.statement()), maxDiagrams));
        synchronized (CACHE) {
            CACHE.put(key, made);
        }
        return made;
    }

    /** Compiled processes, most recently used last; programs are immutable and shared. */
    private static final Map<String, List<GeneratedProcess>> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<GeneratedProcess>> eldest) {
                    return size() > 64;
                }
            });

    private static String masslessSignature(GeneratorModel model) {
        StringBuilder b = new StringBuilder();
        if (!model.builtIn()) {
            for (String n : model.particles().allNames()) {
                b.append(model.mass(model.particles().find(n).pdg()) == 0.0 ? '0' : '1');
            }
            return b.toString();
        }
        for (int pdg : new int[] {1, 2, 3, 4, 5, 6, 11, 13, 15, 23, 24, 25}) {
            b.append(model.mass(pdg) == 0.0 ? '0' : '1');
        }
        return b.toString();
    }

    private Set<Integer> pdgSet(List<String> labels) {
        Set<Integer> out = new HashSet<>();
        for (String l : labels) {
            for (int p : expand(l)) out.add(Math.abs(p));
        }
        return out;
    }

    private List<Integer> expand(String label) {
        List<String> names = request.labels().get(label);
        List<Integer> out = new ArrayList<>();
        if (names == null) {
            out.add(table.find(label).pdg());
        } else {
            for (String n : names) out.add(table.find(n).pdg());
        }
        return out;
    }

    /**
     * Refuses a decay none of whose expansions can happen on shell (a stable parent, or products at
     * least as heavy); expansions that cannot happen beside ones that can are left out, and logged.
     */
    private void checkDecays(List<DecayRequest> decays) {
        for (DecayRequest d : decays) {
            String firstProblem = null;
            boolean possible = false;
            for (int parent : expand(d.parent())) {
                for (List<Integer> products : cartesian(d.products())) {
                    String problem = DecayCheck.problem(parent, products, model);
                    if (problem == null) {
                        possible = true;
                    } else {
                        List<Integer> decay = new ArrayList<>(products);
                        decay.add(0, parent);
                        impossibleDecays.add(decay);
                        firstProblem = firstProblem == null ? problem : firstProblem;
                    }
                }
            }
            if (!possible) {
                throw new ProcessSyntaxException(request.text(), d.position(),
                        "the decay '" + d.written() + "' cannot happen on shell: " + firstProblem);
            }
            if (firstProblem != null) {
                LOG.info("'{}': expansions of the decay '{}' that cannot happen on shell are left out, e.g. {}",
                        request.statement(), d.written(), firstProblem);
            }
            checkDecays(d.decays());
        }
    }

    private List<GeneratedProcess> run(Progress progress, long maxDiagrams) {
        if (request.initial().size() != 2) {
            throw new ProcessSyntaxException(request.text(), -1, "madvec computes 2 -> n scattering; this process has "
                    + request.initial().size() + " incoming particle(s)");
        }
        chooseDecayOrders(request.decays());
        Expansion expansion = subprocesses(new SizeLimit(request.statement(), maxDiagrams), progress);
        List<Candidate> candidates = expansion.candidates();
        String lastFailure = null;
        List<List<Diagram>> diagrams = new ArrayList<>();
        for (Candidate c : candidates) {
            progress.report(() -> "generating diagrams, subprocess " + (diagrams.size() + 1) + " of " + candidates.size());
            try {
                diagrams.add(diagrams(c));
            } catch (NoDiagramsException e) {
                lastFailure = e.getMessage();
                diagrams.add(List.of());
            }
        }
        int order = chosenOrder(diagrams);
        List<GeneratedProcess> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<Diagram> kept = order < 0 ? diagrams.get(i)
                    : diagrams.get(i).stream().filter(d -> weighted(d) == order).toList();
            if (!model.builtIn()) {
                refuseUnsupported(kept);
                refuseUnoriented(candidates.get(i), kept, order);
            }
            if (kept.isEmpty()) {
                LOG.debug("'{}': no diagrams for {}", request.statement(), candidates.get(i).name());
                continue;
            }
            int done = i;
            progress.report(() -> "assembling " + candidates.get(done).name() + ", subprocess " + (done + 1) + " of "
                    + candidates.size());
            out.add(assemble(candidates.get(i), kept));
        }
        progress.done(() -> out.size() + " subprocesses compiled");
        if (out.isEmpty()) {
            String orders = request.orders().isEmpty() ? "" : " with the coupling orders " + request.ordersAsWritten();
            boolean one = expansion.distinct() == 1;
            throw new IllegalArgumentException(lastFailure != null && one ? lastFailure
                    : one ? "no diagrams for '" + request.statement() + "' in the " + model.name() + " model" + orders
                    : "no diagrams for any subprocess of '" + request.statement() + "' in the " + model.name() + " model"
                    + orders);
        }
        return out;
    }

    /**
     * MadGraph's choice without explicit orders: the lowest weighted order of any diagram of the whole
     * definition (its {@code WEIGHTED<=N}, found by raising N until some subprocess has a diagram); -1
     * with explicit orders, which select by themselves.
     */
    private int chosenOrder(List<List<Diagram>> diagrams) {
        if (!request.orders().isEmpty()) {
            return -1;
        }
        return diagrams.stream().flatMap(List::stream).mapToInt(this::weighted).min().orElse(-1);
    }

    /**
     * The distinct subprocesses of the definition, in expansion order, without those that violate
     * charge, quark or lepton number, each one's diagrams counted against the size limit before any
     * is generated.
     */
    private Expansion subprocesses(SizeLimit limit, Progress progress) {
        // a UFO model's estimate counts QCD and QED only (other orders are left free): an upper bound
        // where the request limits them, which is what a guard against huge definitions needs
        DiagramCounter core = new DiagramCounter(table, vertices, constraints);
        List<Candidate> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (List<Integer> initial : cartesian(request.initial())) {
            forEachCombination(request.finals(), finals -> {
                for (List<Leg> legs : attachDecays(finals, request.decays())) {
                    if (!keys.add(initial + " " + signature(legs))) {
                        continue;
                    }
                    if (!Conservation.holds(table, initial, legs.stream().map(Leg::pdg).toList(), !model.builtIn())) {
                        continue;
                    }
                    Candidate c = new Candidate(initial, legs, name(initial, legs));
                    limit.add(c.name(), estimate(c, core));
                    out.add(c);
                    progress.report(() -> "counting diagrams, " + out.size() + " subprocesses so far");
                }
            });
        }
        return new Expansion(out, keys.size());
    }

    /**
     * How many diagrams the generator will keep for a candidate: those within the explicit orders, or
     * else those of its own lowest order (at least as many as it keeps under the definition's order).
     */
    private double estimate(Candidate c, DiagramCounter core) {
        List<Map<Integer, Double>> leaves = new ArrayList<>();
        for (int p : c.initial()) leaves.add(Map.of(table.antiparticle(p), 1.0));
        for (Leg leg : c.legs()) leaves.add(Map.of(leg.pdg(), decayTrees(leg)));
        Map<Integer, Double> byOrders = core.diagrams(leaves, true);
        if (!request.orders().isEmpty()) {
            double n = 0;
            for (Map.Entry<Integer, Double> e : byOrders.entrySet()) {
                if (exactOrdersHold(DiagramCounter.qcd(e.getKey()), DiagramCounter.qed(e.getKey()))) {
                    n += e.getValue();
                }
            }
            return n;
        }
        return atLowest(byOrders, Integer.MAX_VALUE);
    }

    /** The decay trees of a leg at its decay definition's order (1 for a stable leg). */
    private double decayTrees(Leg leg) {
        if (leg.products().isEmpty()) {
            return 1;
        }
        List<Map<Integer, Double>> leaves = new ArrayList<>();
        for (Leg p : leg.products()) leaves.add(Map.of(p.pdg(), decayTrees(p)));
        return atLowest(decayCounter.currents(leaves, leg.pdg()), decayOrders.get(leg.decay()));
    }

    /** The count at the lowest weighted order present, or at {@code order} if that is lower. */
    private static double atLowest(Map<Integer, Double> byOrders, int order) {
        int min = order;
        for (int o : byOrders.keySet()) min = Math.min(min, weighted(o));
        double n = 0;
        for (Map.Entry<Integer, Double> e : byOrders.entrySet()) {
            if (weighted(e.getKey()) == min) {
                n += e.getValue();
            }
        }
        return n;
    }

    private static int weighted(int orders) {
        return DiagramCounter.qcd(orders) + 2 * DiagramCounter.qed(orders);
    }

    /**
     * MadGraph's choice for a decay definition: the lowest weighted order over all its expansions; a
     * definition without any diagram is an error of its own (every subprocess would lack the decay).
     */
    private void chooseDecayOrders(List<DecayRequest> decays) {
        for (DecayRequest d : decays) {
            int min = Integer.MAX_VALUE;
            for (int parent : expand(d.parent())) {
                for (List<Integer> products : cartesian(d.products())) {
                    List<Integer> decay = new ArrayList<>(products);
                    decay.add(0, parent);
                    if (impossibleDecays.contains(decay)) {
                        continue;
                    }
                    if (model.builtIn()) {
                        List<Map<Integer, Double>> leaves = new ArrayList<>();
                        for (int p : products) leaves.add(Map.of(p, 1.0));
                        for (int orders : decayCounter.currents(leaves, parent).keySet()) {
                            min = Math.min(min, weighted(orders));
                        }
                    } else {
                        // the counter knows QCD and QED only: a UFO model's decays are generated and weighed
                        for (Tree t : decayCurrents(parent, products)) min = Math.min(min, weighted(t));
                    }
                }
            }
            if (min == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("no diagrams for the decay '" + d.written() + "' in '"
                        + request.statement() + "' in the " + model.name() + " model");
            }
            decayOrders.put(d, min);
            chooseDecayOrders(d.decays());
        }
    }

    /** Final states that differ only by the order of stable particles are one subprocess (as in MadGraph). */
    private static String signature(List<Leg> legs) {
        boolean decays = legs.stream().anyMatch(l -> !l.products().isEmpty());
        if (decays) {
            StringBuilder b = new StringBuilder();
            for (Leg l : legs) appendLeg(l, b);
            return b.toString();
        }
        return legs.stream().map(Leg::pdg).sorted().toList().toString();
    }

    private static void appendLeg(Leg l, StringBuilder b) {
        b.append(l.pdg());
        if (!l.products().isEmpty()) {
            b.append('(');
            for (Leg p : l.products()) appendLeg(p, b.append(' '));
            b.append(')');
        }
        b.append(' ');
    }

    private List<List<Integer>> cartesian(List<String> labels) {
        List<List<Integer>> out = new ArrayList<>();
        forEachCombination(labels, out::add);
        return out;
    }

    /**
     * Every choice of one particle per label, the first label varying slowest, one at a time: a
     * definition like {@code p p > j j j j j j} has half a million, and the size limit stops it at the first.
     */
    private void forEachCombination(List<String> labels, Consumer<List<Integer>> action) {
        List<List<Integer>> choices = new ArrayList<>();
        for (String l : labels) choices.add(expand(l));
        int[] idx = new int[labels.size()];
        while (true) {
            List<Integer> pick = new ArrayList<>(labels.size());
            for (int i = 0; i < idx.length; i++) pick.add(choices.get(i).get(idx[i]));
            action.accept(pick);
            int i = idx.length - 1;
            while (i >= 0 && ++idx[i] == choices.get(i).size()) {
                idx[i--] = 0;
            }
            if (i < 0) {
                return;
            }
        }
    }

    /** Every way of attaching the decays (products expanded) to the final-state particles, in order. */
    private List<List<Leg>> attachDecays(List<Integer> finals, List<DecayRequest> decays) {
        List<List<Leg>> out = new ArrayList<>();
        List<Leg> stable = new ArrayList<>();
        for (int p : finals) stable.add(new Leg(p, List.of(), null));
        out.add(stable);
        for (DecayRequest d : decays) {
            List<Integer> parents = expand(d.parent());
            List<List<Leg>> next = new ArrayList<>();
            for (List<Leg> legs : out) {
                int target = -1;
                for (int i = 0; i < legs.size() && target < 0; i++) {
                    if (legs.get(i).products().isEmpty() && parents.contains(legs.get(i).pdg())) {
                        target = i;
                    }
                }
                if (target < 0) {
                    throw new ProcessSyntaxException(request.text(), d.position(), "no undecayed '" + d.parent()
                            + "' in the final state for this decay (nested decays need parentheses)");
                }
                int parent = legs.get(target).pdg();
                for (List<Integer> products : cartesian(d.products())) {
                    List<Integer> decay = new ArrayList<>(products);
                    decay.add(0, parent);
                    if (impossibleDecays.contains(decay)) {
                        continue;
                    }
                    for (List<Leg> decayed : attachDecays(products, d.decays())) {
                        List<Leg> x = new ArrayList<>(legs);
                        x.set(target, new Leg(parent, decayed, d));
                        next.add(x);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    private static final class NoDiagramsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoDiagramsException(String message) {
            super(message);
        }
    }

    /**
     * The candidate's diagrams within the explicit orders and required s-channels (all weighted orders),
     * one fermion flow per diagram ({@link MajoranaFlow}).
     */
    private List<Diagram> diagrams(Candidate c) {
        List<List<Tree>> leaves = new ArrayList<>();
        int next = 0;
        storedITypes = majoranaITypes(c);
        for (int i = 0; i < 2; i++) {
            leaves.add(externalLeaf(table.antiparticle(c.initial().get(i)), 1L << i, next));
            next++;
        }
        for (Leg leg : c.legs()) {
            long bit = 1L << leaves.size();
            int first = next;
            next += count(leg);
            leaves.add(leaf(leg, first, bit, c.name()));
        }
        List<Diagram> out = selected(new DiagramGenerator(table, vertices, leaves, true, constraints));
        if (conjugable.isEmpty()) {
            return out;
        }
        anyFlow.put(c, selected(new DiagramGenerator(table, vertices, leaves, true, constraints, true)));
        return MajoranaFlow.onePerDiagram(out, conjugable, majoranaChoice.keepLast());
    }

    /** A generator's diagrams that have the required s-channels and the exact orders. */
    private List<Diagram> selected(DiagramGenerator gen) {
        Set<Integer> required = new HashSet<>();
        for (String r : request.required()) for (int p : expand(r)) required.add(Math.abs(p));
        List<Diagram> out = new ArrayList<>();
        for (Diagram d : gen.diagrams()) {
            if (hasRequiredSChannels(d, required) && exactOrdersHold(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The leaf of an external particle (outgoing-equivalent code): for a Majorana fermion two, the type
     * the program stores and the other one, read through the charge-conjugation matrix, so that every
     * fermion flow a diagram needs finds its wavefunction.
     */
    private List<Tree> externalLeaf(int pdg, long bit, int external) {
        Tree stored = Tree.leaf(table, pdg, bit, external, storedITypes[external], false);
        if (!conjugable.contains(pdg)) {
            return List.of(stored);
        }
        return List.of(stored, Tree.leaf(table, pdg, bit, external, storedITypes[external], true));
    }

    /**
     * Refuses a subprocess with a diagram whose fermion line no flow fits with the vertices as written (it
     * would need charge-conjugated vertices), naming the diagram.
     */
    private void refuseUnoriented(Candidate c, List<Diagram> kept, int order) {
        List<Diagram> all = anyFlow.get(c);
        if (all == null) {
            return;
        }
        List<Diagram> atOrder = order < 0 ? all : all.stream().filter(d -> weighted(d) == order).toList();
        Diagram lost = MajoranaFlow.missing(kept, atOrder);
        if (lost != null) {
            throw new IllegalArgumentException("'" + request.statement() + "' in the " + model.name() + " model: "
                    + c.name() + " has a diagram whose fermion line runs against the "
                    + "vertices as written (two fermion flows clash, as in fermion-number violating lines): it needs "
                    + "charge-conjugated (flow-reversed) vertices, which madvec does not support yet; the diagram: "
                    + MajoranaFlow.describe(lost));
        }
    }

    private GeneratedProcess assemble(Candidate c, List<Diagram> diagrams) {
        List<Integer> pdgs = new ArrayList<>(c.initial());
        for (Leg l : c.legs()) flatten(l, pdgs);
        List<External> externals = new ArrayList<>();
        boolean[] iType = majoranaITypes(c); // the types the leaves were generated with
        for (int i = 0; i < pdgs.size(); i++) externals.add(external(pdgs.get(i), i < 2, iType[i]));
        int primary = (int) diagrams.stream().filter(Diagram::primary).count();
        int[] codes = pdgs.stream().mapToInt(Integer::intValue).toArray();
        Program program = ProgramAssembler.assemble(table, c.name(), externals, codes, diagrams, average(pdgs));
        LOG.debug("{}: {} diagrams, {} amplitudes, {} operations, {} colour flows", c.name(), primary, diagrams.size(),
                program.operations().size(), program.jamps());
        return new GeneratedProcess(c.name(), program, primary, diagrams.size());
    }

    private boolean exactOrdersHold(Diagram d) {
        if (!model.builtIn()) {
            return ordersHold(DiagramOrders.of(d));
        }
        return exactOrdersHold(d.qcd(), d.qed());
    }

    /**
     * A UFO model's vertices without those that alone exceed an order limit of the request or an
     * expansion order of the model (SMEFTsim's NPprop vertices, dimension-6 vertices of NP order 2 under
     * NP<=1): no diagram can use them, and generating with them first costs time.
     */
    private static List<Vertex> withinOrders(GeneratorModel model, Map<String, OrderLimit> limits) {
        List<Vertex> out = new ArrayList<>();
        for (Vertex v : model.vertices()) {
            boolean fits = true;
            for (Map.Entry<String, Integer> e : v.body().orders().entrySet()) {
                OrderLimit limit = limits.get(e.getKey());
                GeneratorModel.Order o = model.orders().get(e.getKey());
                int cap = limit != null ? limit.value() : o != null ? o.expansionOrder() : Integer.MAX_VALUE;
                fits &= e.getValue() <= cap;
            }
            if (fits) {
                out.add(v);
            }
        }
        return out;
    }

    /** MadGraph's weighted order of a diagram: QCD + 2 QED in the SM, the model's hierarchies otherwise. */
    private int weighted(Diagram d) {
        return model.builtIn() ? d.weighted() : model.weighted(DiagramOrders.of(d));
    }

    /** A decay tree's weighted order: QCD + 2 QED in the built-in SM, the model's WEIGHTED for a UFO model. */
    private int weighted(Tree t) {
        return model.builtIn() ? t.weighted() : model.weighted(DiagramOrders.of(t));
    }

    /** The currents of {@code parent} made of exactly {@code products} (stable leaves), as a decay makes them. */
    private List<Tree> decayCurrents(int parent, List<Integer> products) {
        List<List<Tree>> leaves = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            leaves.add(List.of(Tree.leaf(table, products.get(i), 1L << i, i)));
        }
        return currentsOf(parent, leaves);
    }

    /** The currents of {@code parent} over all of {@code leaves}, made of the decays' vertices without the core's constraints. */
    private List<Tree> currentsOf(int parent, List<List<Tree>> leaves) {
        DiagramGenerator gen = new DiagramGenerator(table, decayVertices, leaves, false, DiagramGenerator.Constraints.NONE);
        List<Tree> out = new ArrayList<>();
        for (Tree t : gen.currents((1L << leaves.size()) - 1)) {
            if (t.particle == parent) out.add(t);
        }
        return out;
    }

    /**
     * A UFO model's orders: every limit of the request (any order the model has: {@code NP<=1},
     * {@code HIG<=1}), and the model's expansion orders on those the request leaves free.
     */
    private boolean ordersHold(Map<String, Integer> orders) {
        for (OrderLimit limit : request.orders().values()) {
            int have = orders.getOrDefault(limit.name(), 0);
            if (limit.exact() ? have != limit.value() : have > limit.value()) {
                return false;
            }
        }
        for (GeneratorModel.Order o : model.orders().values()) {
            if (!request.orders().containsKey(o.name()) && orders.getOrDefault(o.name(), 0) > o.expansionOrder()) {
                return false;
            }
        }
        return true;
    }

    /** Refuses diagrams through vertices madvec cannot compute, naming the vertex and the reason. */
    private void refuseUnsupported(List<Diagram> diagrams) {
        for (Diagram d : diagrams) {
            String why = DiagramOrders.unsupported(d);
            if (why != null) {
                throw new IllegalArgumentException("'" + request.statement() + "' in the " + model.name() + " model: "
                        + why);
            }
        }
    }

    private boolean exactOrdersHold(int qcd, int qed) {
        for (OrderLimit limit : request.orders().values()) {
            if (!limit.name().equals("QCD") && !limit.name().equals("QED")) {
                continue; // a UFO model's other orders: not counted, so not limited in the estimate
            }
            int have = limit.name().equals("QCD") ? qcd : qed;
            if (limit.exact() && have != limit.value()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRequiredSChannels(Diagram d, Set<Integer> required) {
        if (required.isEmpty()) {
            return true;
        }
        Set<Integer> found = new HashSet<>();
        collectSChannels(d.closing(), found);
        for (Tree t : d.inputs()) collectSChannels(t, found);
        return found.containsAll(required);
    }

    private static void collectSChannels(Tree t, Set<Integer> found) {
        if (t.isLeaf()) {
            return;
        }
        if (t.sChannel) {
            found.add(Math.abs(t.particle));
        }
        for (Tree in : t.inputs) collectSChannels(in, found);
    }

    /** A final-state leaf: the particle itself, or the trees of its decay at their lowest order. */
    private List<Tree> leaf(Leg leg, int firstExternal, long bit, String name) {
        if (leg.products().isEmpty()) {
            return externalLeaf(leg.pdg(), bit, firstExternal);
        }
        List<List<Tree>> leaves = new ArrayList<>();
        int next = firstExternal;
        for (Leg p : leg.products()) {
            long b = 1L << leaves.size();
            leaves.add(leaf(p, next, b, name));
            next += count(p);
        }
        List<Tree> trees = currentsOf(leg.pdg(), leaves);
        int order = decayOrders.get(leg.decay());
        List<Tree> out = new ArrayList<>();
        for (Tree t : trees) {
            if (weighted(t) == order) {
                out.add(t.asLeaf(bit));
            }
        }
        if (out.isEmpty()) {
            // this expansion starts at a higher order than its decay definition: it drops out, as in MadGraph
            throw new NoDiagramsException("no diagrams for the decay '" + leg.decay().written() + "' in '"
                    + request.statement() + "' at its lowest order (for " + name + ")");
        }
        return out;
    }

    private static int count(Leg leg) {
        if (leg.products().isEmpty()) {
            return 1;
        }
        int n = 0;
        for (Leg p : leg.products()) n += count(p);
        return n;
    }

    private static void flatten(Leg leg, List<Integer> out) {
        if (leg.products().isEmpty()) {
            out.add(leg.pdg());
        } else {
            for (Leg p : leg.products()) flatten(p, out);
        }
    }

    private String name(List<Integer> initial, List<Leg> finals) {
        StringBuilder b = new StringBuilder();
        for (int p : initial) b.append(table.get(p).name()).append(' ');
        b.append('>');
        for (Leg l : finals) b.append(' ').append(table.get(l.pdg()).name());
        for (Leg l : finals) appendDecay(l, b, false);
        return b.toString();
    }

    private void appendDecay(Leg l, StringBuilder b, boolean nested) {
        if (l.products().isEmpty()) {
            return;
        }
        boolean inner = l.products().stream().anyMatch(p -> !p.products().isEmpty());
        b.append(", ").append(inner ? "(" : "").append(table.get(l.pdg()).name()).append(" >");
        for (Leg p : l.products()) b.append(' ').append(table.get(p.pdg()).name());
        for (Leg p : l.products()) appendDecay(p, b, true);
        b.append(inner ? ")" : "");
    }

    /**
     * Per external, for a Majorana fermion, whether the program stores its wavefunction as the i type
     * ({@link #majoranaChoice}: by default the Majorana fermions of the process in order take the o and the
     * i type in turn). Diagrams use either type ({@link #externalLeaf}); the choice only decides which one
     * is read through the charge-conjugation matrix.
     */
    private boolean[] majoranaITypes(Candidate c) {
        List<Integer> pdgs = new ArrayList<>(c.initial());
        for (Leg l : c.legs()) flatten(l, pdgs);
        boolean[] out = new boolean[pdgs.size()];
        int seen = 0;
        for (int i = 0; i < out.length; i++) {
            int pdg = pdgs.get(i);
            if (table.get(pdg).spin() == Particle.Spin.FERMION && table.antiparticle(pdg) == pdg) {
                MajoranaChoice choice = majoranaChoice;
                out[i] = choice.firstIType() != (choice.alternate() && seen++ % 2 == 1);
            }
        }
        return out;
    }

    private External external(int pdg, boolean incoming, boolean majoranaIType) {
        Particle p = table.get(pdg);
        boolean massless = model.mass(pdg) == 0.0;
        return switch (p.spin()) {
            case FERMION -> {
                if (table.antiparticle(pdg) == pdg) {
                    // a Majorana fermion as the type chosen for it: i-type as an incoming fermion or an
                    // outgoing antifermion (HELAS flow +1 or -1), o-type as an outgoing fermion or an incoming
                    // antifermion
                    int flow = majoranaIType == incoming ? 1 : -1;
                    yield new External(pdg, incoming, majoranaIType ? Wavefunction.F1 : Wavefunction.F2, flow,
                            new int[] {-1, 1});
                }
                // i-type: incoming fermion or outgoing antifermion; o-type: outgoing fermion or incoming antifermion
                boolean iType = incoming == (pdg > 0);
                yield new External(pdg, incoming, iType ? Wavefunction.F1 : Wavefunction.F2,
                        pdg > 0 ? 1 : -1, new int[] {-1, 1});
            }
            case VECTOR -> new External(pdg, incoming, Wavefunction.VECTOR, incoming ? -1 : 1,
                    massless ? new int[] {-1, 1} : new int[] {-1, 0, 1});
            case SCALAR -> new External(pdg, incoming, Wavefunction.SPIN_ZERO, incoming ? -1 : 1, new int[] {0});
        };
    }

    /** 1 / (initial spin and colour states x identical final-state permutations). */
    private double average(List<Integer> pdgs) {
        double states = 1;
        for (int i = 0; i < 2; i++) {
            int pdg = pdgs.get(i);
            Particle p = table.get(pdg);
            int spins = switch (p.spin()) {
                case FERMION -> 2;
                case VECTOR -> model.mass(pdg) == 0.0 ? 2 : 3;
                case SCALAR -> 1;
            };
            states *= spins * p.colour();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 2; i < pdgs.size(); i++) counts.merge(pdgs.get(i), 1, Integer::sum);
        for (int c : counts.values()) {
            for (int f = 2; f <= c; f++) states *= f;
        }
        return 1.0 / states;
    }
}
