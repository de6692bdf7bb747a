package madvec.processes.program;

import madvec.processes.helas.Propagators;

/**
 * One step of a process program: a vertex applied to two input slots. With a propagator it produces
 * an off-shell current in {@code out}; without one ({@code propagator == null}) its amputated current
 * is contracted with slot {@code out} into amplitude {@code amplitude}.
 *
 * @param structure the Lorentz structure and open leg
 * @param a first input slot
 * @param b second input slot
 * @param couplingLeft coupling index (the left-handed one for chiral fermion vertices)
 * @param couplingRight right-handed coupling index (same as left for vector-like vertices)
 * @param propagator propagator of the produced current, or null for an amplitude
 * @param pdg particle of the internal line (mass and width), 0 for an amplitude
 * @param out produced slot, or the slot of the leg contracted into the amplitude
 * @param amplitude amplitude index, or -1 for a current
 */
public record Operation(Structure structure, int a, int b, int couplingLeft, int couplingRight,
        Propagators.Kind propagator, int pdg, int out, int amplitude) {

    /** An off-shell current. */
    public static Operation current(Structure s, int a, int b, int gl, int gr, Propagators.Kind prop, int pdg,
            int out) {
        return new Operation(s, a, b, gl, gr, prop, pdg, out, -1);
    }

    /** An amplitude: the structure's current from (a, b) contracted with slot {@code last}. */
    public static Operation amplitude(Structure s, int a, int b, int gl, int gr, int last, int amplitude) {
        return new Operation(s, a, b, gl, gr, null, 0, last, amplitude);
    }

    /** True when this step closes a diagram into an amplitude. */
    public boolean isAmplitude() {
        return amplitude >= 0;
    }
}
