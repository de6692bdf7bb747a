package madvec.generator;

import madvec.processes.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact tangents against central finite differences. */
class DerivativesTest {

    /**
     * Steps are relative to the parameter; widths need large steps (|M|^2 depends on them only at second
     * order far from a resonance, so a small step drowns in rounding), resonant masses small ones.
     */
    @ParameterizedTest(name = "d me/d {1} in {0}")
    @CsvSource({
        "g g > t t~, mass.6, 1e-5, 1500",
        "g g > t t~, decay.6, 1e-1, 1500",
        "g g > t t~, sminputs.3, 1e-5, 1500",
        "u u~ > t t~, mass.6, 1e-5, 1000",
        "e+ e- > mu+ mu-, mass.23, 1e-7, 91.188",
        "e+ e- > mu+ mu-, mass.23, 1e-5, 500",
        "e+ e- > mu+ mu-, decay.23, 1e-4, 91.188",
        "e+ e- > mu+ mu-, sminputs.1, 1e-5, 500",
        "e+ e- > mu+ mu-, sminputs.2, 1e-5, 500"
    })
    void parameterDerivativesMatchFiniteDifferences(String process, String name, double relStep, double sqrtS) {
        Program p = Fixtures.program(process);
        ParamCard card = ParamCard.defaultSm();
        StandardModel m = Fixtures.model(card, List.of(name));
        List<double[]> events = Fixtures.randomEvents(p, m, sqrtS, 12, 21);
        double[] me = Fixtures.evaluate(p, m, events);
        double v = card.value(name), h = relStep * v;
        double[] up = Fixtures.evaluate(p, Fixtures.model(card.with(name, v + h), List.of()), events);
        double[] dn = Fixtures.evaluate(p, Fixtures.model(card.with(name, v - h), List.of()), events);
        int n = events.size();
        for (int i = 0; i < n; i++) {
            double fd = (up[i] - dn[i]) / (2 * h);
            assertEquals(fd, me[n + i], 1e-6 * Math.abs(fd) + 1e-14 * Math.abs(me[i] / v), "event " + i);
        }
    }

    /** Tangents seeded on each momentum component of each final-state particle, mass.6 alongside. */
    @ParameterizedTest
    @ValueSource(strings = {"g g > t t~", "e+ e- > mu+ mu-"})
    void momentumDerivativesMatchFiniteDifferences(String process) {
        Program p = Fixtures.program(process);
        StandardModel m = Fixtures.model(List.of("mass.6"));
        List<double[]> events = Fixtures.randomEvents(p, m, 1200.0, 4, 9);
        int n = p.particles(), lanes = events.size();
        int k = 1 + 4 * (n - 2);
        Executor ex = new Executor(p, m, k, true);
        double[][] mom = new double[4 * n][(k + 1) * lanes];
        for (int l = 0; l < lanes; l++) {
            for (int j = 0; j < 4 * n; j++) mom[j][l] = events.get(l)[j];
            for (int j = 8; j < 4 * n; j++) mom[j][(2 + (j - 8)) * lanes + l] = 1.0;
        }
        double[] me = new double[(k + 1) * lanes];
        ex.evaluate(mom, lanes, lanes, me);
        Executor plain = new Executor(p, Fixtures.model(List.of()), 0, false);
        for (int j = 8; j < 4 * n; j++) {
            for (int l = 0; l < lanes; l++) {
                double[] ev = events.get(l);
                double h = 1e-6 * ev[4 * (j / 4)];
                double[] plus = ev.clone(), minus = ev.clone();
                plus[j] += h;
                minus[j] -= h;
                double fd = (Fixtures.evaluate(plain, List.of(plus), 0)[0] - Fixtures.evaluate(plain, List.of(minus), 0)[0]) / (2 * h);
                double ad = me[(2 + (j - 8)) * lanes + l];
                assertEquals(fd, ad, 1e-6 * Math.abs(fd) + 1e-9 * Math.abs(me[l]) / ev[0], "component " + j + ", event " + l);
            }
        }
    }
}
