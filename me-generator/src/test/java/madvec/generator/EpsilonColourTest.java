package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import madvec.model.ParamCard;
import madvec.processes.ColourTerm;
import madvec.processes.Program;
import madvec.ufo.UfoModel;
import madvec.ufo.UfoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UFO's colour tensors {@code Epsilon} and {@code EpsilonBar} in processes, with a model written here:
 * three complex scalar colour triplets s1, s2, s3 (masses 300, 400, 500 GeV, s3 of width 12 GeV) with
 * scalar QCD and one cubic vertex {@code -i lam epsilon_{ijk}} joining them (its conjugate with
 * {@code EpsilonBar}), of coupling order EPS.
 *
 * <p>{@code s1 s2 > s1 s2 QCD=0} is one s-channel s3 exchange: M = (-i lam)^2 i / (s - m3^2 + i m3 w3)
 * times {@code epsilon_{ijk} epsilon^{lmk} = delta_il delta_jm - delta_im delta_jl}, whose square summed over
 * colours is {@code 2 Nc^2 - 2 Nc = 12}; averaged over the 9 initial colours,
 * {@code |M|^2 = (12/9) lam^4 / ((s - m3^2)^2 + m3^2 w3^2)}. With gluons, gauge invariance holds only if
 * the colour factors of the emissions from the three legs and the internal line have the right relative
 * weights: that is the invariance of epsilon, {@code T^a} acting on its three legs summing to zero.
 * Two massless colour-triplet quarks qa, qb join s3 through a fermion-number-violating Epsilon vertex too;
 * a third, qc, has only QCD (its lines are never read through C), a control for {@code qa qa~ > s1 s1~ g}.
 */
class EpsilonColourTest {
    private static final double SQRT_S = 1600, LAM = 35, YQ = 0.9, M3 = 500, W3 = 12;

    @TempDir
    static Path dir;

    private static UfoModel model;

