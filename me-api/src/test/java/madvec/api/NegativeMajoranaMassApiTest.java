package madvec.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A neutralino of negative mass through the API (MSSM_SLHA2's n3, -363.756 GeV at its card): the phase space,
 * the on-shell momenta, the threshold and {@link MatrixElement#externalMasses()} take |m|, as MadGraph's do; the
 * derivative along the signed mass runs through the spinors and through RAMBO's momenta (d|m|/dm = -1 there),
 * and is checked against central differences at fixed hypercube points. The generator's
 * {@code NegativeMajoranaMassTest} checks the physics (the field redefinition that makes the mass positive).
 */
class NegativeMajoranaMassApiTest {
    private static final double M3 = -363.756;

    private static String mssm() {
        Path p = Path.of(System.getProperty("madvec.shared", "../shared"), "models", "MSSM_SLHA2");
        Assumptions.assumeTrue(Files.isDirectory(p), "no " + p + ": skipped");
        return p.toString();
    }

    private static double[][] points(int dims, int lanes, long seed) {
        Random r = new Random(seed);
        double[][] u = new double[dims][lanes];
        for (double[] x : u) {
            for (int l = 0; l < lanes; l++) x[l] = 0.05 + 0.9 * r.nextDouble();
        }
        return u;
    }

    @Test
    void theKinematicsTakeTheMagnitudeOfTheMass() {
        MatrixElement me = MatrixElement.builder("e+ e- > n1 n3").model(mssm()).sqrtS(1500).build();
        assertEquals(M3, me.card().value("mass.1000025"), 1e-9, "the card's n3 mass");
        double[] masses = me.externalMasses();
        assertEquals(-M3, masses[3], 1e-9, "externalMasses() gives |m|");
        Batch b = me.evaluatePoints(points(me.dimensions(), 8, 3));
        double[][] p = b.momenta();
        for (int l = 0; l < b.lanes(); l++) {
            assertTrue(b.me()[l] > 0 && Double.isFinite(b.me()[l]), "event " + l + ": " + b.me()[l]);
            for (int i = 2; i < 4; i++) {
                double e = p[4 * i][l], m2 = e * e - p[4 * i + 1][l] * p[4 * i + 1][l] - p[4 * i + 2][l] * p[4 * i + 2][l]
                        - p[4 * i + 3][l] * p[4 * i + 3][l];
                assertEquals(masses[i] * masses[i], m2, 1e-9 * e * e, "particle " + i + " on its shell, event " + l);
            }
        }
        // the momentum path gives the hypercube path's numbers on the same momenta
        double[] again = me.evaluateMomenta(p).me();
        for (int l = 0; l < b.lanes(); l++) assertEquals(b.me()[l], again[l], 1e-12 * b.me()[l], "event " + l);
    }

    @Test
    void theThresholdIsTheSumOfTheMagnitudes() {
        // |m1| + |m3| = 96.69 + 363.76 = 460.44 GeV; the signed sum (-267.07) would let 400 GeV through
        String why = assertThrows(IllegalArgumentException.class,
                () -> MatrixElement.builder("e+ e- > n1 n3").model(mssm()).sqrtS(400).build()).getMessage();
        assertTrue(why.contains("threshold"), why);
        MatrixElement above = MatrixElement.builder("e+ e- > n1 n3").model(mssm()).sqrtS(470).build();
        double me = above.evaluatePoints(points(above.dimensions(), 1, 5)).me()[0];
        assertTrue(me > 0 && Double.isFinite(me), "just above threshold: " + me);
    }

    @Test
    void derivativesAlongTheSignedMassMatchCentralDifferences() {
        for (String process : new String[] {"e+ e- > n1 n3", "e+ e- > n3 n3", "u u~ > n2 n3"}) {
            MatrixElement me = MatrixElement.builder(process).model(mssm()).sqrtS(1500)
                    .derivatives("mass.1000025", "nmix.3.1").mode(DerivativeMode.FORWARD).build();
            double[][] u = points(me.dimensions(), 4, 11);
            Batch b = me.evaluatePoints(u);
            double worst = 0;
            for (String name : new String[] {"mass.1000025", "nmix.3.1"}) {
                double x = me.card().value(name), h = 1e-6 * Math.abs(x);
                double[] up = me.withParameters(Map.of(name, x + h)).evaluatePoints(u).me();
                double[] down = me.withParameters(Map.of(name, x - h)).evaluatePoints(u).me();
                double[] exact = b.dme(name);
                for (int l = 0; l < b.lanes(); l++) {
                    double fd = (up[l] - down[l]) / (2 * h);
                    assertTrue(Math.abs(exact[l]) > 1e-6 * b.me()[l] / Math.abs(x), process + ": d/d" + name + " " + exact[l]);
                    assertEquals(fd, exact[l], 1e-6 * Math.abs(exact[l]), process + ": d|M|^2/d" + name + ", event " + l);
                    worst = Math.max(worst, Math.abs(fd - exact[l]) / Math.abs(exact[l]));
                }
            }
            System.out.printf("%s: derivatives along mass.1000025 and nmix.3.1 at fixed u against central differences %.1e%n",
                    process, worst);
        }
    }

    @Test
    void aDecayChainThroughTheNegativeMassNeutralino() {
        MatrixElement me = MatrixElement.builder("e+ e- > n1 n3, n3 > n1 mu+ mu-").model(mssm()).sqrtS(1500).build();
        Batch b = me.evaluatePoints(points(me.dimensions(), 4, 13));
        for (int l = 0; l < b.lanes(); l++) {
            assertTrue(b.me()[l] > 0 && Double.isFinite(b.me()[l]), "event " + l + ": " + b.me()[l]);
        }
    }
}
