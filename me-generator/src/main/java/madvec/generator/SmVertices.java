package madvec.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.StandardModel;
import madvec.generator.Vertex.Colour;
import madvec.generator.Vertex.Lorentz;

/**
 * The vertices of MadGraph's {@code sm} model (unitary gauge) with their couplings as functions of the
 * model's parameters, in the conventions of the UFO model (vertex = coupling x Lorentz structure x
 * colour, couplings carrying the factor i). Vertices whose coupling vanishes for the given model, value
 * and tangents, are pruned, as MadGraph prunes zero couplings of its restricted models (the electron
 * and muon Yukawas of the default card, for one).
 */
public final class SmVertices {
    private static final int[][] DOUBLETS = {{2, 1}, {4, 3}, {6, 5}, {12, 11}, {14, 13}, {16, 15}};

    private SmVertices() {}

    /** Every vertex of the model, pruned or not; built once. */
    private static final List<Vertex> ALL = build();
    /** Every coupling of {@link #ALL} by name. */
    private static final Map<String, Coupling> BY_NAME = byName(ALL);

    /** The vertices with a coupling that is not identically zero in this model. */
    public static List<Vertex> of(StandardModel model) {
        List<Vertex> kept = new ArrayList<>();
        for (Vertex v : ALL) {
            if (!vanishes(v.left(), model) || !vanishes(v.right(), model)) {
                kept.add(v);
            }
        }
        return kept;
    }

    /** The coupling of a name, or null. */
    static Coupling coupling(String name) {
        return BY_NAME.get(name);
    }

    private static Map<String, Coupling> byName(List<Vertex> vertices) {
        Map<String, Coupling> out = new HashMap<>();
        for (Vertex v : vertices) {
            for (Coupling c : new Coupling[] {v.left(), v.right()}) {
                // a name stands for one formula: vertices that share a name share the coupling
                out.putIfAbsent(c.name(), c);
            }
        }
        return Map.copyOf(out);
    }

    private static List<Vertex> build() {
        List<Vertex> all = new ArrayList<>();
        for (int f : new int[] {1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16}) fermionVertices(all, f);
        for (int[] d : DOUBLETS) {
            Coupling w = spec("W", SmCouplings::wLeft);
            Coupling none = spec("0", SmCouplings::none);
            // all outgoing: (anti-down, up, W-) and (anti-up, down, W+)
            all.add(new Vertex(new int[] {-d[1], d[0], -24}, Lorentz.FFV, w, none, 0, 1,
                    colourOf(d[0]), null));
            all.add(new Vertex(new int[] {-d[0], d[1], 24}, Lorentz.FFV, w, none, 0, 1, colourOf(d[0]), null));
        }
        Coupling ggg = spec("ggg", SmCouplings::threeGluon);
        all.add(new Vertex(new int[] {21, 21, 21}, Lorentz.VVV, ggg, ggg, 1, 0, Colour.F, null));
        Coupling gggg = spec("gggg", m -> i(m.gs().square()));
        all.add(new Vertex(new int[] {21, 21, 21, 21}, Lorentz.VVVV, gggg, gggg, 2, 0, Colour.FF_23_14,
                new double[] {-1, 1, 0}));
        all.add(new Vertex(new int[] {21, 21, 21, 21}, Lorentz.VVVV, gggg, gggg, 2, 0, Colour.FF_24_13,
                new double[] {-1, 0, 1}));
        all.add(new Vertex(new int[] {21, 21, 21, 21}, Lorentz.VVVV, gggg, gggg, 2, 0, Colour.FF_34_12,
                new double[] {0, -1, 1}));
        boson(all, new int[] {22, -24, 24}, Lorentz.VVV, "AWW", m -> i(m.ee()), 1, null);
        boson(all, new int[] {-24, 24, 23}, Lorentz.VVV, "WWZ", m -> i(m.ee().times(m.cw()).div(m.sw())), 1, null);
        double[] vvvv2 = {-2, 1, 1};
        boson(all, new int[] {22, 22, -24, 24}, Lorentz.VVVV, "AAWW", m -> i(m.ee().square()), 2, vvvv2);
        boson(all, new int[] {-24, -24, 24, 24}, Lorentz.VVVV, "WWWW", m -> i(m.gw().square().negate()), 2, vvvv2);
        boson(all, new int[] {-24, 24, 23, 23}, Lorentz.VVVV, "WWZZ",
                m -> i(m.gw().square().times(m.cw().square())), 2, vvvv2);
        boson(all, new int[] {22, -24, 24, 23}, Lorentz.VVVV, "AWWZ",
                m -> i(m.gw().square().times(m.sw()).times(m.cw()).times(-2.0)), 2, new double[] {-0.5, -0.5, 1});
        boson(all, new int[] {-24, 24, 25}, Lorentz.VVS, "WWH",
                m -> i(m.ee().square().times(m.vev()).div(m.sw().square().times(2.0))), 1, null);
        boson(all, new int[] {23, 23, 25}, Lorentz.VVS, "ZZH", m -> i(zzh(m).times(m.vev())), 1, null);
        boson(all, new int[] {-24, 24, 25, 25}, Lorentz.VVSS, "WWHH",
                m -> i(m.ee().square().div(m.sw().square().times(2.0))), 2, null);
        boson(all, new int[] {23, 23, 25, 25}, Lorentz.VVSS, "ZZHH", m -> i(zzh(m)), 2, null);
        boson(all, new int[] {25, 25, 25}, Lorentz.SSS, "HHH", m -> i(m.lam().times(m.vev()).times(-6.0)), 1, null);
        boson(all, new int[] {25, 25, 25, 25}, Lorentz.SSSS, "HHHH", m -> i(m.lam().times(-6.0)), 2, null);
        return List.copyOf(all);
    }