    private static synchronized UfoModel model() throws IOException {
        if (model == null) {
            Path folder = Files.createDirectories(dir.resolve("triplets"));
            Files.writeString(folder.resolve("parameters.py"), """
                    from object_library import all_parameters, Parameter
                    ZERO = Parameter(name = 'ZERO', nature = 'internal', type = 'real', value = '0.0', texname = '0')
                    aS = Parameter(name = 'aS', nature = 'external', type = 'real', value = 0.118, texname = 'a',
                                   lhablock = 'SMINPUTS', lhacode = [ 3 ])
                    lam = Parameter(name = 'lam', nature = 'external', type = 'real', value = 35., texname = 'l',
                                    lhablock = 'NEWCOUP', lhacode = [ 1 ])
                    yq = Parameter(name = 'yq', nature = 'external', type = 'real', value = 0.9, texname = 'y',
                                   lhablock = 'NEWCOUP', lhacode = [ 2 ])
                    M1 = Parameter(name = 'M1', nature = 'external', type = 'real', value = 300., texname = 'M',
                                   lhablock = 'MASS', lhacode = [ 9000011 ])
                    M2 = Parameter(name = 'M2', nature = 'external', type = 'real', value = 400., texname = 'M',
                                   lhablock = 'MASS', lhacode = [ 9000012 ])
                    M3 = Parameter(name = 'M3', nature = 'external', type = 'real', value = 500., texname = 'M',
                                   lhablock = 'MASS', lhacode = [ 9000013 ])
                    W3 = Parameter(name = 'W3', nature = 'external', type = 'real', value = 12., texname = 'W',
                                   lhablock = 'DECAY', lhacode = [ 9000013 ])
                    G = Parameter(name = 'G', nature = 'internal', type = 'real',
                                  value = '2*cmath.sqrt(aS)*cmath.sqrt(cmath.pi)', texname = 'G')
                    """);
            StringBuilder particles = new StringBuilder("""
                    from object_library import all_particles, Particle
                    import parameters as Param
                    g = Particle(pdg_code = 21, name = 'g', antiname = 'g', spin = 3, color = 8, mass = Param.ZERO,
                                 width = Param.ZERO, texname = 'g', antitexname = 'g', charge = 0, GhostNumber = 0,
                                 LeptonNumber = 0, Y = 0)
                    """);
            StringBuilder vertices = new StringBuilder("""
                    from object_library import all_vertices, Vertex
                    import particles as P
                    import couplings as C
                    import lorentz as L
                    V_g = Vertex(name = 'V_g', particles = [ P.g, P.g, P.g ], color = [ 'f(1,2,3)' ],
                                 lorentz = [ L.VVV1 ], couplings = {(0,0):C.GC_1})
                    V_eps = Vertex(name = 'V_eps', particles = [ P.s1, P.s2, P.s3 ], color = [ 'Epsilon(1,2,3)' ],
                                   lorentz = [ L.SSS1 ], couplings = {(0,0):C.GC_4})
                    V_epsbar = Vertex(name = 'V_epsbar', particles = [ P.s1__tilde__, P.s2__tilde__, P.s3__tilde__ ],
                                      color = [ 'EpsilonBar(1,2,3)' ], lorentz = [ L.SSS1 ], couplings = {(0,0):C.GC_4})
                    """);
            for (String q : List.of("qa", "qb", "qc")) {
                particles.append("""
                        %1$s = Particle(pdg_code = %2$d, name = '%1$s', antiname = '%1$s~', spin = 2, color = 3,
                                      mass = Param.ZERO, width = Param.ZERO, texname = 'q', antitexname = 'q', charge = 0,
                                      GhostNumber = 0, LeptonNumber = 0, Y = 0)
                        %1$s__tilde__ = %1$s.anti()
                        """.formatted(q, q.equals("qa") ? 9000021 : q.equals("qb") ? 9000022 : 9000023));
                vertices.append("""
                        V_g%1$s = Vertex(name = 'V_g%1$s', particles = [ P.%1$s__tilde__, P.%1$s, P.g ],
                                        color = [ 'T(3,2,1)' ], lorentz = [ L.FFV1 ], couplings = {(0,0):C.GC_5})
                        """.formatted(q));
            }
            vertices.append("""
                    V_qq = Vertex(name = 'V_qq', particles = [ P.qa, P.qb, P.s3 ], color = [ 'Epsilon(1,2,3)' ],
                                  lorentz = [ L.FFS1 ], couplings = {(0,0):C.GC_6})
                    V_qqbar = Vertex(name = 'V_qqbar', particles = [ P.qa__tilde__, P.qb__tilde__, P.s3__tilde__ ],
                                     color = [ 'EpsilonBar(1,2,3)' ], lorentz = [ L.FFS2 ], couplings = {(0,0):C.GC_6})
                    """);
            for (int s = 1; s <= 3; s++) {
                particles.append("""
                        s%1$d = Particle(pdg_code = 900001%1$d, name = 's%1$d', antiname = 's%1$d~', spin = 1, color = 3,
                                       mass = Param.M%1$d, width = %2$s, texname = 's', antitexname = 's', charge = 0,
                                       GhostNumber = 0, LeptonNumber = 0, Y = 0)
                        s%1$d__tilde__ = s%1$d.anti()
                        """.formatted(s, s == 3 ? "Param.W3" : "Param.ZERO"));
                vertices.append("""
                        V_gs%1$d = Vertex(name = 'V_gs%1$d', particles = [ P.g, P.s%1$d__tilde__, P.s%1$d ],
                                        color = [ 'T(1,3,2)' ], lorentz = [ L.VSS1 ], couplings = {(0,0):C.GC_2})
                        V_ggs%1$d = Vertex(name = 'V_ggs%1$d', particles = [ P.g, P.g, P.s%1$d__tilde__, P.s%1$d ],
                                         color = [ 'T(1,-1,3)*T(2,4,-1)', 'T(1,4,-1)*T(2,-1,3)' ], lorentz = [ L.VVSS1 ],
                                         couplings = {(0,0):C.GC_3,(1,0):C.GC_3})
                        """.formatted(s));
            }
            Files.writeString(folder.resolve("particles.py"), particles.toString());
            Files.writeString(folder.resolve("vertices.py"), vertices.toString());
            Files.writeString(folder.resolve("couplings.py"), """
                    from object_library import all_couplings, Coupling
                    GC_1 = Coupling(name = 'GC_1', value = '-G', order = {'QCD':1})
                    GC_2 = Coupling(name = 'GC_2', value = '-(complex(0,1)*G)', order = {'QCD':1})
                    GC_3 = Coupling(name = 'GC_3', value = 'complex(0,1)*G**2', order = {'QCD':2})
                    GC_4 = Coupling(name = 'GC_4', value = '-(complex(0,1)*lam)', order = {'EPS':1})
                    GC_5 = Coupling(name = 'GC_5', value = 'complex(0,1)*G', order = {'QCD':1})
                    GC_6 = Coupling(name = 'GC_6', value = '-(complex(0,1)*yq)', order = {'EPS':1})
                    """);
            Files.writeString(folder.resolve("lorentz.py"), """
                    from object_library import all_lorentz, Lorentz
                    SSS1 = Lorentz(name = 'SSS1', spins = [ 1, 1, 1 ], structure = '1')
                    VSS1 = Lorentz(name = 'VSS1', spins = [ 3, 1, 1 ], structure = 'P(1,2) - P(1,3)')
                    VVSS1 = Lorentz(name = 'VVSS1', spins = [ 3, 3, 1, 1 ], structure = 'Metric(1,2)')
                    FFV1 = Lorentz(name = 'FFV1', spins = [ 2, 2, 3 ], structure = 'Gamma(3,2,1)')
                    FFS1 = Lorentz(name = 'FFS1', spins = [ 2, 2, 1 ], structure = 'ProjM(2,1)')
                    FFS2 = Lorentz(name = 'FFS2', spins = [ 2, 2, 1 ], structure = 'ProjP(2,1)')
                    VVV1 = Lorentz(name = 'VVV1', spins = [ 3, 3, 3 ],
                                   structure = 'P(3,1)*Metric(1,2) - P(3,2)*Metric(1,2) - P(2,1)*Metric(1,3) + P(2,3)*Metric(1,3) + P(1,2)*Metric(2,3) - P(1,3)*Metric(2,3)')
                    """);
            Files.writeString(folder.resolve("coupling_orders.py"), """
                    from object_library import all_orders, CouplingOrder
                    QCD = CouplingOrder(name = 'QCD', expansion_order = 99, hierarchy = 1)
                    EPS = CouplingOrder(name = 'EPS', expansion_order = 99, hierarchy = 2)
                    """);
            model = UfoModel.load(folder.toString());
        }
        return model;
    }

