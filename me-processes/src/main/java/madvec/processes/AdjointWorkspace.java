package madvec.processes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.helas.Wavefunction;
import madvec.helas.kernels.Adjoints;
import madvec.helas.kernels.Amplitudes;
import madvec.helas.kernels.ExternalWavefunctions;
import madvec.helas.kernels.Layout;
import madvec.helas.kernels.Propagators;
import madvec.helas.kernels.SpinZeroStructures;
import madvec.helas.kernels.Structures;

/**
 * Reverse mode: |M|^2 and its full gradient by an adjoint sweep over the program, instead of k
 * tangents carried forward. A drop-in for {@link Workspace#evaluate}: same arguments, same output
 * (value, then the k tangents of the plan), but the cost of the tangents does not grow with k.
 *
 * <p><b>Conventions.</b> |M|^2 is a real function of complex wavefunctions. The adjoint (cotangent) of
 * a complex quantity z is zbar = dL/dRe z + i dL/dIm z (twice the conjugate Wirtinger derivative), so
 * that dL = Re(conj(zbar) dz) summed over components; for a real quantity it is the ordinary
 * derivative. Every vertex and propagator is complex-linear in its input wavefunctions, hence for
 * y = A x the adjoint is xbar = A^H ybar. The colour sum f = sum_ij C_ij Re(conj(J_i) J_j) gives
 * Jbar = (C + C^T) J.
 *
 * <p><b>One adjoint per current and leaf helicities, not per helicity combination.</b> |M|^2 is a sum
 * over helicity combinations, and a current depends only on the helicities of its leaves (the
 * externals under it). Its adjoint step (propagator and vertex) is linear in its output's adjoint, with
 * coefficients that depend only on its inputs' values, hence on the same leaf helicities: so the
 * output adjoints of all combinations that agree on those helicities are summed first and propagated
 * once. Per chunk the workspace keeps, per current and per <em>assignment</em> (a distinct tuple of
 * its leaves' helicities among the live combinations, numbered in order of first occurrence), the
 * output's value and its adjoint (and the amputated current for fermion lines, whose propagator adjoint
 * needs it). The Gray-code loop over combinations computes each current once per assignment (when that
 * assignment first occurs; later combinations only point at it), then the amplitudes and colour flows
 * of the combination as {@link Workspace} does, and the adjoints of the colour sum, of the last legs
 * (into their blocks at the combination's assignments) and of the amputated currents T of the
 * amplitudes. The same linearity serves an amplitude: T depends on its inputs only, so its adjoint
 * conj(beta) L is summed over the run of consecutive combinations in which only the last leg L
 * changes (in g g > t t~ g g every amplitude closes on the last gluon, the Gray code's fastest digit:
 * runs of two) and sent through the vertex into the inputs' blocks once per run. After the loop one
 * sweep runs the currents last first, each over its assignments, adding into its inputs' blocks (an
 * assignment of a current fixes its inputs'). A current of L two-helicity leaves thus costs 2^L
 * adjoint steps per chunk instead of one per combination (g g > t t~ g g: 64 combinations, 133
 * currents of 2 to 4 leaves, 1744 assignments instead of 8512 steps).
 *
 * <p><b>Vertices through the forward kernels.</b> A vertex's Lorentz structure L(X, Y, Z) is
 * multilinear, and each open-leg kernel K_X is defined by L = X . K_X(Y, Z) (metric eta for vectors, a
 * plain sum for spinors and scalars). For an operation out = K_X(Y, Z) with adjoint ob, the adjoint of
 * the input Y is therefore eta conj(K_Y(X', Z)) with X' = eta conj(ob). Wavefunction adjoints are
 * therefore <em>stored</em> as S = eta conj(bar) (see {@link Adjoints}): then S(Y) += K_Y(S(out), Z),
 * the existing (SIMD) forward kernel with Y's leg open and the output's stored adjoint in the output's
 * leg, accumulating into Y's adjoint; one kernel call per input, no conjugation pass. For an amplitude
 * closing on the last leg L of its group, S(T) = conj(beta) L with beta a colour-weighted sum of the
 * flows' adjoints, summed over the run as above. What is not multilinear in wavefunctions
 * has explicit adjoint kernels ({@link Adjoints}, SIMD with plain twins; the scalar propagator plain
 * Java here): the momenta of VVV, propagator numerators and denominators (with their masses and
 * widths); couplings' adjoints, only for operations whose couplings have tangents, come from the taped
 * current divided by its coupling (one coupling) or from the kernel with a unit coupling (two chiral
 * couplings, or no tape). A massive vector current, not taped, recomputes its amputated current in
 * the sweep.
 *
 * <p><b>Memory.</b> Blocks of 12 c doubles, independent of k: per current two (three when taped) per
 * assignment, per external two per helicity, per amplitude two (its amputated current and the
 * adjoint of its run), the partial flows. When that exceeds {@code madvec.adjointKiB} (default 8 MiB) the
 * chunk is halved (down to one lane group); {@link #lanes()} says what was chosen and
 * {@link #chunkBytes()} what it takes. g g > t t~ g g: 4232 blocks for its 1744 assignments, 14.2 MB
 * at c = 32, so 16 lanes and 7.1 MB (measured a little faster than 32 lanes; the per-combination
 * sweep this replaced took 3.0 MB at 32); gg_tt_6j: 0.3 MB at 32; g g > t t~ g g g: 68 MB even at 8
 * lanes (84632 blocks).
 *
 * <p><b>Momenta and parameters.</b> Momentum adjoints are accumulated per block and sent back to the
 * external momenta once per chunk (a current's momentum is the sum of its inputs', the same for all its
 * assignments); external wavefunctions, computed once per chunk and helicity, are differentiated
 * locally with respect to their 4 momentum components and their mass (forward jets with 5 tangents,
 * cheap). The plan's k output tangents are then d|M|^2/dt = sum over momentum components of pbar dp/dt
 * (momentum tangents of the input, e.g. RAMBO's, when the plan has momentum tangents) + sum over
 * couplings, masses and widths of their adjoints times their tangents in the {@link Bindings}.
 *
 * <p>Not thread-safe: one per thread. Structures it does not know are refused by
 * {@link #supports(Program)} and the constructor.
 */
public final class AdjointWorkspace {
    private static final int G = Layout.G;
    private static final double[] UNIT = {1.0, 0.0}, ZERO = {0.0, 0.0};
    /**
     * Bytes a chunk's workspace may take before the chunk is halved (system property
     * {@code madvec.adjointKiB}): per-assignment blocks grow as 2^leaves, and a sweep over blocks far
     * beyond the caches is memory-bound.
     */
    private static final long BUDGET = 1024L * Integer.getInteger("madvec.adjointKiB", 8192);

