package madvec.processes;

import madvec.helas.Wavefunction;

/**
 * Floating-point operations per event of a value-only evaluation, counted from a plan's operations
 * the way {@link Workspace#evaluate} runs them: the external wavefunctions the helicity schedule
 * uses, then per helicity combination the currents whose leaves changed, the amputated currents of the
 * amplitudes, the colour-weighted sums, the contractions into colour flows and the colour sum.
 *
 * <p>A multiplication, an addition or a subtraction counts 1, a fused multiply-add 2, a division or a
 * square root 1 (they are rare: one per propagator, a few per external spinor). Negations and copies
 * count nothing. The count per kernel is the count of its plain-Java twin, per lane, stated next to
 * each constant; the SIMD kernels evaluate the same expressions. Tangent passes are not counted: the
 * figure is for the value, the row whose rate a hardware peak is compared with.
 */
public final class FlopCount {
    // vertex structures (amputated currents), per lane
    /** FFV open F1 or F2: 8 adds for the Weyl combinations of V, 8 components of 4 mul + 3 add, 8 x 3 for the coupling. */
    static final int FFV_OPEN_F = 8 + 8 * 7 + 8 * 3;
    /** FFV open V: 8 complex products (6 each), 16 adds for the Weyl halves, 8 components of 7. */
    static final int FFV_OPEN_V = 8 * 6 + 16 + 8 * 7;
    /**
     * VVV1 open V1: a complex Minkowski dot (30), two momentum combinations (8 adds each) dotted with V
     * (14 each), three coefficients times the coupling (6 each), 4 momentum differences, 8 outputs of 9.
     */
    static final int VVV = 30 + 2 * (8 + 14) + 3 * 6 + 4 + 8 * 9;
    /** VVVV: three complex dots (30 each), three coefficients times coupling and pairing (8 each), 8 outputs of 11. */
    static final int VVVV = 3 * 30 + 3 * 8 + 8 * 11;
    /** VVS open V: coupling times scalar (6), 4 components of a complex product (6). */
    static final int VVS_OPEN_V = 6 + 4 * 6;
    /** VVS open S: a complex Minkowski dot (30) and the coupling (6). */
    static final int VVS_OPEN_S = 30 + 6;
    /** VVSS open V: two complex products (6 each), 4 components of 6. */
    static final int VVSS_OPEN_V = 2 * 6 + 4 * 6;
    /** VVSS open S: a complex dot (30), two complex products (6 each). */
    static final int VVSS_OPEN_S = 30 + 2 * 6;
    /** SSS: two complex products. */
    static final int SSS = 2 * 6;
    /** SSSS: three complex products. */
    static final int SSSS = 3 * 6;
    /** FFS open F1 or F2: two couplings times the scalar (6 each), 4 components of 6. */
    static final int FFS_OPEN_F = 2 * 6 + 4 * 6;
    /** FFS open S: 4 complex products with their sums into two chiral halves (8 each), two couplings (6 each), one add. */
    static final int FFS_OPEN_S = 4 * 8 + 2 * 6 + 2;

    // propagators, per lane
    /** Massive vector: p^2 - m^2 (8), 1/|D|^2 (3), the two parts (2), (Q.T)/M^2 (2 x 8), numerator (8 x 2), phase (4 x 6). */
    static final int PROPAGATOR_MASSIVE_VECTOR = 8 + 3 + 2 + 2 * 8 + 8 * 2 + 4 * 6;
    /** Massless vector: p^2 (7), 1/D (1), 8 products. */
    static final int PROPAGATOR_MASSLESS_VECTOR = 7 + 1 + 8;
    /** Fermion: denominator (13), the slashed momentum (4 mul + 2 add), 8 components of 7, phase (4 x 6). */
    static final int PROPAGATOR_FERMION = 13 + 6 + 8 * 7 + 4 * 6;
    /** Scalar: denominator (13) and one complex phase (6). */
    static final int PROPAGATOR_SCALAR = 13 + 6;

    // colour flows, per lane
    /** A contraction into a colour flow: two dot products of 16. */
    static final int CONTRACT = 2 * 16;
    /** A colour-weighted sum, per term: 8 fused multiply-adds for a real or imaginary coefficient. */
    static final int COMBINE_TERM_REAL = 8 * 2;
    /** A colour-weighted sum, per term with a general complex coefficient: 16 fused multiply-adds. */
    static final int COMBINE_TERM_COMPLEX = 16 * 2;
    /** Colour sum, per entry of the upper triangle of C + C^T: 2 mul + 2 add; per flow 4 more. */
    static final int COLOUR_SUM_ENTRY = 4;
    /** Colour sum, per colour flow: its product with the row sum (3) and the running sum (1). */
    static final int COLOUR_SUM_ROW = 4;

