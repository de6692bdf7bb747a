package madvec.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import madvec.colour.ColourDecomposition;
import madvec.colour.ColourFactor;
import madvec.colour.ComplexRational;
import madvec.helas.Wavefunction;
import madvec.processes.ColourTerm;
import madvec.processes.External;
import madvec.processes.Operation;
import madvec.processes.Program;
import madvec.processes.Structure;

/**
 * Turns a subprocess's diagrams into a program: one operation per distinct current (shared between
 * diagrams), one per amplitude, the colour decomposition with each diagram's fermion sign, the
 * helicities and the averaging factor.
 */
final class ProgramAssembler {
    private static final int INTERNAL_LABEL = 1000;

    private final ParticleTable table;
    private final List<External> externals;
    private final int[] pdgs;
    private final List<Operation> ops = new ArrayList<>();
    private final Map<Tree, Integer> slots = new IdentityHashMap<>();
    private final Map<String, Integer> couplingIndex = new HashMap<>();
    private final List<String> couplings = new ArrayList<>();
    private int nextSlot;
    private int nextLabel = INTERNAL_LABEL;

    private ProgramAssembler(ParticleTable table, List<External> externals, int[] pdgs) {
        this.table = table;
        this.externals = externals;
        this.pdgs = pdgs;
        this.nextSlot = externals.size();
    }

    /**
     * @param table the model's particles
     * @param name the subprocess string
     * @param externals external particles in order
     * @param pdgs their PDG codes as written (incoming as themselves)
     * @param diagrams the amplitudes
     * @param average initial-state averaging and identical-particle factor
     */
    static Program assemble(ParticleTable table, String name, List<External> externals, int[] pdgs,
            List<Diagram> diagrams, double average) {
        ProgramAssembler a = new ProgramAssembler(table, externals, pdgs);
        List<ColourFactor> colours = new ArrayList<>();
        int[] signs = new int[diagrams.size()];
        for (int d = 0; d < diagrams.size(); d++) {
            Diagram g = diagrams.get(d);
            a.amplitude(g, d);
            colours.add(a.colour(g));
            signs[d] = a.fermionSign(g);
        }
        ColourDecomposition cd = ColourDecomposition.of(colours);
        List<ColourTerm> terms = new ArrayList<>();
        for (int d = 0; d < diagrams.size(); d++) {
            for (ColourDecomposition.Term t : cd.coefficients(d)) {
                ComplexRational c = t.coefficient();
                terms.add(new ColourTerm(t.basis(), d, signs[d] * c.re(), signs[d] * c.im()));
            }
        }
        return new Program(name, externals, List.copyOf(a.ops), a.nextSlot, diagrams.size(), List.copyOf(terms),
                cd.matrixAsDouble(), average, List.copyOf(a.couplings), cd.basis());
    }

    private int slot(Tree t) {
        Tree node = t.node();
        if (node.external >= 0) {
            return node.external;
        }
        Integer s = slots.get(node);
        if (s != null) {
            return s;
        }
        int[] in = new int[node.inputs.length];
        for (int i = 0; i < in.length; i++) in[i] = slot(node.inputs[i]);
        int out = nextSlot++;
        ops.add(operation(node.vertex, node.open, null, node.inputs, node.positions, in, propagator(node),
                Math.abs(node.particle), out, -1));
        slots.put(node, out);
        return out;
    }

    private void amplitude(Diagram g, int index) {
        int[] in = new int[g.inputs().length];
        for (int i = 0; i < in.length; i++) in[i] = slot(g.inputs()[i]);
        int last = slot(g.closing());
        ops.add(operation(g.vertex(), g.closingPosition(), g.closing(), g.inputs(), g.positions(), in, null, 0, last,
                index));
    }

    private Wavefunction propagator(Tree node) {
        Particle p = table.get(node.particle);
        return switch (p.spin()) {
            case VECTOR -> Wavefunction.VECTOR;
            case SCALAR -> Wavefunction.SPIN_ZERO;
            // an o-type current (a fermion's, or a Majorana one opened on an F1 slot) fills F2 slots and is
            // made from the open F1 leg; an i-type one fills F1 slots
            case FERMION -> node.fillsF1 ? Wavefunction.F2 : Wavefunction.F1;
        };
    }

