package madvec.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import madvec.generator.VertexBody.ColourAtom;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;
import madvec.processes.Program;
import madvec.ufo.ColourTensor;
import madvec.ufo.IndexSlot;
import madvec.ufo.LorentzTensor;
import madvec.ufo.LorentzPolynomials;
import madvec.ufo.Structure;
import madvec.ufo.UfoCoupling;
import madvec.ufo.UfoCouplingOrder;
import madvec.ufo.UfoLorentz;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoParticle;
import madvec.ufo.UfoPoint;
import madvec.ufo.UfoVertex;

/**
 * Processes of a UFO model ({@code madvec.ufo}): the model's particles and vertices as the generator's
 * tables ({@link GeneratorModel}), then MadGraph's process syntax compiled into programs whose vertices run
 * through the executor's generic kernel ({@link LorentzPolynomials}).
 *
 * <p>Each term (colour structure, Lorentz structure, coupling) of a UFO vertex becomes one generator
 * vertex; a colour structure that is a sum becomes one vertex per summand, its coefficient exact. Legs
 * stay in the UFO vertex's order (all outgoing); the fermion line runs from the outgoing antifermion
 * (the F1 slot) to the outgoing fermion (F2).
 *
 * <p>Refused, with the reason, when a process needs them: particles of spin 3/2 or 2 (by name, before
 * anything is generated), and, once its diagrams are known, vertices of two identical Majorana fermions
 * that are not their own charge-conjugated form (see {@code majoranaLine}; a vertex that joins a Majorana
 * fermion to another fermion comes also flow-reversed, see {@link MajoranaFlow}), Majorana fermions on
 * four-fermion vertices, fermions that do not pair into lines
 * (four-fermion vertices pair legs 1 with 2 and 3 with 4, see {@code crossing}),
 * or with sextets.
 */
public final class UfoProcesses {
    private UfoProcesses() {}

    /**
     * The generator's view of a model at a parameter point (the point decides which particles are
     * massless and which decays can happen, as the SM's card does).
     */
    public static GeneratorModel model(UfoModel model, UfoPoint point) {
        Map<String, String> refused = new LinkedHashMap<>();
        List<Particle> particles = new ArrayList<>();
        Map<Integer, UfoParticle> all = new LinkedHashMap<>();
        for (UfoParticle p : model.particles()) {
            all.putIfAbsent(p.pdg(), p);
            if (!p.selfConjugate()) {
                all.putIfAbsent(-p.pdg(), p.anti());
            }
        }
        Map<Integer, Particle> byPdg = new HashMap<>();
        for (UfoParticle p : all.values()) {
            String name = p.name().toLowerCase(Locale.ROOT);
            if (p.spin() < 0) {
                continue; // ghosts: MadGraph's tree-level processes in unitary gauge have none
            }
            Particle.Spin spin = switch (p.spin()) {
                case 1 -> Particle.Spin.SCALAR;
                case 2 -> Particle.Spin.FERMION;
                case 3 -> Particle.Spin.VECTOR;
                default -> null;
            };
            if (spin == null) {
                refused.put(name, p.name() + " has spin " + (p.spin() - 1) + "/2; madvec computes spins 0, 1/2 and 1 only");
                continue;
            }
            if (Math.abs(p.colour()) == 6) {
                refused.put(name, p.name() + " is a colour sextet; madvec supports colour singlets, triplets and octets");
                continue;
            }
            Particle q = new Particle(name, p.pdg(), spin, Math.abs(p.colour()), (int) Math.round(3 * p.charge()), 0);
            particles.add(q);
            byPdg.put(p.pdg(), q);
        }
        ParticleTable table = ParticleTable.of(model.name(), particles, labels(byPdg, point, model));
        List<Vertex> vertices = new ArrayList<>();
        Map<String, UfoCoupling> couplings = new HashMap<>();
        for (UfoCoupling c : model.couplings()) couplings.put(c.name(), c);
        Map<String, VertexPolynomial> cache = new ConcurrentHashMap<>();
        Set<Integer> clashing = clashingFermions(model);
        for (UfoVertex v : model.vertices()) {
            vertices(model, v, byPdg, all, couplings, cache, clashing, vertices);
        }
        List<GeneratorModel.Order> orders = new ArrayList<>();
        for (UfoCouplingOrder o : model.orders()) {
            orders.add(new GeneratorModel.Order(o.name().toUpperCase(Locale.ROOT), o.hierarchy(), o.expansionOrder()));
        }
        if (orders.isEmpty()) {
            orders.add(new GeneratorModel.Order("QCD", 1, 99));
            orders.add(new GeneratorModel.Order("QED", 2, 99));
        }
        return GeneratorModel.of(model.name(), table, vertices, pdg -> point.mass(pdg).value(),
                pdg -> point.width(pdg).value(), orders, refused,
                model.folder() + "-" + model.restriction().orElse("full") + model.removedCouplings());
    }