    /** e^2 (1 + cw^2/(2 sw^2) + sw^2/(2 cw^2)) = e^2/(2 sw^2 cw^2), the ZZH coupling without the vev. */
    private static DualScalar zzh(StandardModel m) {
        DualScalar sw2 = m.sw().square(), cw2 = m.cw().square();
        return m.ee().square().times(cw2.div(sw2.times(2.0)).plus(sw2.div(cw2.times(2.0))).plus(1.0));
    }

    private static void fermionVertices(List<Vertex> all, int f) {
        Particle p = ParticleTable.byPdg(f);
        int[] legs = {-f, f, 0};
        Colour c = colourOf(f);
        double q = p.charge3() / 3.0, t3 = p.isospin3() / 2.0;
        String n = p.name();
        if (p.charge3() != 0) {
            Coupling a = spec("A." + n, m -> SmCouplings.photon(m, q));
            all.add(new Vertex(with(legs, 22), Lorentz.FFV, a, a, 0, 1, c, null));
        }
        if (p.isQuark()) {
            Coupling g = spec("G.quark", SmCouplings::gluonQuark);
            all.add(new Vertex(with(legs, 21), Lorentz.FFV, g, g, 1, 0, Colour.GENERATOR, null));
        }
        all.add(new Vertex(with(legs, 23), Lorentz.FFV, spec("Z." + n + ".left", m -> SmCouplings.zLeft(m, t3, q)),
                spec("Z." + n + ".right", m -> SmCouplings.zRight(m, q)), 0, 1, c, null));
        Coupling y = spec("H." + n, m -> i(m.yukawa(f).div(Math.sqrt(2.0)).negate()));
        all.add(new Vertex(with(legs, 25), Lorentz.FFS, y, y, 0, 1, c, null));
    }

    private static Colour colourOf(int fermion) {
        return ParticleTable.byPdg(fermion).isQuark() ? Colour.DELTA : Colour.SINGLET;
    }

    private static int[] with(int[] legs, int boson) {
        int[] out = legs.clone();
        out[2] = boson;
        return out;
    }

    private static void boson(List<Vertex> all, int[] legs, Lorentz l, String name,
            Function<StandardModel, ComplexDualScalar> g, int qed, double[] pairings) {
        Coupling s = spec(name, g);
        all.add(new Vertex(legs, l, s, s, 0, qed, Colour.SINGLET, pairings));
    }

    private static Coupling spec(String name, Function<StandardModel, ComplexDualScalar> f) {
        return new Coupling(name, f);
    }

    /** i times a real dual number. */
    private static ComplexDualScalar i(DualScalar x) {
        return ComplexDualScalar.of(DualScalar.constant(0.0, x.k()), x);
    }

    private static boolean vanishes(Coupling s, StandardModel m) {
        ComplexDualScalar g = s.value().apply(m);
        return g.re().value() == 0.0 && g.im().value() == 0.0 && !g.re().hasTangents() && !g.im().hasTangents();
    }
}
