package madvec.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Assertions that compare a decomposition with explicit numerical colour sums over SU(3) matrices. */
final class NumericChecks {
    private static final double TOLERANCE = 1e-12;

    private NumericChecks() { }

    /**
     * Checks that every diagram equals the sum of its coefficients times the basis elements, entry by
     * entry over all external index values, and that the colour matrix equals the numerical sum of
     * conj(B_k) B_l.
     */
    static void assertMatchesNumerics(List<ColourFactor> diagrams, ColourDecomposition d) {
        NumericColour.Externals ext = NumericColour.Externals.of(diagrams.get(0));
        List<NumericColour.Tensor> basis = new ArrayList<>();
        for (String name : d.basis()) {
            basis.add(NumericColour.evaluate(BasisNames.parse(name), ext));
        }
        for (int k = 0; k < diagrams.size(); k++) {
            NumericColour.Tensor direct = NumericColour.evaluate(diagrams.get(k), ext);
            double[] re = new double[ext.size()];
            double[] im = new double[ext.size()];
            for (ColourDecomposition.Term t : d.coefficients(k)) {
                NumericColour.Tensor b = basis.get(t.basis());
                double cr = t.coefficient().re();
                double ci = t.coefficient().im();
                for (int e = 0; e < re.length; e++) {
                    re[e] += cr * b.re()[e] - ci * b.im()[e];
                    im[e] += cr * b.im()[e] + ci * b.re()[e];
                }
            }
            for (int e = 0; e < re.length; e++) {
                int entry = e;
                int diagram = k;
                assertEquals(direct.re()[e], re[e], TOLERANCE,
                        () -> "diagram " + diagram + " " + diagrams.get(diagram) + ", entry " + entry + " (real)");
                assertEquals(direct.im()[e], im[e], TOLERANCE,
                        () -> "diagram " + diagram + " " + diagrams.get(diagram) + ", entry " + entry + " (imag)");
            }
        }
        ComplexRational[][] m = d.matrix();
        for (int k = 0; k < basis.size(); k++) {
            for (int l = 0; l < basis.size(); l++) {
                double[] sum = basis.get(k).dot(basis.get(l));
                double scale = Math.max(1.0, Math.abs(sum[0]));
                String where = "C[" + k + "][" + l + "] for " + d.basis().get(k) + ", " + d.basis().get(l);
                assertEquals(sum[0], m[k][l].re(), TOLERANCE * scale, where);
                assertEquals(sum[1], m[k][l].im(), TOLERANCE * scale, where);
            }
        }
    }
}
