package madvec.ufo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.ParamCard;
import madvec.ufo.formula.Formula;
import madvec.ufo.formula.FormulaCompiler;
import madvec.ufo.formula.FormulaTape;
import madvec.ufo.python.PyExpr;
import madvec.ufo.python.PyParser;
import madvec.ufo.python.SourcePosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parameters and couplings of a UFO model compiled once: every formula of {@code parameters.py}
 * and {@code couplings.py} parsed into an expression tree, the internal parameters ordered so that
 * each comes after what it reads (an error names a cycle or an unknown name), ready to be evaluated
 * at any parameter point in dual arithmetic.
 *
 * <p>Slots, in evaluation order: the external parameters a restriction left free, then the internal
 * parameters, then the couplings. Externals a restriction fixed are constants inside the formulas.
 * Instances are immutable and may be shared by threads.
 */
public final class UfoParameters {
    private static final Logger LOG = LoggerFactory.getLogger(UfoParameters.class);
    /** Imaginary part (relative to max(1, |re|)) beyond which a parameter declared real is refused. */
    private static final double REAL_TOLERANCE = 1e-10;

    private final UfoModel model;
    private final List<UfoParameter> inputs;
    private final List<String> inputNames;
    private final String[] slotNames;
    private final String[] formulas;
    private final Formula[] compiled;
    private final boolean[] real;
    private final Map<String, Integer> slotOf;
    private final int firstCoupling;
    private final FormulaTape tape;

