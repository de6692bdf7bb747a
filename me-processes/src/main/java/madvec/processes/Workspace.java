package madvec.processes;

import java.util.Arrays;
import madvec.helas.kernels.Amplitudes;
import madvec.helas.kernels.ExternalWavefunctions;
import madvec.helas.kernels.Layout;
import madvec.helas.kernels.Propagators;
import madvec.helas.kernels.SpinZeroStructures;
import madvec.helas.kernels.Structures;

/**
 * One thread's memory for running a {@link ProgramPlan}: a flat array laid out for chunks of
 * {@link #lanes()} lanes, and nothing else. It holds no parameter values (they come with each call as
 * {@link Bindings}) and allocates nothing per call.
 *
 * <p>Per chunk, every external wavefunction is computed once per helicity of its particle, and the
 * momentum of every current once; then the live helicity combinations run in the plan's Gray-code
 * order, and only the work that depends on a particle whose helicity changed runs again: a current
 * keeps its value while the helicities of the external legs below it stay the same.
 *
 * <p>Amplitudes are never summed one by one. Amplitudes that close on the same last leg (with the
 * same metric) form a group G, and the plan chooses one of two forms for the colour flows (see
 * {@link ProgramPlan.ColourPlan}):
 * <ul>
 * <li>currents: for each colour flow j the colour-weighted sum of the group's amputated currents,
 *     U(G, j) = sum over amplitudes a in G of c(j, a) T(a), is kept, and the flow is
 *     J_j = -i sum over G of last(G) . U(G, j); when only the last legs' helicities change, J costs
 *     one contraction per flow and group;
 * <li>scalars: an amplitude's amputated current T(a) goes to the temp slot and is contracted at once
 *     with every helicity h of the group's last leg (when it is an external particle; with its
 *     current value otherwise): A(a, h) = -i last(G, h) . T(a), two doubles per lane and helicity
 *     instead of a stored current. The partial flows P(G, j, h) = sum over a in G of c(j, a) A(a, h)
 *     are kept, and J_j = sum over G of P(G, j, h_G) at the combination's helicities; when only the
 *     last legs' helicities change, J costs a copy per flow and group.
 * </ul>
 *
 * <p>Not thread-safe: one workspace per thread.
 *
 * <p>The single-precision {@code FloatWorkspace} is generated from this source at build time (see
 * this module's pom): the filter turns its {@code double}s into {@code float}s, except on lines that
 * say {@code stays double} (the caller's momenta and results, the averaging factor), replaces a line
 * that ends with a {@code float:} comment by the comment's code, and uncomments {@code float-only:} lines.
 */
public final class Workspace implements Executor {
    private final ProgramPlan plan;
    private final Program program;
    private final int k, c, n, blk, momSlot, uSlot, jampSlot;
    private final boolean momentumTangents;
    private final Structure[] structure;
    private final int[] opA, opB, opC, opOut, currents;
    private final long[] opCurrentLeaves;
    private final boolean[] slotHasTangents, opInTangents, opOutTangents;
    private final boolean[][] opCouplingTangent;
    private final ProgramPlan.ColourPlan colour;
    private final ExternalWavefunctions jets;
    private final double[] w;
    private final int[][] externalOff, externalHelicities;
    private final int[] slotOff, ampCurrent, termSrc, pairOff;
    private final int momentaOff, tempOff, uOff, jampOff, zOff, meOff;

    // the point being evaluated, set for the duration of one evaluate call
    private double[][] opGl, opGr, masses, widths, externalMasses;
    /** Helicity index of each particle in the combination being run. */
    private int[] hel;
    /** Where the colour flows of the combination just run are: flow j at {@code jampsAt + j * jampsStride}. */
    private int jampsAt, jampsStride;

    /** Per operation, the compiled polynomial of a generic (UFO) structure, else null. */
    private final madvec.helas.kernels.GenericVertices.Compiled[] generic;
    private final GenericCurrents genericCurrents;
    private final int[] genericIn = new int[GenericCurrents.MAX_INPUTS];
    private final boolean[] genericInTangents = new boolean[GenericCurrents.MAX_INPUTS];

    private boolean helicityReuse = true;
    private int gaugeProbe = -1;
    /** Running |M|^2 of a chunk before the current helicity combination; made on the first detailed call. */
    private double[] detailBefore; // stays double

