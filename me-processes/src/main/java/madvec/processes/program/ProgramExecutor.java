package madvec.processes.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.StandardModel;
import madvec.processes.helas.ExternalWavefunctions;
import madvec.processes.helas.Layout;
import madvec.processes.helas.Propagators;
import madvec.processes.helas.ScalarStructures;
import madvec.processes.helas.Structures;
import madvec.simd.Simd;

/**
 * Runs a {@link Program} over batches of events, one event per lane, with k tangents.
 *
 * <p>Tangent space: the first {@code model.k()} tangents are the model's parameter directions; the
 * caller may use further tangents (up to {@code k}) for directions seeded on the momenta (phase-space
 * coordinates, momentum components). Couplings, masses and widths are bound once, at construction.
 *
 * <p>Not thread-safe: one executor per thread (it owns its workspace). Construction sizes everything;
 * {@link #evaluate} allocates nothing.
 */
public final class ProgramExecutor {
    /** Lanes per chunk: small enough that a chunk's workspace stays in the L1/L2 cache. */
    public static final int CHUNK = Math.max(8, Simd.PAD * 2);

    private final Program program;
    private final int k;
    private final int c = CHUNK;
    private final double[][] couplings;
    private final double[][] masses;
    private final double[][] widths;
    private final double[][] externalMasses;
    private final boolean[] slotHasTangents;
    private final boolean[] couplingHasTangents;
    private final int[][] liveHelicities;
    private final double[][] colour;
    private final ExternalWavefunctions externals;
    private final Propagators propagators = new Propagators();
    private final double[] w;
    private final int momentaOff, slotsOff, tempOff, ampOff, jampOff, meOff;
    private final int wfSlot, momSlot, ampSlot;
    /** Test hook: the external particle whose polarisation is replaced by p/E (Ward identity), or -1. */
    int gaugeProbe = -1;

    /**
     * @param program the process program
     * @param model the model, whose tangents are the first {@code model.k()} of the k tangents
     * @param k total tangents (>= model.k()); tangents beyond the model's may be seeded on momenta
     * @param momentumTangents whether momenta will carry non-zero tangents
     */
    public ProgramExecutor(Program program, StandardModel model, int k, boolean momentumTangents) {
        if (k < model.k()) {
            throw new IllegalArgumentException("k = " + k + " is less than the model's " + model.k() + " tangents");
        }
        this.program = program;
        this.k = k;
        int n = program.particles();
        couplings = new double[program.couplings().size()][];
        couplingHasTangents = new boolean[couplings.length];
        for (int i = 0; i < couplings.length; i++) {
            couplings[i] = bind(program.couplings().get(i).value().apply(model));
            couplingHasTangents[i] = hasTangents(couplings[i], 2);
        }
        int ops = program.operations().size();
        masses = new double[ops][];
        widths = new double[ops][];
        for (int i = 0; i < ops; i++) {
            Operation op = program.operations().get(i);
            if (!op.isAmplitude()) {
                masses[i] = bind(model.mass(op.pdg()));
                widths[i] = bind(model.width(op.pdg()));
            }
        }
        externalMasses = new double[n][];
        slotHasTangents = new boolean[program.slots()];
        for (int i = 0; i < n; i++) {
            externalMasses[i] = bind(model.mass(program.externals().get(i).pdg()));
            slotHasTangents[i] = momentumTangents || hasTangents(externalMasses[i], 1);
        }
        for (int i = 0; i < ops; i++) {
            Operation op = program.operations().get(i);
            if (!op.isAmplitude()) {
                slotHasTangents[op.out()] = slotHasTangents[op.a()] || slotHasTangents[op.b()]
                        || (op.c() >= 0 && slotHasTangents[op.c()]) || couplingHasTangents[op.couplingLeft()] || couplingHasTangents[op.couplingRight()]
                        || hasTangents(masses[i], 1) || hasTangents(widths[i], 1);
            }
        }
        colour = program.colourMatrix();
        externals = new ExternalWavefunctions(k);
        int k1 = k + 1;
        momSlot = k1 * 4 * c;
        wfSlot = k1 * Layout.wfBlock(c);
        ampSlot = k1 * 2 * c;
        momentaOff = 0;
        slotsOff = momentaOff + n * momSlot;
        tempOff = slotsOff + program.slots() * wfSlot;
        ampOff = tempOff + wfSlot;
        jampOff = ampOff + program.amplitudes() * ampSlot;
        meOff = jampOff + program.jamps() * ampSlot;
        w = new double[meOff + k1 * c];
        liveHelicities = HelicityFilter.liveCombinations(this, program, model);
    }