    private static UfoPoint point(List<String> derivatives) throws IOException {
        return model().formulas().evaluate(model().formulas().defaultCard(), derivatives);
    }

    private static List<double[]> events(Program program, UfoPoint p, int count, long seed) {
        return Fixtures.randomEvents(program, pdg -> p.mass(pdg).value(), SQRT_S, count, seed);
    }

    @Test
    void sChannelExchangeOfTheThirdTripletMatchesTheFormula() throws IOException {
        UfoPoint p = point(List.of());
        Program program = UfoProcesses.compile("s1 s2 > s1 s2 QCD=0", model(), p);
        assertTrue(program.colourFlows().stream().noneMatch(f -> f.contains("Eps")),
                "epsilon and epsilon-bar pair off into deltas: " + program.colourFlows());
        List<double[]> ev = events(program, p, 12, 5);
        double[] me = UfoEval.evaluate(program, p, ev);
        double s = SQRT_S * SQRT_S, den = (s - M3 * M3) * (s - M3 * M3) + M3 * M3 * W3 * W3;
        double want = 12.0 / 9 * Math.pow(LAM, 4) / den;
        for (int l = 0; l < ev.size(); l++) {
            assertEquals(want, me[l], 1e-12 * want, "event " + l);
        }
    }

    /**
     * {@code qa qa~ > s1 s1~} by an s-channel gluon: colour sum (Nc^2 - 1)/4 = 2, spin sum
     * {@code Tr[p2 k p1 k] = 4 (2 (p1.k)(p2.k) - (p1.p2) k^2)} with k = p3 - p4, averaged over 4 spins and
     * 9 colours.
     */
    @Test
    void quarkPairToScalarPairMatchesTheFormula() throws IOException {
        UfoPoint p = point(List.of());
        Program program = UfoProcesses.compile("qa qa~ > s1 s1~", model(), p);
        List<double[]> ev = events(program, p, 6, 11);
        double[] me = UfoEval.evaluate(program, p, ev);
        double g2 = 4 * Math.PI * 0.118;
        for (int l = 0; l < ev.size(); l++) {
            double[] e = ev.get(l);
            double[] k = new double[4];
            for (int mu = 0; mu < 4; mu++) k[mu] = e[8 + mu] - e[12 + mu];
            double p1k = mdot(e, 0, k), p2k = mdot(e, 4, k), kk = k[0] * k[0] - k[1] * k[1] - k[2] * k[2] - k[3] * k[3];
            double p12 = e[0] * e[4] - e[1] * e[5] - e[2] * e[6] - e[3] * e[7], s = 2 * p12;
            double want = g2 * g2 * 2 * 4 * (2 * p1k * p2k - p12 * kk) / (s * s) / 36;
            assertEquals(want, me[l], 1e-12 * want, "event " + l);
        }
    }

