package madvec.processes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.helas.Wavefunction;
import madvec.helas.kernels.Amplitudes;
import madvec.simd.Simd;

/**
 * How a {@link Program} runs for one set of derivative directions: which slots and operations carry
 * tangents, the amplitude groups and colour terms, the live helicity combinations in their execution
 * order, and the size of a workspace. Immutable and shared by threads; it depends on a parameter point
 * only through the zero pattern of the probe points it was made from (which values are zero, which
 * tangents vanish), never through their numbers.
 *
 * <p>A parameter point is bound with {@link #bind(ModelPoint)} (microseconds) and evaluated in a
 * {@link Workspace} of one thread. A point whose zero pattern needs more than the plan provides (a
 * tangent the plan treats as zero, a mass that was zero at every probe) is refused when bound: a plan
 * never computes a silently wrong number.
 *
 * <p>Tangent space: the first {@code point.k()} tangents are the model's parameter directions; the
 * caller may use further tangents (up to {@link #k()}) for directions seeded on the momenta
 * (phase-space coordinates, momentum components).
 */
public final class ProgramPlan {
    /**
     * Most lanes per chunk (system property {@code madvec.chunk}, for tuning): the kernels' per-call
     * costs want long chunks; plans of large programs use fewer lanes so that a chunk's workspace stays
     * in cache (see {@link #chunk()}).
     */
    public static final int CHUNK = roundToPad(Integer.getInteger("madvec.chunk", 32));
    /**
     * Most lanes per chunk of a float workspace (system property {@code madvec.floatChunk}, for tuning):
     * by default twice {@link #CHUNK}, the same bytes per chunk.
     */
    public static final int FLOAT_CHUNK = Integer.getInteger("madvec.floatChunk", 2 * CHUNK);
    /** Bytes a chunk's workspace may take before the plan halves its chunk (system property {@code madvec.workspaceKiB}). */
    private static final long WORKSPACE_BUDGET = 1024L * Integer.getInteger("madvec.workspaceKiB", 1024);

    final Program program;
    final int k;
    final int n;
    final boolean momentumTangents;
    final int chunk;

    // operations, unpacked so that the hot loop reads arrays
    final Structure[] structure;
    final int[] opA, opB, opC, opOut;
    /** Per operation, its inputs after the third (a generic vertex of five or more legs), else empty. */
    final int[][] opMore;
    final double[][] opFactors;
    final Wavefunction[] opProp;
    /** The currents (not amplitudes), in program order. */
    final int[] currents;
    /** External particles an operation's current depends on (for an amplitude, not its last leg). */
    final long[] opCurrentLeaves;
    final TangentFlow tangents;
    final ColourPlan colour;
    final HelicitySchedule live;

    /** A plan that runs every helicity combination: what the helicity filter evaluates with. */
    private ProgramPlan(Program program, int k, boolean momentumTangents, TangentFlow tangents) {
        this.program = program;
        this.k = k;
        this.momentumTangents = momentumTangents;
        this.n = program.particles();
        this.tangents = tangents;
        List<Operation> ops = program.operations();
        int nOps = ops.size();
        structure = new Structure[nOps];
        opA = new int[nOps];
        opB = new int[nOps];
        opC = new int[nOps];
        opOut = new int[nOps];
        opMore = new int[nOps][];
        opFactors = new double[nOps][];
        opProp = new Wavefunction[nOps];
        opCurrentLeaves = new long[nOps];
        long[] slotLeaves = new long[program.slots()];
        for (int p = 0; p < n; p++) slotLeaves[p] = 1L << p;
        List<Integer> currentList = new ArrayList<>();
        for (int i = 0; i < nOps; i++) {
            Operation op = ops.get(i);
            structure[i] = op.structure();
            opA[i] = op.a();
            opB[i] = op.b();
            opC[i] = op.c();
            opOut[i] = op.out();
            opMore[i] = op.more();
            opFactors[i] = op.factors();
            opProp[i] = op.propagator();
            for (int in : op.inputs()) opCurrentLeaves[i] |= slotLeaves[in];
            if (!op.isAmplitude()) {
                currentList.add(i);
                slotLeaves[op.out()] = opCurrentLeaves[i];
            }
        }
        currents = currentList.stream().mapToInt(Integer::intValue).toArray();
        colour = ColourPlan.of(program, opCurrentLeaves, tangents, k);
        chunk = chunkFor(doublesPerLane());
        this.live = HelicitySchedule.of(program, opCurrentLeaves, allCombinations(program));
    }