    private double[] bind(DualScalar s) {
        double[] out = new double[k + 1];
        out[0] = s.value();
        for (int i = 0; i < s.k(); i++) out[i + 1] = s.tangent(i);
        return out;
    }

    private double[] bind(ComplexDualScalar s) {
        double[] out = new double[2 * (k + 1)];
        out[0] = s.re().value();
        out[1] = s.im().value();
        for (int i = 0; i < s.k(); i++) {
            out[2 * (i + 1)] = s.re().tangent(i);
            out[2 * (i + 1) + 1] = s.im().tangent(i);
        }
        return out;
    }

    private static boolean hasTangents(double[] v, int stride) {
        for (int i = stride; i < v.length; i++) {
            if (v[i] != 0.0) {
                return true;
            }
        }
        return false;
    }

    /** Total tangents per value. */
    public int k() {
        return k;
    }

    /** The program run. */
    public Program program() {
        return program;
    }

    /** Live helicity combinations (each an array of one helicity per particle). */
    public List<int[]> liveHelicities() {
        List<int[]> out = new ArrayList<>();
        for (int[] h : liveHelicities) out.add(h.clone());
        return out;
    }

    /**
     * Evaluates |M|^2 and its k tangents for {@code lanes} events.
     *
     * @param momenta 4 n arrays, index {@code 4*particle + mu}; component t (0 value, 1..k tangents) of
     *        lane i at {@code [t * stride + i]}
     * @param stride lanes per component in {@code momenta} and {@code me}
     * @param lanes number of events
     * @param me output, component t of lane i at {@code [t * stride + i]}
     */
    public void evaluate(double[][] momenta, int stride, int lanes, double[] me) {
        evaluate(momenta, stride, lanes, me, liveHelicities);
    }

    void evaluate(double[][] momenta, int stride, int lanes, double[] me, int[][] helicities) {
        int n = program.particles();
        if (momenta.length != 4 * n) {
            throw new IllegalArgumentException("expected " + 4 * n + " momentum arrays, got " + momenta.length);
        }
        for (int start = 0; start < lanes; start += c) {
            int len = Math.min(c, lanes - start);
            loadChunk(momenta, stride, start, len);
            Arrays.fill(w, meOff, meOff + (k + 1) * c, 0.0);
            for (int[] hel : helicities) {
                runHelicity(hel);
            }
            for (int t = 0; t <= k; t++) {
                for (int l = 0; l < len; l++) {
                    me[t * stride + start + l] = w[meOff + t * c + l] * program.average();
                }
            }
        }
    }

    private void loadChunk(double[][] momenta, int stride, int start, int len) {
        int n = program.particles();
        for (int p = 0; p < n; p++) {
            for (int t = 0; t <= k; t++) {
                for (int mu = 0; mu < 4; mu++) {
                    int dst = momentaOff + p * momSlot + t * 4 * c + mu * c;
                    double[] src = momenta[4 * p + mu];
                    if (t * stride + start + len <= src.length) {
                        System.arraycopy(src, t * stride + start, w, dst, len);
                    } else {
                        Arrays.fill(w, dst, dst + len, 0.0);
                    }
                    // Padding lanes copy lane 0 of the chunk so that they stay physical (no 0/0).
                    for (int l = len; l < c; l++) w[dst + l] = w[dst];
                }
            }
        }
    }