    private final ProgramPlan plan;
    private final Program program;
    private final int k, c, n, blk;
    private final Structure[] structure;
    private final int[] opA, opB, opC, opOut, currents;
    private final long[] opCurrentLeaves;
    private final ProgramPlan.ColourPlan colour;
    private final double[] w, jw;
    private final int[][] externalOff, externalBar, externalHelicities;
    /** Per slot, the value and adjoint blocks of the combination (or assignment) being run. */
    private final int[] slotOff, slotBar;
    /** Per amplitude operation, its amputated current; -1 for currents (see {@link #tapeOf}). */
    private final int[] tapeOff;
    private final int momentaOff, scratchOff, tapeScratchOff, obOff, uOff, jampOff, jbarOff, meOff;
    private final long bytes;

    // currents per assignment of their leaves' helicities; q indexes currents
    /** Per slot, the index q of the current writing it, -1 for an external. */
    private final int[] currentOf;
    /** Per combination (schedule order) and current, the current's assignment. */
    private final int[][] assignmentOf;
    /** Per current and assignment, the first combination that has it (where it is computed). */
    private final int[][] firstCombination;
    /**
     * Per current, for assignment a and input j at {@code 3 a + j}: the input's assignment (its
     * helicity index for an external).
     */
    private final int[][] inputAssignment;
    /** Per current: the offset of its assignment 0's value block, the doubles from one assignment to the next. */
    private final int[] assignmentBase, assignmentStride;
    /** Per current: whether the amputated current is kept per assignment (fermion lines). */
    private final boolean[] taped;

    private final int[] termSrc;
    private final int[] ampOp;
    private final ExternalWavefunctions jets5 = new ExternalWavefunctions(5);
    /** The jets without the mass direction, for the externals whose mass no derivative moves. */
    private final ExternalWavefunctions jets4 = new ExternalWavefunctions(4);
    /** The mass of an external wavefunction's jets: value, no tangent along the 4 momentum components, 1 along the mass. */
    private final double[] jetMass = {0, 0, 0, 0, 0, 1.0};
    // adjoints of the point's numbers, per lane
    private final double[][] glBar, grBar, massBar, widthBar, extMassBar, momentumBar;
    private final boolean[] needGl, needGr, sameCoupling, massMoves;
    /** External particles each slot depends on. */
    private final long[] slotLeaves;
    /**
     * Per amplitude operation: the stored adjoint of its amputated current T, summed over the run of
     * consecutive combinations in which its inputs keep their helicities (only the last leg's change),
     * and sent to the inputs when the run ends; -1 for currents.
     */
    private final int[] runOff;
    /** The amplitude runs of each group of amplitudes closing on the same last leg, as the kernel takes them. */
    private final GroupRuns groupRuns;

    private double[][] opGl, opGr, masses, widths, externalMasses;
    /** The tangents' sums per lane, in {@link #store}. */
    private final double[] storeSum;

    /** Whether the adjoint knows every structure of the program. */
    public static boolean supports(Program program) {
        return unsupported(program) == null;
    }

    /**
     * Throws when the adjoint does not know a structure of the program.
     *
     * @throws UnsupportedOperationException naming the structure
     */
    public static void requireSupported(Program program) {
        String bad = unsupported(program);
        if (bad != null) {
            throw new UnsupportedOperationException("reverse mode does not know the vertex structure " + bad
                    + "; use forward mode (or AUTO, which falls back to it) for this process");
        }
    }

    private static String unsupported(Program program) {
        for (Operation op : program.operations()) {
            if (!known(op.structure())) {
                return op.structure().name();
            }
        }
        return null;
    }

    private static boolean known(Structure s) {
        return switch (s.name()) {
            case "FFV_OPEN_F1", "FFV_OPEN_F2", "FFV_OPEN_V", "VVV_OPEN_V1", "VVVV_OPEN_V", "VVS_OPEN_V", "VVS_OPEN_S",
                    "VVSS_OPEN_V", "VVSS_OPEN_S", "SSS_OPEN_S", "SSSS_OPEN_S", "FFS_OPEN_F1", "FFS_OPEN_F2",
                    "FFS_OPEN_S" -> true;
            default -> false;
        };
    }

    /**
     * A reverse-mode workspace for chunks of at most {@code lanes} lanes (a multiple of the padding);
     * fewer when the per-assignment blocks of a large program would exceed the budget.
     */
    public static AdjointWorkspace of(ProgramPlan plan, int lanes) {
        return new AdjointWorkspace(plan, lanes);
    }