    /**
     * Compiles every subprocess of a process string in a UFO model.
     *
     * @param point the parameter point that decides massless particles and possible decays
     * @throws IllegalArgumentException for syntax errors, and for particles and vertices madvec refuses,
     *     naming them
     */
    public static List<GeneratedProcess> compileAll(String process, UfoModel model, UfoPoint point) {
        return ProcessCompiler.compile(process, model(model, point), null);
    }

    /** The program of a process that is one subprocess. */
    public static Program compile(String process, UfoModel model, UfoPoint point) {
        List<GeneratedProcess> all = compileAll(process, model, point);
        if (all.size() != 1) {
            throw new IllegalArgumentException("'" + process + "' expands into " + all.size() + " subprocesses; give one");
        }
        return all.get(0).program();
    }

    /**
     * Why an Epsilon (colour 3) or EpsilonBar (colour -3) cannot be read: a leg of it that is a particle
     * of another colour; {@code why} unchanged if none is.
     */
    private static String epsilonLegs(int[] ix, int colour, Map<Integer, UfoParticle> all, int[] legs, String tensor,
            String why) {
        for (int i : ix) {
            if (i > 0 && all.get(legs[i - 1]).colour() != colour) {
                return "the colour tensor " + tensor + " has leg " + i + ", " + all.get(legs[i - 1]).name()
                        + ", of colour " + all.get(legs[i - 1]).colour() + " where UFO puts a colour " + colour;
            }
        }
        return why;
    }

    /** The lowest index of a colour product (0 when none is negative), below which fresh summed ones are free. */
    private static int lowestIndex(List<ColourTensor> factors) {
        int low = 0;
        for (ColourTensor t : factors) {
            int[] ix = switch (t) {
                case ColourTensor.T x -> new int[] {x.a(), x.i(), x.j()};
                case ColourTensor.F x -> new int[] {x.a(), x.b(), x.c()};
                case ColourTensor.D x -> new int[] {x.a(), x.b(), x.c()};
                case ColourTensor.Epsilon x -> new int[] {x.i(), x.j(), x.k()};
                case ColourTensor.EpsilonBar x -> new int[] {x.i(), x.j(), x.k()};
                case ColourTensor.Identity x -> new int[] {x.i(), x.j()};
            };
            for (int i : ix) low = Math.min(low, i);
        }
        return low;
    }