    private void runHelicity(int[] hel) {
        int n = program.particles();
        for (int p = 0; p < n; p++) {
            External e = program.externals().get(p);
            int pOff = momentaOff + p * momSlot;
            int out = slotsOff + p * wfSlot;
            switch (e.kind()) {
                case FERMION_F1 -> externals.fermion(w, c, pOff, out, externalMasses[p], hel[p], e.flow(), false);
                case FERMION_F2 -> externals.fermion(w, c, pOff, out, externalMasses[p], hel[p], e.flow(), true);
                case VECTOR -> externals.vector(w, c, pOff, out, externalMasses[p], hel[p], e.flow());
                case SCALAR -> externals.scalar(w, c, pOff, out, e.flow());
            }
        }
        if (gaugeProbe >= 0) {
            replacePolarisationByMomentum(gaugeProbe);
        }
        List<Operation> ops = program.operations();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            structure(op);
            if (op.isAmplitude()) {
                contract(op);
            } else {
                propagators.apply(op.propagator(), w, c, k, tempOff, slotsOff + op.out() * wfSlot, masses[i], widths[i]);
            }
        }
        accumulateColour();
    }

    private void replacePolarisationByMomentum(int p) {
        int pOff = momentaOff + p * momSlot, out = slotsOff + p * wfSlot;
        for (int l = 0; l < c; l++) {
            double e = w[pOff + l];
            for (int mu = 0; mu < 4; mu++) {
                w[out + 2 * mu * c + l] = w[pOff + mu * c + l] / e;
                w[out + (2 * mu + 1) * c + l] = 0.0;
            }
        }
    }

    /** Amputated current of op into the temp slot, all blocks, by the product rule. */
    private void structure(Operation op) {
        int blk = Layout.wfBlock(c);
        int n = op.structure().inputs();
        int x0 = slotsOff + op.a() * wfSlot, x1 = slotsOff + op.b() * wfSlot;
        int x2 = n == 3 ? slotsOff + op.c() * wfSlot : -1;
        boolean t0 = slotHasTangents[op.a()], t1 = slotHasTangents[op.b()], t2 = n == 3 && slotHasTangents[op.c()];
        boolean tg = couplingHasTangents[op.couplingLeft()] || couplingHasTangents[op.couplingRight()];
        boolean momentumLinear = op.structure().momentumDependent() && (t0 || t1);
        core(op, x0, x1, x2, x0, x1, tempOff, 0, false);
        for (int t = 1; t <= k; t++) {
            int out = tempOff + t * blk, d = t * blk;
            Arrays.fill(w, out, out + 8 * c, 0.0);
            if (t0) {
                core(op, x0 + d, x1, x2, x0, x1, out, 0, true);
            }
            if (t1) {
                core(op, x0, x1 + d, x2, x0, x1, out, 0, true);
            }
            if (t2) {
                core(op, x0, x1, x2 + d, x0, x1, out, 0, true);
            }
            if (momentumLinear) {
                core(op, x0, x1, x2, x0 + d, x1 + d, out, 0, true);
            }
            if (tg) {
                core(op, x0, x1, x2, x0, x1, out, t, true);
            }
        }
        for (int t = 0; t <= k; t++) {
            for (int mu = 0; mu < 4; mu++) {
                int o = tempOff + t * blk + Layout.mom(mu, c);
                int i0 = x0 + t * blk + Layout.mom(mu, c), i1 = x1 + t * blk + Layout.mom(mu, c);
                if (n == 3) {
                    int i2 = x2 + t * blk + Layout.mom(mu, c);
                    for (int l = 0; l < c; l++) w[o + l] = w[i0 + l] + w[i1 + l] + w[i2 + l];
                } else {
                    for (int l = 0; l < c; l++) w[o + l] = w[i0 + l] + w[i1 + l];
                }
            }
        }
    }

    /**
     * One structure call: wavefunction blocks x0, x1 (and x2), momenta read (by VVV only) from blocks
     * p0 and p1, coupling component gc.
     */
    private void core(Operation op, int x0, int x1, int x2, int p0, int p1, int out, int gc, boolean acc) {
        double[] gl = couplings[op.couplingLeft()], gr = couplings[op.couplingRight()];
        switch (op.structure()) {
            case FFV_OPEN_F1 -> Structures.ffvOpenF1(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFV_OPEN_F2 -> Structures.ffvOpenF2(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFV_OPEN_V -> Structures.ffvOpenV(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case VVV_OPEN_V1 -> Structures.vvvOpenV1(w, c, x0, p0, x1, p1, out, gl, gc, acc);
            case VVVV_OPEN_V -> {
                double[] f = op.factors();
                Structures.vvvvOpen(w, c, x0, x1, x2, out, f[0], f[1], f[2], gl, gc, acc);
            }
            case VVS_OPEN_V -> ScalarStructures.vvsOpenV(w, c, x0, x1, out, gl, gc, acc);
            case VVS_OPEN_S -> ScalarStructures.vvsOpenS(w, c, x0, x1, out, gl, gc, acc);
            case VVSS_OPEN_V -> ScalarStructures.vvssOpenV(w, c, x0, x1, x2, out, gl, gc, acc);
            case VVSS_OPEN_S -> ScalarStructures.vvssOpenS(w, c, x0, x1, x2, out, gl, gc, acc);
            case SSS_OPEN_S -> ScalarStructures.scalarsOpenS(w, c, x0, x1, -1, out, gl, gc, acc);
            case SSSS_OPEN_S -> ScalarStructures.scalarsOpenS(w, c, x0, x1, x2, out, gl, gc, acc);
            case FFS_OPEN_F1 -> ScalarStructures.ffsOpenF1(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFS_OPEN_F2 -> ScalarStructures.ffsOpenF2(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFS_OPEN_S -> ScalarStructures.ffsOpenS(w, c, x0, x1, out, gl, gc, gr, gc, acc);
        }
    }

    /** amp = -i (last . T), plain for spinors, Minkowski for vectors. */
    private void contract(Operation op) {
        int blk = Layout.wfBlock(c);
        int last = slotsOff + op.out() * wfSlot;
        boolean minkowski = op.structure().open() == Structure.Leg.VECTOR;
        int amp = ampOff + op.amplitude() * ampSlot;
        boolean tl = slotHasTangents[op.out()];
        for (int t = 0; t <= k; t++) {
            int o = amp + t * 2 * c;
            dot(last, tempOff + t * blk, minkowski, o, false);
            if (t > 0 && tl) {
                dot(last + t * blk, tempOff, minkowski, o, true);
            }
        }
    }

    private void dot(int x, int y, boolean minkowski, int out, boolean acc) {
        for (int l = 0; l < c; l++) {
            double sr = 0, si = 0;
            for (int j = 0; j < 4; j++) {
                double xr = w[x + 2 * j * c + l], xi = w[x + (2 * j + 1) * c + l];
                double yr = w[y + 2 * j * c + l], yi = w[y + (2 * j + 1) * c + l];
                double sign = minkowski && j > 0 ? -1.0 : 1.0;
                sr += sign * (xr * yr - xi * yi);
                si += sign * (xr * yi + xi * yr);
            }
            // times -i
            double ar = si, ai = -sr;
            if (acc) {
                w[out + l] += ar;
                w[out + c + l] += ai;
            } else {
                w[out + l] = ar;
                w[out + c + l] = ai;
            }
        }
    }

    private void accumulateColour() {
        int jamps = program.jamps();
        Arrays.fill(w, jampOff, jampOff + jamps * ampSlot, 0.0);
        for (ColourTerm term : program.colourTerms()) {
            int j = jampOff + term.jamp() * ampSlot, a = ampOff + term.amplitude() * ampSlot;
            for (int t = 0; t <= k; t++) {
                int jo = j + t * 2 * c, ao = a + t * 2 * c;
                for (int l = 0; l < c; l++) {
                    double ar = w[ao + l], ai = w[ao + c + l];
                    w[jo + l] += term.re() * ar - term.im() * ai;
                    w[jo + c + l] += term.re() * ai + term.im() * ar;
                }
            }
        }
        for (int i = 0; i < jamps; i++) {
            for (int j = 0; j < jamps; j++) {
                double cij = colour[i][j];
                if (cij == 0.0) {
                    continue;
                }
                int ji = jampOff + i * ampSlot, jj = jampOff + j * ampSlot;
                for (int l = 0; l < c; l++) {
                    double jir = w[ji + l], jii = w[ji + c + l], jjr = w[jj + l], jji = w[jj + c + l];
                    w[meOff + l] += cij * (jir * jjr + jii * jji);
                    for (int t = 1; t <= k; t++) {
                        double dir = w[ji + t * 2 * c + l], dii = w[ji + t * 2 * c + c + l];
                        w[meOff + t * c + l] += 2 * cij * (dir * jjr + dii * jji);
                    }
                }
            }
        }
    }
}
