package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;
import org.junit.jupiter.api.Test;

/**
 * The charge-conjugation matrix of {@link LorentzPolynomials} and the flow-reversal check built on it
 * (Denner et al., Nucl. Phys. B387 (1992) 467): C^T = -C = C^-1 and C gamma^mu^T C^-1 = -gamma^mu with the
 * gamma matrices the kernels use; Gamma' = C Gamma^T C^-1 is Gamma for 1, gamma5, ProjM, ProjP and
 * gamma^mu gamma5, -Gamma for gamma^mu, and gamma^mu ProjM turns into -gamma^mu ProjP, so of the MSSM's
 * structures FFS1 (ProjM), FFS2 (ProjP) and FFV4 (gamma^mu (ProjM - ProjP)) are their own reversed form
 * with a symmetric colour factor, FFV1 (gamma^mu) with an antisymmetric one (the gluino's f^{abc}), and
 * FFV2, FFV3 (one chirality) with neither.
 */
class ChargeConjugationTest {
    private static final double[][] C = LorentzPolynomials.CHARGE_CONJUGATION;

    @Test
    void conjugationMatrixReversesGammaMatrices() {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(-C[i][j], C[j][i], 0.0, "C^T = -C");
                double unit = 0;
                for (int k = 0; k < 4; k++) unit += C[i][k] * -C[k][j]; // C C^-1 with C^-1 = -C
                assertEquals(i == j ? 1.0 : 0.0, unit, 0.0, "C^-1 = -C");
            }
        }
        for (int mu = 0; mu < 4; mu++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double re = 0, im = 0;
                    for (int k = 0; k < 4; k++) {
                        for (int l = 0; l < 4; l++) {
                            // C_ik (gamma^mu^T)_kl (C^-1)_lj, gamma^T_kl = gamma_lk
                            double f = C[i][k] * -C[l][j];
                            re += f * LorentzPolynomials.GAMMA_RE[mu][l][k];
                            im += f * LorentzPolynomials.GAMMA_IM[mu][l][k];
                        }
                    }
                    assertEquals(-LorentzPolynomials.GAMMA_RE[mu][i][j], re, 0.0, "mu " + mu + " (" + i + "," + j + ") re");
                    assertEquals(-LorentzPolynomials.GAMMA_IM[mu][i][j], im, 0.0, "mu " + mu + " (" + i + "," + j + ") im");
                }
            }
        }
    }

    @Test
    void mssmStructuresUnderFlowReversal() {
        UfoModel mssm = UfoModel.load(SharedModels.folder(SharedModels.MSSM) + "-full");
        assertTrue(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFS1"), 0, 1, 1));
        assertTrue(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFS2"), 0, 1, 1));
        assertTrue(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFV4"), 0, 1, 1));
        assertTrue(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFV1"), 0, 1, -1));
        assertFalse(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFV1"), 0, 1, 1));
        assertFalse(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFV2"), 0, 1, 1));
        assertFalse(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFV2"), 0, 1, -1));
        assertFalse(LorentzPolynomials.flowSymmetric(mssm, lorentz(mssm, "FFV4"), 0, 1, -1));
    }

    /** Reading a leg through C twice (+C then -C = C^-1) gives the structure back: the same numbers. */
    @Test
    void conjugatingALegTwiceIsTheIdentity() {
        UfoModel mssm = UfoModel.load(SharedModels.folder(SharedModels.MSSM) + "-full");
        UfoLorentz ffv2 = lorentz(mssm, "FFV2");
        Structure<LorentzTensor> twice = LorentzPolynomials.conjugated(
                LorentzPolynomials.conjugated(mssm.lorentzStructure(ffv2), 1, 1), 1, -1);
        for (int open = 0; open < 3; open++) {
            Wavefunction kind = open == 2 ? Wavefunction.VECTOR : Wavefunction.F1;
            VertexPolynomial plain = LorentzPolynomials.compile(mssm, ffv2, open, kind);
            VertexPolynomial back = LorentzPolynomials.compile(ffv2, twice, open, kind);
            assertEquals(plain.size(), back.size());
            for (int m = 0; m < plain.size(); m++) {
                assertEquals(plain.re()[m], back.re()[m], 1e-15);
                assertEquals(plain.im()[m], back.im()[m], 1e-15);
            }
        }
    }

    private static UfoLorentz lorentz(UfoModel m, String name) {
        return m.lorentz().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
