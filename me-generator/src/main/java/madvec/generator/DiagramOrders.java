package madvec.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * The coupling orders of a diagram of a UFO model, summed over its vertices (the SM's diagrams carry
 * QCD and QED counts of their own), and the first vertex in it that madvec cannot compute.
 */
final class DiagramOrders {
    private DiagramOrders() {}

    static Map<String, Integer> of(Diagram d) {
        Map<String, Integer> out = new HashMap<>();
        add(d.vertex(), out);
        add(d.closing(), out);
        for (Tree t : d.inputs()) add(t, out);
        return out;
    }

    /** The orders of a current (a decay's tree), summed over its vertices, decayed inputs counting as leaves. */
    static Map<String, Integer> of(Tree t) {
        Map<String, Integer> out = new HashMap<>();
        add(t.node(), out);
        return out;
    }

    private static void add(Tree t, Map<String, Integer> out) {
        // a decayed particle counts as a leaf of the process it is part of, as the built-in SM's orders do:
        // a decay's own orders belong to the decay definition, not to the process around it
        if (t.vertex == null || t.node() != t) {
            return;
        }
        add(t.vertex, out);
        for (Tree in : t.inputs) add(in, out);
    }

    private static void add(Vertex v, Map<String, Integer> out) {
        if (v.body() != null) {
            v.body().orders().forEach((k, n) -> out.merge(k, n, Integer::sum));
        } else {
            out.merge("QCD", v.qcd(), Integer::sum);
            out.merge("QED", v.qed(), Integer::sum);
        }
    }

    static String unsupported(Diagram d) {
        String why = unsupported(d.vertex());
        if (why == null) {
            why = unsupported(d.closing());
        }
        for (int i = 0; why == null && i < d.inputs().length; i++) why = unsupported(d.inputs()[i]);
        return why;
    }

    private static String unsupported(Tree t) {
        if (t.vertex == null) {
            return null;
        }
        String why = unsupported(t.vertex);
        for (int i = 0; why == null && i < t.inputs.length; i++) why = unsupported(t.inputs[i]);
        return why;
    }

    private static String unsupported(Vertex v) {
        return v.body() == null || v.body().unsupported() == null ? null
                : "vertex " + v.body().name() + ": " + v.body().unsupported();
    }
}
