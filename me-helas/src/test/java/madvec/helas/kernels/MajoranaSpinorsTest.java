package madvec.helas.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The relations between HELAS's two wavefunction types of one fermion that Majorana fermions rest on
 * (Denner et al., Nucl. Phys. B387 (1992) 467): with the charge-conjugation matrix C = i gamma^2 gamma^0
 * of the chiral basis HELAS uses, v(p, h) = C u-bar(p, h)^T and u(p, h) = C v-bar(p, h)^T, as component
 * vectors, for the same helicity label h. {@code ixxxxx} with flow -1 is v, {@code oxxxxx} with flow +1
 * is u-bar (an outgoing particle); {@code ixxxxx} with flow +1 is u, {@code oxxxxx} with flow -1 is
 * v-bar (an incoming one). The generator uses them to give an external Majorana fermion the other type
 * than the one stored, through the matrix C folded into a vertex's polynomial.
 */
class MajoranaSpinorsTest {
    /** C = i gamma^2 gamma^0 in the chiral basis: diag(i sigma^2, -i sigma^2), real. */
    static final double[][] C = {{0, 1, 0, 0}, {-1, 0, 0, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}};

    @Test
    void conjugateTypesAreRelatedByC() {
        SplittableRandom random = new SplittableRandom(17);
        int c = Layout.G;
        for (double mass : new double[] {0.0, 250.0, -363.756}) { // a negative Majorana mass too
            for (int trial = 0; trial < 20; trial++) {
                double[] w = new double[4 * c + 3 * Layout.wfBlock(c)];
                for (int l = 0; l < c; l++) {
                    double px = random.nextDouble(-300, 300), py = random.nextDouble(-300, 300);
                    double pz = trial == 0 ? 0 : random.nextDouble(-300, 300);
                    if (trial == 1) {
                        px = 0;
                        py = 0;
                    }
                    int lp = Layout.lane(4, l);
                    w[lp] = Math.sqrt(px * px + py * py + pz * pz + mass * mass);
                    w[lp + Layout.row(1)] = px;
                    w[lp + Layout.row(2)] = py;
                    w[lp + Layout.row(3)] = pz;
                }
                for (int h : new int[] {-1, 1}) {
                    for (int flow : new int[] {-1, 1}) {
                        int iOff = 4 * c, oOff = iOff + Layout.wfBlock(c);
                        ExternalWavefunctions.fermionValue(w, c, 0, iOff, mass, h, flow, false);
                        ExternalWavefunctions.fermionValue(w, c, 0, oOff, mass, h, -flow, true);
                        for (int l = 0; l < c; l++) {
                            int li = iOff + Layout.lane(12, l), lo = oOff + Layout.lane(12, l);
                            double scale = 0;
                            for (int j = 0; j < 8; j++) scale = Math.max(scale, Math.abs(w[li + Layout.row(j)]));
                            assertTrue(scale > 0);
                            for (int a = 0; a < 4; a++) {
                                double re = 0, im = 0;
                                for (int b = 0; b < 4; b++) {
                                    re += C[a][b] * w[lo + Layout.row(2 * b)];
                                    im += C[a][b] * w[lo + Layout.row(2 * b + 1)];
                                }
                                String where = "m " + mass + " h " + h + " i-flow " + flow + " lane " + l + " comp " + a;
                                assertEquals(w[li + Layout.row(2 * a)], re, 1e-13 * scale, where);
                                assertEquals(w[li + Layout.row(2 * a + 1)], im, 1e-13 * scale, where);
                            }
                            for (int mu = 0; mu < 4; mu++) {
                                assertEquals(w[li + Layout.row(8 + mu)], w[lo + Layout.row(8 + mu)], 0.0, "stored momentum");
                            }
                        }
                    }
                }
            }
        }
    }
}
