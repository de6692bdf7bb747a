package madvec.processes.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.StandardModel;
import madvec.processes.helas.Amplitudes;
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
 * <p>Events are processed in chunks of {@link #chunk()} lanes. Per chunk, every external wavefunction
 * is computed once per helicity of its particle, and the momentum of every current once; then the
 * live helicity combinations run in an order where few particles change helicity from one
 * combination to the next (a reflected Gray code, the particles that feed the most currents changing
 * least often), and only the work that depends on a particle whose helicity changed runs again: a
 * current keeps its value while the helicities of the external legs below it stay the same.
 *
 * <p>Amplitudes are never formed one by one. Amplitudes that close on the same last leg (with the
 * same metric) form a group G; for each colour flow j the colour-weighted sum of their amputated
 * currents, U(G, j) = sum over amplitudes a in G of c(j, a) T(a), is kept, and the flow is
 * J_j = -i sum over G of last(G) . U(G, j). When only the last legs' helicities change, J costs one
 * contraction per flow and group. Where every amplitude closes on the same external particle (the
 * generator's programs for g g > t t~ g g do), that particle feeds no current, so the Gray code
 * changes its helicity every other combination: half the combinations cost a few contractions.
 *
 * <p>Not thread-safe: one executor per thread (it owns its workspace). Construction sizes everything;
 * {@link #evaluate} allocates nothing.
 */
public final class ProgramExecutor {
    /**
     * Most lanes per chunk (system property {@code madvec.chunk}, for tuning): the kernels' per-call
     * costs want long chunks; executors of large programs use fewer lanes so that a chunk's workspace
     * stays in cache (see {@link #chunk()}).
     */
    public static final int CHUNK = roundToPad(Integer.getInteger("madvec.chunk", 32));
    /**
     * Bytes a chunk's workspace may take before the executor halves its chunk (system property
     * {@code madvec.workspaceKiB}, for tuning).
     */
    private static final long WORKSPACE_BUDGET = 1024L * Integer.getInteger("madvec.workspaceKiB", 1024);

    private final Program program;
    private final int k;
    private final int c;
    private final int n;
    private final boolean momentumTangents;

    // operations, unpacked from the program so that the hot loop reads arrays
    private final Structure[] structure;
    private final int[] opA, opB, opC, opOut;
    private final double[][] opGl, opGr, opFactors, masses, widths;
    private final Propagators.Kind[] opProp;
    private final boolean[] opInTangents, opOutTangents;
    private final boolean[][] opCouplingTangent;
    /** The currents (not amplitudes), in program order. */
    private final int[] currents;
    /** External particles an operation's current depends on (for an amplitude, not its last leg). */
    private final long[] opCurrentLeaves;

    // wavefunction slots
    private final boolean[] slotHasTangents;
    private final int[] slotOff;
    private final int[][] externalOff;
    private final double[][] externalMasses;

    // colour: groups of amplitudes by last leg; each amplitude keeps its amputated current T in a
    // wavefunction slot of its own, the sums U(G, j) live at uOff + (G * nj + j) * uSlot * c and
    // gather their terms (source current, coefficient), sorted by coefficient kind
    private final int nj;
    private final int[] groupLast;
    private final double[] groupMetric;
    private final int[][] groupOps;
    private final int[] ampCurrent;
    private final long[] groupLeaves, pairLeaves;
    private final boolean[] pairTangents;
    private final int[] pairFrom, pairReal, pairImag, pairTo, termSrc;
    private final double[] termRe, termIm;
    private final boolean jampTangents;
    private final double[] colourTriangle, colourFull;

    private final ExternalWavefunctions jets;
    private final double[] w;
    private final int momSlot, blk, uSlot, jampSlot;
    private final int momentaOff, tempOff, uOff, jampOff, zOff, meOff;
    private final Schedule live;

    /** Test hook: false recomputes everything for every helicity combination. */
    boolean helicityReuse = true;
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
        this.momentumTangents = momentumTangents;
        n = program.particles();
        if (n > 63) {
            throw new IllegalArgumentException("at most 63 external particles, got " + n);
        }
        int k1 = k + 1;
        double[][] couplings = new double[program.couplings().size()][];
        for (int i = 0; i < couplings.length; i++) {
            couplings[i] = bind(program.couplings().get(i).value().apply(model));
        }

        // slots: external flags and leaves, then operations in order
        int slots = program.slots();
        slotHasTangents = new boolean[slots];
        long[] slotLeaves = new long[slots];
        externalMasses = new double[n][];
        for (int p = 0; p < n; p++) {
            externalMasses[p] = bind(model.mass(program.externals().get(p).pdg()));
            slotHasTangents[p] = momentumTangents || hasTangents(externalMasses[p], 1);
            slotLeaves[p] = 1L << p;
        }
        List<Operation> ops = program.operations();
        int nOps = ops.size();
        structure = new Structure[nOps];
        opA = new int[nOps];
        opB = new int[nOps];
        opC = new int[nOps];
        opOut = new int[nOps];
        opGl = new double[nOps][];
        opGr = new double[nOps][];
        opFactors = new double[nOps][];
        masses = new double[nOps][];
        widths = new double[nOps][];
        opProp = new Propagators.Kind[nOps];
        opInTangents = new boolean[nOps];
        opOutTangents = new boolean[nOps];
        opCouplingTangent = new boolean[nOps][k1];
        opCurrentLeaves = new long[nOps];
        List<Integer> currentList = new ArrayList<>();
        for (int i = 0; i < nOps; i++) {
            Operation op = ops.get(i);
            structure[i] = op.structure();
            opA[i] = op.a();
            opB[i] = op.b();
            opC[i] = op.c();
            opOut[i] = op.out();
            opGl[i] = couplings[op.couplingLeft()];
            opGr[i] = couplings[op.couplingRight()];
            opFactors[i] = op.factors();
            opProp[i] = op.propagator();
            boolean couplingTangents = false;
            for (int t = 1; t <= k; t++) {
                opCouplingTangent[i][t] = opGl[i][2 * t] != 0 || opGl[i][2 * t + 1] != 0
                        || opGr[i][2 * t] != 0 || opGr[i][2 * t + 1] != 0;
                couplingTangents |= opCouplingTangent[i][t];
            }
            long leaves = slotLeaves[op.a()] | slotLeaves[op.b()] | (op.c() >= 0 ? slotLeaves[op.c()] : 0L);
            opCurrentLeaves[i] = leaves;
            opInTangents[i] = slotHasTangents[op.a()] || slotHasTangents[op.b()]
                    || (op.c() >= 0 && slotHasTangents[op.c()]) || couplingTangents;
            if (op.isAmplitude()) {
                opOutTangents[i] = opInTangents[i] || slotHasTangents[op.out()];
            } else {
                currentList.add(i);
                masses[i] = bind(model.mass(op.pdg()));
                widths[i] = bind(model.width(op.pdg()));
                slotLeaves[op.out()] = leaves;
                opOutTangents[i] = opInTangents[i] || (masses[i][0] != 0.0
                        && (hasTangents(masses[i], 1) || hasTangents(widths[i], 1)));
                slotHasTangents[op.out()] = opOutTangents[i];
            }
        }
        currents = currentList.stream().mapToInt(Integer::intValue).toArray();

        // colour matrix as C + C^T, full and upper triangle
        nj = program.jamps();
        double[][] cm = program.colourMatrix();
        colourFull = new double[nj * nj];
        colourTriangle = new double[nj * (nj + 1) / 2];
        for (int i = 0, e = 0; i < nj; i++) {
            for (int j = 0; j < nj; j++) {
                colourFull[i * nj + j] = cm[i][j] + cm[j][i];
                if (j >= i) {
                    colourTriangle[e++] = j == i ? cm[i][i] : cm[i][j] + cm[j][i];
                }
            }
        }

        // groups of amplitudes by (last leg, metric)
        List<Long> groupKeys = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        int[] opGroup = new int[nOps];
        int[] opOfAmplitude = new int[program.amplitudes()];
        Arrays.fill(opOfAmplitude, -1);
        for (int i = 0; i < nOps; i++) {
            Operation op = ops.get(i);
            if (!op.isAmplitude()) {
                continue;
            }
            opOfAmplitude[op.amplitude()] = i;
            long key = 2L * op.out() + (op.structure().open() == Structure.Leg.VECTOR ? 1 : 0);
            int g = groupKeys.indexOf(key);
            if (g < 0) {
                g = groupKeys.size();
                groupKeys.add(key);
                members.add(new ArrayList<>());
            }
            opGroup[i] = g;
            members.get(g).add(i);
        }
        int groups = groupKeys.size();
        groupLast = new int[groups];
        groupMetric = new double[groups];
        groupOps = new int[groups][];
        groupLeaves = new long[groups];
        pairTangents = new boolean[groups * nj];
        for (int g = 0; g < groups; g++) {
            groupLast[g] = (int) (groupKeys.get(g) / 2);
            groupMetric[g] = groupKeys.get(g) % 2 == 1 ? Amplitudes.MINKOWSKI : Amplitudes.EUCLIDEAN;
            groupOps[g] = members.get(g).stream().mapToInt(Integer::intValue).toArray();
            for (int i : groupOps[g]) {
                groupLeaves[g] |= opCurrentLeaves[i];
            }
        }

        // workspace: momenta | external cache | internal slots | temp | amplitude currents | U | jamps | z | me
        int ampOps = 0;
        for (int[] m : groupOps) ampOps += m.length;
        int cacheSlots = 0;
        for (External e : program.externals()) cacheSlots += e.helicities().length;
        momSlot = k1 * 4;
        int wfSlot = k1 * 12;
        uSlot = wfSlot;
        jampSlot = k1 * 2;
        long perLane = (long) n * momSlot + (long) (cacheSlots + slots - n + 1) * wfSlot
                + (long) (ampOps + groups * nj) * uSlot + (long) nj * jampSlot + 2L * nj + k1;
        c = chunkFor(perLane);
        blk = Layout.wfBlock(c);
        momentaOff = 0;
        externalOff = new int[n][];
        slotOff = new int[slots];
        int next = momentaOff + n * momSlot * c;
        for (int p = 0; p < n; p++) {
            int hels = program.externals().get(p).helicities().length;
            externalOff[p] = new int[hels];
            for (int h = 0; h < hels; h++, next += wfSlot * c) externalOff[p][h] = next;
            slotOff[p] = externalOff[p][0];
        }
        for (int s = n; s < slots; s++, next += wfSlot * c) slotOff[s] = next;
        tempOff = next;
        next += wfSlot * c;
        ampCurrent = new int[nOps];
        for (int[] m : groupOps) {
            for (int i : m) {
                ampCurrent[i] = next;
                next += uSlot * c;
            }
        }
        uOff = next;
        jampOff = uOff + groups * nj * uSlot * c;
        zOff = jampOff + nj * jampSlot * c;
        meOff = zOff + 2 * nj * c;
        w = new double[meOff + k1 * c];

        // terms: per sum U(G, j), its amplitudes' currents (real coefficients first, then imaginary, then general)
        List<ColourTerm> terms = program.colourTerms();
        int pairs = groups * nj;
        pairFrom = new int[pairs];
        pairReal = new int[pairs];
        pairImag = new int[pairs];
        pairTo = new int[pairs];
        pairLeaves = new long[pairs];
        termSrc = new int[terms.size()];
        termRe = new double[terms.size()];
        termIm = new double[terms.size()];
        int nTerms = 0;
        boolean anyJampTangents = false;
        for (int q = 0; q < pairs; q++) {
            int g = q / nj, j = q % nj;
            pairFrom[q] = nTerms;
            for (int kind = 0; kind < 3; kind++) {
                for (ColourTerm term : terms) {
                    int a = term.amplitude();
                    int i = a >= 0 && a < opOfAmplitude.length ? opOfAmplitude[a] : -1;
                    boolean real = term.im() == 0.0, imaginary = term.re() == 0.0;
                    int termKind = real ? 0 : imaginary ? 1 : 2;
                    if (i < 0 || term.jamp() != j || opGroup[i] != g || termKind != kind || (real && imaginary)) {
                        continue;
                    }
                    termSrc[nTerms] = ampCurrent[i];
                    termRe[nTerms] = term.re();
                    termIm[nTerms] = term.im();
                    pairLeaves[q] |= opCurrentLeaves[i];
                    pairTangents[q] |= opInTangents[i];
                    anyJampTangents |= opInTangents[i] || slotHasTangents[opOut[i]];
                    nTerms++;
                }
                if (kind == 0) {
                    pairReal[q] = nTerms;
                } else if (kind == 1) {
                    pairImag[q] = nTerms;
                }
            }
            pairTo[q] = nTerms;
        }
        jampTangents = k > 0 && anyJampTangents;
        jets = new ExternalWavefunctions(k);
        int[][] liveCombinations = HelicityFilter.liveCombinations(this, program, model);
        live = schedule(liveCombinations);
    }

    private static int roundToPad(int lanes) {
        return Math.max(Simd.PAD, (lanes + Simd.PAD - 1) / Simd.PAD * Simd.PAD);
    }

    /** {@link #CHUNK}, halved while the workspace exceeds the budget, never below two vectors. */
    private static int chunkFor(long doublesPerLane) {
        int lanes = CHUNK;
        while (lanes > 2 * Simd.PAD && lanes % (2 * Simd.PAD) == 0 && doublesPerLane * lanes * 8 > WORKSPACE_BUDGET) {
            lanes /= 2;
        }
        return lanes;
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

    /** Lanes per chunk of this executor: {@link #CHUNK}, or fewer for a large program. */
    public int chunk() {
        return c;
    }

    /** Live helicity combinations (each an array of one helicity per particle), in execution order. */
    public List<int[]> liveHelicities() {
        List<int[]> out = new ArrayList<>();
        for (int[] h : live.combinations) out.add(h.clone());
        return out;
    }

    /**
     * Evaluates |M|^2 and its k tangents for {@code lanes} events.
     *
     * @param momenta 4 n arrays, index {@code 4*particle + mu}; component t (0 value, 1..k tangents) of
     *        lane i at {@code [t * stride + i]}; tangent components are read only when the executor
     *        was built with {@code momentumTangents}, and may be absent otherwise
     * @param stride lanes per component in {@code momenta} and {@code me}
     * @param lanes number of events
     * @param me output, component t of lane i at {@code [t * stride + i]}
     */
    public void evaluate(double[][] momenta, int stride, int lanes, double[] me) {
        evaluate(momenta, stride, lanes, me, live);
    }

    /** Evaluates with the given helicity combinations only (helicity filtering, tests). Allocates. */
    void evaluate(double[][] momenta, int stride, int lanes, double[] me, int[][] helicities) {
        evaluate(momenta, stride, lanes, me, schedule(helicities));
    }

    private void evaluate(double[][] momenta, int stride, int lanes, double[] me, Schedule schedule) {
        if (momenta.length != 4 * n) {
            throw new IllegalArgumentException("expected " + 4 * n + " momentum arrays, got " + momenta.length);
        }
        double average = program.average();
        long[] changed = schedule.changed;
        for (int start = 0; start < lanes; start += c) {
            int len = Math.min(c, lanes - start);
            loadChunk(momenta, stride, start, len);
            externals(schedule);
            currentMomenta(schedule);
            Arrays.fill(w, meOff, meOff + (k + 1) * c, 0.0);
            for (int s = 0; s < changed.length; s++) {
                long mask = helicityReuse ? changed[s] : -1L;
                int[] hel = schedule.helicityIndex[s];
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
                    me[t * stride + start + l] = w[meOff + t * c + l] * average;
                }
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
                        w[dst + Layout.lane(4, l)] = present ? src[from + (l < len ? l : 0)] : 0.0;
                    }
                }
            }
        }
    }

    /** Every external wavefunction the schedule uses, once per particle and helicity. */
    private void externals(Schedule schedule) {
        for (int p = 0; p < n; p++) {
            External e = program.externals().get(p);
            int[] hels = e.helicities();
            int pOff = momentaOff + p * momSlot * c;
            double[] mass = externalMasses[p];
            boolean tangents = slotHasTangents[p];
            for (int h = 0; h < hels.length; h++) {
                if (!schedule.used[p][h]) {
                    continue;
                }
                int out = externalOff[p][h];
                switch (e.kind()) {
                    case FERMION_F1, FERMION_F2 -> {
                        boolean outType = e.kind() == External.Kind.FERMION_F2;
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
                    case SCALAR -> {
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
    private void currentMomenta(Schedule schedule) {
        if (schedule.helicityIndex.length == 0) {
            return;
        }
        int[] first = schedule.helicityIndex[0];
        for (int p = 0; p < n; p++) slotOff[p] = externalOff[p][first[p]];
        int blocks = momentumTangents ? k + 1 : 1;
        for (int i : currents) {
            int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
            int out = slotOff[opOut[i]];
            for (int t = 0; t < blocks; t++) {
                int d = t * blk;
                Amplitudes.momentumSum(w, c, x0 + d, x1 + d, x2 >= 0 ? x2 + d : -1, out + d);
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
        Propagators.apply(opProp[i], w, c, tempOff, out, masses[i], widths[i]);
        if (opOutTangents[i]) {
            for (int t = 1; t <= k; t++) {
                Propagators.applyTangent(opProp[i], w, c, tempOff, out, t, masses[i], widths[i]);
            }
        }
    }

    /**
     * The amputated current of operation i into {@code out} (tangent blocks {@code stride} apart): value,
     * and tangents when it has any.
     */
    private void amputated(int i, int x0, int x1, int x2, int out, int stride) {
        core(i, x0, x1, x2, x0, x1, out, 0, false);
        if (opInTangents[i]) {
            structureTangents(i, x0, x1, x2, out, stride);
        }
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
                double[] f = opFactors[i];
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

    /**
     * Colour flows and the colour sum for the current helicity combination: the sums U(G, j) of the
     * groups whose amputated currents changed, J_j = -i sum over G of last(G) . U(G, j) with tangents
     * by the product rule, then conj(J) C J added to the chunk's |M|^2.
     */
    private void colour(long mask) {
        int groups = groupLast.length;
        int uSlotC = uSlot * c, jampSlotC = jampSlot * c;
        for (int g = 0; g < groups; g++) {
            if ((groupLeaves[g] & mask) == 0) {
                continue;
            }
            for (int i : groupOps[g]) {
                if ((opCurrentLeaves[i] & mask) != 0) {
                    int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
                    amputated(i, x0, x1, x2, ampCurrent[i], blk);
                }
            }
        }
        for (int q = 0; q < pairFrom.length; q++) {
            if ((pairLeaves[q] & mask) == 0) {
                continue;
            }
            int u = uOff + q * uSlotC;
            Amplitudes.combine(w, c, u, termSrc, termRe, termIm, pairFrom[q], pairReal[q], pairImag[q], pairTo[q], 0);
            for (int t = 1; pairTangents[q] && t <= k; t++) {
                Amplitudes.combine(w, c, u + t * blk, termSrc, termRe, termIm, pairFrom[q], pairReal[q],
                        pairImag[q], pairTo[q], t * blk);
            }
        }
        for (int j = 0; j < nj; j++) {
            int jamp = jampOff + j * jampSlotC;
            for (int g = 0; g < groups; g++) {
                Amplitudes.contract(w, c, slotOff[groupLast[g]], uOff + (g * nj + j) * uSlotC, groupMetric[g], jamp,
                        g > 0);
            }
            if (groups == 0) {
                Arrays.fill(w, jamp, jamp + 2 * c, 0.0);
            }
            for (int t = 1; jampTangents && t <= k; t++) {
                jampTangent(j, t, jamp + t * 2 * c);
            }
        }
        if (jampTangents) {
            Amplitudes.colourSumWithTangents(w, c, jampOff, jampSlotC, nj, colourFull, zOff, k, meOff);
        } else {
            Amplitudes.colourSum(w, c, jampOff, jampSlotC, nj, colourTriangle, meOff);
        }
    }

    /** Tangent t of colour flow j: -i sum over G of (last . dU + dlast . U), the terms that are non-zero. */
    private void jampTangent(int j, int t, int out) {
        int uSlotC = uSlot * c;
        boolean acc = false;
        for (int g = 0; g < groupLast.length; g++) {
            int q = g * nj + j, u = uOff + q * uSlotC, last = slotOff[groupLast[g]];
            boolean tu = pairTangents[q], tl = slotHasTangents[groupLast[g]];
            if (tu && tl) {
                Amplitudes.contractSum(w, c, last, u + t * blk, last + t * blk, u, groupMetric[g], out, acc);
            } else if (tu) {
                Amplitudes.contract(w, c, last, u + t * blk, groupMetric[g], out, acc);
            } else if (tl) {
                Amplitudes.contract(w, c, last + t * blk, u, groupMetric[g], out, acc);
            } else {
                continue;
            }
            acc = true;
        }
        if (!acc) {
            Arrays.fill(w, out, out + 2 * c, 0.0);
        }
    }

    /**
     * The order in which helicity combinations run, and what changes between them.
     *
     * @param combinations helicities per particle, in execution order
     * @param helicityIndex per combination, each particle's helicity as an index into its
     *        {@link External#helicities()}
     * @param changed per combination, the particles whose helicity differs from the previous
     *        combination (all of them for the first)
     * @param used per particle and helicity index, whether any combination needs that wavefunction
     */
    private record Schedule(int[][] combinations, int[][] helicityIndex, long[] changed, boolean[][] used) {}

    /**
     * Orders combinations along a reflected (mixed-radix) Gray code in which the particles that feed
     * the most currents are the most significant digits, so that they change least often; for a full
     * product of helicities consecutive combinations then differ in one particle.
     */
    private Schedule schedule(int[][] combinations) {
        int m = combinations.length;
        int[] cost = new int[n];
        for (int i = 0; i < opCurrentLeaves.length; i++) {
            for (int p = 0; p < n; p++) {
                if ((opCurrentLeaves[i] & (1L << p)) != 0) cost[p]++;
            }
        }
        Integer[] digits = new Integer[n];
        for (int p = 0; p < n; p++) digits[p] = p;
        Arrays.sort(digits, (x, y) -> cost[x] != cost[y] ? Integer.compare(cost[y], cost[x]) : Integer.compare(x, y));
        int[][] index = new int[m][n];
        long[] rank = new long[m];
        for (int s = 0; s < m; s++) {
            for (int p = 0; p < n; p++) {
                int[] hels = program.externals().get(p).helicities();
                index[s][p] = -1;
                for (int h = 0; h < hels.length; h++) {
                    if (hels[h] == combinations[s][p]) index[s][p] = h;
                }
                if (index[s][p] < 0) {
                    throw new IllegalArgumentException("helicity " + combinations[s][p] + " of particle " + p
                            + " is not among " + Arrays.toString(hels));
                }
            }
            long r = 0;
            for (int d : digits) {
                int radix = program.externals().get(d).helicities().length;
                int digit = (r & 1) == 0 ? index[s][d] : radix - 1 - index[s][d];
                r = r * radix + digit;
            }
            rank[s] = r;
        }
        Integer[] order = new Integer[m];
        for (int s = 0; s < m; s++) order[s] = s;
        Arrays.sort(order, (x, y) -> Long.compare(rank[x], rank[y]));
        int[][] combos = new int[m][];
        int[][] hi = new int[m][];
        long[] changed = new long[m];
        boolean[][] used = new boolean[n][];
        for (int p = 0; p < n; p++) used[p] = new boolean[program.externals().get(p).helicities().length];
        for (int s = 0; s < m; s++) {
            combos[s] = combinations[order[s]].clone();
            hi[s] = index[order[s]];
            long mask = 0;
            for (int p = 0; p < n; p++) {
                used[p][hi[s][p]] = true;
                if (s == 0 || hi[s][p] != hi[s - 1][p]) mask |= 1L << p;
            }
            changed[s] = s == 0 ? -1L : mask;
        }
        return new Schedule(combos, hi, changed, used);
    }
}
