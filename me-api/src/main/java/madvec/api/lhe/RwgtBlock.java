package madvec.api.lhe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code <rwgt>} block of an event: finding it among the extra lines, reading it, writing it. */
final class RwgtBlock {
    private static final Pattern WGT = Pattern.compile("<wgt\\s+id\\s*=\\s*(['\"])(.*?)\\1\\s*>([^<]*)</wgt>");

    private RwgtBlock() {}

    /** @return {start, end} of the block (end exclusive) in the lines, or null when there is none */
    static int[] find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().startsWith("<rwgt")) continue;
            for (int j = i; j < lines.size(); j++) {
                if (lines.get(j).contains("</rwgt>")) return new int[] {i, j + 1};
            }
            return new int[] {i, -1};
        }
        return null;
    }

    /**
     * Reads the weights of the block, in file order.
     *
     * @param firstLine the line number of {@code lines.get(0)}, for error messages
     * @throws LheFormatException on an unclosed block, a non-number, a NaN or a repeated id
     */
    static Map<String, Double> parse(List<String> lines, String source, long firstLine) {
        int[] range = find(lines);
        if (range == null) return Map.of();
        if (range[1] < 0) {
            throw new LheFormatException(source, firstLine + range[0], lines.get(range[0]), "<rwgt> without </rwgt>");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = range[0]; i < range[1]; i++) {
            String line = lines.get(i);
            Matcher m = WGT.matcher(line);
            while (m.find()) {
                Double w = LheNumbers.parseDouble(m.group(3).strip());
                if (w == null) {
                    throw new LheFormatException(source, firstLine + i, line,
                            "weight '" + m.group(2) + "': expected a finite number, got '" + m.group(3).strip() + "'");
                }
                if (weights.put(m.group(2), w) != null) {
                    throw new LheFormatException(source, firstLine + i, line, "weight id '" + m.group(2) + "' repeated");
                }
            }
        }
        return Collections.unmodifiableMap(weights);
    }

    /** @return the lines with the block replaced by one holding {@code weights}, or appended when absent */
    static List<String> replace(List<String> lines, Map<String, Double> weights) {
        List<String> block = new ArrayList<>();
        block.add("<rwgt>");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getKey().contains("'") || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("weight " + e.getKey() + " = " + e.getValue()
                        + ": ids must not contain ' and values must be finite");
            }
            sb.setLength(0);
            sb.append("<wgt id='").append(e.getKey()).append("'> ");
            block.add(LheNumbers.appendDouble(sb, e.getValue()).append(" </wgt>").toString());
        }
        block.add("</rwgt>");
        int[] range = find(lines);
        List<String> out = new ArrayList<>(lines);
        if (range == null) {
            out.addAll(block);
        } else {
            out.subList(range[0], range[1] < 0 ? range[0] + 1 : range[1]).clear();
            out.addAll(range[0], block);
        }
        return out;
    }
}