    Workspace(ProgramPlan plan, int lanes) { // float: FloatWorkspace(ProgramPlan plan, int lanes, boolean mixed) {
        // float-only: narrow = new NarrowPlan(plan, lanes, mixed);
        // float-only: NarrowPlan.refuseGeneric(plan.program);
        this.plan = plan;
        this.program = plan.program;
        this.k = plan.k;
        this.c = lanes;
        this.n = plan.n;
        this.momentumTangents = plan.momentumTangents;
        structure = plan.structure;
        opA = plan.opA;
        opB = plan.opB;
        opC = plan.opC;
        opOut = plan.opOut;
        currents = plan.currents;
        opCurrentLeaves = plan.opCurrentLeaves;
        slotHasTangents = plan.tangents.slot;
        opInTangents = plan.tangents.opIn;
        opOutTangents = plan.tangents.opOut;
        opCouplingTangent = plan.tangents.coupling;
        colour = plan.colour;
        jets = new ExternalWavefunctions(k);
        int k1 = k + 1;
        blk = Layout.wfBlock(c);
        momSlot = k1 * 4;
        int wfSlot = k1 * 12;
        uSlot = wfSlot;
        jampSlot = k1 * 2;
        // momenta | external cache | internal slots | temp | amplitude currents T or amplitudes A | U or
        // partial flows P | jamps | z | me. Currents: a T or U slot is a wavefunction slot. Scalars: an
        // amplitude or partial flow of a group with H kept helicities is H (k + 1) blocks of 2 c, block h (k + 1) + t,
        // so that helicity h of a partial flow is laid out as a colour-flow slot.
        momentaOff = 0;
        externalOff = new int[n][];
        externalHelicities = new int[n][];
        for (int p = 0; p < n; p++) externalHelicities[p] = program.externals().get(p).helicities();
        slotOff = new int[program.slots()];
        int next = momentaOff + n * momSlot * c;
        for (int p = 0; p < n; p++) {
            int hels = program.externals().get(p).helicities().length;
            externalOff[p] = new int[hels];
            for (int h = 0; h < hels; h++, next += wfSlot * c) externalOff[p][h] = next;
            slotOff[p] = externalOff[p][0];
        }
        for (int s = n; s < program.slots(); s++, next += wfSlot * c) slotOff[s] = next;
        tempOff = next;
        next += wfSlot * c;
        int[] ampBase = new int[colour.ampOps()];
        ampCurrent = new int[structure.length];
        Arrays.fill(ampCurrent, -1);
        for (int g = 0; g < colour.groups(); g++) {
            for (int i : colour.groupOps[g]) {
                ampCurrent[i] = ampBase[colour.ampSlot[i]] = next;
                next += colour.scalar ? colour.groupHels[g] * k1 * 2 * c : uSlot * c;
            }
        }
        termSrc = new int[colour.termAmp.length];
        for (int t = 0; t < termSrc.length; t++) termSrc[t] = ampBase[colour.termAmp[t]];
        uOff = next;
        pairOff = new int[colour.pairs()];
        for (int q = 0; q < pairOff.length; q++) {
            pairOff[q] = next;
            next += colour.scalar ? colour.groupHels[q / colour.nj] * k1 * 2 * c : uSlot * c;
        }
        jampOff = next;
        zOff = jampOff + colour.nj * jampSlot * c;
        meOff = zOff + 2 * colour.nj * c;
        w = new double[meOff + k1 * c];
        generic = new madvec.helas.kernels.GenericVertices.Compiled[structure.length];
        for (int i = 0; i < structure.length; i++) {
            var poly = program.operations().get(i).polynomial();
            generic[i] = poly == null ? null : new madvec.helas.kernels.GenericVertices.Compiled(poly);
        }
        genericCurrents = new GenericCurrents(w, c, k, blk, momentumTangents);
    }

    /** The plan this workspace runs. */
    public ProgramPlan plan() {
        return plan;
    }

    /** Lanes per chunk. */
    public int lanes() {
        return c;
    }

    /**
     * For checks: with {@code false}, every current is recomputed for every helicity combination
     * (the result must not change).
     */
    public void helicityReuse(boolean reuse) {
        this.helicityReuse = reuse;
    }

    /**
     * For checks: replaces the polarisation of external particle {@code particle} (0-based) by its
     * momentum over its energy, which must make the amplitude vanish for a gauge boson (Ward
     * identity); -1 switches it off.
     */
    public void gaugeProbe(int particle) {
        this.gaugeProbe = particle;
    }