    private AdjointWorkspace(ProgramPlan plan, int lanes) {
        requireSupported(plan.program);
        if (lanes <= 0 || lanes % G != 0) {
            throw new IllegalArgumentException("lanes must be a positive multiple of " + G + ", got " + lanes);
        }
        this.plan = plan;
        this.program = plan.program;
        this.k = plan.k;
        this.n = plan.n;
        structure = plan.structure;
        opA = plan.opA;
        opB = plan.opB;
        opC = plan.opC;
        opOut = plan.opOut;
        currents = plan.currents;
        opCurrentLeaves = plan.opCurrentLeaves;
        colour = plan.colour;
        int nOps = structure.length, nc = currents.length, slots = program.slots();

        // assignments: a current's is fixed by its inputs', so number them from those, in program order
        int[][] hi = plan.live.helicityIndex();
        int combos = hi.length;
        currentOf = new int[slots];
        Arrays.fill(currentOf, -1);
        for (int q = 0; q < nc; q++) currentOf[opOut[currents[q]]] = q;
        assignmentOf = new int[combos][nc];
        firstCombination = new int[nc][];
        inputAssignment = new int[nc][];
        taped = new boolean[nc];
        long radix = Math.max(combos, 1);
        for (int p = 0; p < n; p++) radix = Math.max(radix, program.externals().get(p).helicities().length);
        for (int q = 0; q < nc; q++) {
            int i = currents[q];
            int[] in = inputs(i);
            Map<Long, Integer> number = new HashMap<>();
            List<Integer> first = new ArrayList<>();
            List<int[]> ins = new ArrayList<>();
            for (int s = 0; s < combos; s++) {
                int[] ia = {-1, -1, -1};
                long key = 0;
                for (int j = 0; j < in.length; j++) {
                    ia[j] = in[j] < n ? hi[s][in[j]] : assignmentOf[s][currentOf[in[j]]];
                    key = Math.addExact(Math.multiplyExact(key, radix), ia[j]);
                }
                Integer a = number.get(key);
                if (a == null) {
                    a = number.size();
                    number.put(key, a);
                    first.add(s);
                    ins.add(ia);
                }
                assignmentOf[s][q] = a;
            }
            firstCombination[q] = first.stream().mapToInt(Integer::intValue).toArray();
            inputAssignment[q] = new int[3 * ins.size()];
            for (int a = 0; a < ins.size(); a++) System.arraycopy(ins.get(a), 0, inputAssignment[q], 3 * a, 3);
            // the fermion propagator's adjoint reads the amputated current; vectors recompute it when massive
            taped[q] = plan.opProp[i] == Wavefunction.F1 || plan.opProp[i] == Wavefunction.F2;
        }

        // the chunk: halved while the workspace exceeds the budget
        int chunk = lanes;
        while (chunk > G && chunk % (2 * G) == 0 && 8L * chunk * doublesPerLane() > BUDGET) chunk /= 2;
        this.c = chunk;
        blk = Layout.wfBlock(c);

        externalHelicities = new int[n][];
        externalOff = new int[n][];
        externalBar = new int[n][];
        slotOff = new int[slots];
        slotBar = new int[slots];
        int next = 0;
        momentaOff = next;
        next += n * 4 * c;
        for (int p = 0; p < n; p++) {
            externalHelicities[p] = program.externals().get(p).helicities();
            int hels = externalHelicities[p].length;
            externalOff[p] = new int[hels];
            externalBar[p] = new int[hels];
            for (int h = 0; h < hels; h++) {
                externalOff[p][h] = next;
                next += blk;
                externalBar[p][h] = next;
                next += blk;
            }
        }
        assignmentBase = new int[nc];
        assignmentStride = new int[nc];
        for (int q = 0; q < nc; q++) {
            assignmentBase[q] = next;
            assignmentStride[q] = (taped[q] ? 3 : 2) * blk;
            next += firstCombination[q].length * assignmentStride[q];
        }
        tapeOff = new int[nOps];
        Arrays.fill(tapeOff, -1);
        for (int i = 0; i < nOps; i++) {
            if (program.operations().get(i).isAmplitude()) {
                tapeOff[i] = next;
                next += blk;
            }
        }
        slotLeaves = new long[slots];
        for (int p = 0; p < n; p++) slotLeaves[p] = 1L << p;
        for (int i = 0; i < nOps; i++) {
            if (!program.operations().get(i).isAmplitude()) slotLeaves[opOut[i]] = opCurrentLeaves[i];
        }
        runOff = new int[nOps];
        Arrays.fill(runOff, -1);
        for (int i = 0; i < nOps; i++) {
            if (program.operations().get(i).isAmplitude()) {
                runOff[i] = next;
                next += blk;
            }
        }
        scratchOff = next;
        next += blk;
        tapeScratchOff = next;
        next += blk;
        obOff = next;
        next += blk;
        uOff = next;
        next += colour.pairs() * blk;
        jampOff = next;
        next += colour.nj * 2 * c;
        jbarOff = next;
        next += colour.nj * 2 * c;
        meOff = next;
        next += c;
        w = new double[next];
        jw = new double[6 * 4 * c + 6 * blk];
        bytes = 8L * (w.length + jw.length);
        // amplitude slots, their operations and their colour coefficients
        int ampSlots = colour.ampOps();
        ampOp = new int[ampSlots];
        for (int i = 0; i < nOps; i++) {
            if (colour.ampSlot[i] >= 0) ampOp[colour.ampSlot[i]] = i;
        }
        termSrc = new int[colour.termAmp.length];
        for (int t = 0; t < termSrc.length; t++) termSrc[t] = tapeOff[ampOp[colour.termAmp[t]]];
        List<List<double[]>> per = new ArrayList<>();
        for (int a = 0; a < ampSlots; a++) per.add(new ArrayList<>());
        for (int q = 0; q < colour.pairs(); q++) {
            int j = q % colour.nj;
            for (int t = colour.pairFrom[q]; t < colour.pairTo[q]; t++) {
                per.get(colour.termAmp[t]).add(new double[] {j, colour.termRe[t], colour.termIm[t]});
            }
        }
        // per amplitude slot: the colour flows it feeds and the coefficient of each
        int[][] ampJ = new int[ampSlots][];
        double[][] ampRe = new double[ampSlots][], ampIm = new double[ampSlots][];
        for (int a = 0; a < ampSlots; a++) {
            List<double[]> l = per.get(a);
            ampJ[a] = new int[l.size()];
            ampRe[a] = new double[l.size()];
            ampIm[a] = new double[l.size()];
            for (int e = 0; e < l.size(); e++) {
                ampJ[a][e] = (int) l.get(e)[0];
                ampRe[a][e] = l.get(e)[1];
                ampIm[a][e] = l.get(e)[2];
            }
        }
        groupRuns = new GroupRuns(colour, runOff, ampJ, ampRe, ampIm);
        glBar = new double[nOps][2 * c];
        grBar = new double[nOps][2 * c];
        massBar = new double[nOps][c];
        widthBar = new double[nOps][c];
        extMassBar = new double[n][c];
        momentumBar = new double[4 * n][c];
        needGl = new boolean[nOps];
        massMoves = new boolean[nOps];
        needGr = new boolean[nOps];
        sameCoupling = new boolean[nOps];
        storeSum = new double[c];
    }

    /** Doubles per lane of a chunk's workspace, as the constructor lays it out (for the chunk's choice). */
    private long doublesPerLane() {
        long blocks = 3 + colour.pairs();
        for (int p = 0; p < n; p++) blocks += 2L * program.externals().get(p).helicities().length;
        for (int q = 0; q < currents.length; q++) blocks += (taped[q] ? 3L : 2L) * firstCombination[q].length;
        for (int i = 0; i < structure.length; i++) {
            if (program.operations().get(i).isAmplitude()) blocks += 2;
        }
        return 4L * n + Layout.WF_ROWS * blocks + 4L * colour.nj + 3 + 6 * 4 + 6 * Layout.WF_ROWS;
    }

    private int[] inputs(int i) {
        return opC[i] >= 0 ? new int[] {opA[i], opB[i], opC[i]} : new int[] {opA[i], opB[i]};
    }

    /** The plan this workspace runs. */
    public ProgramPlan plan() {
        return plan;
    }

    /** Lanes per chunk (at most the lanes asked for; fewer for a program too large for the budget). */
    public int lanes() {
        return c;
    }

    /** Bytes of the chunk's workspace arrays (the per-assignment blocks and the rest). */
    public long chunkBytes() {
        return bytes;
    }

    /** Blocks of 12 rows held per chunk for the currents' assignments (values, adjoints, tapes). */
    public long assignmentBlocks() {
        long b = 0;
        for (int q = 0; q < currents.length; q++) b += (taped[q] ? 3L : 2L) * firstCombination[q].length;
        return b;
    }

