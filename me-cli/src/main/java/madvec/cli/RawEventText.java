package madvec.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import madvec.api.lhe.LheText;

/**
 * An event written back as it was read, byte for byte, with its new weights added at the end of its
 * {@code <rwgt>} block (or in a new block before {@code </event>}): nothing of the input is reformatted,
 * so the output's events are the input's bytes plus the new weights.
 */
final class RawEventText {
    private static final byte[] RWGT = ascii("<rwgt"), END_RWGT = ascii("</rwgt>");

    private RawEventText() {}

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Appends the event.
     *
     * @param b the event's bytes are {@code b[from, to)}: its lines, {@code <event>} to {@code </event>},
     *     each ended by a line feed
     * @param ids the new weights' ids, in order
     * @param values their values, in the same order
     * @param comment a comment line to add before {@code </event>}, or null
     */
    static void append(LheText out, byte[] b, int from, int to, List<String> ids, double[] values, String comment) {
        int last = lineStart(b, from, to - 1); // the </event> line
        int first = lineEnd(b, from, to) + 1; // after <event>
        // the <rwgt> block: a line that starts with <rwgt, then the line holding </rwgt>
        int close = -1, closeAt = -1;
        boolean open = false;
        for (int s = first; s < last && close < 0; s = lineEnd(b, s, to) + 1) {
            int e = lineEnd(b, s, to);
            if (!open) open = startsAfterBlanks(b, s, e, RWGT);
            if (open) {
                closeAt = indexOf(b, s, e, END_RWGT);
                if (closeAt >= 0) close = s;
            }
        }
        if (close < 0) {
            out.append(b, from, last);
            out.append("<rwgt>\n");
            weights(out, ids, values);
            out.append("</rwgt>\n");
        } else {
            out.append(b, from, close);
            if (!blank(b, close, closeAt)) out.append(b, close, closeAt).append('\n');
            weights(out, ids, values);
            out.append(b, closeAt, last);
        }
        if (comment != null) out.append(comment).append('\n');
        out.append(b, last, to);
    }

    /** The index of the line feed that ends the line starting at {@code s} (or {@code to}). */
    private static int lineEnd(byte[] b, int s, int to) {
        int i = s;
        while (i < to && b[i] != '\n') i++;
        return i;
    }

    /** The start of the line holding index {@code i}. */
    private static int lineStart(byte[] b, int from, int i) {
        int k = i;
        while (k > from && b[k - 1] != '\n') k--;
        return k;
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (!isBlank(b[i])) return false;
        return true;
    }

    private static boolean startsAfterBlanks(byte[] b, int s, int e, byte[] prefix) {
        int i = s;
        while (i < e && isBlank(b[i])) i++;
        return matches(b, i, e, prefix);
    }

    private static boolean matches(byte[] b, int at, int e, byte[] tag) {
        if (at + tag.length > e) return false;
        for (int k = 0; k < tag.length; k++) if (b[at + k] != tag[k]) return false;
        return true;
    }

    private static int indexOf(byte[] b, int s, int e, byte[] tag) {
        for (int i = s; i + tag.length <= e; i++) if (matches(b, i, e, tag)) return i;
        return -1;
    }

    private static void weights(LheText out, List<String> ids, double[] values) {
        for (int i = 0; i < values.length; i++) {
            out.append("<wgt id='").append(ids.get(i)).append("'> ");
            out.appendNumber(values[i]).append(" </wgt>\n");
        }
    }
}
