package madvec.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The Les Houches colour tags (ICOLUP) of each colour flow of a process, read from the flow names the
 * program carries ({@code "(T0 T1)_{2,3}"}, {@code "Tr(0 1 2 3)"}, {@code "delta_{1,0} delta_{2,3}"},
 * {@code "1"}; labels are 0-based external indices, a string runs from its row, a colour index, to its
 * column, an anticolour index).
 *
 * <p>At leading colour a string {@code (T^a1 .. T^an)_{ij}} is a colour line: with every particle taken
 * as outgoing, i's colour flows into a1's anticolour, a1's colour into a2's anticolour, and so on to
 * j's anticolour; a trace closes the line on itself. Each link gets a new tag (501, 502, ...). An
 * incoming particle carries the crossed tags (its colour is the outgoing anticolour and vice versa), so
 * that every tag appears once as an incoming colour and an outgoing one, or as a colour and an
 * anticolour on the same side, as the Les Houches accord requires.
 */
public final class ColourConnections {
    /** The first tag, as MadGraph numbers them. */
    public static final int FIRST_TAG = 501;

    private final int[][][] tags;

    private ColourConnections(int[][][] tags) {
        this.tags = tags;
    }

    /**
     * @param flows the flow names, in jamp order
     * @param incoming which particles are incoming, process order
     * @throws IllegalArgumentException for a name that is not a product of strings and traces
     */
    public static ColourConnections of(List<String> flows, boolean[] incoming) {
        int n = incoming.length;
        int[][][] tags = new int[flows.size()][][];
        for (int f = 0; f < flows.size(); f++) {
            int[][] outgoing = new int[n][2];
            int next = FIRST_TAG;
            for (Line line : parse(flows.get(f))) {
                int[] g = line.gluons;
                if (line.closed) {
                    // Tr(a1 .. an): ai's colour into a(i+1)'s anticolour, an's into a1's
                    for (int k = 0; k < g.length; k++, next++) {
                        outgoing[g[k]][0] = next;
                        outgoing[g[(k + 1) % g.length]][1] = next;
                    }
                } else {
                    int from = line.row;
                    for (int k = 0; k <= g.length; k++, next++) {
                        int to = k < g.length ? g[k] : line.col;
                        outgoing[from][0] = next;
                        outgoing[to][1] = next;
                        from = to;
                    }
                }
            }
            int[][] lhe = new int[n][];
            for (int p = 0; p < n; p++) {
                lhe[p] = incoming[p] ? new int[] {outgoing[p][1], outgoing[p][0]} : outgoing[p];
            }
            tags[f] = lhe;
        }
        return new ColourConnections(tags);
    }

    /** Number of flows. */
    public int flows() {
        return tags.length;
    }

    /** ICOLUP(1) and ICOLUP(2) of particle p (process order) in flow f, 0 for none. */
    public int[] tags(int flow, int particle) {
        return tags[flow][particle].clone();
    }

    private record Line(boolean closed, int row, int col, int[] gluons) {}

    private static List<Line> parse(String name) {
        List<Line> lines = new ArrayList<>();
        String s = name.trim();
        if (s.equals("1")) {
            return lines;
        }
        int at = 0;
        while (at < s.length()) {
            if (s.charAt(at) == ' ') {
                at++;
            } else if (s.startsWith("Tr(", at)) {
                int close = s.indexOf(')', at);
                lines.add(new Line(true, -1, -1, labels(s.substring(at + 3, close), "", name)));
                at = close + 1;
            } else if (s.startsWith("delta_{", at) || s.charAt(at) == '(') {
                int[] gluons = new int[0];
                if (s.charAt(at) == '(') {
                    int close = s.indexOf(')', at);
                    gluons = labels(s.substring(at + 1, close), "T", name);
                    at = close + 1;
                } else {
                    at += "delta".length();
                }
                if (!s.startsWith("_{", at)) {
                    throw bad(name);
                }
                int close = s.indexOf('}', at);
                int[] rc = labels(s.substring(at + 2, close).replace(',', ' '), "", name);
                if (rc.length != 2) {
                    throw bad(name);
                }
                lines.add(new Line(false, rc[0], rc[1], gluons));
                at = close + 1;
            } else {
                throw bad(name);
            }
        }
        return lines;
    }

    private static int[] labels(String text, String prefix, String name) {
        String[] parts = text.trim().split("\\s+");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].startsWith(prefix)) {
                throw bad(name);
            }
            try {
                out[i] = Integer.parseInt(parts[i].substring(prefix.length()));
            } catch (NumberFormatException e) {
                throw bad(name);
            }
        }
        return out;
    }

    private static IllegalArgumentException bad(String name) {
        return new IllegalArgumentException("cannot read the colour flow '" + name + "'");
    }
}
