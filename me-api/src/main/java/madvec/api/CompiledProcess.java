package madvec.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import madvec.model.ParamCard;
import madvec.processes.ModelPoint;
import madvec.processes.Program;
import madvec.processes.AdjointWorkspace;
import madvec.processes.ProgramPlan;
import madvec.simd.Simd;

/**
 * What a {@link MatrixElement} fixes at build time and shares with every parameter point derived from
 * it: the program, the plans of hypercube and momentum evaluations, the parameters that are free, and
 * the threads' workspaces. Parameter points come and go; this stays.
 */
final class CompiledProcess {
    /** Most events per workspace pass; smaller batches use smaller passes (powers of two times the padding). */
    static final int BLOCK = 256;

    final String process;
    /** The model: the built-in SM or a UFO model. */
    final ModelSource source;
    final Program program;
    final List<String> parameters;
    /** Parameters declared free at build time, derivative directions included. */
    final Set<String> free;
    final boolean wrtCoordinates, wrtMomenta;
    final double sqrtS;
    final ProgramPlan pointPlan, momentumPlan;
    /** Whether any external mass carries a tangent (then RAMBO's momenta do). */
    final boolean massTangents;
    /** The model at the card the process was compiled for: the build's parameter point. */
    final ModelPoint buildPoint;
    /** The zero pattern of the card the process was compiled for, to recognise points that need another program. */
    final ModelShape shape;
    final List<String> pointNames, momentumNames;
    /** The mode asked for, and whether hypercube and momentum evaluations run in reverse mode. */
    final DerivativeMode mode;
    /** The precision the kernels run in. */
    final Precision precision;
    final boolean reversePoints, reverseMomenta;
    private final ThreadLocal<ThreadState> threads;

    CompiledProcess(ModelSource source, String process, ParamCard card, List<String> parameters, Set<String> freeNames,
            boolean wrtCoordinates, boolean wrtMomenta, double sqrtS, DerivativeMode mode, Precision precision,
            Consumer<String> progress) {
        this.source = source;
        this.precision = precision;
        this.process = process;
        this.mode = mode;
        this.parameters = List.copyOf(parameters);
        Set<String> f = new LinkedHashSet<>(parameters);
        f.addAll(freeNames);
        this.free = Set.copyOf(f);
        this.wrtCoordinates = wrtCoordinates;
        this.wrtMomenta = wrtMomenta;
        this.sqrtS = sqrtS;
        ModelPoint model = source.point(card, this.parameters);
        // compiled with every free parameter seeded, so that no vertex a free parameter can switch on is pruned
        this.program = one(process, source.compileAll(process, card, f, progress));
        this.shape = ModelShape.of(card, free);
        List<ModelPoint> probes = probes(card, model);
        this.buildPoint = probes.get(0);
        boolean anyMassTangent = false;
        for (int i = 0; i < program.particles(); i++) {
            anyMassTangent |= model.mass(program.externals().get(i).pdg()).hasTangents();
        }
        this.massTangents = anyMassTangent;
        int n = program.particles(), km = model.k();
        this.pointNames = names(this.parameters, wrtCoordinates ? coordinateNames(dimensions()) : List.of());
        this.momentumNames = names(this.parameters, wrtMomenta ? momentumComponentNames(n) : List.of());
        this.pointPlan = n < 4 ? null : ProgramPlan.of(program, km + (wrtCoordinates ? dimensions() : 0),
                wrtCoordinates || massTangents, probes);
        this.momentumPlan = ProgramPlan.of(program, km + (wrtMomenta ? 4 * n : 0), wrtMomenta, probes);
        if (precision != Precision.DOUBLE) {
            refuseInFloat(mode, precision);
        }
        this.reversePoints = pointPlan != null && precision == Precision.DOUBLE
                && reverse(mode, pointNames.size(), wrtCoordinates, program);
        this.reverseMomenta = precision == Precision.DOUBLE && reverse(mode, momentumNames.size(), false, program);
        this.threads = ThreadLocal.withInitial(() -> new ThreadState(this));
    }

    /**
     * Fails at build time what float and mixed precision cannot do: reverse mode (the adjoint kernels
     * are double only; {@link DerivativeMode#AUTO} runs forward instead) and generic (UFO) vertex
     * structures (a small float workspace is made once, which checks the program).
     */
    private void refuseInFloat(DerivativeMode mode, Precision precision) {
        String name = precision.name().toLowerCase(java.util.Locale.ROOT);
        if (mode == DerivativeMode.REVERSE) {
            throw new UnsupportedOperationException("reverse-mode derivatives run in double precision only; use "
                    + "forward (or auto, which runs forward in " + name + " precision) or double precision");
        }
        momentumPlan.floatWorkspace(madvec.simd.Simd.PAD_FLOAT, precision == Precision.MIXED);
    }

    /**
     * Whether an evaluation of k derivative directions runs in reverse mode (see {@link DerivativeMode}),
     * {@code coordinates} when the hypercube coordinates are among them.
     */
    static boolean reverse(DerivativeMode mode, int k, boolean coordinates, Program program) {
        return switch (mode) {
            case FORWARD -> false;
            case REVERSE -> {
                if (k > 0) {
                    AdjointWorkspace.requireSupported(program);
                }
                yield k > 0;
            }
            case AUTO -> k >= (coordinates ? DerivativeMode.AUTO_REVERSE_FROM_COORDINATES : DerivativeMode.AUTO_REVERSE_FROM)
                    && AdjointWorkspace.supports(program);
        };
    }

    /**
     * The build point, and a second point with every free parameter moved (zero ones to 1, others by
     * 1%), so that the plans keep what only vanishes at the build point by accident.
     */
    private List<ModelPoint> probes(ParamCard card, ModelPoint model) {
        List<ModelPoint> out = new ArrayList<>();
        out.add(model);
        if (!free.isEmpty()) {
            ParamCard moved = card;
            for (String name : free) {
                double v = card.value(name);
                moved = moved.with(name, v == 0.0 ? 1.0 : v * 1.01);
            }
            try {
                out.add(source.point(moved, parameters));
            } catch (IllegalArgumentException e) {
                // a moved point the model rejects teaches nothing; binding still checks every later point
            }
        }
        return out;
    }

    /** The one subprocess a matrix element computes. */
    private static Program one(String process, List<madvec.generator.GeneratedProcess> all) {
        if (all.size() != 1) {
            throw new IllegalArgumentException("'" + process + "' expands into " + all.size() + " subprocesses ("
                    + String.join("; ", all.stream().map(madvec.generator.GeneratedProcess::name).limit(8).toList())
                    + (all.size() > 8 ? "; ..." : "") + "); give one of them");
        }
        return all.get(0).program();
    }

    int dimensions() {
        return 3 * (program.particles() - 2) - 4;
    }

    ThreadState thread() {
        return threads.get();
    }

    /** Smallest pass size (a power of two times the padding, at most {@link #BLOCK}) that holds {@code len} events. */
    static int passLanes(int len) {
        int lanes = Simd.PAD;
        while (lanes < len && lanes < BLOCK) lanes *= 2;
        return lanes;
    }

    private static List<String> names(List<String> parameters, List<String> after) {
        List<String> names = new ArrayList<>(parameters);
        names.addAll(after);
        return List.copyOf(names);
    }

    private static List<String> coordinateNames(int dimensions) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= dimensions; i++) names.add("u" + i);
        return names;
    }

    private static List<String> momentumComponentNames(int particles) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < particles; p++) {
            for (String c : new String[] {"E", "px", "py", "pz"}) names.add(c + p);
        }
        return names;
    }
}
