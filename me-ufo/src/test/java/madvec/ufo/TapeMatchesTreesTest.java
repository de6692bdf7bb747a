package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flattened program ({@link UfoParameters#evaluate}) against its reference twin, the expression
 * trees ({@link UfoParameters#evaluateWithTrees}): every parameter and coupling of the four models,
 * restricted and not, values and tangents along every input, to 1e-13 of each number's scale (the
 * two share every formula but may round a complex product or power differently).
 */
class TapeMatchesTreesTest {
    @ParameterizedTest
    @ValueSource(strings = {SharedModels.SM, SharedModels.HEFT, SharedModels.MSSM, SharedModels.SMEFT})
    void everySlotAgrees(String name) {
        for (UfoModel m : List.of(UfoModel.read(SharedModels.folder(name)), UfoModel.load(SharedModels.folder(name).toString()))) {
            UfoParameters f = m.formulas();
            List<String> directions = f.inputs();
            UfoPoint tape = f.evaluate(null, directions);
            UfoPoint trees = f.evaluateWithTrees(null, directions);
            double[] inputValues = new double[directions.size()];
            for (int j = 0; j < inputValues.length; j++) {
                String card = directions.get(j);
                String ufo = m.parameters().stream().filter(p -> p.external() && p.cardName().equals(card))
                        .findFirst().orElseThrow().name();
                inputValues[j] = tape.value(ufo).re().value();
            }
            List<String> names = new ArrayList<>(f.internalParameters());
            names.addAll(f.couplings());
            for (String n : names) {
                ComplexDualScalar a = tape.value(n);
                ComplexDualScalar b = trees.value(n);
                double scale = Math.hypot(b.re().value(), b.im().value());
                assertClose(b.re(), a.re(), scale, inputValues, m.name() + " " + n + " (real part)");
                assertClose(b.im(), a.im(), scale, inputValues, m.name() + " " + n + " (imaginary part)");
            }
        }
    }

    /**
     * Value to 1e-13 of the number's modulus; tangent j to 1e-13 of the largest of the number's
     * tangents and its natural scale |value / input j| (a derivative that vanishes analytically is
     * rounding noise of that scale, in either evaluation), plus 1e-14 / |x_j| for terms that cancel.
     */
    static void assertClose(DualScalar expected, DualScalar actual, double scale, double[] inputs, String what) {
        assertEquals(expected.value(), actual.value(), 1e-13 * scale, what);
        double tangentScale = 0;
        for (int j = 0; j < expected.k(); j++) tangentScale = Math.max(tangentScale, Math.abs(expected.tangent(j)));
        for (int j = 0; j < expected.k(); j++) {
            double natural = scale / Math.max(Math.abs(inputs[j]), 1e-300);
            if (inputs[j] == 0) {
                natural = scale;
            }
            // and an absolute floor: terms of order one that cancel leave noise of ~eps / |x| in both
            double floor = 1e-14 / Math.max(Math.abs(inputs[j]), 1e-2);
            assertEquals(expected.tangent(j), actual.tangent(j), 1e-13 * Math.max(natural,
                    Math.max(tangentScale, Math.abs(actual.tangent(j)))) + floor, what + ", tangent " + j);
        }
    }
}
