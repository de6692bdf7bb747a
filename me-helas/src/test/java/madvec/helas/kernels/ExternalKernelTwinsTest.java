package madvec.helas.kernels;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * External wavefunctions three ways: the Vector API kernels, their plain-Java twins, and the per-lane jets
 * of {@link ExternalWavefunctions} (the scalar path with tangents), for every kind, helicity and flow.
 * All three apply the same operations in the same order, so identical bits are expected, also in the
 * lanes that take the special branches of HELAS: momenta along +z and -z (no transverse direction,
 * and for -z no upper Weyl component), along x, and a massive particle at rest.
 */
class ExternalKernelTwinsTest {
    private static final int K = 2;

    @BeforeAll
    static void vectorModule() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "jdk.incubator.vector is absent");
        assumeTrue(Layout.G == madvec.simd.vector.Species.LANES, "layout groups differ from the vector length");
    }

    /** A wavefunction to build: fermion ("i" or "o" type), vector or scalar, with mass, helicity and flow. */
    record Case(String kind, double mass, int helicity, int flow, boolean outType) {
        @Override
        public String toString() {
            return kind + (outType ? " o-type" : "") + ", m = " + mass + ", helicity " + helicity + ", flow " + flow;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        // -363.756: a Majorana fermion of negative mass (MSSM_SLHA2's n3), the sign on one chirality
        for (double m : new double[] {0.0, 173.0, -363.756}) {
            for (int h : new int[] {-1, 1}) {
                for (int f : new int[] {-1, 1}) {
                    out.add(Arguments.of(new Case("fermion", m, h, f, false)));
                    out.add(Arguments.of(new Case("fermion", m, h, f, true)));
                }
            }
        }
        for (double m : new double[] {0.0, 91.19}) {
            for (int h : m == 0.0 ? new int[] {-1, 1} : new int[] {-1, 0, 1}) {
                for (int f : new int[] {-1, 1}) out.add(Arguments.of(new Case("vector", m, h, f, false)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valueKernelsAgreeWithTheirTwinAndTheJets(Case e) {
        for (int groups : new int[] {1, 2, 8}) {
            int c = groups * Layout.G;
            double[] scalar = workspace(c, e.mass(), 0, 5);
            double[] vector = scalar.clone();
            double[] jets = scalar.clone();
            int out = momentumSize(c, 0);
            switch (e.kind()) {
                case "fermion" -> {
                    if (e.mass() != 0.0) {
                        PlainExternalKernels.massiveFermion(scalar, c, 0, out, e.mass(), e.helicity(), e.flow(), e.outType());
                        SimdExternalKernels.massiveFermion(vector, c, 0, out, e.mass(), e.helicity(), e.flow(), e.outType());
                    } else {
                        PlainExternalKernels.masslessFermion(scalar, c, 0, out, e.helicity(), e.flow(), e.outType());
                        SimdExternalKernels.masslessFermion(vector, c, 0, out, e.helicity(), e.flow(), e.outType());
                    }
                    new ExternalWavefunctions(0).fermionJets(jets, c, 0, out, new double[] {e.mass()}, e.helicity(), e.flow(), e.outType());
                }
                default -> {
                    if (e.mass() != 0.0) {
                        PlainExternalKernels.massiveVector(scalar, c, 0, out, e.mass(), e.helicity(), e.flow());
                        SimdExternalKernels.massiveVector(vector, c, 0, out, e.mass(), e.helicity(), e.flow());
                    } else {
                        PlainExternalKernels.masslessVector(scalar, c, 0, out, e.helicity(), e.flow());
                        SimdExternalKernels.masslessVector(vector, c, 0, out, e.helicity(), e.flow());
                    }
                    new ExternalWavefunctions(0).vectorJets(jets, c, 0, out, new double[] {e.mass()}, e.helicity(), e.flow());
                }
            }
            KernelTwinsTest.assertSameBits(e + ", " + c + " lanes, vector vs plain-Java twin", scalar, vector);
            KernelTwinsTest.assertSameBits(e + ", " + c + " lanes, plain-Java twin vs jets", scalar, jets);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tangentKernelsAgreeWithTheJets(Case e) {
        double[] mass = {e.mass(), e.mass() == 0.0 ? 0.0 : 0.7, e.mass() == 0.0 ? 0.0 : -1.3};
        for (int groups : new int[] {1, 2, 8}) {
            int c = groups * Layout.G, blk = Layout.wfBlock(c);
            double[] vector = workspace(c, e.mass(), K, 9);
            double[] jets = vector.clone();
            int out = momentumSize(c, K);
            boolean fermion = e.kind().equals("fermion");
            if (fermion) {
                new ExternalWavefunctions(K).fermionJets(jets, c, 0, out, mass, e.helicity(), e.flow(), e.outType());
                ExternalWavefunctions.fermionValue(vector, c, 0, out, e.mass(), e.helicity(), e.flow(), e.outType());
            } else {
                new ExternalWavefunctions(K).vectorJets(jets, c, 0, out, mass, e.helicity(), e.flow());
                ExternalWavefunctions.vectorValue(vector, c, 0, out, e.mass(), e.helicity(), e.flow());
            }
            for (int t = 1; t <= K; t++) {
                int dp = t * 4 * c, dout = out + t * blk;
                if (fermion && e.mass() != 0.0) {
                    SimdExternalKernels.massiveFermionTangent(vector, c, 0, dp, dout, e.mass(), mass[t], e.helicity(),
                            e.flow(), e.outType());
                } else if (fermion) {
                    SimdExternalKernels.masslessFermionTangent(vector, c, 0, dp, dout, e.helicity(), e.flow(), e.outType());
                } else if (e.mass() != 0.0) {
                    SimdExternalKernels.massiveVectorTangent(vector, c, 0, dp, dout, e.mass(), mass[t], e.helicity(), e.flow());
                } else {
                    SimdExternalKernels.masslessVectorTangent(vector, c, 0, dp, dout, e.helicity(), e.flow());
                }
            }
            KernelTwinsTest.assertSameBits(e + ", " + c + " lanes, vector tangents vs jets", jets, vector);
        }
    }

    private static int momentumSize(int c, int k) {
        return (k + 1) * 4 * c;
    }

    /**
     * A momentum slot (k + 1 blocks of 4 rows) followed by a wavefunction slot (k + 1 blocks),
     * random physical momenta of the given mass with special lanes in the first group, random momentum
     * tangents, and a wavefunction slot filled with noise (the kernels must overwrite all of it).
     */
    private static double[] workspace(int c, double mass, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[momentumSize(c, k) + (k + 1) * Layout.wfBlock(c)];
        for (int l = 0; l < c; l++) {
            double px, py, pz;
            double q = 50 + 400 * rng.nextDouble();
            switch (l) {
                case 0 -> { px = 0; py = 0; pz = q; }
                case 1 -> { px = 0; py = 0; pz = -q; }
                case 2 -> { px = 0; py = 0; pz = mass == 0.0 ? q : 0.0; }
                case 3 -> { px = q; py = 0; pz = 0; }
                default -> {
                    double cos = rng.nextDouble(-1, 1), phi = 2 * Math.PI * rng.nextDouble(), sin = Math.sqrt(1 - cos * cos);
                    px = q * sin * Math.cos(phi);
                    py = q * sin * Math.sin(phi);
                    pz = q * cos;
                }
            }
            double[] p = {Math.sqrt(px * px + py * py + pz * pz + mass * mass), px, py, pz};
            for (int mu = 0; mu < 4; mu++) {
                w[Layout.lane(4, l) + Layout.row(mu)] = p[mu];
                for (int t = 1; t <= k; t++) w[t * 4 * c + Layout.lane(4, l) + Layout.row(mu)] = rng.nextDouble(-1, 1);
            }
        }
        for (int i = momentumSize(c, k); i < w.length; i++) w[i] = rng.nextDouble(-9, 9);
        return w;
    }
}