    private UfoParameters(UfoModel model, List<UfoParameter> inputs, List<String> names, List<String> text,
            List<Formula> compiled, List<Boolean> real, int firstCoupling) {
        this.model = model;
        this.inputs = List.copyOf(inputs);
        this.inputNames = inputs.stream().map(UfoParameter::cardName).toList();
        this.slotNames = names.toArray(String[]::new);
        this.formulas = text.toArray(String[]::new);
        this.compiled = compiled.toArray(Formula[]::new);
        this.real = new boolean[real.size()];
        for (int i = 0; i < real.size(); i++) this.real[i] = real.get(i);
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < slotNames.length; i++) slots.put(slotNames[i], i);
        this.slotOf = Map.copyOf(slots);
        this.firstCoupling = firstCoupling;
        this.tape = FormulaTape.compile(this.compiled, inputs.size(), this.real, REAL_TOLERANCE);
    }

    /** Compiles the formulas of a model (restricted or not). */
    static UfoParameters compile(UfoModel model) {
        Map<String, UfoParameter> byName = new LinkedHashMap<>();
        for (UfoParameter p : model.parameters()) byName.put(p.name(), p);
        Map<String, Double> fixed = model.fixedParameters();
        List<UfoParameter> inputs = new ArrayList<>();
        Map<String, PyExpr> parsed = new LinkedHashMap<>();
        for (UfoParameter p : model.parameters()) {
            if (fixed.containsKey(p.name())) {
                continue;
            }
            if (p.external()) {
                inputs.add(p);
            } else {
                parsed.put(p.name(), parse(model, "parameters.py", p.name(), p.expression(), p.line()));
            }
        }
        List<String> names = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<Formula> compiled = new ArrayList<>();
        List<Boolean> real = new ArrayList<>();
        Map<String, Formula> resolved = new HashMap<>();
        fixed.forEach((n, v) -> resolved.put(n, new Formula.Constant(v, 0)));
        for (UfoParameter p : inputs) {
            resolved.put(p.name(), new Formula.Slot(names.size(), p.name()));
            names.add(p.name());
            text.add(null);
            compiled.add(null);
            real.add(true);
        }
        for (String name : order(model, parsed)) {
            UfoParameter p = byName.get(name);
            compiled.add(FormulaCompiler.compile(parsed.get(name), resolved::get, "parameter " + name));
            resolved.put(name, new Formula.Slot(names.size(), name));
            names.add(name);
            text.add(p.expression());
            real.add(!p.complex());
        }
        int firstCoupling = names.size();
        for (UfoCoupling c : model.couplings()) {
            PyExpr e = parse(model, "couplings.py", c.name(), c.expression(), c.line());
            compiled.add(FormulaCompiler.compile(e, resolved::get, "coupling " + c.name()));
            names.add(c.name());
            text.add(c.expression());
            real.add(false);
        }
        return new UfoParameters(model, inputs, names, text, compiled, real, firstCoupling);
    }

    private static PyExpr parse(UfoModel model, String file, String name, String formula, int line) {
        SourcePosition at = model.formulaPosition(file, name);
        if (at == null) {
            at = new SourcePosition(file, line, 0);
        }
        return PyParser.parseExpression(at, formula);
    }

    /**
     * The internal parameters in an order where each follows all it reads (depth first, in file
     * order otherwise, so that the files' own order is kept where it is valid). Names that are no
     * parameter are left for the compiler, which reports them with their position.
     */
    private static List<String> order(UfoModel model, Map<String, PyExpr> parsed) {
        List<String> out = new ArrayList<>();
        Map<String, Boolean> done = new HashMap<>(); // false while visiting, true when placed
        for (String name : parsed.keySet()) {
            visit(model, name, parsed, done, new ArrayList<>(), out);
        }
        return out;
    }

    private static void visit(UfoModel model, String name, Map<String, PyExpr> parsed, Map<String, Boolean> done,
            List<String> path, List<String> out) {
        Boolean state = done.get(name);
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        if (state != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            UfoParameter p = model.parameter(name);
            throw new UfoFormatException("parameters.py", p.line(), 0, "the formulas of parameters "
                    + String.join(" -> ", cycle) + " form a cycle: expected each parameter to depend only on"
                    + " parameters that do not depend on it");
        }
        done.put(name, false);
        path.add(name);
        for (String used : FormulaCompiler.names(parsed.get(name))) {
            if (parsed.containsKey(used)) {
                visit(model, used, parsed, done, path, out);
            }
        }
        path.remove(path.size() - 1);
        done.put(name, true);
        out.add(name);
    }

    /**
     * These formulas cut down to what some couplings need: the same inputs, the internal parameters
     * the couplings and the particles' masses and widths read (directly or through other parameters),
     * and those couplings, in the same order; a process's bindings need only its own couplings (MSSM:
     * a handful of ~950). A point of the subset refuses parameters and couplings it did not compute.
     *
     * @throws IllegalArgumentException when a name is not a coupling of the model
     */
    public UfoParameters only(java.util.Collection<String> couplingNames) {
        boolean[] needed = new boolean[slotNames.length];
        for (int i = 0; i < inputs.size(); i++) needed[i] = true;
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        for (String c : couplingNames) {
            int s = slot(c);
            if (s < firstCoupling) {
                throw new IllegalArgumentException("model " + model.name() + " has no coupling named " + c);
            }
            if (!needed[s]) {
                needed[s] = true;
                work.add(s);
            }
        }
        for (UfoParticle p : model.particles()) {
            for (String m : new String[] {p.mass(), p.width()}) {
                int s = slot(m);
                if (s >= 0 && !needed[s]) {
                    needed[s] = true; // a ModelPoint answers every particle's mass and width
                    work.add(s);
                }
            }
        }
        while (!work.isEmpty()) {
            java.util.Set<Integer> reads = new java.util.HashSet<>();
            compiled[work.pop()].slots(reads);
            for (int r : reads) {
                if (!needed[r]) {
                    needed[r] = true;
                    work.add(r);
                }
            }
        }
        int[] renumber = new int[slotNames.length];
        List<String> names = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<Formula> kept = new ArrayList<>();
        List<Boolean> realKept = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < slotNames.length; i++) {
            if (!needed[i]) {
                renumber[i] = -1;
                continue;
            }
            if (i >= firstCoupling && first < 0) {
                first = names.size();
            }
            renumber[i] = names.size();
            names.add(slotNames[i]);
            text.add(formulas[i]);
            kept.add(compiled[i] == null ? null : compiled[i].renumbered(renumber));
            realKept.add(real[i]);
        }
        return new UfoParameters(model, inputs, names, text, kept, realKept, first < 0 ? names.size() : first);
    }

    /** The model these formulas belong to. */
    public UfoModel model() {
        return model;
    }

    /**
     * The card names ({@code block.id}, lower case) of the external parameters that are inputs: every
     * external parameter the restriction did not fix, in the order of {@code parameters.py}.
     */
    public List<String> inputs() {
        return inputNames;
    }

    /** The UFO names of the internal parameters, in evaluation order. */
    public List<String> internalParameters() {
        return List.of(slotNames).subList(inputs.size(), firstCoupling);
    }

    /** The coupling names, in the order of {@code couplings.py}. */
    public List<String> couplings() {
        return List.of(slotNames).subList(firstCoupling, slotNames.length);
    }

    /**
     * A parameter card holding every input at its default value (the restriction card's, else the
     * model's), in the model's own blocks ({@code DECAY} lines for widths), each entry commented with
     * its UFO name: the card to edit for this model, as MadGraph writes {@code param_card.dat}.
     */
    public ParamCard defaultCard() {
        Map<String, StringBuilder> blocks = new LinkedHashMap<>();
        StringBuilder decays = new StringBuilder();
        for (UfoParameter p : inputs) {
            String value = String.format(Locale.ROOT, "%.16e", p.value());
            if (p.block().equals("decay") && p.code().size() == 1) {
                decays.append("DECAY ").append(p.code().get(0)).append(' ').append(value).append(" # ")
                        .append(p.name()).append('\n');
                continue;
            }
            StringBuilder b = blocks.computeIfAbsent(p.block(),
                    k -> new StringBuilder("BLOCK " + k.toUpperCase(Locale.ROOT) + "\n"));
            for (int index : p.code()) b.append(' ').append(index);
            b.append(' ').append(value).append(" # ").append(p.name()).append('\n');
        }
        StringBuilder text = new StringBuilder("# inputs of UFO model " + model.name() + "\n");
        blocks.values().forEach(text::append);
        text.append(decays);
        try {
            return ParamCard.read("default card of " + model.name(), new java.io.StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The model at its default point (the restriction card's values, else the model's), values only. */
    public UfoPoint evaluate() {
        return evaluate(null, List.of());
    }

    /**
     * Evaluates every parameter and coupling at one point, with derivatives.
     *
     * @param card the values of the inputs by {@code block.id}; inputs the card lacks take the model's
     *     defaults (listed at DEBUG level); null for the defaults throughout
     * @param derivativeNames inputs ({@code block.id}, any case) to differentiate with respect to: input
     *     {@code derivativeNames.get(j)} is tangent j
     * @throws IllegalArgumentException if a derivative name is not an input (the message says why: not in
     *     the model, fixed by the restriction, listed twice), or if a formula has no finite value at this
     *     point (the message names the parameter and its formula)
     */
    public UfoPoint evaluate(ParamCard card, List<String> derivativeNames) {
        List<String> directions = directions(derivativeNames);
        int k = directions.size();
        int stride = 2 * (k + 1);
        double[] regs = new double[tape.registers() * stride];
        double[] inputValues = inputValues(card);
        for (int i = 0; i < inputs.size(); i++) {
            regs[i * stride] = inputValues[i];
            int d = directions.indexOf(inputNames.get(i));
            if (d >= 0) {
                regs[i * stride + 1 + d] = 1.0;
            }
        }
        try {
            tape.run(regs, k);
        } catch (FormulaTape.NoValue e) {
            String what = what(e.slot);
            throw new IllegalArgumentException(model.name() + ": " + what + (e.arithmetic ? ": " + e.getMessage()
                    + " at this point" : " " + e.getMessage()));
        }
        ComplexDualScalar[] slots = new ComplexDualScalar[slotNames.length];
        for (int i = 0; i < slots.length; i++) {
            int at = i * stride;
            DualScalar re = DualScalar.of(regs[at], Arrays.copyOfRange(regs, at + 1, at + k + 1));
            boolean realSlot = real[i];
            DualScalar im = realSlot ? DualScalar.constant(0.0, k)
                    : DualScalar.of(regs[at + k + 1], Arrays.copyOfRange(regs, at + k + 2, at + stride));
            slots[i] = ComplexDualScalar.of(re, im);
        }
        return new UfoPoint(this, slots, directions);
    }

    /**
     * As {@link #evaluate(ParamCard, List)}, by walking the expression trees: the reference the
     * flattened program is tested against (slower: every operation allocates its dual numbers).
     */
    UfoPoint evaluateWithTrees(ParamCard card, List<String> derivativeNames) {
        List<String> directions = directions(derivativeNames);
        int k = directions.size();
        ComplexDualScalar[] slots = new ComplexDualScalar[slotNames.length];
        double[] inputValues = inputValues(card);
        for (int i = 0; i < inputs.size(); i++) {
            int d = directions.indexOf(inputNames.get(i));
            double v = inputValues[i];
            slots[i] = ComplexDualScalar.real(d < 0 ? DualScalar.constant(v, k) : DualScalar.variable(v, k, d));
        }
        for (int i = inputs.size(); i < slots.length; i++) {
            slots[i] = evaluateSlot(i, slots, k);
        }
        return new UfoPoint(this, slots, directions);
    }

    /** The inputs' values: the card's, or the model's defaults (listed at DEBUG level). */
    private double[] inputValues(ParamCard card) {
        double[] values = new double[inputs.size()];
        List<String> defaulted = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            UfoParameter p = inputs.get(i);
            double v = p.value();
            if (card != null) {
                var found = card.find(inputNames.get(i));
                if (found.isPresent()) {
                    v = found.getAsDouble();
                } else {
                    defaulted.add(inputNames.get(i) + " (" + p.name() + " = " + v + ")");
                }
            }
            values[i] = v;
        }
        if (!defaulted.isEmpty() && LOG.isDebugEnabled()) {
            LOG.debug("{}: card {} lacks {} input(s) of the model; their defaults are used: {}", model.name(),
                    card.sourceName(), defaulted.size(), String.join(", ", defaulted));
        }
        return values;
    }

    private String what(int slot) {
        return (slot < firstCoupling ? "parameter " : "coupling ") + slotNames[slot] + " = " + formulas[slot];
    }

    private ComplexDualScalar evaluateSlot(int i, ComplexDualScalar[] slots, int k) {
        ComplexDualScalar v;
        String what = what(i);
        try {
            v = compiled[i].eval(slots, k);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(model.name() + ": " + what + ": " + ex.getMessage() + " at this point");
        }
        if (real[i]) {
            double re = v.re().value();
            double im = v.im().value();
            if (Math.abs(im) > REAL_TOLERANCE * Math.max(1.0, Math.abs(re))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: %s is declared real but is %.10g%+.10gi at this point (the inputs admit no real value)",
                        model.name(), what, re, im));
            }
            v = ComplexDualScalar.real(v.re());
        }
        checkFinite(v, what);
        return v;
    }

    private void checkFinite(ComplexDualScalar v, String what) {
        if (!Double.isFinite(v.re().value()) || !Double.isFinite(v.im().value())) {
            throw new IllegalArgumentException(model.name() + ": " + what + " has no finite value at this point (" + v.re().value()
                    + (v.im().value() != 0 ? ", " + v.im().value() + "i" : "") + ")");
        }
        for (int j = 0; j < v.k(); j++) {
            if (!Double.isFinite(v.re().tangent(j)) || !Double.isFinite(v.im().tangent(j))) {
                throw new IllegalArgumentException(model.name() + ": " + what
                        + " has no finite derivative at this point along tangent " + j);
            }
        }
    }

    private List<String> directions(List<String> derivativeNames) {
        if (derivativeNames == null) {
            throw new IllegalArgumentException("derivative names must not be null (pass an empty list for none)");
        }
        List<String> out = new ArrayList<>();
        for (String raw : derivativeNames) {
            String name = raw == null ? "null" : raw.strip().toLowerCase(Locale.ROOT);
            if (!inputNames.contains(name)) {
                throw new IllegalArgumentException("cannot differentiate with respect to " + raw + ": " + whyNotInput(name));
            }
            if (out.contains(name)) {
                throw new IllegalArgumentException("derivative direction " + name + " is listed twice");
            }
            out.add(name);
        }
        return Collections.unmodifiableList(out);
    }

    private String whyNotInput(String name) {
        for (UfoParameter p : model.parameters()) {
            if (p.external() && p.cardName().equals(name)) {
                return "the restriction " + model.restriction().orElse("") + " of model " + model.name()
                        + " fixed " + p.name() + " to " + model.fixedParameters().get(p.name())
                        + " (load the model with it kept free, or without the restriction)";
            }
        }
        return "model " + model.name() + " has no external parameter " + name + " (inputs are named block.id,"
                + " such as " + String.join(", ", inputNames.subList(0, Math.min(4, inputNames.size()))) + ")";
    }

    int slot(String name) {
        Integer s = slotOf.get(name);
        return s == null ? -1 : s;
    }

    boolean isCouplingSlot(int slot) {
        return slot >= firstCoupling;
    }

    String formula(String name) {
        int s = slot(name);
        return s < 0 ? null : formulas[s];
    }
}
