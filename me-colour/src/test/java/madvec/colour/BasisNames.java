package madvec.colour;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a basis name such as {@code "Tr(1 2) (T3 T4)_{5,6}"} back into a colour factor, so that basis
 * elements can be evaluated numerically; this also checks that the names mean what they say.
 */
final class BasisNames {
    private static final String LABEL = "(e?\\d+)";
    private static final Pattern PART = Pattern.compile(
            "Tr\\(([-0-9 ]+)\\)|\\(([-0-9T ]+)\\)_\\{" + LABEL + "," + LABEL + "\\}|delta_\\{" + LABEL + ","
            + LABEL + "\\}|(Eps|EpsBar)\\(" + LABEL + "," + LABEL + "," + LABEL + "\\)|\\s+");
    // Labels for the epsilon legs "e1", "e2", ...: far from any external label and from FRESH's.
    private static final int LEGS = 2_000_000;
    // Labels for the summed quark indices inside a string or trace, far from any external label.
    private static final int FRESH = 1_000_000;

    private BasisNames() { }

    static ColourFactor parse(String name) {
        ColourFactor f = ColourFactor.one();
        if (name.equals("1")) {
            return f;
        }
        Matcher m = PART.matcher(name);
        int fresh = FRESH;
        int at = 0;
        while (at < name.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new AssertionError("cannot read basis name '" + name + "' at " + at);
            }
            at = m.end();
            if (m.group(1) != null) {
                String[] g = m.group(1).trim().split(" ");
                int first = fresh;
                for (int k = 0; k < g.length; k++) {
                    int row = fresh + k;
                    int col = k == g.length - 1 ? first : fresh + k + 1;
                    f = f.t(Integer.parseInt(g[k]), row, col);
                }
                fresh += g.length;
            } else if (m.group(2) != null) {
                String[] g = m.group(2).trim().split(" ");
                int row = label(m.group(3));
                int end = label(m.group(4));
                for (int k = 0; k < g.length; k++) {
                    if (!g[k].startsWith("T")) {
                        throw new AssertionError("string element without T in '" + name + "'");
                    }
                    int col = k == g.length - 1 ? end : fresh++;
                    f = f.t(Integer.parseInt(g[k].substring(1)), row, col);
                    row = col;
                }
            } else if (m.group(5) != null) {
                f = f.delta(label(m.group(5)), label(m.group(6)));
            } else if (m.group(7) != null) {
                int i = label(m.group(8));
                int j = label(m.group(9));
                int k = label(m.group(10));
                f = m.group(7).equals("Eps") ? f.epsilon(i, j, k) : f.epsilonBar(i, j, k);
            }
        }
        return f;
    }

    private static int label(String text) {
        return text.startsWith("e") ? LEGS + Integer.parseInt(text.substring(1)) : Integer.parseInt(text);
    }
}