    /** The same plan running only the combinations of {@code live}; everything else is shared. */
    private ProgramPlan(ProgramPlan all, HelicitySchedule live) {
        program = all.program;
        k = all.k;
        n = all.n;
        momentumTangents = all.momentumTangents;
        chunk = all.chunk;
        structure = all.structure;
        opA = all.opA;
        opB = all.opB;
        opC = all.opC;
        opOut = all.opOut;
        opMore = all.opMore;
        opFactors = all.opFactors;
        opProp = all.opProp;
        currents = all.currents;
        opCurrentLeaves = all.opCurrentLeaves;
        tangents = all.tangents;
        colour = all.colour;
        this.live = live;
    }

    /**
     * Plans a program.
     *
     * @param program the process program
     * @param k total tangents; at least every probe's {@code k()}; tangents beyond the model's may be
     *     seeded on momenta
     * @param momentumTangents whether momenta will carry non-zero tangents
     * @param probes parameter points whose zero patterns the plan must serve (at least one): the point
     *     the plan is made for, and points that move the parameters declared free, so that a value or
     *     tangent that is zero at one of them by accident is not planned away
     * @throws IllegalArgumentException for a program of more than 63 particles, probes with more
     *     tangents than k, or no probe
     */
    public static ProgramPlan of(Program program, int k, boolean momentumTangents, List<? extends ModelPoint> probes) {
        if (program.particles() > 63) {
            throw new IllegalArgumentException("at most 63 external particles, got " + program.particles());
        }
        if (probes.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one parameter point");
        }
        List<Bindings.Values> values = new ArrayList<>();
        for (ModelPoint p : probes) {
            if (p.k() > k) {
                throw new IllegalArgumentException("k = " + k + " is less than the model's " + p.k() + " tangents");
            }
            values.add(Bindings.Values.of(program, p, k));
        }
        TangentFlow flow = TangentFlow.of(program, values, k, momentumTangents);
        ProgramPlan all = new ProgramPlan(program, k, momentumTangents, flow);
        List<Bindings> bound = new ArrayList<>();
        for (Bindings.Values v : values) bound.add(new Bindings(all, v));
        int[][] live = HelicityFilter.liveCombinations(all, bound);
        return new ProgramPlan(all, HelicitySchedule.of(program, all.opCurrentLeaves, live));
    }

    /**
     * The values of one parameter point for this plan: couplings, masses and widths with their tangents.
     *
     * @throws IllegalArgumentException when the point needs what the plan left out (its message names
     *     the coupling, mass or width), or has more tangents than the plan
     */
    public Bindings bind(ModelPoint point) {
        if (point.k() > k) {
            throw new IllegalArgumentException("the parameter point has " + point.k() + " tangents, the plan " + k);
        }
        Bindings.Values v = Bindings.Values.of(program, point, k);
        tangents.check(program, v);
        return new Bindings(this, v);
    }

    /** A new workspace for one thread, for chunks of up to {@link #chunk()} lanes. */
    public Workspace workspace() {
        return new Workspace(this, chunk);
    }

    /**
     * A new workspace for one thread with chunks of {@code lanes} lanes (a multiple of {@link Simd#PAD}
     * and at most {@link #chunk()}): small batches run in small workspaces, so that they cost what their
     * events need rather than a whole chunk.
     */
    public Workspace workspace(int lanes) {
        if (lanes <= 0 || lanes % Simd.PAD != 0 || lanes > chunk) {
            throw new IllegalArgumentException("workspace lanes must be a positive multiple of " + Simd.PAD
                    + " up to " + chunk + ", got " + lanes);
        }
        return new Workspace(this, lanes);
    }

    /**
     * A new single-precision workspace for one thread, with chunks of {@code lanes} lanes (a positive
     * multiple of {@link Simd#PAD_FLOAT}): wavefunctions, vertices, propagators and amplitudes run on
     * the float kernels; with {@code mixed} the colour sum and the accumulation of |M|^2 over helicities
     * run in double (see {@link NarrowPlan}).
     *
     * @throws UnsupportedOperationException when the program has generic (UFO) vertex structures,
     *     which have double kernels only
     */
    public FloatWorkspace floatWorkspace(int lanes, boolean mixed) {
        if (lanes <= 0 || lanes % Simd.PAD_FLOAT != 0) {
            throw new IllegalArgumentException("float workspace lanes must be a positive multiple of " + Simd.PAD_FLOAT
                    + ", got " + lanes);
        }
        return new FloatWorkspace(this, lanes, mixed);
    }