    private static double mdot(double[] e, int at, double[] k) {
        return e[at] * k[0] - e[at + 1] * k[1] - e[at + 2] * k[2] - e[at + 3] * k[3];
    }

    /**
     * Two quarks into s3 through the fermion-number-violating {@code -i yq Epsilon P_L} (conjugate
     * {@code EpsilonBar P_R}), as an R-parity-violating squark couples: spin sums give s for each
     * vertex, so averaged over 4 spins and 9 colours {@code |M|^2 = (12/36) yq^4 s^2 / |s - m3^2 + i m3 w3|^2}.
     */
    @Test
    void twoQuarksThroughTheDiquarkMatchTheFormula() throws IOException {
        UfoPoint p = point(List.of());
        Program program = UfoProcesses.compile("qa qb > qa qb QCD=0", model(), p);
        List<double[]> ev = events(program, p, 12, 9);
        double[] me = UfoEval.evaluate(program, p, ev);
        double s = SQRT_S * SQRT_S, den = (s - M3 * M3) * (s - M3 * M3) + M3 * M3 * W3 * W3;
        double want = 12.0 / 36 * Math.pow(YQ, 4) * s * s / den;
        for (int l = 0; l < ev.size(); l++) {
            assertEquals(want, me[l], 1e-12 * want, "event " + l);
        }
    }

    /**
     * At zero s3 width: a gluon radiated from a propagator of fixed width breaks the Ward identity by
     * order w3/m3 (2e-3 here), colour or no colour.
     */
    @Test
    void gluonEmissionFromThreeTripletsIsGaugeInvariant() throws IOException {
        UfoPoint p = model().formulas().evaluate(model().formulas().defaultCard().with("decay.9000013", 0.0), List.of());
        for (String process : List.of("s1 s2 > s3~ g", "s1 s2 > s3~ g g", "s1 g > s3~ s2~", "qa qb > s3~ g",
                "qa g > s3~ qb~", "qa qb > qa qb g QCD=1", "qc qc~ > s1 s1~ g", "qa qa~ > s1 s1~ g")) {
            Program program = UfoProcesses.compile(process, model(), p);
            List<double[]> ev = events(program, p, 6, 17);
            int[] gluons = UfoEval.gaugeBosons(program);
            double worst = UfoEval.wardSquared(program, p, ev, gluons);
            assertTrue(worst < 1e-12, process + ": Ward identity " + worst);
            // a wrong colour weight on one diagram breaks it: the check sees the epsilon algebra
            double broken = UfoEval.wardSquared(withAmplitudeNegated(program, 0), p, ev, gluons);
            System.out.printf("%s: %d colour flows %s, Ward identity %.1e (%.1e with one diagram's colour negated)%n",
                    process, program.colourFlows().size(), program.colourFlows(), worst, broken);
            assertTrue(broken > 1e-4, process + ": negating one diagram's colour must break gauge invariance: " + broken);
            UfoEval.boostInvariance(program, p, ev, 1e-11);
        }
    }

