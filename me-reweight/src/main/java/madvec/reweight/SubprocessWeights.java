package madvec.reweight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.Subprocess;
import madvec.model.ParamCard;
import madvec.processes.Program;

/**
 * One subprocess's matrix elements: at the original point (values only) and at every new point (with
 * the gradients), all sharing one compiled program each. Immutable and thread-safe.
 */
final class SubprocessWeights {
    private static final Pattern ORDERS = Pattern.compile("\\b[A-Za-z]+\\s*(?:<=|==|=)\\s*\\d+");

    private final MatrixElement original;
    private final MatrixElement[] points;
    private final List<String> gradients;

    private SubprocessWeights(MatrixElement original, MatrixElement[] points, List<String> gradients) {
        this.original = original;
        this.points = points;
        this.gradients = List.copyOf(gradients);
    }

    /**
     * Compiles the subprocess on its own and checks that it is the program the definition made for it
     * (the coupling orders of the definition are carried over when they are needed for that).
     */
    static SubprocessWeights build(Subprocess sub, String definition, ParamCard card, List<String> free,
            List<String> gradients, List<ReweightPoint> points) {
        String name = sub.name();
        String last = definition.lines().reduce((a, b) -> b).orElse(definition);
        List<String> candidates = new ArrayList<>();
        String substituted = substitute(last, name);
        if (substituted != null) candidates.add(substituted);
        candidates.add(name);
        Matcher m = ORDERS.matcher(last);
        StringBuilder orders = new StringBuilder();
        while (m.find()) orders.append(' ').append(m.group().replace(" ", ""));
        if (!orders.isEmpty()) candidates.add(name.contains(",") ? name.replaceFirst(",", orders + ",") : name + orders);
        String[] freeNames = free.toArray(String[]::new);
        for (String text : candidates) {
            MatrixElement base;
            try {
                base = MatrixElement.builder(text).card(card).free(freeNames).build();
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!sameStructure(base.program(), sub.program())) continue;
            MatrixElement withGrads = gradients.isEmpty() ? base
                    : MatrixElement.builder(text).card(card).free(freeNames).derivatives(gradients.toArray(String[]::new)).build();
            MatrixElement[] at = new MatrixElement[points.size()];
            for (int p = 0; p < at.length; p++) {
                try {
                    at[p] = withGrads.withParameters(points.get(p).values());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("weight '" + points.get(p).id() + "' for " + name + ": " + e.getMessage(), e);
                }
            }
            return new SubprocessWeights(base, at, gradients);
        }
        throw new IllegalStateException("cannot compile subprocess '" + name + "' of '" + last
                + "' on its own into the same program; give it with --process");
    }

    /**
     * The definition with its initial and final particles replaced by the subprocess's (keeping a
     * required s-channel, exclusions and coupling orders), for a definition without decays; null when
     * the two do not line up.
     */
    static String substitute(String definition, String name) {
        if (definition.contains(",") || name.contains(",")) return null;
        List<String> d = List.of(definition.trim().split("\\s+")), n = List.of(name.trim().split("\\s+"));
        int firstArrow = d.indexOf(">"), lastArrow = d.lastIndexOf(">"), nameArrow = n.indexOf(">");
        if (firstArrow != 2 || nameArrow != 2) return null;
        int end = lastArrow + 1;
        while (end < d.size() && !d.get(end).equals("/") && !d.get(end).equals("$") && !d.get(end).contains("=")) end++;
        List<String> finals = n.subList(3, n.size());
        if (end - lastArrow - 1 != finals.size()) return null;
        List<String> out = new ArrayList<>(n.subList(0, 2));
        out.addAll(d.subList(2, lastArrow + 1));
        out.addAll(finals);
        out.addAll(d.subList(end, d.size()));
        return String.join(" ", out);
    }

    private static boolean sameStructure(Program a, Program b) {
        return a.externals().equals(b.externals()) && a.operations().equals(b.operations())
                && a.colourTerms().equals(b.colourTerms()) && a.couplings().equals(b.couplings())
                && Double.compare(a.average(), b.average()) == 0;
    }

    /** @return the PDG codes of the externals, incoming first */
    int[] pdgs() {
        return original.pdgs();
    }

    /**
     * Evaluates the events of one group.
     *
     * @param momenta {@code [4 * particle + mu][event]} in this subprocess's order
     * @param helicity the events' common helicity combination, or null for the helicity sum
     * @param out {@code out[0]} the original |M|^2, then per point its |M|^2 and its gradients:
     *     {@code out[1 + p * (1 + g)]} and {@code out[2 + p * (1 + g) + j]}
     */
    void evaluate(double[][] momenta, int[] helicity, double[][] out) {
        if (helicity == null) {
            // the momenta checked once for the original and every point
            List<MatrixElement> all = new java.util.ArrayList<>(points.length + 1);
            all.add(original);
            all.addAll(java.util.Arrays.asList(points));
            List<Batch> batches = original.evaluateMomenta(momenta, all);
            out[0] = batches.get(0).me();
            for (int p = 0; p < points.length; p++) fill(out, p, batches.get(p + 1));
            return;
        }
        out[0] = original.evaluateMomenta(momenta, helicity).me();
        for (int p = 0; p < points.length; p++) fill(out, p, points[p].evaluateMomenta(momenta, helicity));
    }

    /** Point p's |M|^2 and gradients into their rows of {@code out}. */
    private void fill(double[][] out, int p, Batch b) {
        int base = 1 + p * (1 + gradients.size());
        out[base] = b.me();
        for (int j = 0; j < gradients.size(); j++) out[base + 1 + j] = b.dme(gradients.get(j));
    }

    /** @return the number of rows {@link #evaluate} fills */
    int rows() {
        return 1 + points.length * (1 + gradients.size());
    }
}
