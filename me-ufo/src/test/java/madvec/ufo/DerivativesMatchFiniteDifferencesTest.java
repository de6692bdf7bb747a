package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.autodiff.ComplexDualScalar;
import madvec.model.ParamCard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact derivatives of every internal parameter and coupling of the four models against central
 * finite differences, along inputs from each of the model's blocks (SMEFTsim's Wilson coefficients
 * among them, at nonzero values), at a point read from an SLHA card written with the model's own
 * blocks.
 *
 * <p>Step {@code h = 1e-5 |x|} (1e-5 at x = 0): the truncation error is ~h^2 |f'''| (1e-10 relative),
 * the rounding error ~eps |f| / h, so 1e-6 of the derivative's scale ({@code |f'| + |f| / |x|}) is a
 * bound that a wrong derivative (a missing term, a wrong sign) does not meet. Where a formula cancels
 * (MSSM couplings whose terms cancel for real mixing matrices: the value is 0, the terms are not) the
 * rounding error of the difference exceeds that bound; the check then takes a step 10 times larger:
 * rounding noise falls tenfold while the error of a wrong derivative stays, so the larger step's error
 * must be within the bound or at most a fifth of the smaller step's. An error below 1e-13 / h is the
 * differences' own rounding noise (eps T / h for terms T up to ~100 that cancel) and passes.
 */
class DerivativesMatchFiniteDifferencesTest {
    private static final double RELATIVE_STEP = 1e-5;
    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void everyCouplingsDerivativeMatchesCentralDifferences(String name) throws IOException {
        UfoModel m = UfoModel.load(SharedModels.folder(name).toString());
        UfoParameters f = m.formulas();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String input : f.inputs()) {
            values.put(input, defaultOf(m, input));
        }
        // Wilson coefficients (and any input at 0) away from 0, so quadratic terms count
        int shifted = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getKey().startsWith("smeft") && shifted < 40) {
                e.setValue(0.05 + 0.01 * shifted++);
            }
        }
        ParamCard card = cardOf(values);
        List<String> directions = directions(f.inputs());
        UfoPoint exact = f.evaluate(card, directions);
        int nonzero = 0;
        int checked = 0;
        for (int j = 0; j < directions.size(); j++) {
            String d = directions.get(j);
            double x = values.get(d);
            double h = x == 0 ? RELATIVE_STEP : RELATIVE_STEP * Math.abs(x);
            UfoPoint up = f.evaluate(card.with(d, x + h), List.of());
            UfoPoint down = f.evaluate(card.with(d, x - h), List.of());
            UfoPoint farUp = null;
            UfoPoint farDown = null;
            List<String> names = new ArrayList<>(f.internalParameters());
            names.addAll(f.couplings());
            for (String n : names) {
                ComplexDualScalar v = exact.value(n);
                ComplexDualScalar a = up.value(n);
                ComplexDualScalar b = down.value(n);
                double fdRe = (a.re().value() - b.re().value()) / (2 * h);
                double fdIm = (a.im().value() - b.im().value()) / (2 * h);
                double tRe = v.re().tangent(j);
                double tIm = v.im().tangent(j);
                // the last term: the differences' rounding noise, ~eps T / h, for terms T up to ~100
                double scale = Math.hypot(tRe, tIm) + Math.hypot(v.re().value(), v.im().value())
                        / Math.max(Math.abs(x), h) + 1e-7 / h;
                String what = m.name() + ": d " + n + " / d " + d;
                double err = Math.hypot(fdRe - tRe, fdIm - tIm);
                if (err > TOLERANCE * scale) {
                    if (farUp == null) {
                        farUp = f.evaluate(card.with(d, x + 10 * h), List.of());
                        farDown = f.evaluate(card.with(d, x - 10 * h), List.of());
                    }
                    ComplexDualScalar a10 = farUp.value(n);
                    ComplexDualScalar b10 = farDown.value(n);
                    double err10 = Math.hypot((a10.re().value() - b10.re().value()) / (20 * h) - tRe,
                            (a10.im().value() - b10.im().value()) / (20 * h) - tIm);
                    assertTrue(err10 <= TOLERANCE * scale || err10 < err / 5, what + ": exact (" + tRe + ", " + tIm
                            + "), central differences (" + fdRe + ", " + fdIm + "), error " + err + " at h = " + h
                            + " and " + err10 + " at 10 h");
                }
                if (tRe != 0 || tIm != 0) {
                    nonzero++;
                }
                checked++;
            }
        }
        assertTrue(nonzero > checked / 50, m.name() + ": only " + nonzero + " of " + checked + " derivatives are nonzero");
    }

    /** Up to three inputs from every block (the first ones), and more of SMEFTsim's coefficients. */
    private static List<String> directions(List<String> inputs) {
        Map<String, Integer> perBlock = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            String block = in.substring(0, in.indexOf('.'));
            int n = perBlock.merge(block, 1, Integer::sum);
            if (n <= (block.equals("smeft") ? 8 : 3)) {
                out.add(in);
            }
        }
        return out;
    }

    private static double defaultOf(UfoModel m, String cardName) {
        return m.parameters().stream().filter(p -> p.external() && p.cardName().equals(cardName)).findFirst()
                .orElseThrow().value();
    }

    /** An SLHA card with the model's own blocks (DECAY lines for the widths). */
    static ParamCard cardOf(Map<String, Double> values) throws IOException {
        Map<String, StringBuilder> blocks = new LinkedHashMap<>();
        StringBuilder decays = new StringBuilder();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            String v = String.format(Locale.ROOT, "%.17e", e.getValue());
            if (parts[0].equals("decay")) {
                decays.append("DECAY ").append(parts[1]).append(' ').append(v).append('\n');
                continue;
            }
            StringBuilder b = blocks.computeIfAbsent(parts[0], k -> new StringBuilder("Block " + k.toUpperCase(Locale.ROOT) + "\n"));
            for (int i = 1; i < parts.length; i++) b.append(' ').append(parts[i]);
            b.append(' ').append(v).append('\n');
        }
        StringBuilder all = new StringBuilder();
        blocks.values().forEach(all::append);
        all.append(decays);
        return ParamCard.read("written-by-test", new StringReader(all.toString()));
    }
}