    /**
     * The operation for a vertex with leg {@code open} left open and the inputs at their positions.
     *
     * @param closing the tree contracted with the open leg (an amplitude's closing leg), or null for a current
     */
    private Operation operation(Vertex v, int open, Tree closing, Tree[] inputs, int[] positions, int[] inSlots,
            Wavefunction prop, int pdg, int out, int amplitude) {
        int[] byPosition = new int[v.legs().length];
        for (int i = 0; i < inputs.length; i++) byPosition[positions[i]] = inSlots[i];
        int gl = coupling(v.left(), 1), gr = coupling(v.right(), 1);
        Structure s;
        int a, b, c = -1;
        double[] factors = null;
        switch (v.lorentz()) {
            case FFV, FFS -> {
                boolean ffv = v.lorentz() == Vertex.Lorentz.FFV;
                if (open == 0) {
                    s = ffv ? Structure.FFV_OPEN_F1 : Structure.FFS_OPEN_F1;
                    a = byPosition[1];
                    b = byPosition[2];
                } else if (open == 1) {
                    s = ffv ? Structure.FFV_OPEN_F2 : Structure.FFS_OPEN_F2;
                    a = byPosition[0];
                    b = byPosition[2];
                } else {
                    s = ffv ? Structure.FFV_OPEN_V : Structure.FFS_OPEN_S;
                    a = byPosition[0];
                    b = byPosition[1];
                }
            }
            case VVV -> {
                s = Structure.VVV_OPEN_V1;
                a = inSlots[0];
                b = inSlots[1];
                // VVV1 is totally antisymmetric: an odd order of (open, a, b) flips the sign
                int sign = parity(open, positions[0], positions[1]);
                gl = coupling(v.left(), sign);
                gr = gl;
            }
            case VVVV -> {
                s = Structure.VVVV_OPEN_V;
                a = inSlots[0];
                b = inSlots[1];
                c = inSlots[2];
                factors = new double[3];
                for (int i = 0; i < 3; i++) factors[i] = pairing(v.pairings(), open, positions[i]);
            }
            case VVS -> {
                if (open == 2) {
                    s = Structure.VVS_OPEN_S;
                    a = byPosition[0];
                    b = byPosition[1];
                } else {
                    s = Structure.VVS_OPEN_V;
                    a = byPosition[1 - open];
                    b = byPosition[2];
                }
            }
            case VVSS -> {
                if (open >= 2) {
                    s = Structure.VVSS_OPEN_S;
                    a = byPosition[0];
                    b = byPosition[1];
                    c = byPosition[5 - open];
                } else {
                    s = Structure.VVSS_OPEN_V;
                    a = byPosition[1 - open];
                    b = byPosition[2];
                    c = byPosition[3];
                }
            }
            case SSS -> {
                s = Structure.SSS_OPEN_S;
                a = inSlots[0];
                b = inSlots[1];
            }
            case SSSS -> {
                s = Structure.SSSS_OPEN_S;
                a = inSlots[0];
                b = inSlots[1];
                c = inSlots[2];
            }
            case GENERIC -> {
                return generic(v, open, conjugations(v, open, closing, inputs, positions), byPosition, gl, prop, pdg,
                        out, amplitude);
            }
            default -> throw new IllegalStateException(v.lorentz().toString());
        }
        return new Operation(s, a, b, c, gl, gr, factors, prop, pdg, out, amplitude);
    }

    /**
     * A UFO vertex's operation: the polynomial of its Lorentz structure with this leg open, the other
     * legs as inputs in vertex order.
     */
    private Operation generic(Vertex v, int open, int[] conjugate, int[] byPosition, int coupling, Wavefunction prop,
            int pdg, int out, int amplitude) {
        VertexBody body = v.body();
        int legs = v.legs().length;
        Wavefunction kind = switch (table.get(v.legs()[open]).spin()) {
            case FERMION -> body.fillsF1(open) ? Wavefunction.F1 : Wavefunction.F2;
            case VECTOR -> Wavefunction.VECTOR;
            case SCALAR -> Wavefunction.SPIN_ZERO;
        };
        int[] in = new int[legs - 1];
        for (int i = 0, j = 0; i < legs; i++) {
            if (i != open) {
                in[j++] = byPosition[i];
            }
        }
        int[] more = in.length > 3 ? Arrays.copyOfRange(in, 3, in.length) : new int[0];
        return new Operation(Structure.generic(kind), in[0], in[1], in.length > 2 ? in[2] : -1, coupling, coupling,
                null, prop, pdg, out, amplitude, body.lorentz().open(open, kind, conjugate), more);
    }