    /**
     * Evaluates |M|^2 and its k tangents for {@code lanes} events at one parameter point.
     *
     * @param point the parameter point, bound to this workspace's plan
     * @param momenta 4 n arrays, index {@code 4*particle + mu}; component t (0 value, 1..k tangents) of
     *        lane i at {@code [t * stride + i]}; tangent components are read only when the plan has
     *        momentum tangents, and may be absent otherwise
     * @param stride lanes per component in {@code momenta} and {@code me}
     * @param lanes number of events
     * @param me output, component t of lane i at {@code [t * stride + i]}
     */
    @Override
    public void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me) {
        evaluate(point, momenta, stride, lanes, me, plan.live);
    }

    /**
     * Evaluates as {@link #evaluate(Bindings, double[][], int, int, double[])} and also records, per
     * event, what an event generator needs to pick a helicity and a colour flow as MadGraph does: the
     * contribution of each live helicity combination to |M|^2 (in the order of
     * {@link ProgramPlan#liveHelicities()}; they sum to |M|^2) and, summed over helicities, |J_j|^2 of
     * each colour flow j (unnormalised; only ratios between flows mean something). A separate entry
     * point so that the plain evaluation pays nothing for it.
     *
     * @param helicityMe output, combination s of lane i at {@code [s * stride + i]}
     * @param flowSquares output, flow j of lane i at {@code [j * stride + i]}
     */
    @Override
    public void evaluateDetailed(Bindings point, double[][] momenta, int stride, int lanes, double[] me,
            double[] helicityMe, double[] flowSquares) {
        int combinations = plan.live.combinations().length, flows = colour.nj;
        if (helicityMe.length < combinations * stride || flowSquares.length < flows * stride) {
            throw new IllegalArgumentException("detail arrays too short for " + combinations + " helicity combinations and "
                    + flows + " colour flows of stride " + stride);
        }
        if (detailBefore == null) {
            detailBefore = new double[c]; // stays double
        }
        Arrays.fill(flowSquares, 0, flows * stride, 0.0);
        walk(point, momenta, stride, lanes, me, helicityMe, flowSquares, null);
    }

    /**
     * The loop of {@link #evaluate}, kept apart so that the plain evaluation's compiled code stays as it
     * was, with what the slower entry points record after each combination: per-combination shares and
     * flow squares ({@code helicityMe} not null), or which combinations have a non-zero flow ({@code live}
     * not null); {@code me} is written when not null.
     */
    private void walk(Bindings point, double[][] momenta, int stride, int lanes, double[] me, double[] helicityMe,
            double[] flowSquares, boolean[] live) {
        bind(point, momenta);
        double average = program.average(); // stays double
        HelicitySchedule schedule = plan.live;
        long[] changed = schedule.changed();
        int[][] helicityIndex = schedule.helicityIndex();
        for (int start = 0; start < lanes; start += c) {
            int len = Math.min(c, lanes - start);
            loadChunk(momenta, stride, start, len);
            externals(schedule);
            currentMomenta(schedule);
            Arrays.fill(w, meOff, meOff + (k + 1) * c, 0.0); // float: narrow.clear(w, meOff);
            if (helicityMe != null) {
                Arrays.fill(detailBefore, 0.0);
            }
            for (int s = 0; s < changed.length; s++) {
                long mask = helicityReuse ? changed[s] : -1L;
                int[] hel = helicityIndex[s];
                this.hel = hel;
                for (int p = 0; p < n; p++) slotOff[p] = externalOff[p][hel[p]];
                for (int i : currents) {
                    if ((opCurrentLeaves[i] & mask) != 0) {
                        current(i);
                    }
                }
                colour(mask);
                if (helicityMe != null) {
                    recordDetails(s, stride, start, len, average, helicityMe, flowSquares);
                }
                if (live != null) {
                    live[s] |= nonZeroFlow(len);
                }
            }
            for (int t = 0; me != null && t <= k; t++) {
                for (int l = 0; l < len; l++) {
                    me[t * stride + start + l] = w[meOff + t * c + l] * average; // float: me[t * stride + start + l] = narrow.me(w, meOff, t, l) * average;
                }
            }
        }
    }

    /**
     * For the helicity filter: per helicity combination of the plan's schedule (in its order), whether a
     * colour flow of one of the {@code lanes} events is not exactly zero; sets {@code live[s]}, never
     * clears it. All combinations in one pass, currents shared between them as in an evaluation, where
     * evaluating each alone would recompute every current. A combination whose flows all vanish
     * contributes exactly zero; one with a non-zero flow is kept even if its colour sum rounds to zero.
     */
    void nonZeroFlows(Bindings point, double[][] momenta, int lanes, boolean[] live) {
        walk(point, momenta, lanes, lanes, null, null, null, live);
    }

    /** Whether a colour flow of the combination just run is not exactly zero in one of the first len lanes. */
    private boolean nonZeroFlow(int len) {
        for (int l = 0; l < len; l++) {
            int la = Layout.lane(2, l);
            for (int j = 0; j < colour.nj; j++) {
                int o = jampsAt + j * jampsStride + la;
                if (w[o] != 0 || w[o + Layout.G] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private void bind(Bindings point, double[][] momenta) {
        if (point.plan != plan) {
            throw new IllegalArgumentException("the parameter point is bound to another plan");
        }
        if (momenta.length != 4 * n) {
            throw new IllegalArgumentException("expected " + 4 * n + " momentum arrays, got " + momenta.length);
        }
        opGl = point.opGl;
        opGr = point.opGr;
        masses = point.masses;
        widths = point.widths;
        externalMasses = point.externalMasses;
    }

    /** Evaluates with the given helicity combinations only (a chosen helicity, checks). Allocates. */
    @Override
    public void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me, int[][] helicities) {
        evaluate(point, momenta, stride, lanes, me, HelicitySchedule.of(program, opCurrentLeaves, helicities));
    }

    private void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me,
            HelicitySchedule schedule) {
        bind(point, momenta);
        double average = program.average(); // stays double
        long[] changed = schedule.changed();
        int[][] helicityIndex = schedule.helicityIndex();
        for (int start = 0; start < lanes; start += c) {
            int len = Math.min(c, lanes - start);
            loadChunk(momenta, stride, start, len);
            externals(schedule);
            currentMomenta(schedule);
            Arrays.fill(w, meOff, meOff + (k + 1) * c, 0.0); // float: narrow.clear(w, meOff);
            for (int s = 0; s < changed.length; s++) {
                long mask = helicityReuse ? changed[s] : -1L;
                int[] hel = helicityIndex[s];
                this.hel = hel;
                for (int p = 0; p < n; p++) slotOff[p] = externalOff[p][hel[p]];
                for (int i : currents) {
                    if ((opCurrentLeaves[i] & mask) != 0) {
                        current(i);
                    }
                }
                colour(mask);
            }
            for (int t = 0; t <= k; t++) {
                for (int l = 0; l < len; l++) {
                    me[t * stride + start + l] = w[meOff + t * c + l] * average; // float: me[t * stride + start + l] = narrow.me(w, meOff, t, l) * average;
                }
            }
        }
    }

    /** This combination's share of |M|^2 (the growth of the running sum) and its |J_j|^2, per lane. */
    private void recordDetails(int s, int stride, int start, int len, double average, double[] helicityMe, // stays double
            double[] flowSquares) {
        int jampSlotC = jampSlot * c;
        for (int l = 0; l < len; l++) {
            double now = w[meOff + l]; // float: double now = narrow.me(w, meOff, 0, l); // stays double
            helicityMe[s * stride + start + l] = (now - detailBefore[l]) * average;
            detailBefore[l] = now;
            int la = Layout.lane(2, l);
            for (int j = 0; j < colour.nj; j++) {
                int o = jampsAt + j * jampsStride + la;
                double re = w[o], im = w[o + Layout.G];
                flowSquares[j * stride + start + l] += re * re + im * im;
            }
        }
    }

    private void loadChunk(double[][] momenta, int stride, int start, int len) {
        int blocks = momentumTangents ? k + 1 : 1;
        for (int p = 0; p < n; p++) {
            for (int t = 0; t < blocks; t++) {
                int block = momentaOff + p * momSlot * c + t * 4 * c;
                for (int mu = 0; mu < 4; mu++) {
                    double[] src = momenta[4 * p + mu];
                    int from = t * stride + start, dst = block + Layout.row(mu);
                    boolean present = from + len <= src.length;
                    // Padding lanes copy lane 0 of the chunk so that they stay physical (no 0/0).
                    for (int l = 0; l < c; l++) {
                        w[dst + Layout.lane(4, l)] = present ? src[from + (l < len ? l : 0)] : 0.0; // float: w[dst + Layout.lane(4, l)] = present ? (float) src[from + (l < len ? l : 0)] : 0.0f;
                    }
                }
            }
        }
    }

    /** Every external wavefunction the schedule uses, once per particle and helicity. */
    private void externals(HelicitySchedule schedule) {
        boolean[][] used = schedule.used();
        for (int p = 0; p < n; p++) {
            External e = program.externals().get(p);
            int[] hels = externalHelicities[p];
            int pOff = momentaOff + p * momSlot * c;
            double[] mass = externalMasses[p];
            boolean tangents = slotHasTangents[p];
            for (int h = 0; h < hels.length; h++) {
                if (!used[p][h]) {
                    continue;
                }
                int out = externalOff[p][h];
                switch (e.kind()) {
                    case F1, F2 -> {
                        boolean outType = e.kind() == madvec.helas.Wavefunction.F2;
                        if (tangents) {
                            jets.fermion(w, c, pOff, out, mass, hels[h], e.flow(), outType);
                        } else {
                            ExternalWavefunctions.fermionValue(w, c, pOff, out, mass[0], hels[h], e.flow(), outType);
                        }
                    }
                    case VECTOR -> {
                        if (tangents) {
                            jets.vector(w, c, pOff, out, mass, hels[h], e.flow());
                        } else {
                            ExternalWavefunctions.vectorValue(w, c, pOff, out, mass[0], hels[h], e.flow());
                        }
                    }
                    case SPIN_ZERO -> {
                        if (tangents) {
                            jets.scalar(w, c, pOff, out, e.flow());
                        } else {
                            ExternalWavefunctions.scalarValue(w, c, pOff, out, e.flow());
                        }
                    }
                }
                if (p == gaugeProbe) {
                    replacePolarisationByMomentum(pOff, out);
                }
            }
        }
    }

    private void replacePolarisationByMomentum(int pOff, int out) {
        for (int l = 0; l < c; l++) {
            int lp = pOff + Layout.lane(4, l), ln = out + Layout.lane(Layout.WF_ROWS, l);
            double e = w[lp];
            for (int mu = 0; mu < 4; mu++) {
                w[ln + Layout.row(2 * mu)] = w[lp + Layout.row(mu)] / e;
                w[ln + Layout.row(2 * mu + 1)] = 0.0;
            }
        }
    }

    /**
     * The stored momentum of every current, once per chunk: the sum of those of its inputs (external
     * momenta do not depend on helicities, so any helicity the schedule computed will do).
     */
    private void currentMomenta(HelicitySchedule schedule) {
        if (schedule.helicityIndex().length == 0) {
            return;
        }
        int[] first = schedule.helicityIndex()[0];
        for (int p = 0; p < n; p++) slotOff[p] = externalOff[p][first[p]];
        int blocks = momentumTangents ? k + 1 : 1;
        for (int i : currents) {
            int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
            int out = slotOff[opOut[i]];
            int[] more = plan.opMore[i];
            for (int t = 0; t < blocks; t++) {
                int d = t * blk;
                Amplitudes.momentumSum(w, c, x0 + d, x1 + d, x2 >= 0 ? x2 + d : -1, out + d);
                // the legs of a vertex of five or more: added one by one (the sum is elementwise)
                for (int m : more) Amplitudes.momentumSum(w, c, out + d, slotOff[m] + d, -1, out + d);
            }
        }
    }

    /** A current: the amputated current into the temp slot (value and tangents), then the propagator. */
    private void current(int i) {
        int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
        amputated(i, x0, x1, x2, tempOff, blk);
        if (!opInTangents[i] && opOutTangents[i]) {
            // the current is constant along every tangent but its propagator is not: dT = 0
            Arrays.fill(w, tempOff + blk, tempOff + (k + 1) * blk, 0.0);
        }
        int out = slotOff[opOut[i]];
        Propagators.apply(plan.opProp[i], w, c, tempOff, out, masses[i], widths[i]);
        if (opOutTangents[i]) {
            for (int t = 1; t <= k; t++) {
                Propagators.applyTangent(plan.opProp[i], w, c, tempOff, out, t, masses[i], widths[i]);
            }
        }
    }

    /**
     * The amputated current of operation i into {@code out} (tangent blocks {@code stride} apart): value,
     * and tangents when it has any.
     */
    private void amputated(int i, int x0, int x1, int x2, int out, int stride) {
        if (generic[i] != null) {
            genericAmputated(i, x0, x1, x2, out, stride);
            return;
        }
        core(i, x0, x1, x2, x0, x1, out, 0, false);
        if (opInTangents[i]) {
            structureTangents(i, x0, x1, x2, out, stride);
        }
    }

    /** A generic (UFO) structure's amputated current, value and tangents (see {@link GenericCurrents}). */
    private void genericAmputated(int i, int x0, int x1, int x2, int out, int stride) {
        int[] more = plan.opMore[i];
        int inputs = x2 >= 0 ? 3 + more.length : 2;
        genericIn[0] = x0;
        genericIn[1] = x1;
        genericIn[2] = x2;
        genericInTangents[0] = slotHasTangents[opA[i]];
        genericInTangents[1] = slotHasTangents[opB[i]];
        genericInTangents[2] = x2 >= 0 && slotHasTangents[opC[i]];
        for (int j = 0; j < more.length; j++) {
            genericIn[3 + j] = slotOff[more[j]];
            genericInTangents[3 + j] = slotHasTangents[more[j]];
        }
        genericCurrents.amputated(generic[i], genericIn, inputs, genericInTangents, opGl[i], opCouplingTangent[i],
                opInTangents[i], out, stride);
    }

    /** Tangent blocks of the amputated current by the product rule, one kernel call per non-zero term. */
    private void structureTangents(int i, int x0, int x1, int x2, int temp, int stride) {
        boolean t0 = slotHasTangents[opA[i]], t1 = slotHasTangents[opB[i]];
        boolean t2 = x2 >= 0 && slotHasTangents[opC[i]];
        boolean momentumLinear = momentumTangents && structure[i].momentumDependent();
        boolean[] gt = opCouplingTangent[i];
        for (int t = 1; t <= k; t++) {
            int out = temp + t * stride, d = t * blk;
            boolean acc = false;
            if (t0) {
                core(i, x0 + d, x1, x2, x0, x1, out, 0, acc);
                acc = true;
            }
            if (t1) {
                core(i, x0, x1 + d, x2, x0, x1, out, 0, acc);
                acc = true;
            }
            if (t2) {
                core(i, x0, x1, x2 + d, x0, x1, out, 0, acc);
                acc = true;
            }
            if (momentumLinear) {
                core(i, x0, x1, x2, x0 + d, x1 + d, out, 0, acc);
                acc = true;
            }
            if (gt[t]) {
                core(i, x0, x1, x2, x0, x1, out, t, acc);
                acc = true;
            }
            if (!acc) {
                Arrays.fill(w, out, out + blk, 0.0);
            }
        }
    }

    /**
     * One structure kernel call: wavefunction blocks x0, x1 (and x2), momenta read (by VVV only) from
     * blocks p0 and p1, coupling component gc.
     */
    private void core(int i, int x0, int x1, int x2, int p0, int p1, int out, int gc, boolean acc) {
        double[] gl = opGl[i], gr = opGr[i];
        switch (structure[i]) {
            case FFV_OPEN_F1 -> Structures.ffvOpenF1(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFV_OPEN_F2 -> Structures.ffvOpenF2(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFV_OPEN_V -> Structures.ffvOpenV(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case VVV_OPEN_V1 -> Structures.vvvOpenV1(w, c, x0, p0, x1, p1, out, gl, gc, acc);
            case VVVV_OPEN_V -> {
                double[] f = plan.opFactors[i];
                Structures.vvvvOpen(w, c, x0, x1, x2, out, f[0], f[1], f[2], gl, gc, acc);
            }
            case VVS_OPEN_V -> SpinZeroStructures.vvsOpenV(w, c, x0, x1, out, gl, gc, acc);
            case VVS_OPEN_S -> SpinZeroStructures.vvsOpenS(w, c, x0, x1, out, gl, gc, acc);
            case VVSS_OPEN_V -> SpinZeroStructures.vvssOpenV(w, c, x0, x1, x2, out, gl, gc, acc);
            case VVSS_OPEN_S -> SpinZeroStructures.vvssOpenS(w, c, x0, x1, x2, out, gl, gc, acc);
            case SSS_OPEN_S -> SpinZeroStructures.scalarsOpenS(w, c, x0, x1, -1, out, gl, gc, acc);
            case SSSS_OPEN_S -> SpinZeroStructures.scalarsOpenS(w, c, x0, x1, x2, out, gl, gc, acc);
            case FFS_OPEN_F1 -> SpinZeroStructures.ffsOpenF1(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFS_OPEN_F2 -> SpinZeroStructures.ffsOpenF2(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case FFS_OPEN_S -> SpinZeroStructures.ffsOpenS(w, c, x0, x1, out, gl, gc, gr, gc, acc);
            case GENERIC_OPEN_F1, GENERIC_OPEN_F2, GENERIC_OPEN_V, GENERIC_OPEN_S ->
                    throw new IllegalStateException("generic operations run through genericAmputated");
        }
    }

    /**
     * Colour flows and the colour sum for the current helicity combination, in the plan's form: the
     * amplitude inputs and partial sums that changed, the flows J_j with their tangents, then
     * conj(J) C J added to the chunk's |M|^2.
     */
    private void colour(long mask) {
        if (colour.scalar) {
            colourFromScalars(mask);
        } else {
            colourFromCurrents(mask);
        }
    }

    /** {@link #colour} from scalar amplitudes A(a, h) and partial flows P(G, j, h). */
    private void colourFromScalars(long mask) {
        ProgramPlan.ColourPlan cp = colour;
        int groups = cp.groups(), nj = cp.nj, k1 = k + 1;
        int jampSlotC = jampSlot * c;
        for (int g = 0; g < groups; g++) {
            if ((cp.groupLeaves[g] & mask) == 0) {
                continue;
            }
            for (int i : cp.groupOps[g]) {
                if ((cp.ampLeaves[i] & mask) != 0) {
                    amplitudes(i, g);
                }
            }
        }
        for (int q = 0; q < cp.pairFrom.length; q++) {
            if ((cp.pairLeaves[q] & mask) == 0) {
                continue;
            }
            int hels = cp.groupHels[q / nj];
            // value blocks only (one per helicity, k + 1 blocks apart), or all blocks (contiguous)
            boolean all = cp.pairTangents[q] || k == 0;
            Amplitudes.combineComplex(w, c, pairOff[q], termSrc, cp.termRe, cp.termIm, cp.pairFrom[q], cp.pairReal[q],
                    cp.pairImag[q], cp.pairTo[q], all ? hels * k1 : hels, all ? 2 * c : k1 * 2 * c);
        }
        if (groups == 1) {
            // helicity h of the partial flows is the flows themselves: nothing to copy
            int hels = cp.groupHels[0], h = cp.groupExternal[0] >= 0 ? hel[cp.groupExternal[0]] : 0;
            colourSum(pairOff[0] + h * k1 * 2 * c, hels * k1 * 2 * c);
            return;
        }
        int tangents = cp.jampTangents ? k : 0;
        for (int j = 0; j < nj; j++) {
            int jamp = jampOff + j * jampSlotC;
            for (int t = 0; t <= tangents; t++) {
                int out = jamp + t * 2 * c;
                boolean acc = false;
                for (int g = 0; g < groups; g++) {
                    int q = g * nj + j;
                    if (t > 0 && !cp.pairTangents[q]) {
                        continue;
                    }
                    int h = cp.groupExternal[g] >= 0 ? hel[cp.groupExternal[g]] : 0;
                    int src = pairOff[q] + (h * k1 + t) * 2 * c;
                    if (acc) {
                        for (int x = 0; x < 2 * c; x++) w[out + x] += w[src + x];
                    } else {
                        System.arraycopy(w, src, w, out, 2 * c);
                    }
                    acc = true;
                }
                if (!acc) {
                    Arrays.fill(w, out, out + 2 * c, 0.0);
                }
            }
        }
        colourSum(jampOff, jampSlotC);
    }

    /** conj(J) C J (with tangents when the flows have them) added to |M|^2, flow j at {@code jamps + j * stride}. */
    private void colourSum(int jamps, int stride) {
        ProgramPlan.ColourPlan cp = colour;
        jampsAt = jamps;
        jampsStride = stride;
        if (cp.jampTangents) {
            Amplitudes.colourSumWithTangents(w, c, jamps, stride, cp.nj, cp.colourFull, zOff, k, meOff); // float: narrow.colourSum(w, jamps, stride, true, zOff, meOff);
        } else {
            Amplitudes.colourSum(w, c, jamps, stride, cp.nj, cp.colourTriangle, meOff); // float: narrow.colourSum(w, jamps, stride, false, zOff, meOff);
        }
    }

    /**
     * Amplitude operation i of group g: its amputated current T (and tangents) into the temp slot, then
     * A(i, h) = -i last(h) . T for every kept helicity h of the last leg, with tangents by the product
     * rule (only the non-zero terms). An amplitude without tangents leaves its tangent blocks alone:
     * they stay zero from the workspace's creation.
     */
    private void amplitudes(int i, int g) {
        ProgramPlan.ColourPlan cp = colour;
        int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
        amputated(i, x0, x1, x2, tempOff, blk);
        int hels = cp.groupHels[g], p = cp.groupExternal[g], base = ampCurrent[i], k1 = k + 1;
        double metric = cp.groupMetric[g];
        boolean tu = opInTangents[i], tl = slotHasTangents[cp.groupLast[g]], tangents = opOutTangents[i];
        int h = 0;
        // helicities in pairs: T (or its tangent) read once for two contractions
        for (; h + 2 <= hels; h += 2) {
            int last0 = externalOff[p][h], last1 = externalOff[p][h + 1];
            Amplitudes.contract2(w, c, last0, last1, tempOff, metric, base + h * k1 * 2 * c, base + (h + 1) * k1 * 2 * c);
            for (int t = 1; tangents && t <= k; t++) {
                int out0 = base + (h * k1 + t) * 2 * c, out1 = out0 + k1 * 2 * c, d = t * blk;
                if (tu && tl) {
                    Amplitudes.contractSum(w, c, last0, tempOff + d, last0 + d, tempOff, metric, out0, false);
                    Amplitudes.contractSum(w, c, last1, tempOff + d, last1 + d, tempOff, metric, out1, false);
                } else if (tu) {
                    Amplitudes.contract2(w, c, last0, last1, tempOff + d, metric, out0, out1);
                } else if (tl) {
                    Amplitudes.contract(w, c, last0 + d, tempOff, metric, out0, false);
                    Amplitudes.contract(w, c, last1 + d, tempOff, metric, out1, false);
                } else {
                    Arrays.fill(w, out0, out0 + 2 * c, 0.0);
                    Arrays.fill(w, out1, out1 + 2 * c, 0.0);
                }
            }
        }
        for (; h < hels; h++) {
            int last = p >= 0 ? externalOff[p][h] : slotOff[cp.groupLast[g]];
            Amplitudes.contract(w, c, last, tempOff, metric, base + h * k1 * 2 * c, false);
            for (int t = 1; tangents && t <= k; t++) {
                int out = base + (h * k1 + t) * 2 * c, d = t * blk;
                if (tu && tl) {
                    Amplitudes.contractSum(w, c, last, tempOff + d, last + d, tempOff, metric, out, false);
                } else if (tu) {
                    Amplitudes.contract(w, c, last, tempOff + d, metric, out, false);
                } else if (tl) {
                    Amplitudes.contract(w, c, last + d, tempOff, metric, out, false);
                } else {
                    Arrays.fill(w, out, out + 2 * c, 0.0);
                }
            }
        }
    }

    /**
     * {@link #colour} from amputated currents: the sums U(G, j) of the groups whose amputated currents
     * changed, J_j = -i sum over G of last(G) . U(G, j) with tangents by the product rule.
     */
    private void colourFromCurrents(long mask) {
        ProgramPlan.ColourPlan cp = colour;
        int groups = cp.groups(), nj = cp.nj;
        int jampSlotC = jampSlot * c;
        for (int g = 0; g < groups; g++) {
            if ((cp.groupLeaves[g] & mask) == 0) {
                continue;
            }
            for (int i : cp.groupOps[g]) {
                if ((opCurrentLeaves[i] & mask) != 0) {
                    int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
                    amputated(i, x0, x1, x2, ampCurrent[i], blk);
                }
            }
        }
        for (int q = 0; q < cp.pairFrom.length; q++) {
            if ((cp.pairLeaves[q] & mask) == 0) {
                continue;
            }
            int u = pairOff[q];
            Amplitudes.combine(w, c, u, termSrc, cp.termRe, cp.termIm, cp.pairFrom[q], cp.pairReal[q], cp.pairImag[q],
                    cp.pairTo[q], 0);
            for (int t = 1; cp.pairTangents[q] && t <= k; t++) {
                Amplitudes.combine(w, c, u + t * blk, termSrc, cp.termRe, cp.termIm, cp.pairFrom[q], cp.pairReal[q],
                        cp.pairImag[q], cp.pairTo[q], t * blk);
            }
        }
        for (int j = 0; j < nj; j++) {
            int jamp = jampOff + j * jampSlotC;
            for (int g = 0; g < groups; g++) {
                Amplitudes.contract(w, c, slotOff[cp.groupLast[g]], pairOff[g * nj + j], cp.groupMetric[g],
                        jamp, g > 0);
            }
            if (groups == 0) {
                Arrays.fill(w, jamp, jamp + 2 * c, 0.0);
            }
            for (int t = 1; cp.jampTangents && t <= k; t++) {
                jampTangent(j, t, jamp + t * 2 * c);
            }
        }
        colourSum(jampOff, jampSlotC);
    }

    /** Tangent t of colour flow j: -i sum over G of (last . dU + dlast . U), the terms that are non-zero. */
    private void jampTangent(int j, int t, int out) {
        ProgramPlan.ColourPlan cp = colour;
        boolean acc = false;
        for (int g = 0; g < cp.groups(); g++) {
            int q = g * cp.nj + j, u = pairOff[q], last = slotOff[cp.groupLast[g]];
            boolean tu = cp.pairTangents[q], tl = slotHasTangents[cp.groupLast[g]];
            if (tu && tl) {
                Amplitudes.contractSum(w, c, last, u + t * blk, last + t * blk, u, cp.groupMetric[g], out, acc);
            } else if (tu) {
                Amplitudes.contract(w, c, last, u + t * blk, cp.groupMetric[g], out, acc);
            } else if (tl) {
                Amplitudes.contract(w, c, last + t * blk, u, cp.groupMetric[g], out, acc);
            } else {
                continue;
            }
            acc = true;
        }
        if (!acc) {
            Arrays.fill(w, out, out + 2 * c, 0.0);
        }
    }
}