    /** MadGraph's default labels, made of the particles this model has (p and j with the massless quarks). */
    private static Map<String, List<String>> labels(Map<Integer, Particle> byPdg, UfoPoint point, UfoModel model) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> pj = new ArrayList<>();
        if (byPdg.containsKey(21)) {
            pj.add(byPdg.get(21).name());
        }
        for (int sign : new int[] {1, -1}) {
            for (int q : new int[] {2, 4, 1, 3, 5}) {
                Particle p = byPdg.get(sign * q);
                if (p != null && (q != 5 || point.mass(q).value() == 0.0)) {
                    pj.add(p.name());
                }
            }
        }
        if (!pj.isEmpty()) {
            out.put("p", pj);
            out.put("j", pj);
        }
        label(out, "l+", byPdg, -11, -13);
        label(out, "l-", byPdg, 11, 13);
        label(out, "vl", byPdg, 12, 14, 16);
        label(out, "vl~", byPdg, -12, -14, -16);
        return out;
    }

    private static void label(Map<String, List<String>> out, String name, Map<Integer, Particle> byPdg, int... pdgs) {
        List<String> names = new ArrayList<>();
        for (int p : pdgs) {
            if (byPdg.containsKey(p)) {
                names.add(byPdg.get(p).name());
            }
        }
        if (!names.isEmpty()) {
            out.put(name, names);
        }
    }

    /**
     * The Dirac fermions (as |PDG code|) whose lines may run against their fermion number: those of a vertex
     * that joins two fermions or two antifermions (an R-parity-violating squark's two quarks, MSSM's
     * e+ x1- sve) or a Dirac fermion to a Majorana one, and then, closed along lines, every Dirac fermion a
     * two-fermion vertex joins to one of those (a W turns a clashing d into a u on the same line). Their
     * two-fermion vertices must be readable flow-reversed too.
     */
    private static Set<Integer> clashingFermions(UfoModel model) {
        Set<Integer> out = new java.util.HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (UfoVertex v : model.vertices()) {
            List<UfoParticle> fermions = v.particles().stream().filter(p -> p.spin() == 2).toList();
            if (fermions.size() != 2) {
                continue;
            }
            UfoParticle a = fermions.get(0), b = fermions.get(1);
            if (a.selfConjugate() || b.selfConjugate()) {
                if (!a.selfConjugate()) out.add(Math.abs(a.pdg()));
                if (!b.selfConjugate()) out.add(Math.abs(b.pdg()));
            } else if ((a.pdg() < 0) == (b.pdg() < 0)) {
                out.add(Math.abs(a.pdg()));
                out.add(Math.abs(b.pdg()));
            } else {
                pairs.add(new int[] {Math.abs(a.pdg()), Math.abs(b.pdg())});
            }
        }
        for (boolean grew = !out.isEmpty(); grew; ) {
            grew = false;
            for (int[] pair : pairs) {
                if (out.contains(pair[0]) != out.contains(pair[1])) {
                    out.add(pair[0]);
                    out.add(pair[1]);
                    grew = true;
                }
            }
        }
        return out;
    }

    private static void vertices(UfoModel model, UfoVertex v, Map<Integer, Particle> byPdg,
            Map<Integer, UfoParticle> all, Map<String, UfoCoupling> couplings, Map<String, VertexPolynomial> cache,
            Set<Integer> clashing, List<Vertex> out) {
        int n = v.particles().size();
        int[] legs = new int[n];
        for (int i = 0; i < n; i++) {
            legs[i] = v.particles().get(i).pdg();
            if (!byPdg.containsKey(legs[i])) {
                return; // a ghost or a refused particle: a process cannot reach this vertex
            }
        }
        String unsupported = null;
        List<Integer> fermions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (v.particles().get(i).spin() == 2) {
                fermions.add(i);
            }
        }
        int[] lines = new int[0];
        int majorana = 0;
        for (int i : fermions) {
            if (v.particles().get(i).selfConjugate()) {
                majorana++;
            }
        }
        if (majorana > 0 && fermions.size() != 2) {
            unsupported = v.particles().get(fermions.stream().filter(i -> v.particles().get(i).selfConjugate())
                    .findFirst().orElseThrow()).name() + " is a Majorana fermion on a vertex of " + fermions.size()
                    + " fermions; madvec computes Majorana fermions on vertices of two fermions only";
        } else if (majorana > 0) {
            // the line runs from the first fermion leg (F1 slot, i type) to the second (F2, o type), the
            // order of UFO's spinor indices (Gamma(3,2,1) reads leg 2 gamma leg 1); see MajoranaFlow
            int a = fermions.get(0), b = fermions.get(1);
            unsupported = majoranaLine(model, v, a, b, legs, colourStructuresOrNull(model, v));
            lines = new int[] {a, b};
        }
        if (unsupported == null && majorana == 0 && fermions.size() == 2) {
            int a = fermions.get(0), b = fermions.get(1);
            if ((legs[a] < 0) == (legs[b] < 0)) {
                // two antifermions (or two fermions), as MSSM's e+ x1- sve: the line runs from the first leg (F1
                // slot) to the second (F2) as the structure's spinor indices say; the leg in the slot of the
                // other type takes its conjugated wavefunction, the fermion flow running against its fermion
                // number there (MajoranaFlow)
                lines = new int[] {a, b};
            } else {
                lines = legs[a] < 0 ? new int[] {a, b} : new int[] {b, a};
            }
        } else if (unsupported == null && majorana == 0 && fermions.size() == 4) {
            // UFO pairs the fermions of a four-fermion vertex as legs (1, 2) and (3, 4), the first of each pair
            // the antifermion (MadGraph's ALOHA reads its FFFF structures so); the structure itself may
            // contract the spinors in either pairing, which is only a polynomial in the four spinors here
            if (n != 4) {
                unsupported = "a vertex of four fermions and a boson is not supported";
            } else if (legs[0] > 0 || legs[1] < 0 || legs[2] > 0 || legs[3] < 0) {
                unsupported = "the fermions of this four-fermion vertex are not ordered as UFO's pairs (antifermion, "
                        + "fermion), (antifermion, fermion) (fermion number violation is not supported)";
            } else {
                lines = new int[] {0, 1, 2, 3};
            }
        } else if (unsupported == null && majorana == 0 && fermions.size() > 0) {
            unsupported = fermions.size() + " fermion legs do not form fermion lines";
        }
        List<Structure<ColourTensor>> colours = unsupported == null ? model.colourStructures(v) : null;
        // diagrams count once per UFO vertex and coupling orders (MadGraph splits a vertex whose couplings
        // differ in orders into one interaction per order set): the first term of each set stands for them
        java.util.Set<Map<String, Integer>> seenOrders = new java.util.HashSet<>();
        for (UfoVertex.Term term : v.terms()) {
            UfoLorentz lorentz = v.lorentz().get(term.lorentz());
            UfoCoupling coupling = couplings.get(term.coupling());
            Map<String, Integer> orders = new HashMap<>();
            coupling.orders().forEach((k, x) -> {
                if (x != 0) {
                    orders.put(k.toUpperCase(Locale.ROOT), x);
                }
            });
            // a vertex whose colour structures share a Lorentz structure and coupling (the squark seagull's
            // two orderings of T T) names the colour structure too: diagrams are told apart by these names
            // (MajoranaFlow keeps one fermion flow per name), so equal names would lose one of them
            String label = v.name() + "[" + lorentz.name() + ", " + coupling.name()
                    + (colours != null && colours.size() > 1 ? ", colour " + (term.colour() + 1) : "");
            VertexBody.Lorentz compiled = (open, kind, conjugate) -> cache.computeIfAbsent(lorentz.name() + "/" + open
                    + "/" + kind + java.util.Arrays.toString(conjugate),
                    key -> LorentzPolynomials.compile(model, lorentz, open, kind, conjugate));
            // a line joining a Majorana fermion to another fermion, or a Dirac fermion that some vertex joins
            // to another fermion of the same fermion number, is also read against the order written
            // (MajoranaFlow), through the charge-conjugated vertex
            boolean reversible = lines.length == 2 && legs[lines[0]] != legs[lines[1]] && (majorana > 0
                    || clashing.contains(Math.abs(legs[lines[0]])) || clashing.contains(Math.abs(legs[lines[1]])));
            int f1 = lines.length == 2 ? lines[0] : -1, f2 = lines.length == 2 ? lines[1] : -1;
            VertexBody.Lorentz reversed = (open, kind, conjugate) -> cache.computeIfAbsent("R:" + lorentz.name() + "/"
                    + open + "/" + kind + java.util.Arrays.toString(conjugate),
                    key -> LorentzPolynomials.compileReversed(model, lorentz, f1, f2, open, kind, conjugate));
            Coupling c = new Coupling(coupling.name(), m -> {
                throw new IllegalStateException("UFO couplings are evaluated by UfoPoint");
            });
            if (unsupported != null) {
                VertexBody body = new VertexBody(label + "]", compiled, List.of(), 1, 0, orders, new int[0], unsupported, seenOrders.add(orders));
                out.add(Vertex.generic(legs, c, body));
                continue;
            }
            Structure<ColourTensor> colour = colours.get(term.colour());
            int flow = lines.length == 4 ? crossing(model.lorentzStructure(lorentz)) : 1;
            if (flow == 0) {
                VertexBody body = new VertexBody(label + "]", compiled, List.of(), 1, 0, orders, new int[0],
                        "the Lorentz structure " + lorentz.name() + " joins the spinors of legs 1 and 3 (or mixes "
                        + "pairings between its terms), which is not a fermion flow madvec supports", seenOrders.add(orders));
                out.add(Vertex.generic(legs, c, body));
                continue;
            }
            int summand = 0;
            for (Structure.Term<ColourTensor> ct : colour.terms()) {
                String why = null;
                List<ColourAtom> atoms = new ArrayList<>();
                // the products a d^{abc} turns the term into (see SymmetricStructure), and their common factor
                List<List<ColourAtom>> dTraces = List.of(List.of());
                double dFactor = 1;
                int fresh = lowestIndex(ct.factors());
                for (ColourTensor t : ct.factors()) {
                    switch (t) {
                        case ColourTensor.T x -> atoms.add(new ColourAtom(ColourAtom.Kind.T, new int[] {x.a(), x.i(), x.j()}));
                        case ColourTensor.F x -> atoms.add(new ColourAtom(ColourAtom.Kind.F, new int[] {x.a(), x.b(), x.c()}));
                        case ColourTensor.Identity x -> {
                            if (x.i() < 0 || x.j() < 0) {
                                why = "colour Identity with a summed index is not supported";
                            } else if (Math.abs(all.get(legs[x.i() - 1]).colour()) == 8) {
                                atoms.add(new ColourAtom(ColourAtom.Kind.DELTA_ADJOINT, new int[] {x.i(), x.j()}));
                            } else {
                                boolean iRow = all.get(legs[x.i() - 1]).colour() == 3;
                                atoms.add(new ColourAtom(ColourAtom.Kind.DELTA,
                                        iRow ? new int[] {x.i(), x.j()} : new int[] {x.j(), x.i()}));
                            }
                        }
                        case ColourTensor.D x -> {
                            dTraces = SymmetricStructure.expand(dTraces, x.a(), x.b(), x.c(),
                                    new int[] {--fresh, --fresh, --fresh});
                            dFactor *= 2;
                        }
                        case ColourTensor.Epsilon x -> {
                            int[] ix = {x.i(), x.j(), x.k()};
                            why = epsilonLegs(ix, 3, all, legs, "Epsilon", why);
                            atoms.add(new ColourAtom(ColourAtom.Kind.EPSILON, ix));
                        }
                        case ColourTensor.EpsilonBar x -> {
                            int[] ix = {x.i(), x.j(), x.k()};
                            why = epsilonLegs(ix, -3, all, legs, "EpsilonBar", why);
                            atoms.add(new ColourAtom(ColourAtom.Kind.EPSILON_BAR, ix));
                        }
                    }
                }
                boolean several = colour.terms().size() > 1 || dTraces.size() > 1;
                for (List<ColourAtom> traces : dTraces) {
                    List<ColourAtom> product = new ArrayList<>(atoms);
                    product.addAll(traces);
                    String name = label + (several ? ", colour term " + (++summand) : "") + "]";
                    VertexBody body = new VertexBody(name, compiled, why == null ? product : List.of(),
                            dFactor * flow * ct.re(), dFactor * flow * ct.im(), orders, lines, why, seenOrders.add(orders));
                    out.add(Vertex.generic(legs, c, body));
                    if (reversible && why == null) {
                        out.add(Vertex.generic(legs, c, body.flowReversed(reversed)));
                    }
                    if (why != null) break;
                }
            }
        }
    }

    /**
     * The fermion sign of a four-fermion Lorentz structure relative to UFO's pairing of legs (1, 2) and
     * (3, 4): +1 when its spinor chains join leg 1 with leg 2 (and 3 with 4), -1 when they join leg 1 with
     * leg 4 (and 3 with 2), 0 when they join 1 with 3 or its terms differ.
     *
     * <p>Why: a UFO four-fermion vertex is a c-number function of the four spinors whose terms are written
     * without the Fermi sign of their own contraction: SMEFTsim's t~ t t~ t vertex is symmetric under
     * the exchange of its two t~ legs (the (Q Q)(Q Q) operator's terms {@code Identity(1,2)*Identity(3,4)} x
     * (2 1)(4 3) and {@code Identity(1,4)*Identity(2,3)} x (2 3)(4 1) come with the same coupling), where the
     * amplitude of anticommuting fields is antisymmetric. The crossed chains take the sign of the
     * transposition that brings them to the (1, 2)(3, 4) order; then the vertex is antisymmetric, each
     * diagram's sign follows from the (1, 2)(3, 4) lines alone, and it does not matter which of two
     * identical legs the generator puts where (FourFermionTest: gauge invariance, Lorentz invariance and
     * the exchange symmetry of identical tops fail without this sign).
     */
    static int crossing(Structure<LorentzTensor> s) {
        int sign = 2;
        for (Structure.Term<LorentzTensor> term : s.terms()) {
            Map<Integer, Integer> parent = new HashMap<>();
            for (LorentzTensor t : term.factors()) {
                List<Integer> spinors = new ArrayList<>();
                for (IndexSlot slot : t.slots()) {
                    if (slot.kind() == IndexSlot.Kind.SPINOR) {
                        spinors.add(slot.index());
                    }
                }
                if (spinors.size() == 2) {
                    parent.put(root(parent, spinors.get(0)), root(parent, spinors.get(1)));
                }
            }
            int one = root(parent, 1);
            int here = one == root(parent, 2) ? 1 : one == root(parent, 4) ? -1 : 0;
            if (sign != 2 && here != sign) {
                return 0;
            }
            sign = here;
        }
        return sign == 2 ? 1 : sign;
    }

    private static int root(Map<Integer, Integer> parent, int x) {
        Integer p = parent.get(x);
        while (p != null && p != x) {
            x = p;
            p = parent.get(x);
        }
        return x;
    }

    /**
     * Why a vertex of two fermions, at least one a Majorana fermion (legs {@code a}, the F1 slot, and
     * {@code b}, the F2 slot), cannot be used with the fermion flow that MajoranaFlow gives it, or null.
     * A vertex of two identical Majorana fermions has no flow-reversed copy and is read either way as
     * written, which is right only when each of its
     * terms is its own charge-conjugated form ({@link LorentzPolynomials#flowSymmetric}, with the colour
     * factor's sign under the exchange of the two: the gluino's f^{abc} and gamma^mu, the neutralinos'
     * gamma^mu gamma5 and scalar couplings all are).
     */
    private static String majoranaLine(UfoModel model, UfoVertex v, int a, int b, int[] legs,
            List<Structure<ColourTensor>> colours) {
        UfoParticle pa = v.particles().get(a);
        if (legs[a] != legs[b]) {
            // two different fermions: read as written, or flow-reversed through its charge-conjugated copy;
            // a Dirac fermion in the slot of the other type takes its conjugated wavefunction
            return null;
        }
        for (UfoVertex.Term t : v.terms()) {
            UfoLorentz lorentz = v.lorentz().get(t.lorentz());
            int sign = colours == null ? 0 : exchangeSign(colours.get(t.colour()), a + 1, b + 1);
            if (sign == 0 || !LorentzPolynomials.flowSymmetric(model, lorentz, a, b, sign)) {
                return pa.name() + " is a Majorana fermion; madvec reads a vertex of two of them with the fermion "
                        + "flow either way, which is right only when it is its own charge-conjugated (flow-reversed) "
                        + "form; the term " + lorentz.name() + " x " + v.colours().get(t.colour()) + " of " + v.name()
                        + " is not";
            }
        }
        return null;
    }

    private static List<Structure<ColourTensor>> colourStructuresOrNull(UfoModel model, UfoVertex v) {
        try {
            return model.colourStructures(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The sign a colour structure takes when legs {@code i} and {@code j} (1-based) exchange their indices:
     * +1 or -1 when every term is a singlet, a Kronecker delta of the two or an f^{abc} with both, 0
     * when it cannot tell.
     */
    private static int exchangeSign(Structure<ColourTensor> colour, int i, int j) {
        int sign = 2;
        for (Structure.Term<ColourTensor> term : colour.terms()) {
            int here;
            if (term.factors().isEmpty()) {
                here = 1;
            } else if (term.factors().size() == 1 && term.factors().get(0) instanceof ColourTensor.F f
                    && java.util.Set.of(f.a(), f.b(), f.c()).containsAll(List.of(i, j))) {
                here = -1;
            } else if (term.factors().size() == 1 && term.factors().get(0) instanceof ColourTensor.Identity d
                    && java.util.Set.of(d.i(), d.j()).equals(java.util.Set.of(i, j))) {
                here = 1;
            } else {
                return 0;
            }
            if (sign != 2 && here != sign) {
                return 0;
            }
            sign = here;
        }
        return sign == 2 ? 1 : sign;
    }
}