    /**
     * |M|^2 and its k tangents, as {@link Workspace#evaluate(Bindings, double[][], int, int, double[])}
     * computes them, by reverse mode.
     */
    public void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me) {
        evaluate(point, momenta, stride, lanes, me, null);
    }

    /**
     * As {@link #evaluate(Bindings, double[][], int, int, double[])}, and also the gradient of |M|^2 with
     * respect to every momentum component: {@code dp[4 * particle + mu][event]} (null to skip).
     */
    public void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me, double[][] dp) {
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
        for (int i = 0; i < structure.length; i++) {
            needGl[i] = hasTangents(opGl[i]);
            // one coupling on both chiralities (or a structure with one): its adjoint is in glBar alone
            sameCoupling[i] = !twoCouplings(structure[i]) || opGr[i] == opGl[i];
            needGr[i] = !sameCoupling[i] && hasTangents(opGr[i]);
            // real arrays of 1 + k entries: a mass or width that moves along some tangent
            massMoves[i] = masses[i] != null && (TangentFlow.hasTangents(masses[i], 1) || TangentFlow.hasTangents(widths[i], 1));
        }
        double average = program.average();
        HelicitySchedule schedule = plan.live;
        long[] changed = schedule.changed();
        int[][] helicityIndex = schedule.helicityIndex();
        for (int start = 0; start < lanes; start += c) {
            int len = Math.min(c, lanes - start);
            loadChunk(momenta, stride, start, len);
            clearChunk();
            externals(schedule);
            currentMomenta(schedule);
            for (int s = 0; s < changed.length; s++) {
                long mask = changed[s];
                int[] hel = helicityIndex[s];
                for (int p = 0; p < n; p++) {
                    slotOff[p] = externalOff[p][hel[p]];
                    slotBar[p] = externalBar[p][hel[p]];
                }
                forward(s, mask);
                amplitudesBackward(mask, s + 1 < changed.length ? changed[s + 1] : -1L);
            }
            if (changed.length > 0) {
                currentsBackward();
                finishChunk(schedule, plan.momentumTangents || dp != null);
            }
            store(momenta, stride, start, len, me, dp, average);
        }
    }

    private static boolean hasTangents(double[] g) {
        for (int i = 2; i < g.length; i++) {
            if (g[i] != 0.0) return true;
        }
        return false;
    }

    private static boolean twoCouplings(Structure s) {
        return switch (s) {
            case FFV_OPEN_F1, FFV_OPEN_F2, FFV_OPEN_V, FFS_OPEN_F1, FFS_OPEN_F2, FFS_OPEN_S -> true;
            default -> false;
        };
    }

    /** The value block of current q at assignment a. */
    private int valueOf(int q, int a) {
        return assignmentBase[q] + a * assignmentStride[q];
    }

    /** The block of slot {@code slot}'s value at assignment a (its helicity index for an external). */
    private int slotValue(int slot, int a) {
        return slot < n ? externalOff[slot][a] : valueOf(currentOf[slot], a);
    }

    /** The block of slot {@code slot}'s stored adjoint at assignment a. */
    private int slotAdjoint(int slot, int a) {
        return slot < n ? externalBar[slot][a] : valueOf(currentOf[slot], a) + blk;
    }

    /** The amputated current of current q at assignment a: its own block when taped, else a scratch block. */
    private int tapeOf(int q, int a) {
        return taped[q] ? valueOf(q, a) + 2 * blk : tapeScratchOff;
    }

    private void loadChunk(double[][] momenta, int stride, int start, int len) {
        for (int p = 0; p < n; p++) {
            int block = momentaOff + p * 4 * c;
            for (int mu = 0; mu < 4; mu++) {
                double[] src = momenta[4 * p + mu];
                int dst = block + Layout.row(mu);
                for (int l = 0; l < c; l++) w[dst + Layout.lane(4, l)] = src[start + (l < len ? l : 0)];
            }
        }
    }

    private void clearChunk() {
        for (int p = 0; p < n; p++) {
            for (int b : externalBar[p]) Arrays.fill(w, b, b + blk, 0.0);
        }
        // adjoints accumulate over the whole chunk, components and momenta alike
        for (int q = 0; q < currents.length; q++) {
            for (int a = 0; a < firstCombination[q].length; a++) {
                int b = valueOf(q, a) + blk;
                Arrays.fill(w, b, b + blk, 0.0);
            }
        }
        for (int i = 0; i < structure.length; i++) {
            Arrays.fill(glBar[i], 0.0);
            Arrays.fill(grBar[i], 0.0);
            Arrays.fill(massBar[i], 0.0);
            Arrays.fill(widthBar[i], 0.0);
        }
        for (double[] a : extMassBar) Arrays.fill(a, 0.0);
        for (double[] a : momentumBar) Arrays.fill(a, 0.0);
        Arrays.fill(w, meOff, meOff + c, 0.0);
    }

    private void externals(HelicitySchedule schedule) {
        boolean[][] used = schedule.used();
        for (int p = 0; p < n; p++) {
            External e = program.externals().get(p);
            int[] hels = externalHelicities[p];
            int pOff = momentaOff + p * 4 * c;
            double mass = externalMasses[p][0];
            for (int h = 0; h < hels.length; h++) {
                if (!used[p][h]) continue;
                int out = externalOff[p][h];
                switch (e.kind()) {
                    case F1, F2 -> ExternalWavefunctions.fermionValue(w, c, pOff, out, mass, hels[h], e.flow(),
                            e.kind() == Wavefunction.F2);
                    case VECTOR -> ExternalWavefunctions.vectorValue(w, c, pOff, out, mass, hels[h], e.flow());
                    case SPIN_ZERO -> ExternalWavefunctions.scalarValue(w, c, pOff, out, e.flow());
                }
            }
        }
    }

    /** A current's momentum, the sum of its inputs', into its assignment 0 and copied to the others. */
    private void currentMomenta(HelicitySchedule schedule) {
        if (schedule.helicityIndex().length == 0) return;
        int[] first = schedule.helicityIndex()[0];
        for (int q = 0; q < currents.length; q++) {
            int i = currents[q];
            int[] ia = inputAssignment[q];
            int x0 = slotValue(opA[i], ia[0]), x1 = slotValue(opB[i], ia[1]);
            int x2 = opC[i] >= 0 ? slotValue(opC[i], ia[2]) : -1;
            int v0 = valueOf(q, 0);
            Amplitudes.momentumSum(w, c, x0, x1, x2, v0);
            for (int a = 1; a < firstCombination[q].length; a++) {
                int v = valueOf(q, a);
                for (int g = 8 * G; g < blk; g += 12 * G) System.arraycopy(w, v0 + g, w, v + g, 4 * G);
            }
        }
        // externals point at their first helicity, internal slots at assignment 0, until the loop moves them
        for (int p = 0; p < n; p++) {
            slotOff[p] = externalOff[p][first[p]];
            slotBar[p] = externalBar[p][first[p]];
        }
    }

    // ---------------------------------------------------------------- forward (values, Gray-code reuse)

    /**
     * Values of combination s, whose particles in {@code mask} changed helicity: a current whose leaves
     * changed moves to its new assignment, computed there if this is the assignment's first combination;
     * amplitudes, partial flows and flows as in {@link Workspace}.
     */
    private void forward(int s, long mask) {
        int[] assignment = assignmentOf[s];
        for (int q = 0; q < currents.length; q++) {
            int i = currents[q];
            if ((opCurrentLeaves[i] & mask) == 0) continue;
            int a = assignment[q], v = valueOf(q, a);
            slotOff[opOut[i]] = v;
            slotBar[opOut[i]] = v + blk;
            if (firstCombination[q][a] == s) {
                int t = tapeOf(q, a);
                kernel(i, slotOff[opA[i]], slotOff[opB[i]], opC[i] >= 0 ? slotOff[opC[i]] : -1, t, opGl[i], opGr[i]);
                Propagators.apply(plan.opProp[i], w, c, t, v, masses[i], widths[i]);
            }
        }
        ProgramPlan.ColourPlan cp = colour;
        for (int g = 0; g < cp.groups(); g++) {
            if ((cp.groupLeaves[g] & mask) == 0) continue;
            for (int i : cp.groupOps[g]) {
                if ((opCurrentLeaves[i] & mask) != 0) {
                    kernel(i, slotOff[opA[i]], slotOff[opB[i]], opC[i] >= 0 ? slotOff[opC[i]] : -1, tapeOff[i],
                            opGl[i], opGr[i]);
                }
            }
        }
        for (int q = 0; q < cp.pairs(); q++) {
            if ((cp.pairLeaves[q] & mask) == 0) continue;
            Amplitudes.combine(w, c, uOff + q * blk, termSrc, cp.termRe, cp.termIm, cp.pairFrom[q], cp.pairReal[q],
                    cp.pairImag[q], cp.pairTo[q], 0);
        }
        int nj = cp.nj;
        for (int j = 0; j < nj; j++) {
            int jamp = jampOff + j * 2 * c;
            for (int g = 0; g < cp.groups(); g++) {
                Amplitudes.contract(w, c, slotOff[cp.groupLast[g]], uOff + (g * nj + j) * blk, cp.groupMetric[g], jamp,
                        g > 0);
            }
            if (cp.groups() == 0) Arrays.fill(w, jamp, jamp + 2 * c, 0.0);
        }
        Amplitudes.colourSum(w, c, jampOff, 2 * c, nj, cp.colourTriangle, meOff);
    }

    /** The forward structure kernel of operation i with the given couplings (component 0). */
    private void kernel(int i, int x0, int x1, int x2, int out, double[] gl, double[] gr) {
        switch (structure[i]) {
            case FFV_OPEN_F1 -> Structures.ffvOpenF1(w, c, x0, x1, out, gl, 0, gr, 0, false);
            case FFV_OPEN_F2 -> Structures.ffvOpenF2(w, c, x0, x1, out, gl, 0, gr, 0, false);
            case FFV_OPEN_V -> Structures.ffvOpenV(w, c, x0, x1, out, gl, 0, gr, 0, false);
            case VVV_OPEN_V1 -> Structures.vvvOpenV1(w, c, x0, x0, x1, x1, out, gl, 0, false);
            case VVVV_OPEN_V -> {
                double[] f = plan.opFactors[i];
                Structures.vvvvOpen(w, c, x0, x1, x2, out, f[0], f[1], f[2], gl, 0, false);
            }
            case VVS_OPEN_V -> SpinZeroStructures.vvsOpenV(w, c, x0, x1, out, gl, 0, false);
            case VVS_OPEN_S -> SpinZeroStructures.vvsOpenS(w, c, x0, x1, out, gl, 0, false);
            case VVSS_OPEN_V -> SpinZeroStructures.vvssOpenV(w, c, x0, x1, x2, out, gl, 0, false);
            case VVSS_OPEN_S -> SpinZeroStructures.vvssOpenS(w, c, x0, x1, x2, out, gl, 0, false);
            case SSS_OPEN_S -> SpinZeroStructures.scalarsOpenS(w, c, x0, x1, -1, out, gl, 0, false);
            case SSSS_OPEN_S -> SpinZeroStructures.scalarsOpenS(w, c, x0, x1, x2, out, gl, 0, false);
            case FFS_OPEN_F1 -> SpinZeroStructures.ffsOpenF1(w, c, x0, x1, out, gl, 0, gr, 0, false);
            case FFS_OPEN_F2 -> SpinZeroStructures.ffsOpenF2(w, c, x0, x1, out, gl, 0, gr, 0, false);
            case FFS_OPEN_S -> SpinZeroStructures.ffsOpenS(w, c, x0, x1, out, gl, 0, gr, 0, false);
            default -> throw new UnsupportedOperationException("reverse mode does not know " + structure[i]);
        }
    }

    // ---------------------------------------------------------------- backward

    /**
     * The adjoints of one combination's colour sum and amplitudes: the last legs' added into their
     * adjoint blocks at the combination's assignments (where {@link #slotBar} points), the amputated
     * currents' into their runs ({@link #runOff}), which go to the amplitudes' inputs when the next
     * combination ({@code next} its changed particles) changes an input.
     */
    private void amplitudesBackward(long mask, long next) {
        ProgramPlan.ColourPlan cp = colour;
        int nj = cp.nj;
        // K = i Jbar, Jbar = (C + C^T) J
        Adjoints.iColour(w, c, jampOff, nj, cp.colourFull, jbarOff);
        // amplitudes: adjoints of each group's last leg and of each amputated current
        for (int g = 0; g < cp.groups(); g++) {
            int last = cp.groupLast[g];
            int lastBar = slotBar[last];
            // lastbar += sum_j i Jbar_j eta conj(U(g, j)): stored, sum_j conj(K_j) U(g, j)
            Adjoints.scaledSum(w, c, uOff + g * nj * blk, blk, jbarOff, 2 * c, nj, lastBar);
            int[] ops = cp.groupOps[g];
            boolean[] acc = groupRuns.acc[g];
            // T depends on the inputs only, so its adjoint adds up while they stay
            for (int o = 0; o < ops.length; o++) acc[o] = (opCurrentLeaves[ops[o]] & mask) == 0;
            // Tbar = beta eta conj(last), beta = i sum_j Jbar_j conj(c_j): stored, conj(beta) last
            Adjoints.amplitudeRuns(w, c, slotOff[last], jbarOff, groupRuns.run[g], groupRuns.js[g], groupRuns.re[g],
                    groupRuns.im[g], acc);
            for (int i : ops) {
                if ((opCurrentLeaves[i] & next) != 0) {
                    // the run ends: the inputs' adjoints as for a current, with this run's input values
                    opAdjoint(i, runOff[i], tapeOff[i]);
                }
            }
        }
    }

    /**
     * The currents' adjoints, last first, each once per assignment: its output's adjoint there is the
     * sum over the combinations that share the assignment, and its inputs' values and adjoints are
     * those of the assignment.
     */
    private void currentsBackward() {
        for (int q = currents.length - 1; q >= 0; q--) {
            int i = currents[q];
            int[] ia = inputAssignment[q];
            boolean recompute = !taped[q] && plan.opProp[i] == Wavefunction.VECTOR && masses[i][0] != 0.0;
            for (int a = 0; a < firstCombination[q].length; a++) {
                slotOff[opA[i]] = slotValue(opA[i], ia[3 * a]);
                slotBar[opA[i]] = slotAdjoint(opA[i], ia[3 * a]);
                slotOff[opB[i]] = slotValue(opB[i], ia[3 * a + 1]);
                slotBar[opB[i]] = slotAdjoint(opB[i], ia[3 * a + 1]);
                if (opC[i] >= 0) {
                    slotOff[opC[i]] = slotValue(opC[i], ia[3 * a + 2]);
                    slotBar[opC[i]] = slotAdjoint(opC[i], ia[3 * a + 2]);
                }
                int v = valueOf(q, a), t = tapeOf(q, a);
                if (recompute) {
                    kernel(i, slotOff[opA[i]], slotOff[opB[i]], opC[i] >= 0 ? slotOff[opC[i]] : -1, t, opGl[i], opGr[i]);
                }
                propagatorAdjoint(i, v, v + blk, t, obOff);
                opAdjoint(i, obOff, taped[q] || recompute ? t : -1);
            }
        }
    }

    /**
     * The adjoint of current i's structure: {@code ob} holds the stored adjoint of its output (amputated
     * current); adds to the stored adjoints of its inputs (components, and momenta for VVV) and to the
     * adjoints of its couplings. With stored adjoints S, S(Y) += K_Y(S(out), Z): the forward kernel with
     * Y's leg open, accumulating.
     */
    private void opAdjoint(int i, int ob, int tape) {
        int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
        if (structure[i] == Structure.VVV_OPEN_V1) {
            // both inputs and their momenta in one pass (they share every dot product)
            Adjoints.vvvAdjoint(w, c, x0, x1, ob, slotBar[opA[i]], slotBar[opB[i]], opGl[i][0], opGl[i][1]);
        } else if (structure[i] == Structure.VVVV_OPEN_V) {
            double[] f = plan.opFactors[i];
            Adjoints.vvvvAdjoint(w, c, x0, x1, x2, ob, slotBar[opA[i]], slotBar[opB[i]], slotBar[opC[i]], f[0], f[1],
                    f[2], opGl[i]);
        } else {
            int inputs = opC[i] >= 0 ? 3 : 2;
            for (int j = 0; j < inputs; j++) {
                int in = j == 0 ? opA[i] : j == 1 ? opB[i] : opC[i];
                inputKernel(i, j, ob, slotBar[in], true);
            }
        }
        couplings(i, ob, x0, x1, x2, tape);
    }

    /**
     * K_j(xp, other inputs) of operation i into {@code out}: the kernel with input j's leg open and
     * {@code xp} in the leg of the operation's output (VVV and VVVV have fused adjoints instead,
     * {@link Adjoints#vvvAdjoint} and {@link Adjoints#vvvvAdjoint}).
     */
    private void inputKernel(int i, int j, int xp, int out, boolean acc) {
        int x0 = slotOff[opA[i]], x1 = slotOff[opB[i]], x2 = opC[i] >= 0 ? slotOff[opC[i]] : -1;
        double[] gl = opGl[i], gr = opGr[i];
        switch (structure[i]) {
            case FFV_OPEN_F1 -> {
                if (j == 0) Structures.ffvOpenF2(w, c, xp, x1, out, gl, 0, gr, 0, acc);
                else Structures.ffvOpenV(w, c, xp, x0, out, gl, 0, gr, 0, acc);
            }
            case FFV_OPEN_F2 -> {
                if (j == 0) Structures.ffvOpenF1(w, c, xp, x1, out, gl, 0, gr, 0, acc);
                else Structures.ffvOpenV(w, c, x0, xp, out, gl, 0, gr, 0, acc);
            }
            case FFV_OPEN_V -> {
                if (j == 0) Structures.ffvOpenF1(w, c, x1, xp, out, gl, 0, gr, 0, acc);
                else Structures.ffvOpenF2(w, c, x0, xp, out, gl, 0, gr, 0, acc);
            }
            case VVS_OPEN_V -> {
                if (j == 0) SpinZeroStructures.vvsOpenV(w, c, xp, x1, out, gl, 0, acc);
                else SpinZeroStructures.vvsOpenS(w, c, xp, x0, out, gl, 0, acc);
            }
            case VVS_OPEN_S -> {
                if (j == 0) SpinZeroStructures.vvsOpenV(w, c, x1, xp, out, gl, 0, acc);
                else SpinZeroStructures.vvsOpenV(w, c, x0, xp, out, gl, 0, acc);
            }
            case VVSS_OPEN_V -> {
                if (j == 0) SpinZeroStructures.vvssOpenV(w, c, xp, x1, x2, out, gl, 0, acc);
                else if (j == 1) SpinZeroStructures.vvssOpenS(w, c, xp, x0, x2, out, gl, 0, acc);
                else SpinZeroStructures.vvssOpenS(w, c, xp, x0, x1, out, gl, 0, acc);
            }
            case VVSS_OPEN_S -> {
                if (j == 0) SpinZeroStructures.vvssOpenV(w, c, x1, xp, x2, out, gl, 0, acc);
                else if (j == 1) SpinZeroStructures.vvssOpenV(w, c, x0, xp, x2, out, gl, 0, acc);
                else SpinZeroStructures.vvssOpenS(w, c, x0, x1, xp, out, gl, 0, acc);
            }
            case SSS_OPEN_S -> {
                if (j == 0) SpinZeroStructures.scalarsOpenS(w, c, xp, x1, -1, out, gl, 0, acc);
                else SpinZeroStructures.scalarsOpenS(w, c, xp, x0, -1, out, gl, 0, acc);
            }
            case SSSS_OPEN_S -> {
                if (j == 0) SpinZeroStructures.scalarsOpenS(w, c, xp, x1, x2, out, gl, 0, acc);
                else if (j == 1) SpinZeroStructures.scalarsOpenS(w, c, xp, x0, x2, out, gl, 0, acc);
                else SpinZeroStructures.scalarsOpenS(w, c, xp, x0, x1, out, gl, 0, acc);
            }
            case FFS_OPEN_F1 -> {
                if (j == 0) SpinZeroStructures.ffsOpenF2(w, c, xp, x1, out, gl, 0, gr, 0, acc);
                else SpinZeroStructures.ffsOpenS(w, c, xp, x0, out, gl, 0, gr, 0, acc);
            }
            case FFS_OPEN_F2 -> {
                if (j == 0) SpinZeroStructures.ffsOpenF1(w, c, xp, x1, out, gl, 0, gr, 0, acc);
                else SpinZeroStructures.ffsOpenS(w, c, x0, xp, out, gl, 0, gr, 0, acc);
            }
            case FFS_OPEN_S -> {
                if (j == 0) SpinZeroStructures.ffsOpenF1(w, c, x1, xp, out, gl, 0, gr, 0, acc);
                else SpinZeroStructures.ffsOpenF2(w, c, x0, xp, out, gl, 0, gr, 0, acc);
            }
            default -> throw new UnsupportedOperationException("reverse mode does not know " + structure[i]);
        }
    }

    /**
     * Coupling adjoints of operation i (only when its couplings have tangents), {@code ob} its stored
     * output adjoint, {@code tape} its amputated current (-1 when not at hand).
     */
    private void couplings(int i, int ob, int x0, int x1, int x2, int tape) {
        if (needGl[i] || needGr[i]) {
            double eta = structure[i].open() == Wavefunction.VECTOR ? -1.0 : 1.0;
            double gr0 = opGl[i][0], gi0 = opGl[i][1], g2 = gr0 * gr0 + gi0 * gi0;
            if (needGl[i] && sameCoupling[i] && g2 != 0.0 && tape >= 0) {
                // the output is g K1, so K1 = T / g with T the amputated current already taped
                couplingAdjoint(ob, tape, eta, glBar[i], gr0 / g2, gi0 / g2);
            } else if (needGl[i]) {
                kernel(i, x0, x1, x2, scratchOff, UNIT, sameCoupling[i] ? UNIT : ZERO);
                couplingAdjoint(ob, scratchOff, eta, glBar[i], 1.0, 0.0);
            }
            if (needGr[i]) {
                kernel(i, x0, x1, x2, scratchOff, ZERO, UNIT);
                couplingAdjoint(ob, scratchOff, eta, grBar[i], 1.0, 0.0);
            }
        }
    }

    /**
     * gbar += f sum_s ob_s conj(k_s), k the current with a unit coupling (f = 1) or the current itself
     * (f = 1 / conj(g)), from the stored adjoint S = eta conj(ob): gbar = f conj(sum_s eta_s S_s k_s).
     */
    private void couplingAdjoint(int ob, int kOff, double eta, double[] bar, double fr, double fi) {
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l);
            double re = 0, im = 0;
            for (int comp = 0; comp < 4; comp++) {
                double m = comp == 0 ? 1.0 : eta;
                double sr = w[ob + e + 2 * comp * G], si = w[ob + e + (2 * comp + 1) * G];
                double kr = w[kOff + e + 2 * comp * G], ki = w[kOff + e + (2 * comp + 1) * G];
                re += m * (sr * kr - si * ki);
                im += m * (sr * ki + si * kr);
            }
            // conj(P) (fr + i fi), with f = 1 / conj(g) when k is the current itself
            double qr = re, qi = -im;
            bar[2 * l] += qr * fr - qi * fi;
            bar[2 * l + 1] += qr * fi + qi * fr;
        }
    }

    /**
     * The adjoint of current i's propagator Y = P(Q, M, W) T: T's adjoint into {@code tb}, Q's into the
     * momentum rows of Y's adjoint, M's and W's into the operation's accumulators. With ob' = conj(Ybar)
     * / D and z = sum_s ob'_s Y_s, the denominator gives dL = Re(-z dD), dD = 2 Q.dQ - 2 M dM +
     * i (W dM + M dW); the numerator N(Q, M) its own terms; conj(Tbar) = N^T ob'.
     */
    private void propagatorAdjoint(int i, int y, int yb, int t, int tb) {
        double m = masses[i][0], wd = widths[i][0];
        switch (plan.opProp[i]) {
            case SPIN_ZERO -> scalarPropagatorAdjoint(y, yb, tb, m, wd, massBar[i], widthBar[i]);
            case VECTOR -> {
                if (m == 0.0) {
                    Adjoints.masslessVectorPropagator(w, c, y, yb, tb);
                } else {
                    Adjoints.massiveVectorPropagator(w, c, y, yb, t, tb, m, wd, massBar[i], widthBar[i]);
                }
            }
            case F1 -> Adjoints.fermionPropagator(w, c, y, yb, t, tb, m, wd, 1.0, massMoves[i] ? massBar[i] : null,
                    widthBar[i]);
            case F2 -> Adjoints.fermionPropagator(w, c, y, yb, t, tb, m, wd, -1.0, massMoves[i] ? massBar[i] : null,
                    widthBar[i]);
        }
    }

    /** Re and Im of z = sum_s ob'_s Y_s, ob' = conj(Ybar) / D = eta S / D, set by {@link #denominatorTerm}. */
    private double zRe, zIm;

    private void denominatorTerm(int y, int yb, int e, double ir, double ii, double eta) {
        double zr = 0, zi = 0;
        for (int comp = 0; comp < 4; comp++) {
            double m = comp == 0 ? 1.0 : eta;
            double br = m * w[yb + e + 2 * comp * G], bi = m * w[yb + e + (2 * comp + 1) * G];
            double or = br * ir - bi * ii, oi = br * ii + bi * ir;
            double yr = w[y + e + 2 * comp * G], yi = w[y + e + (2 * comp + 1) * G];
            zr += or * yr - oi * yi;
            zi += or * yi + oi * yr;
        }
        zRe = zr;
        zIm = zi;
    }

    /** Adds Re(-z dD)/dQ to the momentum rows of Y's adjoint. */
    private void addDenominatorMomentum(int yb, int e, double q0, double q1, double q2, double q3, double zr) {
        int mq = yb + e + 8 * G;
        w[mq] -= 2 * zr * q0;
        w[mq + G] += 2 * zr * q1;
        w[mq + 2 * G] += 2 * zr * q2;
        w[mq + 3 * G] += 2 * zr * q3;
    }

    /** Scalar propagator i T / D; stored adjoints are conj(bar): conj(Tbar) = i ob'. */
    private void scalarPropagatorAdjoint(int y, int yb, int tb, double m, double wd, double[] mb, double[] wb) {
        double m2 = m * m, di = m * wd;
        for (int l = 0; l < c; l++) {
            int e = Layout.lane(12, l), q = y + e + 8 * G;
            double q0 = w[q], q1 = w[q + G], q2 = w[q + 2 * G], q3 = w[q + 3 * G];
            double dr = q0 * q0 - q1 * q1 - q2 * q2 - q3 * q3 - m2;
            double rden = 1.0 / (dr * dr + di * di), ir = dr * rden, ii = -di * rden;
            denominatorTerm(y, yb, e, ir, ii, 1.0);
            double zr = zRe, zi = zIm;
            addDenominatorMomentum(yb, e, q0, q1, q2, q3, zr);
            if (m != 0.0) {
                mb[l] += 2 * m * zr + wd * zi;
                wb[l] += m * zi;
            }
            double br = w[yb + e], bi = w[yb + e + G];
            double or = br * ir - bi * ii, oi = br * ii + bi * ir;
            w[tb + e] = -oi;
            w[tb + e + G] = or;
            for (int r = 2; r < 8; r++) w[tb + e + r * G] = 0.0;
        }
    }

    // ---------------------------------------------------------------- end of chunk

    /** Adds the momentum rows of block {@code from} to those of block {@code to}. */
    private void addMomentumRows(int from, int to) {
        for (int g = 8 * G; g < blk; g += 12 * G) {
            for (int x = 0; x < 4 * G; x++) w[to + g + x] += w[from + g + x];
        }
    }

    /**
     * The external momenta's and masses' adjoints from those of the wavefunctions; with
     * {@code momentaWanted} false (parameters only, at fixed momenta) only what reaches a moving
     * external mass.
     */
    private void finishChunk(HelicitySchedule schedule, boolean momentaWanted) {
        int[] first = schedule.helicityIndex()[0];
        // a current's momentum is the sum of its inputs', the same at every assignment: its adjoint,
        // summed over assignments into assignment 0, goes to each input's assignment 0 (an external's
        // first helicity), last current first so that an input has all of it before it passes it on
        for (int q = momentaWanted ? currents.length - 1 : -1; q >= 0; q--) {
            int i = currents[q];
            int from = valueOf(q, 0) + blk;
            for (int a = 1; a < firstCombination[q].length; a++) addMomentumRows(valueOf(q, a) + blk, from);
            for (int x = 0; x < 3; x++) {
                int in = x == 0 ? opA[i] : x == 1 ? opB[i] : opC[i];
                if (in < 0) continue;
                addMomentumRows(from, in < n ? externalBar[in][first[in]] : valueOf(currentOf[in], 0) + blk);
            }
        }
        // external wavefunctions: local jets in the 4 momentum components and the mass
        boolean[][] used = schedule.used();
        int jp = 0, jout = 6 * 4 * c;
        for (int p = 0; p < n; p++) {
            External ext = program.externals().get(p);
            int[] hels = externalHelicities[p];
            double mass = externalMasses[p][0];
            double[] jm = jetMass;
            jm[0] = mass;
            double eta = ext.kind() == Wavefunction.VECTOR ? -1.0 : 1.0;
            boolean ownMassMoves = TangentFlow.hasTangents(externalMasses[p], 1);
            if (!momentaWanted && !ownMassMoves) continue;
            Arrays.fill(jw, 0, jout, 0.0);
            System.arraycopy(w, momentaOff + p * 4 * c, jw, jp, 4 * c);
            for (int mu = 0; mu < 4; mu++) {
                for (int l = 0; l < c; l++) jw[jp + (1 + mu) * 4 * c + Layout.lane(4, l) + Layout.row(mu)] = 1.0;
            }
            ExternalWavefunctions jets = ownMassMoves ? jets5 : jets4;
            for (int h = 0; h < hels.length; h++) {
                if (!used[p][h]) continue;
                switch (ext.kind()) {
                    case F1, F2 -> jets.fermion(jw, c, jp, jout, jm, hels[h], ext.flow(), ext.kind() == Wavefunction.F2);
                    case VECTOR -> jets.vector(jw, c, jp, jout, jm, hels[h], ext.flow());
                    case SPIN_ZERO -> jets.scalar(jw, c, jp, jout, ext.flow());
                }
                int bar = externalBar[p][h];
                // the mass direction only where a derivative moves this mass
                for (int d = 0; d < (ownMassMoves ? 5 : 4); d++) {
                    Adjoints.jetContraction(w, bar, jw, jout + (1 + d) * blk, c, eta,
                            d < 4 ? momentumBar[4 * p + d] : extMassBar[p]);
                }
            }
        }
    }

    private void store(double[][] momenta, int stride, int start, int len, double[] me, double[][] dp, double average) {
        for (int l = 0; l < len; l++) me[start + l] = w[meOff + l] * average;
        if (dp != null) {
            for (int j = 0; j < 4 * n; j++) {
                for (int l = 0; l < len; l++) dp[j][start + l] = momentumBar[j][l] * average;
            }
        }
        // per lane the same sums in the same order as term by term, but loops over lanes inside, and
        // terms whose tangent is zero skipped: most couplings and masses have no tangent along t
        double[] sum = storeSum;
        for (int t = 1; t <= k; t++) {
            Arrays.fill(sum, 0, len, 0.0);
            for (int i = 0; i < structure.length; i++) {
                double[] gl = opGl[i], gr = opGr[i];
                if (needGl[i] && (gl[2 * t] != 0.0 || gl[2 * t + 1] != 0.0)) {
                    double a = gl[2 * t], b = gl[2 * t + 1];
                    double[] bar = glBar[i];
                    for (int l = 0; l < len; l++) sum[l] += bar[2 * l] * a + bar[2 * l + 1] * b;
                }
                if (needGr[i] && (gr[2 * t] != 0.0 || gr[2 * t + 1] != 0.0)) {
                    double a = gr[2 * t], b = gr[2 * t + 1];
                    double[] bar = grBar[i];
                    for (int l = 0; l < len; l++) sum[l] += bar[2 * l] * a + bar[2 * l + 1] * b;
                }
                if (masses[i] != null && (masses[i][t] != 0.0 || widths[i][t] != 0.0)) {
                    double a = masses[i][t], b = widths[i][t];
                    double[] mb = massBar[i], wb = widthBar[i];
                    for (int l = 0; l < len; l++) sum[l] += mb[l] * a + wb[l] * b;
                }
            }
            for (int p = 0; p < n; p++) {
                double a = externalMasses[p][t];
                if (a == 0.0) continue;
                double[] mb = extMassBar[p];
                for (int l = 0; l < len; l++) sum[l] += mb[l] * a;
            }
            if (plan.momentumTangents) {
                int x = t * stride + start;
                for (int j = 0; j < 4 * n; j++) {
                    double[] src = momenta[j], pb = momentumBar[j];
                    int to = Math.min(len, src.length - x);
                    for (int l = 0; l < to; l++) sum[l] += pb[l] * src[x + l];
                }
            }
            for (int l = 0; l < len; l++) me[t * stride + start + l] = sum[l] * average;
        }
    }

    /**
     * Per group of amplitudes (those closing on one last leg): each operation's run block, colour flows
     * and conjugated-coefficient parts, in the group's order, and a reusable accumulate flag per run.
     */
    private static final class GroupRuns {
        final int[][] run;
        final int[][][] js;
        final double[][][] re, im;
        final boolean[][] acc;

        GroupRuns(ProgramPlan.ColourPlan cp, int[] runOff, int[][] ampJ, double[][] ampRe, double[][] ampIm) {
            int groups = cp.groups();
            run = new int[groups][];
            js = new int[groups][][];
            re = new double[groups][][];
            im = new double[groups][][];
            acc = new boolean[groups][];
            for (int g = 0; g < groups; g++) {
                int[] ops = cp.groupOps[g];
                run[g] = new int[ops.length];
                js[g] = new int[ops.length][];
                re[g] = new double[ops.length][];
                im[g] = new double[ops.length][];
                acc[g] = new boolean[ops.length];
                for (int o = 0; o < ops.length; o++) {
                    int a = cp.ampSlot[ops[o]];
                    run[g][o] = runOff[ops[o]];
                    js[g][o] = ampJ[a];
                    re[g][o] = ampRe[a];
                    im[g][o] = ampIm[a];
                }
            }
        }
    }
}
