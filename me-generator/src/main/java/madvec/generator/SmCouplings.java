package madvec.generator;

import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.StandardModel;

/**
 * Vertex couplings of the Standard Model in MadGraph's {@code sm} conventions (the amplitude of a
 * vertex is -i times coupling times Lorentz structure), derived in dual arithmetic so that they carry
 * the model's tangents.
 *
 * <p>Fermion-vector couplings are given per chirality (left-handed: HELAS's lower Weyl pair on the
 * "o"-type fermion side, structure FFV2); vector-like couplings have equal halves.
 */
public final class SmCouplings {
    private SmCouplings() {}

    /** Photon: i e Q_f for both chiralities. */
    public static ComplexDualScalar photon(StandardModel m, double charge) {
        return ComplexDualScalar.of(zero(m), m.ee().times(charge));
    }

    /** Gluon to quarks: i g_s. */
    public static ComplexDualScalar gluonQuark(StandardModel m) {
        return ComplexDualScalar.of(zero(m), m.gs());
    }

    /** Three gluons (VVV): -g_s. */
    public static ComplexDualScalar threeGluon(StandardModel m) {
        return ComplexDualScalar.real(m.gs().negate());
    }

    /** Z, left-handed half: i e/(sw cw) (T3 - Q sw^2). */
    public static ComplexDualScalar zLeft(StandardModel m, double t3, double charge) {
        DualScalar sw2 = m.sw().square();
        DualScalar g = m.ee().div(m.sw().times(m.cw()));
        return ComplexDualScalar.of(zero(m), g.times(sw2.times(-charge).plus(t3)));
    }

    /** Z, right-handed half: i e/(sw cw) (-Q sw^2). */
    public static ComplexDualScalar zRight(StandardModel m, double charge) {
        DualScalar sw2 = m.sw().square();
        DualScalar g = m.ee().div(m.sw().times(m.cw()));
        return ComplexDualScalar.of(zero(m), g.times(sw2.times(-charge)));
    }

    /** W to fermions, left-handed only: i e/(sw sqrt 2). */
    public static ComplexDualScalar wLeft(StandardModel m) {
        return ComplexDualScalar.of(zero(m), m.ee().div(m.sw().times(Math.sqrt(2.0))));
    }

    /** A vanishing coupling with the model's tangent count. */
    public static ComplexDualScalar none(StandardModel m) {
        return ComplexDualScalar.of(zero(m), zero(m));
    }

    private static DualScalar zero(StandardModel m) {
        return DualScalar.constant(0.0, m.k());
    }
}