    @Test
    void crossingAGluonIntoTheInitialStateKeepsTheColourSummedSquare() throws IOException {
        // s1 s2 > s3~ g and s1 g > s3~ s2~ are one amplitude; |M|^2 without averaging is equal at crossed momenta
        UfoPoint p = point(List.of());
        Program direct = UfoProcesses.compile("s1 s2 > s3~ g", model(), p);
        Program crossed = UfoProcesses.compile("s1 g > s3~ s2~", model(), p);
        List<double[]> ev = events(crossed, p, 8, 23);
        List<double[]> back = new ArrayList<>();
        for (double[] e : ev) {
            // crossed: 0 s1 in, 1 g in, 2 s3~ out, 3 s2~ out; direct: 0 s1 in, 1 s2 in, 2 s3~ out, 3 g out
            double[] d = new double[16];
            for (int mu = 0; mu < 4; mu++) {
                d[mu] = e[mu];
                d[4 + mu] = -e[12 + mu];
                d[8 + mu] = e[8 + mu];
                d[12 + mu] = -e[4 + mu];
            }
            back.add(d);
        }
        double[] a = UfoEval.evaluate(crossed, p, ev);
        double[] b = UfoEval.evaluate(direct, p, back);
        for (int l = 0; l < ev.size(); l++) {
            double crossedSum = a[l] / crossed.average(), directSum = b[l] / direct.average();
            assertEquals(crossedSum, directSum, 1e-11 * crossedSum, "event " + l);
        }
    }

    @Test
    void derivativeAlongTheEpsilonCouplingIsExact() throws IOException {
        List<String> names = List.of("newcoup.1", "sminputs.3");
        UfoPoint p = point(names);
        Program program = UfoProcesses.compile("s1 s2 > s3~ g", model(), p);
        List<double[]> ev = events(program, p, 6, 3);
        double[] me = UfoEval.evaluate(program, p, ev);
        int lanes = ev.size();
        ParamCard card = model().formulas().defaultCard();
        for (int t = 0; t < names.size(); t++) {
            double x = card.value(names.get(t)), h = 1e-4 * x;
            double[] up = UfoEval.evaluate(program, model().formulas().evaluate(card.with(names.get(t), x + h), List.of()), ev);
            double[] down = UfoEval.evaluate(program, model().formulas().evaluate(card.with(names.get(t), x - h), List.of()), ev);
            for (int l = 0; l < lanes; l++) {
                double exact = me[(t + 1) * lanes + l];
                // |M|^2 is lam^2 aS times a function of the momenta
                assertEquals((t == 0 ? 2 : 1) * me[l] / x, exact, 1e-12 * Math.abs(exact), names.get(t) + ", event " + l);
                assertEquals((up[l] - down[l]) / (2 * h), exact, 1e-7 * Math.abs(exact), names.get(t) + ", event " + l);
            }
        }
    }

    private static Program withAmplitudeNegated(Program program, int amplitude) {
        List<ColourTerm> terms = new ArrayList<>();
        for (ColourTerm t : program.colourTerms()) {
            terms.add(t.amplitude() == amplitude ? new ColourTerm(t.jamp(), t.amplitude(), -t.re(), -t.im()) : t);
        }
        return new Program(program.process() + " (amplitude " + amplitude + " negated)", program.externals(),
                program.operations(), program.slots(), program.amplitudes(), terms, program.colourMatrix(),
                program.average(), program.couplings(), program.colourFlows());
    }
}
