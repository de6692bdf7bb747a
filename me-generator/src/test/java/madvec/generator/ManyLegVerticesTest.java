package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.model.ParamCard;
import madvec.processes.ColourTerm;
import madvec.processes.Operation;
import madvec.processes.Program;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vertices of five and six legs: a scalar model written here, whose processes have closed formulas, and
 * the five-point vertices of heft and SMEFTsim, checked by gauge invariance and against each other.
 *
 * <p>The scalar model: phi (mass 50) with phi^5 and phi^6 contact vertices (Feynman rules -i g5, -i g6)
 * and xi (mass 120) with a xi phi phi vertex (-i y, coupling order YUK). In {@code phi phi > phi phi phi xi}
 * the xi leaves through y on one of the five phi lines and the line ends in phi^5 with the other four:
 * iM = sum_i (-i y)(-i g5) i / (q_i^2 - m^2), M = -y g5 sum_i 1 / (q_i^2 - m^2), q_i = k_xi + k_i for an
 * outgoing phi and k_xi - p_i for an incoming one. No other tree exists: one of three-point vertices only
 * would need an even number of xi legs, and phi^6 needs six phi. With {@code YUK=0}, six phi meet only in
 * phi^6: M = -g6. |M|^2 carries the 1/n! of n identical final-state particles, as MadGraph's does.
 */
class ManyLegVerticesTest {
    private static final double SQRT_S = 1500, Y = 0.7, G5 = 1.3, G6 = -0.9, M_PHI = 50;

    @TempDir
    static Path dir;

    private static UfoModel scalars;

    private static synchronized UfoModel scalars() throws IOException {
        if (scalars == null) {
            Path folder = Files.createDirectories(dir.resolve("scalars"));
            Files.writeString(folder.resolve("parameters.py"), """
                    from object_library import all_parameters, Parameter
                    ZERO = Parameter(name = 'ZERO', nature = 'internal', type = 'real', value = '0.0', texname = '0')
                    y = Parameter(name = 'y', nature = 'external', type = 'real', value = 0.7, texname = 'y',
                                  lhablock = 'NEWCOUP', lhacode = [ 1 ])
                    g5 = Parameter(name = 'g5', nature = 'external', type = 'real', value = 1.3, texname = 'g_5',
                                   lhablock = 'NEWCOUP', lhacode = [ 2 ])
                    g6 = Parameter(name = 'g6', nature = 'external', type = 'real', value = -0.9, texname = 'g_6',
                                   lhablock = 'NEWCOUP', lhacode = [ 3 ])
                    Mphi = Parameter(name = 'Mphi', nature = 'external', type = 'real', value = 50., texname = 'M',
                                     lhablock = 'MASS', lhacode = [ 9000001 ])
                    Mxi = Parameter(name = 'Mxi', nature = 'external', type = 'real', value = 120., texname = 'M',
                                    lhablock = 'MASS', lhacode = [ 9000002 ])
                    """);
            Files.writeString(folder.resolve("particles.py"), """
                    from object_library import all_particles, Particle
                    import parameters as Param
                    phi = Particle(pdg_code = 9000001, name = 'phi', antiname = 'phi', spin = 1, color = 1,
                                   mass = Param.Mphi, width = Param.ZERO, texname = 'phi', antitexname = 'phi',
                                   charge = 0, GhostNumber = 0, LeptonNumber = 0, Y = 0)
                    xi = Particle(pdg_code = 9000002, name = 'xi', antiname = 'xi', spin = 1, color = 1,
                                  mass = Param.Mxi, width = Param.ZERO, texname = 'xi', antitexname = 'xi',
                                  charge = 0, GhostNumber = 0, LeptonNumber = 0, Y = 0)
                    """);
            Files.writeString(folder.resolve("couplings.py"), """
                    from object_library import all_couplings, Coupling
                    GC_1 = Coupling(name = 'GC_1', value = '-(complex(0,1)*y)', order = {'YUK':1})
                    GC_2 = Coupling(name = 'GC_2', value = '-(complex(0,1)*g5)', order = {'NP':1})
                    GC_3 = Coupling(name = 'GC_3', value = '-(complex(0,1)*g6)', order = {'NP':1})
                    """);
            Files.writeString(folder.resolve("lorentz.py"), """
                    from object_library import all_lorentz, Lorentz
                    SSS1 = Lorentz(name = 'SSS1', spins = [ 1, 1, 1 ], structure = '1')
                    SSSSS1 = Lorentz(name = 'SSSSS1', spins = [ 1, 1, 1, 1, 1 ], structure = '1')
                    SSSSSS1 = Lorentz(name = 'SSSSSS1', spins = [ 1, 1, 1, 1, 1, 1 ], structure = '1')
                    """);
            Files.writeString(folder.resolve("vertices.py"), """
                    from object_library import all_vertices, Vertex
                    import particles as P
                    import couplings as C
                    import lorentz as L
                    V_1 = Vertex(name = 'V_1', particles = [ P.xi, P.phi, P.phi ], color = [ '1' ],
                                 lorentz = [ L.SSS1 ], couplings = {(0,0):C.GC_1})
                    V_2 = Vertex(name = 'V_2', particles = [ P.phi, P.phi, P.phi, P.phi, P.phi ], color = [ '1' ],
                                 lorentz = [ L.SSSSS1 ], couplings = {(0,0):C.GC_2})
                    V_3 = Vertex(name = 'V_3', particles = [ P.phi, P.phi, P.phi, P.phi, P.phi, P.phi ],
                                 color = [ '1' ], lorentz = [ L.SSSSSS1 ], couplings = {(0,0):C.GC_3})
                    """);
            Files.writeString(folder.resolve("coupling_orders.py"), """
                    from object_library import all_orders, CouplingOrder
                    NP = CouplingOrder(name = 'NP', expansion_order = 99, hierarchy = 1)
                    YUK = CouplingOrder(name = 'YUK', expansion_order = 99, hierarchy = 1)
                    """);
            scalars = UfoModel.load(folder.toString());
        }
        return scalars;
    }

