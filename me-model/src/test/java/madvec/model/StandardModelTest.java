package madvec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import madvec.autodiff.DualScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardModelTest {
    private static final List<String> INPUTS =
            List.of("mass.23", "sminputs.1", "sminputs.2", "sminputs.3", "mass.25", "yukawa.6", "mass.6", "decay.23");

    /** Every quantity the model derives or passes through, by name. */
    private static final Map<String, Function<StandardModel, DualScalar>> QUANTITIES = new LinkedHashMap<>();

    static {
        QUANTITIES.put("aEWM1", StandardModel::aEWM1);
        QUANTITIES.put("aEW", StandardModel::aEW);
        QUANTITIES.put("gf", StandardModel::gf);
        QUANTITIES.put("aS", StandardModel::aS);
        QUANTITIES.put("gs", StandardModel::gs);
        QUANTITIES.put("ee", StandardModel::ee);
        QUANTITIES.put("mz", StandardModel::mz);
        QUANTITIES.put("mw", StandardModel::mw);
        QUANTITIES.put("sw2", StandardModel::sw2);
        QUANTITIES.put("sw", StandardModel::sw);
        QUANTITIES.put("cw", StandardModel::cw);
        QUANTITIES.put("g1", StandardModel::g1);
        QUANTITIES.put("gw", StandardModel::gw);
        QUANTITIES.put("vev", StandardModel::vev);
        QUANTITIES.put("lam", StandardModel::lam);
        QUANTITIES.put("muH", StandardModel::muH);
        QUANTITIES.put("mass(6)", m -> m.mass(6));
        QUANTITIES.put("mass(25)", m -> m.mass(25));
        QUANTITIES.put("width(23)", m -> m.width(23));
        QUANTITIES.put("yukawa(6)", m -> m.yukawa(6));
        QUANTITIES.put("yukawa(5)", m -> m.yukawa(5));
        QUANTITIES.put("yukawa(15)", m -> m.yukawa(15));
    }

    /** The sm model's derivation in plain doubles, written out again independently of the code under test. */
    record Derived(double mw, double sw2, double ee, double vev, double gs) {
        static Derived of(double mz, double aEWM1, double gf, double aS) {
            double aEW = 1 / aEWM1;
            double mw = Math.sqrt(mz * mz / 2 + Math.sqrt(Math.pow(mz, 4) / 4 - aEW * Math.PI * mz * mz / (gf * Math.sqrt(2))));
            double sw2 = 1 - mw * mw / (mz * mz);
            double ee = Math.sqrt(4 * Math.PI * aEW);
            return new Derived(mw, sw2, ee, 2 * mw * Math.sqrt(sw2) / ee, Math.sqrt(4 * Math.PI * aS));
        }
    }

    @Test
    void derivedValuesOfTheDefaultCard() {
        StandardModel sm = StandardModel.of(ParamCard.defaultSm());
        Derived d = Derived.of(91.188, 132.507, 1.16639e-5, 0.118);
        assertEquals(80.419002445756, sm.mw().value(), 1e-11);
        assertEquals(d.mw(), sm.mw().value(), 1e-12);
        assertEquals(sm.mw().value(), sm.mass(24).value());
        assertEquals(d.sw2(), sm.sw2().value(), 1e-14);
        assertEquals(0.2222465, sm.sw2().value(), 1e-7);
        assertEquals(Math.sqrt(d.sw2()), sm.sw().value(), 1e-14);
        assertEquals(d.mw() / 91.188, sm.cw().value(), 1e-14);
        assertEquals(d.ee(), sm.ee().value(), 1e-14);
        assertEquals(d.gs(), sm.gs().value(), 1e-14);
        assertEquals(1 / 132.507, sm.aEW().value(), 1e-17);
        assertEquals(d.vev(), sm.vev().value(), 1e-10);
        // Tree-level identities of this input scheme: vev^2 = 1/(sqrt2 Gf), MW^2 sw^2 = pi aEW/(sqrt2 Gf).
        assertEquals(1 / Math.sqrt(Math.sqrt(2) * 1.16639e-5), sm.vev().value(), 1e-9);
        assertEquals(246.2185, sm.vev().value(), 1e-4);
        assertEquals(Math.PI / 132.507 / (Math.sqrt(2) * 1.16639e-5),
                sm.mw().value() * sm.mw().value() * sm.sw2().value(), 1e-8);
        assertEquals(d.ee() / Math.sqrt(d.sw2()), sm.gw().value(), 1e-13);
        assertEquals(d.ee() / (d.mw() / 91.188), sm.g1().value(), 1e-13);
        double lam = 125.0 * 125.0 / (2 * d.vev() * d.vev());
        assertEquals(lam, sm.lam().value(), 1e-14);
        assertEquals(125.0 / Math.sqrt(2), sm.muH().value(), 1e-11);
        assertEquals(173.0 * Math.sqrt(2) / d.vev(), sm.yukawa(6).value(), 1e-13);
        assertEquals(4.7 * Math.sqrt(2) / d.vev(), sm.yukawa(-5).value(), 1e-14);
        assertEquals(0.0, sm.yukawa(11).value(), "no electron Yukawa in the default card");
    }

    @Test
    void particleTablesFollowTheCard() throws IOException {
        StandardModel sm = StandardModel.of(ParamCard.defaultSm());
        assertEquals(173.0, sm.mass(6).value());
        assertEquals(173.0, sm.mass(-6).value(), "antiparticles share the mass");
        assertEquals(91.188, sm.mass(23).value());
        assertEquals(0.0, sm.mass(21).value());
        assertEquals(0.0, sm.mass(22).value());
        assertEquals(1.4915, sm.width(-6).value());
        assertEquals(2.0476, sm.width(24).value());
        assertEquals(0.0, sm.width(22).value());
        assertEquals(173.0, sm.yukawaMass(6).value());
        StandardModel leptons = StandardModel.of(ParamCard.resource("sm_lepton_masses"));
        assertEquals(5.11e-4, leptons.mass(11).value());
        assertEquals(2.27e-12, leptons.width(15).value());
        assertEquals(0.10566 * Math.sqrt(2) / leptons.vev().value(), leptons.yukawa(13).value(), 1e-16);
        ParamCard bare = ParamCardTest.parse("""
                BLOCK MASS
                 23 91.188
                 25 125
                BLOCK SMINPUTS
                 1 132.507
                 2 1.16639e-5
                 3 0.118
                """);
        StandardModel minimal = StandardModel.of(bare);
        assertEquals(0.0, minimal.mass(6).value(), "a fermion absent from the card is massless");
        assertEquals(0.0, minimal.width(6).value(), "and stable");
        assertEquals(0.0, minimal.yukawa(6).value());
        assertEquals(sm.mw().value(), minimal.mw().value());
        for (int notSm : new int[] {0, 7, 17, 20, 26, 9000001}) {
            assertThrows(IllegalArgumentException.class, () -> sm.mass(notSm), "mass " + notSm);
            assertThrows(IllegalArgumentException.class, () -> sm.width(notSm), "width " + notSm);
        }
        var boson = assertThrows(IllegalArgumentException.class, () -> sm.yukawa(25));
        assertTrue(boson.getMessage().contains("not a Standard Model fermion"), boson.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sm.yukawaMass(21));
    }

    @Test
    void valuesOnlyModelHasNoTangentsAndTheSameValues() {
        StandardModel plain = StandardModel.of(ParamCard.defaultSm(), List.of());
        StandardModel dual = StandardModel.of(ParamCard.defaultSm(), INPUTS);
        assertEquals(0, plain.k());
        assertEquals(List.of(), plain.derivativeNames());
        assertEquals(INPUTS.size(), dual.k());
        assertEquals(INPUTS, dual.derivativeNames());
        for (var q : QUANTITIES.entrySet()) {
            DualScalar p = q.getValue().apply(plain);
            assertEquals(0, p.k(), q.getKey());
            assertEquals(p.value(), q.getValue().apply(dual).value(), q.getKey() + ": tangents do not change values");
            assertEquals(INPUTS.size(), q.getValue().apply(dual).k(), q.getKey());
        }
    }

    /**
     * Every derived quantity's tangent along every input against a central difference of models built
     * from cards with the input moved by +-h. With h = 1e-5 |x| the truncation error is about
     * (h/x)^2 = 1e-10 relative and the rounding error about 1e-16 x/h = 1e-11, so 1e-7 of the
     * derivative's natural scale |f|/|x| leaves a wide margin without hiding a wrong chain rule.
     */
    @Test
    void tangentsMatchCentralFiniteDifferences() {
        ParamCard card = ParamCard.defaultSm();
        StandardModel dual = StandardModel.of(card, INPUTS);
        for (int j = 0; j < INPUTS.size(); j++) {
            String input = INPUTS.get(j);
            double x = card.value(input);
            double h = 1e-5 * Math.abs(x);
            StandardModel up = StandardModel.of(card.with(input, x + h));
            StandardModel down = StandardModel.of(card.with(input, x - h));
            for (var q : QUANTITIES.entrySet()) {
                DualScalar f = q.getValue().apply(dual);
                double fd = (q.getValue().apply(up).value() - q.getValue().apply(down).value()) / (2 * h);
                double scale = Math.abs(f.tangent(j)) + Math.abs(f.value() / x);
                assertEquals(fd, f.tangent(j), 1e-7 * scale, "d " + q.getKey() + " / d " + input);
            }
        }
    }

    @Test
    void tangentsMatchAnalyticDerivatives() {
        List<String> names = List.of("mass.23", "sminputs.1", "sminputs.2", "sminputs.3", "mass.25", "yukawa.6");
        StandardModel sm = StandardModel.of(ParamCard.defaultSm(), names);
        int mz = 0;
        int aEWM1 = 1;
        int gf = 2;
        int aS = 3;
        int mh = 4;
        int ymt = 5;
        double vev = sm.vev().value();
        // vev = (sqrt2 Gf)^(-1/2): independent of MZ and aEW, d vev/d Gf = -vev/(2 Gf).
        assertEquals(-vev / (2 * 1.16639e-5), sm.vev().tangent(gf), 1e-10 * vev / 1.16639e-5);
        assertEquals(0.0, sm.vev().tangent(mz), 1e-12 * vev / 91.188);
        assertEquals(0.0, sm.vev().tangent(aEWM1), 1e-12 * vev / 132.507);
        // MW^2 (MZ^2 - MW^2) = A MZ^2 with A = pi aEW / (sqrt2 Gf); implicit differentiation in w = MW^2, z = MZ^2.
        double w = sm.mw().value() * sm.mw().value();
        double z = 91.188 * 91.188;
        double a = Math.PI / 132.507 / (Math.sqrt(2) * 1.16639e-5);
        double dwdz = (a - w) / (z - 2 * w);
        assertEquals(dwdz * 91.188 / sm.mw().value(), sm.mw().tangent(mz), 1e-12);
        assertEquals(w / (z * z) - dwdz / z, sm.sw2().tangent(mz) / (2 * 91.188), 1e-14);
        // dw/dA = z/(z - 2w); A is proportional to 1/aEWM1 and to 1/Gf.
        double dwda = z / (z - 2 * w);
        assertEquals(dwda * (-a / 132.507) / (2 * sm.mw().value()), sm.mw().tangent(aEWM1), 1e-12);
        assertEquals(dwda * (-a / 1.16639e-5) / (2 * sm.mw().value()), sm.mw().tangent(gf), 1e-12 * 80 / 1.16639e-5);
        assertEquals(-sm.ee().value() / (2 * 132.507), sm.ee().tangent(aEWM1), 1e-16);
        assertEquals(sm.gs().value() / (2 * 0.118), sm.gs().tangent(aS), 1e-13);
        assertEquals(0.0, sm.gs().tangent(mz));
        assertEquals(2 * sm.lam().value() / 125.0, sm.lam().tangent(mh), 1e-16);
        assertEquals(1 / Math.sqrt(2), sm.muH().tangent(mh), 1e-14);
        assertEquals(Math.sqrt(2) / vev, sm.yukawa(6).tangent(ymt), 1e-16);
        assertEquals(0.0, sm.yukawa(5).tangent(ymt), "ymt does not move the b Yukawa");
        assertEquals(1.0, sm.yukawaMass(6).tangent(ymt));
        assertEquals(0.0, sm.mass(6).tangent(ymt), "Yukawa masses are independent of the pole masses");
        assertEquals(1.0, sm.mass(23).tangent(mz));
        assertEquals(sm.mw().tangent(mz), sm.mass(24).tangent(mz));
    }

    @Test
    void widthsAndMassesCanBeDirections() {
        StandardModel sm = StandardModel.of(ParamCard.defaultSm(), List.of("decay.6", "mass.6", "DECAY.23"));
        assertEquals(1.0, sm.width(6).tangent(0));
        assertEquals(0.0, sm.width(6).tangent(1));
        assertEquals(1.0, sm.mass(-6).tangent(1));
        assertEquals(1.0, sm.width(23).tangent(2));
        assertEquals(List.of("decay.6", "mass.6", "decay.23"), sm.derivativeNames(), "names normalised");
        assertEquals(0.0, sm.mw().tangent(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mass.24", "mass.99", "mass.22", "decay.21", "sminputs.4", "yukawa.25", "ckm.1",
            "mass", "mass.6.1"})
    void rejectsDirectionsThatAreNotInputs(String name) throws IOException {
        ParamCard card = ParamCardTest.parse("""
                BLOCK MASS
                  6 173
                 21 0
                 22 0
                 23 91.188
                 24 80.419
                 25 125
                 99 1000
                BLOCK SMINPUTS
                  1 132.507
                  2 1.16639e-5
                  3 0.118
                  4 91.188
                BLOCK YUKAWA
                 25 1
                BLOCK CKM
                  1 1
                DECAY 21 0
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> StandardModel.of(card, List.of("mass.6", name)));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        if (name.equals("mass.24")) {
            assertTrue(e.getMessage().contains("derived from MZ, Gf and aEWM1"), e.getMessage());
        }
    }

    @Test
    void rejectsDirectionsMissingFromTheCardAndDuplicates() {
        ParamCard sm = ParamCard.defaultSm();
        var absent = assertThrows(IllegalArgumentException.class, () -> StandardModel.of(sm, List.of("yukawa.11")));
        assertTrue(absent.getMessage().contains("yukawa.11") && absent.getMessage().contains("holds no such value"),
                absent.getMessage());
        var twice = assertThrows(IllegalArgumentException.class,
                () -> StandardModel.of(sm, List.of("mass.6", "MASS.6")));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StandardModel.of(sm, null));
    }

    @Test
    void rejectsInputsWithoutAPhysicalDerivation() {
        ParamCard sm = ParamCard.defaultSm();
        // A = pi aEW / (sqrt2 Gf) above MZ^2/4 leaves no real MW: halve Gf.
        var noMw = assertThrows(IllegalArgumentException.class,
                () -> StandardModel.of(sm.with("sminputs.2", 0.5e-5)));
        for (String named : List.of("no real W mass", "mass.23", "sminputs.1", "sminputs.2")) {
            assertTrue(noMw.getMessage().contains(named), noMw.getMessage());
        }
        Map<String, Double> bad = Map.of("sminputs.3", 0.0, "sminputs.1", -132.0, "sminputs.2", -1e-5,
                "mass.23", 0.0, "mass.25", -1.0, "mass.6", -173.0, "decay.23", -2.4, "decay.6", -1.0);
        for (var b : bad.entrySet()) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> StandardModel.of(sm.with(b.getKey(), b.getValue())), b.getKey());
            assertTrue(e.getMessage().contains(b.getKey()), e.getMessage());
        }
        StandardModel negativeYukawa = StandardModel.of(sm.with("yukawa.6", -173.0));
        assertEquals(-StandardModel.of(sm).yukawa(6).value(), negativeYukawa.yukawa(6).value(),
                "a Yukawa's sign is a convention, not an error");
    }

    @Test
    void requiresTheSmInputs() {
        for (String input : List.of("mass.23", "mass.25", "sminputs.1", "sminputs.2", "sminputs.3")) {
            StringBuilder text = new StringBuilder();
            ParamCard full = ParamCard.defaultSm();
            String block = "";
            for (String name : full.names()) {
                String b = name.substring(0, name.indexOf('.'));
                if (name.equals(input) || b.equals("decay")) {
                    continue;
                }
                if (!b.equals(block)) {
                    text.append("BLOCK ").append(b).append('\n');
                    block = b;
                }
                text.append(name.substring(name.indexOf('.') + 1)).append(' ').append(full.value(name)).append('\n');
            }
            var e = assertThrows(IllegalArgumentException.class,
                    () -> StandardModel.of(ParamCardTest.parse(text.toString())), input);
            assertTrue(e.getMessage().contains("lacks " + input), e.getMessage());
        }
    }

    @Test
    void cardMwIsIgnored() {
        ParamCard card = ParamCard.defaultSm().with("mass.24", 79.0);
        StandardModel sm = StandardModel.of(card);
        assertNotEquals(79.0, sm.mw().value());
        assertEquals(StandardModel.of(ParamCard.defaultSm()).mw().value(), sm.mw().value());
    }
}