    // external wavefunctions, per lane, once per used helicity
    /** A fermion spinor: |p| and the two-component spinors (about 10 mul/add, 2 square roots, 1 division) and 8 components. */
    static final int EXTERNAL_FERMION = 13 + 8 * 2;
    /** A vector polarisation: p_T, |p| (2 square roots, 2 divisions), about 24 mul/add for the components. */
    static final int EXTERNAL_VECTOR = 4 + 24;
    /** A scalar: nothing to compute. */
    static final int EXTERNAL_SCALAR = 0;

    private FlopCount() {}

    /**
     * Floating-point operations per event of a value-only pass of the plan at the bound point (the
     * point decides which propagators are massless).
     *
     * @throws IllegalArgumentException when the bindings belong to another plan
     */
    public static long valuePerEvent(Bindings point) {
        long total = 0;
        for (long f : byKind(point).values()) total += f;
        return total;
    }

    /** What the operations of a value pass do, the kinds {@link #byKind} reports. */
    public enum Kind {
        /** External wavefunctions, once per helicity used. */
        EXTERNALS,
        /** The currents' momenta, once per chunk. */
        MOMENTA,
        /** Vertex structures of the off-shell currents. */
        CURRENT_VERTICES,
        /** Their propagators. */
        PROPAGATORS,
        /** Vertex structures of the amplitudes (amputated currents). */
        AMPLITUDE_VERTICES,
        /** Contractions of amputated currents or colour flows with the last leg. */
        CONTRACTIONS,
        /** Colour-weighted sums of amplitudes (or amputated currents) into colour flows. */
        COLOUR_WEIGHTS,
        /** The colour sum conj(J) C J. */
        COLOUR_SUM
    }

