package madvec.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * decay chains attached, diagrams generated and assembled. Follows MadGraph: by default only the
 * diagrams of the lowest weighted coupling order (QCD counts 1, QED 2) are kept; explicit limits
 * ({@code QED<=2}) replace that choice; decays are generated on their own at their lowest order and
 * enter the core process as s-channel Breit-Wigner currents; identical final-state particles (after
 * decays) divide by n!.
 */
public final class ProcessCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCompiler.class);

    /** A final-state leg with its decay products (empty when stable). */
    private record Leg(int pdg, List<Leg> products) {}

    private final ProcessRequest request;
    private final StandardModel model;
    private final List<Vertex> vertices;
    private final DiagramGenerator.Constraints constraints;

    private ProcessCompiler(ProcessRequest request, StandardModel model) {
        this.request = request;
        this.model = model;
        this.vertices = SmVertices.of(model);
        OrderLimit qcd = request.orders().get("QCD"), qed = request.orders().get("QED");
        this.constraints = new DiagramGenerator.Constraints(pdgSet(request.excluded()),
                pdgSet(request.excludedSChannel()), qcd == null ? null : qcd.value(), qed == null ? null : qed.value());
    }

    /**
     * Compiles every subprocess of a process string.
     *
     * @param process the process text (MadGraph syntax, with optional {@code define} statements)
     * @param model the model: vertices whose couplings vanish in it (value and tangents) are left out
     * @return the subprocesses that have diagrams, in expansion order
     * @throws IllegalArgumentException for syntax errors (naming token and position) or when no
     *     subprocess has a diagram
     */
    public static List<GeneratedProcess> compile(String process, StandardModel model) {
        ProcessRequest request = ProcessParser.parse(process);
        ProcessCompiler compiler = new ProcessCompiler(request, model);
        // what a program depends on besides the text: which vertices survive, which particles are massless
        String key = process + "\u0000" + compiler.vertices + ":"
                + masslessSignature(model);
        List<GeneratedProcess> known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        List<GeneratedProcess> made = List.copyOf(compiler.run());
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

    private static String masslessSignature(StandardModel model) {
        StringBuilder b = new StringBuilder();
        for (int pdg : new int[] {1, 2, 3, 4, 5, 6, 11, 13, 15, 23, 24, 25}) {
            b.append(model.mass(pdg).value() == 0.0 ? '0' : '1');
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
            out.add(ParticleTable.byName(label).pdg());
        } else {
            for (String n : names) out.add(ParticleTable.byName(n).pdg());
        }
        return out;
    }

    private List<GeneratedProcess> run() {
        if (request.initial().size() != 2) {
            throw new ProcessSyntaxException(request.text(), -1, "madvec computes 2 -> n scattering; this process has "
                    + request.initial().size() + " incoming particle(s)");
        }
        List<GeneratedProcess> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String lastFailure = null;
        for (List<Integer> initial : cartesian(request.initial())) {
            for (List<Integer> finals : cartesian(request.finals())) {
                for (List<Leg> legs : attachDecays(finals, request.decays())) {
                    String key = initial + " " + signature(legs);
                    if (!seen.add(key)) {
                        continue;
                    }
                    try {
                        out.add(generate(initial, legs));
                    } catch (NoDiagramsException e) {
                        lastFailure = e.getMessage();
                        LOG.debug("{}", e.getMessage());
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(lastFailure != null && seen.size() == 1 ? lastFailure
                    : "no diagrams for any subprocess of '" + request.text() + "'");
        }
        return out;
    }

    /** Final states that differ only by the order of stable particles are one subprocess (as in MadGraph). */
    private static String signature(List<Leg> legs) {
        boolean decays = legs.stream().anyMatch(l -> !l.products().isEmpty());
        if (decays) {
            return legs.toString();
        }
        return legs.stream().map(Leg::pdg).sorted().toList().toString();
    }

    private List<List<Integer>> cartesian(List<String> labels) {
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of());
        for (String l : labels) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> prefix : out) {
                for (int p : expand(l)) {
                    List<Integer> x = new ArrayList<>(prefix);
                    x.add(p);
                    next.add(x);
                }
            }
            out = next;
        }
        return out;
    }

    /** Every way of attaching the decays (products expanded) to the final-state particles, in order. */
    private List<List<Leg>> attachDecays(List<Integer> finals, List<DecayRequest> decays) {
        List<List<Leg>> out = new ArrayList<>();
        List<Leg> stable = new ArrayList<>();
        for (int p : finals) stable.add(new Leg(p, List.of()));
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
                for (List<Integer> products : cartesian(d.products())) {
                    for (List<Leg> decayed : attachDecays(products, d.decays())) {
                        List<Leg> x = new ArrayList<>(legs);
                        x.set(target, new Leg(legs.get(target).pdg(), decayed));
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

    private GeneratedProcess generate(List<Integer> initial, List<Leg> finals) {
        String name = name(initial, finals);
        List<Integer> pdgs = new ArrayList<>(initial);
        for (Leg l : finals) flatten(l, pdgs);
        List<External> externals = new ArrayList<>();
        for (int i = 0; i < pdgs.size(); i++) externals.add(external(pdgs.get(i), i < 2));

        List<List<Tree>> leaves = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < 2; i++) {
            leaves.add(List.of(Tree.leaf(ParticleTable.anti(initial.get(i)), 1L << i, next++)));
        }
        for (Leg leg : finals) {
            long bit = 1L << leaves.size();
            int first = next;
            next += count(leg);
            leaves.add(leaf(leg, first, bit, name));
        }
        DiagramGenerator gen = new DiagramGenerator(vertices, leaves, true, constraints);
        List<Diagram> diagrams = new ArrayList<>();
        Set<Integer> required = new HashSet<>();
        for (String r : request.required()) for (int p : expand(r)) required.add(Math.abs(p));
        for (Diagram d : gen.diagrams()) {
            if (hasRequiredSChannels(d, required)) {
                diagrams.add(d);
            }
        }
        diagrams = lowestOrder(diagrams);
        if (diagrams.isEmpty()) {
            throw new NoDiagramsException("no diagrams for '" + name + "' in the sm model"
                    + (request.orders().isEmpty() ? "" : " with the coupling orders " + request.orders()));
        }
        int primary = (int) diagrams.stream().filter(Diagram::primary).count();
        int[] codes = pdgs.stream().mapToInt(Integer::intValue).toArray();
        Program program = ProgramAssembler.assemble(name, externals, codes, diagrams, average(pdgs));
        LOG.debug("{}: {} diagrams, {} amplitudes, {} operations, {} colour flows", name, primary, diagrams.size(),
                program.operations().size(), program.jamps());
        return new GeneratedProcess(name, program, primary, diagrams.size());
    }

    private List<Diagram> lowestOrder(List<Diagram> diagrams) {
        if (!request.orders().isEmpty()) {
            List<Diagram> out = new ArrayList<>();
            for (Diagram d : diagrams) {
                if (exactOrdersHold(d)) {
                    out.add(d);
                }
            }
            return out;
        }
        int min = diagrams.stream().mapToInt(Diagram::weighted).min().orElse(0);
        return diagrams.stream().filter(d -> d.weighted() == min).toList();
    }

    private boolean exactOrdersHold(Diagram d) {
        for (Map.Entry<String, OrderLimit> e : request.orders().entrySet()) {
            int have = e.getKey().equals("QCD") ? d.qcd() : d.qed();
            if (e.getValue().exact() && have != e.getValue().value()) {
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
            return List.of(Tree.leaf(leg.pdg(), bit, firstExternal));
        }
        List<List<Tree>> leaves = new ArrayList<>();
        int next = firstExternal;
        for (Leg p : leg.products()) {
            long b = 1L << leaves.size();
            leaves.add(leaf(p, next, b, name));
            next += count(p);
        }
        DiagramGenerator gen = new DiagramGenerator(vertices, leaves, false, DiagramGenerator.Constraints.NONE);
        List<Tree> trees = new ArrayList<>();
        for (Tree t : gen.currents((1L << leaves.size()) - 1)) {
            if (t.particle == leg.pdg()) {
                trees.add(t);
            }
        }
        int min = trees.stream().mapToInt(Tree::weighted).min().orElse(-1);
        List<Tree> out = new ArrayList<>();
        for (Tree t : trees) {
            if (t.weighted() == min) {
                out.add(t.asLeaf(bit));
            }
        }
        if (out.isEmpty()) {
            throw new NoDiagramsException("no diagrams for the decay of " + ParticleTable.byPdg(leg.pdg()).name()
                    + " in '" + name + "'");
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

    private static String name(List<Integer> initial, List<Leg> finals) {
        StringBuilder b = new StringBuilder();
        for (int p : initial) b.append(ParticleTable.byPdg(p).name()).append(' ');
        b.append('>');
        for (Leg l : finals) b.append(' ').append(ParticleTable.byPdg(l.pdg()).name());
        for (Leg l : finals) appendDecay(l, b, false);
        return b.toString();
    }

    private static void appendDecay(Leg l, StringBuilder b, boolean nested) {
        if (l.products().isEmpty()) {
            return;
        }
        boolean inner = l.products().stream().anyMatch(p -> !p.products().isEmpty());
        b.append(", ").append(inner ? "(" : "").append(ParticleTable.byPdg(l.pdg()).name()).append(" >");
        for (Leg p : l.products()) b.append(' ').append(ParticleTable.byPdg(p.pdg()).name());
        for (Leg p : l.products()) appendDecay(p, b, true);
        b.append(inner ? ")" : "");
    }

    private External external(int pdg, boolean incoming) {
        Particle p = ParticleTable.byPdg(pdg);
        boolean massless = model.mass(pdg).value() == 0.0;
        return switch (p.spin()) {
            case FERMION -> {
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
            Particle p = ParticleTable.byPdg(pdg);
            int spins = switch (p.spin()) {
                case FERMION -> 2;
                case VECTOR -> model.mass(pdg).value() == 0.0 ? 2 : 3;
                case SCALAR -> 1;
            };
            states *= spins * p.colour();
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 2; i < pdgs.size(); i++) counts.merge(pdgs.get(i), 1, Integer::sum);
        for (int c : counts.values()) {
            for (int f = 2; f <= c; f++) states *= f;
        }
        return 1.0 / states;
    }
}