    /**
     * Most lanes per chunk of a float workspace: {@link #chunk()}'s rule for half the bytes per lane,
     * in whole float vectors (so a chunk's float workspace takes about the cache a double one does).
     */
    public int floatChunk() {
        int lanes = Math.max(FLOAT_CHUNK, 2 * Simd.PAD_FLOAT) / Simd.PAD_FLOAT * Simd.PAD_FLOAT;
        while (lanes > 2 * Simd.PAD_FLOAT && lanes % (2 * Simd.PAD_FLOAT) == 0
                && doublesPerLane() * lanes * 4 > WORKSPACE_BUDGET) {
            lanes /= 2;
        }
        return lanes;
    }

    /** The program planned. */
    public Program program() {
        return program;
    }

    /** Total tangents per value. */
    public int k() {
        return k;
    }

    /** Whether momenta carry tangents. */
    public boolean momentumTangents() {
        return momentumTangents;
    }

    /** Most lanes per chunk: {@link #CHUNK}, or fewer for a large program. */
    public int chunk() {
        return chunk;
    }

    /** Live helicity combinations (each an array of one helicity per particle), in execution order. */
    public List<int[]> liveHelicities() {
        List<int[]> out = new ArrayList<>();
        for (int[] h : live.combinations()) out.add(h.clone());
        return out;
    }

    /** Every helicity combination of the program's externals. */
    public static int[][] allCombinations(Program program) {
        List<int[]> all = new ArrayList<>();
        enumerate(program, 0, new int[program.particles()], all);
        return all.toArray(new int[0][]);
    }

    private static void enumerate(Program program, int p, int[] current, List<int[]> out) {
        if (p == current.length) {
            out.add(current.clone());
            return;
        }
        for (int h : program.externals().get(p).helicities()) {
            current[p] = h;
            enumerate(program, p + 1, current, out);
        }
    }

