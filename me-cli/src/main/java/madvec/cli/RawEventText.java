package madvec.cli;

import java.util.List;
import java.util.Map;
import madvec.api.lhe.LheWriter;

/**
 * An event written back as it was read, line for line, with its new weights added at the end of its
 * {@code <rwgt>} block (or in a new block before {@code </event>}): nothing of the input is reformatted,
 * so the output's events are the input's bytes plus the new weights.
 */
final class RawEventText {
    private RawEventText() {}

    /**
     * Appends the event.
     *
     * @param lines the event's lines as read, {@code <event>} to {@code </event>}
     * @param add the new weights, id to value, in order
     * @param comment a comment line to add before {@code </event>}, or null
     */
    static void append(StringBuilder sb, List<String> lines, Map<String, Double> add, String comment) {
        int last = lines.size() - 1;
        int open = -1, close = -1;
        for (int i = 1; i < last; i++) {
            String s = lines.get(i);
            if (open < 0 && startsWithAfterBlanks(s, "<rwgt")) open = i;
            if (open >= 0 && s.contains("</rwgt>")) {
                close = i;
                break;
            }
        }
        for (int i = 0; i < last; i++) {
            String s = lines.get(i);
            if (i == close) {
                int at = s.indexOf("</rwgt>");
                if (!s.substring(0, at).isBlank()) sb.append(s, 0, at).append('\n');
                weights(sb, add);
                sb.append(s, at, s.length()).append('\n');
            } else {
                sb.append(s).append('\n');
            }
        }
        if (close < 0) {
            sb.append("<rwgt>\n");
            weights(sb, add);
            sb.append("</rwgt>\n");
        }
        if (comment != null) sb.append(comment).append('\n');
        sb.append(lines.get(last)).append('\n');
    }

    /** {@code s.stripLeading().startsWith(prefix)} without copying the line (most lines are particles). */
    private static boolean startsWithAfterBlanks(String s, String prefix) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return s.startsWith(prefix, i);
    }

    private static void weights(StringBuilder sb, Map<String, Double> add) {
        for (Map.Entry<String, Double> e : add.entrySet()) {
            sb.append("<wgt id='").append(e.getKey()).append("'> ");
            LheWriter.appendNumber(sb, e.getValue()).append(" </wgt>\n");
        }
    }
}
