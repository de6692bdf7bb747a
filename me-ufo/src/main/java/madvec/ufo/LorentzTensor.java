package madvec.ufo;

import java.util.List;
import madvec.ufo.IndexSlot.Kind;

/**
 * The tensors of UFO Lorentz structures (spins 0, 1/2 and 1), each with its index slots. Spinor
 * indices run over the legs' Dirac indices; {@code Gamma(mu, i, j)} is the matrix element (i, j).
 */
public sealed interface LorentzTensor {
    /** The tensor's arguments and their kinds, in order. */
    List<IndexSlot> slots();

    /** {@code Gamma(mu, i, j)}: the Dirac matrix gamma^mu. */
    record Gamma(int mu, int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(mu, Kind.LORENTZ), new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code Gamma5(i, j)}. */
    record Gamma5(int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code ProjM(i, j)}: (1 - gamma5)/2. */
    record ProjM(int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code ProjP(i, j)}: (1 + gamma5)/2. */
    record ProjP(int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code Sigma(mu, nu, i, j)}: i/2 [gamma^mu, gamma^nu]. */
    record Sigma(int mu, int nu, int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(mu, Kind.LORENTZ), new IndexSlot(nu, Kind.LORENTZ), new IndexSlot(i, Kind.SPINOR),
                    new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code Identity(i, j)}: the unit matrix in spinor space. */
    record Identity(int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code C(i, j)}: the charge-conjugation matrix. */
    record ChargeConjugation(int i, int j) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR));
        }
    }

    /** {@code Metric(mu, nu)}: g^{mu nu}. */
    record Metric(int mu, int nu) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(mu, Kind.LORENTZ), new IndexSlot(nu, Kind.LORENTZ));
        }
    }

    /** {@code Epsilon(mu, nu, rho, sigma)}: the Levi-Civita tensor. */
    record Epsilon(int mu, int nu, int rho, int sigma) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(mu, Kind.LORENTZ), new IndexSlot(nu, Kind.LORENTZ), new IndexSlot(rho, Kind.LORENTZ),
                    new IndexSlot(sigma, Kind.LORENTZ));
        }
    }

    /** {@code P(mu, n)}: the momentum of leg n, component mu (UFO momenta flow into the vertex). */
    record Momentum(int mu, int leg) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(mu, Kind.LORENTZ), new IndexSlot(leg, Kind.MOMENTUM));
        }
    }

    /** {@code PSlash(i, j, n)}: the momentum of leg n contracted with gamma. */
    record PSlash(int i, int j, int leg) implements LorentzTensor {
        @Override
        public List<IndexSlot> slots() {
            return List.of(new IndexSlot(i, Kind.SPINOR), new IndexSlot(j, Kind.SPINOR), new IndexSlot(leg, Kind.MOMENTUM));
        }
    }
}