    /** Doubles of workspace per lane: momenta, external cache, internal slots, temp, amplitudes, partial flows, jamps, z, me. */
    long doublesPerLane() {
        int k1 = k + 1;
        int cacheSlots = 0;
        for (External e : program.externals()) cacheSlots += e.helicities().length;
        return (long) n * 4 * k1 + (long) (cacheSlots + program.slots() - n + 1) * 12 * k1
                + (colour.scalar ? (colour.ampBlocks() + colour.pairBlocks()) * 2 * k1
                        : (long) (colour.ampOps() + colour.pairs()) * 12 * k1)
                + (long) colour.nj * 2 * k1 + 2L * colour.nj + k1;
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

    /**
     * Amplitudes grouped by the leg they close on, and the colour terms that combine them, sorted
     * real, imaginary, general, in one of two ways ({@link #scalar}):
     * <ul>
     * <li>currents: the sums U(G, j) = sum over a in G of c(j, a) T(a) of the amputated currents, and
     *     J_j = -i sum over G of last(G) . U(G, j): four complex components per colour term, one
     *     contraction per flow and group and helicity combination;
     * <li>scalars: the partial colour flows P(G, j, h) = sum over a in G of c(j, a) A(a, h), with
     *     A(a, h) = -i last(G, h) . T(a) amplitude a at helicity index h of the group's last leg:
     *     every helicity of an external last leg ({@link #groupHels}), so that a change of that
     *     helicity alone costs no amplitude and no colour term; one (its current value) for an
     *     internal one. One complex number per colour term and helicity, but contractions per
     *     amplitude, and a smaller workspace (no stored amputated currents).
     * </ul>
     * Scalars pay off when amplitudes feed many colour terms each ({@link #SCALAR_TERMS_PER_AMPLITUDE}).
     */
    static final class ColourPlan {
        /**
         * Colour terms per amplitude from which the scalar form is chosen (measured: g g > t t~ g g, 4.2
         * terms per amplitude, runs faster with currents; g g > t t~ g g g, 8, with scalars). The system
         * property {@code madvec.amplitudes} ({@code scalars}, {@code currents}, {@code auto}), read when
         * a plan is made, overrides the choice, for tuning and tests.
         */
        static final double SCALAR_TERMS_PER_AMPLITUDE = 6.0;

        /** Whether colour flows are formed from scalar amplitudes (else from amputated currents). */
        final boolean scalar;
        final int nj;
        final int[] groupLast;
        final double[] groupMetric;
        final int[][] groupOps;
        /** Per group, the external particle its last leg is, or -1 for an internal current. */
        final int[] groupExternal;
        /** Per group, the helicities of its last leg an amplitude is kept for (1 for an internal last leg). */
        final int[] groupHels;
        /**
         * Per amplitude operation, the particles that its colour-flow input depends on: for currents T(a)
         * (the operation's current leaves), for scalars A(a, h) (also an internal last leg's); else 0.
         */
        final long[] ampLeaves;
        /** Per operation, the index of its amputated-current slot (amplitudes only), else -1. */
        final int[] ampSlot;
        final long[] groupLeaves, pairLeaves;
        final boolean[] pairTangents;
        final int[] pairFrom, pairReal, pairImag, pairTo;
        /** Per term, the amputated-current slot index it reads. */
        final int[] termAmp;
        final double[] termRe, termIm;
        final boolean jampTangents;
        final double[] colourTriangle, colourFull;

        private ColourPlan(boolean scalar, int nj, int[] groupLast, double[] groupMetric, int[][] groupOps, int[] groupExternal,
                int[] groupHels, long[] ampLeaves, int[] ampSlot, long[] groupLeaves, long[] pairLeaves, boolean[] pairTangents, int[] pairFrom, int[] pairReal,
                int[] pairImag, int[] pairTo, int[] termAmp, double[] termRe, double[] termIm, boolean jampTangents,
                double[] colourTriangle, double[] colourFull) {
            this.scalar = scalar;
            this.nj = nj;
            this.groupLast = groupLast;
            this.groupMetric = groupMetric;
            this.groupOps = groupOps;
            this.groupExternal = groupExternal;
            this.groupHels = groupHels;
            this.ampLeaves = ampLeaves;
            this.ampSlot = ampSlot;
            this.groupLeaves = groupLeaves;
            this.pairLeaves = pairLeaves;
            this.pairTangents = pairTangents;
            this.pairFrom = pairFrom;
            this.pairReal = pairReal;
            this.pairImag = pairImag;
            this.pairTo = pairTo;
            this.termAmp = termAmp;
            this.termRe = termRe;
            this.termIm = termIm;
            this.jampTangents = jampTangents;
            this.colourTriangle = colourTriangle;
            this.colourFull = colourFull;
        }

        int groups() {
            return groupLast.length;
        }

        int pairs() {
            return pairFrom.length;
        }

        int ampOps() {
            int a = 0;
            for (int[] m : groupOps) a += m.length;
            return a;
        }

        /** Complex blocks per tangent component of all amplitudes: one per amplitude and kept helicity. */
        long ampBlocks() {
            long a = 0;
            for (int g = 0; g < groupOps.length; g++) a += (long) groupOps[g].length * groupHels[g];
            return a;
        }

        /** Complex blocks per tangent component of all partial flows. */
        long pairBlocks() {
            long a = 0;
            for (int g = 0; g < groupOps.length; g++) a += (long) nj * groupHels[g];
            return a;
        }

        static ColourPlan of(Program program, long[] opCurrentLeaves, TangentFlow tangents, int k) {
            int nj = program.jamps();
            double[][] cm = program.colourMatrix();
            double[] full = new double[nj * nj];
            double[] triangle = new double[nj * (nj + 1) / 2];
            for (int i = 0, e = 0; i < nj; i++) {
                for (int j = 0; j < nj; j++) {
                    full[i * nj + j] = cm[i][j] + cm[j][i];
                    if (j >= i) {
                        triangle[e++] = j == i ? cm[i][i] : cm[i][j] + cm[j][i];
                    }
                }
            }
            List<Operation> ops = program.operations();
            List<Long> keys = new ArrayList<>();
            List<List<Integer>> members = new ArrayList<>();
            int[] opGroup = new int[ops.size()];
            int[] opOfAmplitude = new int[program.amplitudes()];
            Arrays.fill(opOfAmplitude, -1);
            for (int i = 0; i < ops.size(); i++) {
                Operation op = ops.get(i);
                if (!op.isAmplitude()) {
                    continue;
                }
                opOfAmplitude[op.amplitude()] = i;
                long key = 2L * op.out() + (op.structure().open() == Wavefunction.VECTOR ? 1 : 0);
                int g = keys.indexOf(key);
                if (g < 0) {
                    g = keys.size();
                    keys.add(key);
                    members.add(new ArrayList<>());
                }
                opGroup[i] = g;
                members.get(g).add(i);
            }
            int groups = keys.size();
            int n = program.particles();
            int amplitudeOps = 0;
            for (List<Integer> m : members) amplitudeOps += m.size();
            String mode = System.getProperty("madvec.amplitudes", "auto");
            boolean scalar = switch (mode) {
                case "scalars" -> true;
                case "currents" -> false;
                case "auto" -> program.colourTerms().size() >= SCALAR_TERMS_PER_AMPLITUDE * amplitudeOps;
                default -> throw new IllegalArgumentException("madvec.amplitudes must be scalars, currents or auto, not "
                        + mode);
            };
            long[] slotLeaves = new long[program.slots()];
            for (int p = 0; p < n; p++) slotLeaves[p] = 1L << p;
            for (int i = 0; i < ops.size(); i++) {
                if (!ops.get(i).isAmplitude()) slotLeaves[ops.get(i).out()] = opCurrentLeaves[i];
            }
            int[] groupExternal = new int[groups], groupHels = new int[groups];
            long[] ampLeaves = new long[ops.size()];
            int[] groupLast = new int[groups];
            double[] groupMetric = new double[groups];
            int[][] groupOps = new int[groups][];
            long[] groupLeaves = new long[groups];
            int[] ampSlot = new int[ops.size()];
            Arrays.fill(ampSlot, -1);
            int slots = 0;
            for (int g = 0; g < groups; g++) {
                groupLast[g] = (int) (keys.get(g) / 2);
                groupMetric[g] = keys.get(g) % 2 == 1 ? Amplitudes.MINKOWSKI : Amplitudes.EUCLIDEAN;
                groupOps[g] = members.get(g).stream().mapToInt(Integer::intValue).toArray();
                int last = groupLast[g];
                groupExternal[g] = last < n ? last : -1;
                groupHels[g] = scalar && last < n ? program.externals().get(last).helicities().length : 1;
                for (int i : groupOps[g]) {
                    ampLeaves[i] = opCurrentLeaves[i] | (!scalar || last < n ? 0L : slotLeaves[last]);
                    groupLeaves[g] |= ampLeaves[i];
                    ampSlot[i] = slots++;
                }
            }
            List<ColourTerm> terms = program.colourTerms();
            int pairs = groups * nj;
            int[] from = new int[pairs], real = new int[pairs], imag = new int[pairs], to = new int[pairs];
            long[] pairLeaves = new long[pairs];
            boolean[] pairTangents = new boolean[pairs];
            int[] termAmp = new int[terms.size()];
            double[] termRe = new double[terms.size()], termIm = new double[terms.size()];
            int nTerms = 0;
            boolean anyJampTangents = false;
            for (int q = 0; q < pairs; q++) {
                int g = q / nj, j = q % nj;
                from[q] = nTerms;
                for (int kind = 0; kind < 3; kind++) {
                    for (ColourTerm term : terms) {
                        int a = term.amplitude();
                        int i = a >= 0 && a < opOfAmplitude.length ? opOfAmplitude[a] : -1;
                        boolean isReal = term.im() == 0.0, isImaginary = term.re() == 0.0;
                        int termKind = isReal ? 0 : isImaginary ? 1 : 2;
                        if (i < 0 || term.jamp() != j || opGroup[i] != g || termKind != kind || (isReal && isImaginary)) {
                            continue;
                        }
                        termAmp[nTerms] = ampSlot[i];
                        termRe[nTerms] = term.re();
                        termIm[nTerms] = term.im();
                        pairLeaves[q] |= ampLeaves[i];
                        pairTangents[q] |= scalar ? tangents.opOut[i] : tangents.opIn[i];
                        anyJampTangents |= tangents.opIn[i] || tangents.slot[ops.get(i).out()];
                        nTerms++;
                    }
                    if (kind == 0) {
                        real[q] = nTerms;
                    } else if (kind == 1) {
                        imag[q] = nTerms;
                    }
                }
                to[q] = nTerms;
            }
            return new ColourPlan(scalar, nj, groupLast, groupMetric, groupOps, groupExternal, groupHels, ampLeaves, ampSlot,
                    groupLeaves, pairLeaves, pairTangents,
                    from, real, imag, to, Arrays.copyOf(termAmp, nTerms), Arrays.copyOf(termRe, nTerms),
                    Arrays.copyOf(termIm, nTerms), k > 0 && anyJampTangents, triangle, full);
        }
    }
}