    private static UfoPoint scalarPoint(List<String> derivatives) throws IOException {
        return scalars().formulas().evaluate(scalars().formulas().defaultCard(), derivatives);
    }

    private static double dot(double[] e, int i, int j, int si, int sj) {
        double[] a = new double[4];
        for (int mu = 0; mu < 4; mu++) a[mu] = si * e[4 * i + mu] + sj * e[4 * j + mu];
        return a[0] * a[0] - a[1] * a[1] - a[2] * a[2] - a[3] * a[3];
    }

    /**
     * The formula of the class comment: xi at external {@code x}, phi elsewhere; the line between the
     * three-point vertex and the contact vertex carries q_i = k_xi + k_i (k_xi - p_i for incoming i).
     */
    private static double formula(double[] e, int n, int x, double contact, int identical) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i != x) {
                sum += 1 / (dot(e, x, i, 1, i < 2 ? -1 : 1) - M_PHI * M_PHI);
            }
        }
        double m = -Y * contact * sum;
        return m * m / factorial(identical);
    }

    private static double factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    /** The most inputs any operation of the program takes, amplitudes and currents apart. */
    private static int[] widest(Program p) {
        int amp = 0, cur = 0;
        for (Operation o : p.operations()) {
            if (o.isAmplitude()) {
                amp = Math.max(amp, o.inputs().length);
            } else {
                cur = Math.max(cur, o.inputs().length);
            }
        }
        return new int[] {amp, cur};
    }

    private static void matchesFormula(String process, int n, int xi, double contact, int identical, int[] widest)
            throws IOException {
        UfoPoint p = scalarPoint(List.of());
        Program program = UfoProcesses.compile(process, scalars(), p);
        assertEquals(List.of(widest[0], widest[1]), List.of(widest(program)[0], widest(program)[1]),
                process + ": the widest amplitude and current (inputs)");
        List<double[]> ev = Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, 16, 41);
        double[] me = UfoEval.evaluate(program, p, ev);
        double worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double want = xi < 0 ? contact * contact / factorial(identical) : formula(ev.get(l), n, xi, contact, identical);
            assertEquals(want, me[l], 1e-12 * want, process + ", event " + l);
            worst = Math.max(worst, Math.abs(me[l] - want) / want);
        }
        System.out.printf("%s: worst relative difference from the formula %.2e%n", process, worst);
    }

    @Test
    void fivePointVertexAsCurrentAndAsAmplitudeMatchesTheFormula() throws IOException {
        // xi last: the five-point vertex makes a current of four external phi; a phi last: it also closes
        // amplitudes whose inputs are three external phi and the y current
        matchesFormula("phi phi > phi phi phi xi", 6, 5, G5, 3, new int[] {2, 4});
        matchesFormula("phi phi > xi phi phi phi", 6, 2, G5, 3, new int[] {4, 4});
    }

    @Test
    void sixPointVertexMatchesTheFormula() throws IOException {
        matchesFormula("phi phi > phi phi phi phi YUK=0", 6, -1, G6, 4, new int[] {5, 0});
        matchesFormula("phi phi > phi phi phi phi xi YUK=1", 7, 6, G6, 4, new int[] {2, 5});
        matchesFormula("phi phi > phi xi phi phi phi YUK=1", 7, 3, G6, 4, new int[] {5, 5});
    }

    @Test
    void derivativeAlongTheFivePointCouplingMatchesCentralDifferences() throws IOException {
        List<String> names = List.of("newcoup.2", "newcoup.1");
        UfoPoint p = scalarPoint(names);
        Program program = UfoProcesses.compile("phi phi > xi phi phi phi", scalars(), p);
        List<double[]> ev = Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, 8, 7);
        double[] me = UfoEval.evaluate(program, p, ev);
        int lanes = ev.size();
        ParamCard card = scalars().formulas().defaultCard();
        for (int t = 0; t < names.size(); t++) {
            double x = card.value(names.get(t)), h = 1e-3;
            double[] up = UfoEval.evaluate(program, scalars().formulas().evaluate(card.with(names.get(t), x + h), List.of()), ev);
            double[] down = UfoEval.evaluate(program, scalars().formulas().evaluate(card.with(names.get(t), x - h), List.of()), ev);
            for (int l = 0; l < lanes; l++) {
                double exact = me[(t + 1) * lanes + l];
                // |M|^2 is quadratic in each coupling: d|M|^2/dg = 2 |M|^2 / g, and the central difference is exact
                assertEquals(2 * me[l] / x, exact, 1e-12 * Math.abs(exact), names.get(t) + ", event " + l);
                assertEquals((up[l] - down[l]) / (2 * h), exact, 1e-8 * Math.abs(exact), names.get(t) + ", event " + l);
            }
        }
    }

    // ---- heft and SMEFTsim: h g g g g and g g g g g ------------------------------------------------------

    /** The program with the colour terms of every amplitude closed by a vertex of five or more legs removed. */
    private static Program withoutContactAmplitudes(Program program) {
        boolean[] contact = new boolean[program.amplitudes()];
        for (Operation o : program.operations()) {
            if (o.isAmplitude() && o.inputs().length >= 4) {
                contact[o.amplitude()] = true;
            }
        }
        List<ColourTerm> terms = new ArrayList<>();
        for (ColourTerm t : program.colourTerms()) {
            if (!contact[t.amplitude()]) {
                terms.add(t);
            }
        }
        return new Program(program.process() + " (no contact)", program.externals(), program.operations(),
                program.slots(), program.amplitudes(), terms, program.colourMatrix(), program.average(),
                program.couplings(), program.colourFlows());
    }

    /** The gluons of g g > h g g. */
    private static final int[] GLUONS_OF_H_JJ = {0, 1, 3, 4};

    /** The worst |M(eps -> p/E)| / |M| over the events, each of the given externals probed in turn. */
    private static double ward(Program program, UfoPoint p, List<double[]> ev, int[] gluons) {
        return Math.sqrt(UfoEval.wardSquared(program, p, ev, gluons));
    }

    private static UfoModel heft() {
        return UfoPhysicsTest.load(SharedModels.folder(SharedModels.HEFT).toString());
    }

    @Test
    void heftFiveGluonHiggsVertexMakesGluonFusionWithTwoJetsGaugeInvariant() {
        UfoModel m = heft();
        UfoPoint p = m.formulas().evaluate(m.formulas().defaultCard(), List.of());
        Program program = UfoProcesses.compile("g g > h g g", m, p);
        assertEquals(4, widest(program)[0], "the h g g g g contact amplitude is generated");
        List<double[]> ev = Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, 6, 13);
        double worst = ward(program, p, ev, GLUONS_OF_H_JJ);
        // without the contact diagram gauge invariance fails: the check above sees the five-point vertex
        double broken = ward(withoutContactAmplitudes(program), p, ev, GLUONS_OF_H_JJ);
        assertTrue(worst <= 1e-10, "heft g g > h g g, Ward identity: " + worst);
        System.out.printf("heft g g > h g g: Ward identity to %.2e; without the contact diagram %.2e%n", worst, broken);
        assertTrue(broken > 1e-3, "without the h g g g g contact diagram the Ward identity fails: " + broken);
        List<double[]> boosted = UfoPhysicsTest.boost(ev, program.particles(), 0.8, 0.3, -0.5, 0.81);
        double[] a = UfoEval.evaluate(program, p, ev), b = UfoEval.evaluate(program, p, boosted);
        for (int l = 0; l < ev.size(); l++) assertEquals(a[l], b[l], 1e-11 * a[l], "boosted event " + l);
    }

    /**
     * SMEFTsim's c_HG operator gives h G G with the same Lorentz and colour structure as heft's effective
     * vertex, so the part of |M|^2 quadratic in c_HG (exact from three values: |M|^2 is a quadratic in it)
     * is heft's |M|^2 times one constant, event by event, including the h g g g g contact diagrams. The
     * constant itself is a ratio of the models' conventions and couplings and is not checked. SMEFTsim's
     * Standard-Model loop vertices (order SMHLOOP) are left out: with them an s-channel Higgs joins the c_HG
     * h h g g vertex to the gluons, a diagram heft has no counterpart for.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"g g > h g", "g g > h g g"})
    void smeftHiggsGluonOperatorAgreesWithHeftEventByEvent(String process) {
        UfoModel heft = heft();
        UfoPoint hp = heft.formulas().evaluate(heft.formulas().defaultCard(), List.of());
        Program heftProgram = UfoProcesses.compile(process, heft, hp);
        UfoModel smeft = UfoPhysicsTest.load(SharedModels.folder(SharedModels.SMEFT) + "-full");
        ParamCard card = smeft.formulas().defaultCard();
        Map<String, Double> zero = new HashMap<>();
        for (String n : card.names()) {
            if (n.startsWith("smeft.") || n.startsWith("smeftcpv.")) zero.put(n, 0.0);
        }
        ParamCard base = card.with(zero).with("mass.25", hp.mass(25).value());
        double c = 0.8;
        List<String> free = List.of();
        UfoPoint on = smeft.formulas().evaluate(base.with("smeft.6", c), free);
        Program smeftProgram = UfoProcesses.compile(process + " NP<=1 SMHLOOP=0", smeft, on);
        List<double[]> ev = Fixtures.randomEvents(heftProgram, pdg -> hp.mass(pdg).value(), SQRT_S, 6, 29);
        double[] plus = UfoEval.evaluate(smeftProgram, on, ev);
        double[] minus = UfoEval.evaluate(smeftProgram, smeft.formulas().evaluate(base.with("smeft.6", -c), free), ev);
        double[] zeroC = UfoEval.evaluate(smeftProgram, smeft.formulas().evaluate(base.with("smeft.6", 0.0), free), ev);
        double[] heftMe = UfoEval.evaluate(heftProgram, hp, ev);
        int[] gl = process.endsWith("g g") ? GLUONS_OF_H_JJ : new int[] {0, 1, 3};
        double first = 0, worst = 0;
        for (int l = 0; l < ev.size(); l++) {
            double quadratic = (plus[l] + minus[l] - 2 * zeroC[l]) / 2;
            assertTrue(quadratic > 0.1 * plus[l], "event " + l + ": c_HG dominates |M|^2 (" + quadratic + " of " + plus[l] + ")");
            double ratio = quadratic / heftMe[l];
            if (l == 0) {
                first = ratio;
            }
            worst = Math.max(worst, Math.abs(ratio / first - 1));
        }
        System.out.printf("SMEFTsim c_HG^2 part / heft, %s: %.6e, constant to %.2e over %d events%n", process, first, worst,
                ev.size());
        assertTrue(worst < 1e-9, "the c_HG^2 part of SMEFTsim's |M|^2 is heft's times a constant: " + worst);
    }

    @Test
    void smeftFiveGluonVertexKeepsFiveGluonsGaugeInvariant() {
        UfoModel m = UfoPhysicsTest.load(SharedModels.folder(SharedModels.SMEFT) + "-full");
        ParamCard card = m.formulas().defaultCard();
        Map<String, Double> zero = new HashMap<>();
        for (String n : card.names()) {
            if (n.startsWith("smeft.") || n.startsWith("smeftcpv.")) zero.put(n, 0.0);
        }
        UfoPoint p = m.formulas().evaluate(card.with(zero).with("smeft.1", 0.6), List.of());
        Program program = UfoProcesses.compile("g g > g g g NP<=1", m, p);
        assertEquals(4, widest(program)[0], "the five-gluon contact amplitude is generated");
        List<double[]> ev = Fixtures.randomEvents(program, pdg -> 0.0, SQRT_S, 4, 19);
        // one incoming and one outgoing gluon: Bose symmetry covers the others, and each probe of the
        // expanded five-point polynomial costs a second here
        double worst = UfoEval.wardRatio(program, p, ev, new int[] {1, 3}, 1e-10);
        Program without = withoutContactAmplitudes(program);
        double broken = ward(without, p, ev, new int[] {0});
        System.out.printf("SMEFTsim g g > g g g NP<=1 (cG = 0.6): Ward identity to %.2e; without the contact %.2e%n",
                worst, broken);
        assertTrue(broken > 1e-6, "without the five-gluon contact diagram the Ward identity fails: " + broken);
    }
}