    /**
     * {@link #valuePerEvent} by kind of operation, in the order of {@link Kind}: where a value pass spends
     * its arithmetic.
     *
     * @throws IllegalArgumentException when the bindings belong to another plan
     */
    public static java.util.Map<Kind, Long> byKind(Bindings point) {
        ProgramPlan plan = point.plan;
        HelicitySchedule schedule = plan.live;
        long[] f = new long[Kind.values().length];
        boolean[][] used = schedule.used();
        for (int p = 0; p < plan.n; p++) {
            int per = switch (plan.program.externals().get(p).kind()) {
                case F1, F2 -> EXTERNAL_FERMION;
                case VECTOR -> EXTERNAL_VECTOR;
                case SPIN_ZERO -> EXTERNAL_SCALAR;
            };
            for (boolean u : used[p]) f[Kind.EXTERNALS.ordinal()] += u ? per : 0;
        }
        // stored momenta of the currents, once per chunk
        for (int i : plan.currents) {
            f[Kind.MOMENTA.ordinal()] += 4L * (plan.opC[i] >= 0 ? 2 + plan.opMore[i].length : 1);
        }
        ProgramPlan.ColourPlan cp = plan.colour;
        for (long mask : schedule.changed()) {
            for (int i : plan.currents) {
                if ((plan.opCurrentLeaves[i] & mask) != 0) {
                    f[Kind.CURRENT_VERTICES.ordinal()] += structure(plan, i);
                    f[Kind.PROPAGATORS.ordinal()] += propagator(plan.opProp[i], point.masses[i][0]);
                }
            }
            if (cp.scalar) {
                colourFromScalars(plan, cp, mask, f);
            } else {
                colourFromCurrents(plan, cp, mask, f);
            }
            f[Kind.COLOUR_SUM.ordinal()] += colourSum(cp.nj);
        }
        java.util.Map<Kind, Long> out = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) out.put(k, f[k.ordinal()]);
        return out;
    }

    /** A scalar colour term (complex amplitude times a real or imaginary coefficient): 2 fused multiply-adds. */
    static final int SCALAR_TERM_REAL = 2 * 2;
    /** A scalar colour term with a general complex coefficient: 4 fused multiply-adds. */
    static final int SCALAR_TERM_COMPLEX = 4 * 2;

    /**
     * The scalar form: each changed amplitude's current, contracted with every helicity of its group's
     * last leg; the partial flows at every such helicity; their sum over groups.
     */
    private static void colourFromScalars(ProgramPlan plan, ProgramPlan.ColourPlan cp, long mask, long[] f) {
        for (int g = 0; g < cp.groups(); g++) {
            if ((cp.groupLeaves[g] & mask) == 0) continue;
            for (int i : cp.groupOps[g]) {
                if ((cp.ampLeaves[i] & mask) != 0) {
                    f[Kind.AMPLITUDE_VERTICES.ordinal()] += structure(plan, i);
                    f[Kind.CONTRACTIONS.ordinal()] += (long) cp.groupHels[g] * CONTRACT;
                }
            }
        }
        for (int q = 0; q < cp.pairs(); q++) {
            if ((cp.pairLeaves[q] & mask) == 0) continue;
            long hels = cp.groupHels[q / cp.nj];
            f[Kind.COLOUR_WEIGHTS.ordinal()] += hels * ((long) (cp.pairImag[q] - cp.pairFrom[q]) * SCALAR_TERM_REAL
                    + (long) (cp.pairTo[q] - cp.pairImag[q]) * SCALAR_TERM_COMPLEX);
        }
        if (cp.groups() > 1) f[Kind.COLOUR_WEIGHTS.ordinal()] += (long) cp.nj * (cp.groups() - 1) * 2;
    }

    private static void colourFromCurrents(ProgramPlan plan, ProgramPlan.ColourPlan cp, long mask, long[] f) {
        for (int g = 0; g < cp.groups(); g++) {
            if ((cp.groupLeaves[g] & mask) == 0) continue;
            for (int i : cp.groupOps[g]) {
                if ((plan.opCurrentLeaves[i] & mask) != 0) f[Kind.AMPLITUDE_VERTICES.ordinal()] += structure(plan, i);
            }
        }
        for (int q = 0; q < cp.pairs(); q++) {
            if ((cp.pairLeaves[q] & mask) == 0) continue;
            f[Kind.COLOUR_WEIGHTS.ordinal()] += (long) (cp.pairImag[q] - cp.pairFrom[q]) * COMBINE_TERM_REAL
                    + (long) (cp.pairTo[q] - cp.pairImag[q]) * COMBINE_TERM_COMPLEX;
        }
        f[Kind.CONTRACTIONS.ordinal()] += (long) cp.nj * cp.groups() * CONTRACT;
    }

    /** conj(J) C J over the upper triangle of C + C^T, for nj colour flows. */
    private static long colourSum(int nj) {
        return (long) nj * (nj + 1) / 2 * COLOUR_SUM_ENTRY + (long) nj * COLOUR_SUM_ROW;
    }

    /**
     * Per monomial of a generic vertex polynomial: the product of its input components (6 per complex
     * product), its momentum factors (2 each, real times complex), its coefficient (6) and the
     * accumulation (2); then the coupling on each open component (6).
     */
    static long generic(madvec.helas.VertexPolynomial poly) {
        int[] start = poly.momentumStart();
        long flops = (long) poly.openComponents() * 6;
        for (int m = 0; m < poly.size(); m++) {
            flops += 6L * (poly.inputs() - 1) + 2L * (start[m + 1] - start[m]) + 6 + 2;
        }
        return flops;
    }

    /** Per-lane count of operation i's structure kernel. */
    static long structure(ProgramPlan plan, int i) {
        Structure s = plan.structure[i];
        return switch (s) {
            case GENERIC_OPEN_F1, GENERIC_OPEN_F2, GENERIC_OPEN_V, GENERIC_OPEN_S ->
                    generic(plan.program.operations().get(i).polynomial());
            default -> structure(s);
        };
    }

    /** Per-lane count of a built-in structure kernel. */
    static int structure(Structure s) {
        return switch (s) {
            case FFV_OPEN_F1, FFV_OPEN_F2 -> FFV_OPEN_F;
            case FFV_OPEN_V -> FFV_OPEN_V;
            case VVV_OPEN_V1 -> VVV;
            case VVVV_OPEN_V -> VVVV;
            case VVS_OPEN_V -> VVS_OPEN_V;
            case VVS_OPEN_S -> VVS_OPEN_S;
            case VVSS_OPEN_V -> VVSS_OPEN_V;
            case VVSS_OPEN_S -> VVSS_OPEN_S;
            case SSS_OPEN_S -> SSS;
            case SSSS_OPEN_S -> SSSS;
            case FFS_OPEN_F1, FFS_OPEN_F2 -> FFS_OPEN_F;
            case FFS_OPEN_S -> FFS_OPEN_S;
            case GENERIC_OPEN_F1, GENERIC_OPEN_F2, GENERIC_OPEN_V, GENERIC_OPEN_S ->
                    throw new IllegalArgumentException(s + " is counted from its polynomial");
        };
    }

    /** Per-lane count of a propagator kernel. */
    static int propagator(Wavefunction kind, double mass) {
        return switch (kind) {
            case VECTOR -> mass == 0.0 ? PROPAGATOR_MASSLESS_VECTOR : PROPAGATOR_MASSIVE_VECTOR;
            case F1, F2 -> PROPAGATOR_FERMION;
            case SPIN_ZERO -> PROPAGATOR_SCALAR;
        };
    }
}
