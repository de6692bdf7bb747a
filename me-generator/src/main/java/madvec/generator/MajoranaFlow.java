package madvec.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fermion flow of diagrams with Majorana fermions, after Denner, Eck, Hahn and Küblbeck (Nucl. Phys.
 * B387 (1992) 467), as MadGraph follows it: every fermion line gets one continuous orientation, chosen per
 * diagram; external fermions take the wavefunction type that orientation gives them, vertices read against
 * their written order take the charge-conjugated form Gamma' = C Gamma^T C^-1, and the diagram's sign is
 * the parity of the external fermions in the order the lines pair them, each line from its o-type end to
 * its i-type end ({@code ProgramAssembler}).
 *
 * <p>The generator offers every external Majorana fermion as both types (the program stores one; the
 * other reads it through the charge-conjugation matrix, v = C u-bar^T), likewise a Dirac fermion that some
 * vertex has in the slot of the other type; every vertex that joins a Majorana fermion to another fermion
 * comes also flow-reversed ({@link VertexBody#flowReversed}); slots are filled by type. So every diagram
 * comes out in each orientation of its lines that the vertices allow: a line with a Dirac fermion along or
 * against its fermion number, a line whose Dirac ends clash ({@code u u > su1 su1} by gluino exchange) with
 * its flow against one of them, a line of Majorana fermions alone either way (a vertex of two identical
 * ones being its own charge-conjugated form, {@code madvec.ufo.LorentzPolynomials#flowSymmetric}, checked
 * per vertex). All give the same amplitude; {@link #onePerDiagram} keeps one per diagram: the first
 * generated, or the last (a test's way to show that the choice does not matter).
 *
 * <p>A diagram that only a generation blind to the types of Majorana fermions finds ({@link #missing}:
 * a line no orientation fits, which the reversed vertices should leave none of) is refused by name.
 */
final class MajoranaFlow {
    private MajoranaFlow() {}

    /**
     * One diagram per class of diagrams that differ in the orientation of Majorana lines alone.
     *
     * @param majorana the PDG codes of the fermions that may be used as the other type (the Majorana ones and
     *     Dirac ones some vertex has in the slot of the other type): diagrams without them are kept as they are
     * @param last keep the last of each class instead of the first
     */
    static List<Diagram> onePerDiagram(List<Diagram> diagrams, Set<Integer> majorana, boolean last) {
        Map<String, Diagram> kept = new LinkedHashMap<>();
        List<Diagram> out = new ArrayList<>();
        for (Diagram d : diagrams) {
            if (!hasMajorana(d, majorana)) {
                out.add(d);
                continue;
            }
            String key = key(d);
            if (last || !kept.containsKey(key)) {
                kept.put(key, d);
            }
        }
        out.addAll(kept.values());
        return out;
    }

    /**
     * A diagram of {@code anyFlow} (generated without regard to the types of Majorana fermions) that no
     * diagram of {@code oriented} matches, or null when there is none.
     */
    static Diagram missing(List<Diagram> oriented, List<Diagram> anyFlow) {
        Set<String> have = new java.util.HashSet<>();
        for (Diagram d : oriented) have.add(key(d));
        for (Diagram d : anyFlow) {
            if (!have.contains(key(d))) {
                return d;
            }
        }
        return null;
    }

    /** The diagram as its vertices and particles, blind to fermion flow, slot positions and wavefunction types. */
    static String key(Diagram d) {
        List<String> parts = new ArrayList<>();
        parts.add(key(d.closing()));
        for (Tree t : d.inputs()) parts.add(key(t));
        parts.sort(null);
        return name(d.vertex()) + "(" + String.join(",", parts) + ")";
    }

    private static String key(Tree t) {
        Tree node = t.node();
        if (node.external >= 0) {
            return "e" + node.external;
        }
        List<String> parts = new ArrayList<>();
        for (Tree in : node.inputs) parts.add(key(in));
        parts.sort(null);
        return name(node.vertex) + ":" + node.particle + "(" + String.join(",", parts) + ")";
    }

    /** A vertex by the name it is written with (a flow-reversed one as its original). */
    private static String name(Vertex v) {
        return v.body() != null ? v.body().writtenName() : v.toString();
    }

    /** A readable form of a diagram for messages: its vertices. */
    static String describe(Diagram d) {
        return key(d).replaceAll("e(\\d+)", "external $1");
    }

    private static boolean hasMajorana(Diagram d, Set<Integer> majorana) {
        if (majorana(d.closing(), majorana)) {
            return true;
        }
        for (Tree t : d.inputs()) {
            if (majorana(t, majorana)) {
                return true;
            }
        }
        return false;
    }

    /** True when the tree has a Majorana fermion on a leaf or an internal line. */
    private static boolean majorana(Tree t, Set<Integer> majorana) {
        Tree node = t.node();
        if (majorana.contains(node.particle)) {
            return true;
        }
        for (Tree in : node.inputs) {
            if (majorana(in, majorana)) {
                return true;
            }
        }
        return false;
    }
}