    /**
     * Per vertex position, how the vertex reads the wavefunction there: +1 through C for an external
     * Majorana fermion stored as the o type in an F1 slot (v = C u-bar^T), -1 through C^-1 = -C for one
     * stored as the i type in an F2 slot, 0 otherwise (see {@link MajoranaFlow}).
     */
    private static int[] conjugations(Vertex v, int open, Tree closing, Tree[] inputs, int[] positions) {
        int[] out = new int[v.legs().length];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].conjugated) {
                out[positions[i]] = v.body().fillsF1(positions[i]) ? 1 : -1;
            }
        }
        if (closing != null && closing.conjugated) {
            out[open] = v.body().fillsF1(open) ? 1 : -1;
        }
        return out;
    }

    /** Coefficient of the metric pairing that ties positions x and y (pairings hold (12)(34), (13)(24), (14)(23)). */
    private static double pairing(double[] pairings, int x, int y) {
        int lo = Math.min(x, y), hi = Math.max(x, y);
        if ((lo == 0 && hi == 1) || (lo == 2 && hi == 3)) {
            return pairings[0];
        }
        if ((lo == 0 && hi == 2) || (lo == 1 && hi == 3)) {
            return pairings[1];
        }
        return pairings[2];
    }

    private static int parity(int x, int y, int z) {
        int inversions = (x > y ? 1 : 0) + (x > z ? 1 : 0) + (y > z ? 1 : 0);
        return inversions % 2 == 0 ? 1 : -1;
    }

    /** The index of a coupling, negated by a fermion sign as "-name" ({@link SmPoint} reads that prefix). */
    private int coupling(Coupling spec, int sign) {
        String key = (sign < 0 ? "-" : "") + spec.name();
        Integer i = couplingIndex.get(key);
        if (i == null) {
            i = couplings.size();
            couplings.add(key);
            couplingIndex.put(key, i);
        }
        return i;
    }

    // ---- colour -------------------------------------------------------------------------------

    private ColourFactor colour(Diagram g) {
        Map<Tree, Integer> labels = new IdentityHashMap<>();
        ColourFactor f = ColourFactor.one();
        int[] lab = new int[g.vertex().legs().length];
        lab[g.closingPosition()] = label(g.closing(), labels);
        for (int i = 0; i < g.inputs().length; i++) lab[g.positions()[i]] = label(g.inputs()[i], labels);
        f = vertexColour(g.vertex(), lab, f);
        f = below(g.closing(), labels, f);
        for (Tree t : g.inputs()) f = below(t, labels, f);
        return f;
    }

    private int label(Tree t, Map<Tree, Integer> labels) {
        Tree node = t.node();
        if (node.external >= 0) {
            return node.external;
        }
        return labels.computeIfAbsent(node, x -> nextLabel++);
    }

    /** Colour of the vertices inside a current. */
    private ColourFactor below(Tree t, Map<Tree, Integer> labels, ColourFactor f) {
        Tree node = t.node();
        if (node.external >= 0) {
            return f;
        }
        int[] lab = new int[node.vertex.legs().length];
        lab[node.open] = label(node, labels);
        for (int i = 0; i < node.inputs.length; i++) lab[node.positions[i]] = label(node.inputs[i], labels);
        f = vertexColour(node.vertex, lab, f);
        for (Tree in : node.inputs) f = below(in, labels, f);
        return f;
    }

    private ColourFactor vertexColour(Vertex v, int[] lab, ColourFactor f) {
        return switch (v.colour()) {
            case SINGLET -> f;
            case DELTA -> f.delta(lab[1], lab[0]);
            case GENERATOR -> f.t(lab[2], lab[1], lab[0]);
            case F -> f.f(lab[0], lab[1], lab[2]);
            case FF_23_14 -> {
                int e = nextLabel++;
                yield f.f(lab[1], lab[2], e).f(e, lab[0], lab[3]);
            }
            case FF_24_13 -> {
                int e = nextLabel++;
                yield f.f(lab[1], lab[3], e).f(e, lab[0], lab[2]);
            }
            case FF_34_12 -> {
                int e = nextLabel++;
                yield f.f(lab[2], lab[3], e).f(e, lab[0], lab[1]);
            }
            case GENERIC -> genericColour(v.body(), lab, f);
        };
    }

    /** A UFO colour product: legs by their labels, summed indices by fresh ones, the coefficient exact. */
    private ColourFactor genericColour(VertexBody body, int[] lab, ColourFactor f) {
        Map<Integer, Integer> summed = new HashMap<>();
        for (VertexBody.ColourAtom atom : body.colour()) {
            int[] ix = atom.indices();
            int[] l = new int[ix.length];
            for (int i = 0; i < ix.length; i++) {
                l[i] = ix[i] > 0 ? lab[ix[i] - 1] : summed.computeIfAbsent(ix[i], x -> nextLabel++);
            }
            f = switch (atom.kind()) {
                case T -> f.t(l[0], l[1], l[2]);
                case F -> f.f(l[0], l[1], l[2]);
                case DELTA -> f.delta(l[0], l[1]);
                case EPSILON -> f.epsilon(l[0], l[1], l[2]);
                case EPSILON_BAR -> f.epsilonBar(l[0], l[1], l[2]);
                case DELTA_ADJOINT -> {
                    // delta^{ab} = 2 Tr(T^a T^b)
                    int i = nextLabel++, j = nextLabel++;
                    yield f.t(l[0], i, j).t(l[1], j, i).times(ComplexRational.of(2, 1));
                }
            };
        }
        if (body.colourRe() != 1 || body.colourIm() != 0) {
            f = f.times(rational(body.colourRe(), body.colourIm(), body.name()));
        }
        return f;
    }

    /** A UFO colour coefficient (a small rational, real or imaginary) as an exact number. */
    private static ComplexRational rational(double re, double im, String vertex) {
        for (long den = 1; den <= 10000; den++) {
            double r = re * den, i = im * den;
            if (Math.abs(r - Math.rint(r)) < 1e-9 * den && Math.abs(i - Math.rint(i)) < 1e-9 * den) {
                return ComplexRational.of(Math.round(r), den, Math.round(i), den);
            }
        }
        throw new IllegalArgumentException("vertex " + vertex + ": colour coefficient " + re + " + " + im
                + "i is not a rational number with a small denominator");
    }

    // ---- fermion signs ------------------------------------------------------------------------

    /** (-1)^P for the permutation of external fermions that the diagram's fermion lines pair up. */
    private int fermionSign(Diagram g) {
        List<int[]> lines = new ArrayList<>();
        collectLines(g.vertex(), g.closingPosition(), g.closing(), g.inputs(), g.positions(), lines);
        collectBelow(g.closing(), lines);
        for (Tree t : g.inputs()) collectBelow(t, lines);
        int[] order = new int[2 * lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int x = lines.get(i)[0], y = lines.get(i)[1];
            // each line as (o-type end, i-type end): an outgoing fermion or incoming antifermion first, in
            // the all-outgoing sense; a Majorana fermion by the type this diagram's flow gave it
            boolean xOut = (x & 1) == 0;
            order[2 * i] = (xOut ? x : y) >> 1;
            order[2 * i + 1] = (xOut ? y : x) >> 1;
        }
        int inversions = 0;
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                if (order[i] > order[j]) {
                    inversions++;
                }
            }
        }
        return inversions % 2 == 0 ? 1 : -1;
    }

    /** A line's external end as 2 external + (1 if i-type), or -1 when the tree carries no fermion line. */
    private static int end(Tree t) {
        return t.fermionEnd < 0 ? -1 : 2 * t.fermionEnd + (t.endIType ? 1 : 0);
    }

    private void collectBelow(Tree t, List<int[]> lines) {
        Tree node = t.node();
        if (node.external >= 0) {
            return;
        }
        collectLines(node.vertex, node.open, null, node.inputs, node.positions, lines);
        for (Tree in : node.inputs) collectBelow(in, lines);
    }

    /**
     * Each fermion line of a vertex (one, or two for a four-fermion vertex) whose two legs are both among
     * the given legs is closed here: its two external ends are recorded, each as 2 external + 1 for an
     * i-type end, + 0 for an o-type one.
     */
    private static void collectLines(Vertex v, int open, Tree closing, Tree[] inputs, int[] positions,
            List<int[]> lines) {
        int[] pairs;
        if (v.body() != null) {
            pairs = v.body().lines();
        } else if (v.lorentz() == Vertex.Lorentz.FFV || v.lorentz() == Vertex.Lorentz.FFS) {
            pairs = new int[] {0, 1};
        } else {
            return;
        }
        for (int p = 0; p < pairs.length; p += 2) {
            int f1 = pairs[p], f2 = pairs[p + 1];
            int[] ends = {-1, -1};
            for (int i = 0; i < inputs.length; i++) {
                if (positions[i] == f1 || positions[i] == f2) {
                    ends[positions[i] == f1 ? 0 : 1] = end(inputs[i]);
                }
            }
            if (closing != null && (open == f1 || open == f2)) {
                ends[open == f1 ? 0 : 1] = end(closing);
            }
            if (ends[0] >= 0 && ends[1] >= 0) {
                lines.add(ends);
            }
        }
    }
}
