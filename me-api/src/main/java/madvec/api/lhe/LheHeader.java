package madvec.api.lhe;

import java.util.Optional;

/**
 * Everything of an LHE file before {@code <init>}, verbatim (the {@code <LesHouchesEvents ...>} line
 * included), with the blocks madvec reads from it.
 *
 * @param text the lines before {@code <init>}, each ended by {@code \n}
 * @param mg5ProcCard the text inside {@code <MG5ProcCard>} (without a CDATA wrapper), if present
 * @param slha the parameter card inside {@code <slha>}, if present
 * @param initrwgt the whole {@code <initrwgt>...</initrwgt>} block, tags included, if present
 */
public record LheHeader(String text, Optional<String> mg5ProcCard, Optional<String> slha, Optional<String> initrwgt) {
    private static final String INITRWGT_OPEN = "<initrwgt", INITRWGT_CLOSE = "</initrwgt>";

    /**
     * Reads the blocks from a header's text.
     *
     * @param text the lines before {@code <init>}, each ended by {@code \n}
     * @return the header
     */
    public static LheHeader of(String text) {
        return new LheHeader(text, inner(text, "MG5ProcCard"), inner(text, "slha"), whole(text));
    }

    /**
     * A header with the given {@code <initrwgt>} block in place of the current one, or added just
     * before {@code </header>} (or after the {@code <LesHouchesEvents>} line, in a new
     * {@code <header>}, when there is none), as a reweighting step writes it.
     *
     * @param block the whole block, from {@code <initrwgt>} to {@code </initrwgt>}
     * @return the new header
     */
    public LheHeader withInitrwgt(String block) {
        String b = block.endsWith("\n") ? block : block + "\n";
        int open = text.indexOf(INITRWGT_OPEN), close = text.indexOf(INITRWGT_CLOSE);
        String result;
        if (open >= 0 && close > open) {
            int end = close + INITRWGT_CLOSE.length();
            if (end < text.length() && text.charAt(end) == '\n') end++;
            result = text.substring(0, open) + b + text.substring(end);
        } else {
            int endHeader = text.lastIndexOf("</header>");
            if (endHeader >= 0) {
                int lineStart = text.lastIndexOf('\n', endHeader) + 1;
                result = text.substring(0, lineStart) + b + text.substring(lineStart);
            } else {
                // no header element: the block goes into a new one right after <LesHouchesEvents ...>
                int first = text.indexOf("<LesHouchesEvents");
                int afterLine = first < 0 ? 0 : text.indexOf('\n', first) + 1;
                if (afterLine == 0 && first >= 0) afterLine = text.length();
                result = text.substring(0, afterLine) + "<header>\n" + b + "</header>\n" + text.substring(afterLine);
            }
        }
        return of(result);
    }

    /** The text between {@code <tag ...>} and {@code </tag>}, blank first and last lines and CDATA dropped. */
    private static Optional<String> inner(String text, String tag) {
        int open = text.indexOf("<" + tag);
        if (open < 0) return Optional.empty();
        int start = text.indexOf('>', open) + 1, close = text.indexOf("</" + tag + ">", start);
        if (start == 0 || close < 0) return Optional.empty();
        String s = text.substring(start, close).strip();
        if (s.startsWith("<![CDATA[") && s.endsWith("]]>")) s = s.substring(9, s.length() - 3).strip();
        return Optional.of(s + "\n");
    }

    private static Optional<String> whole(String text) {
        int open = text.indexOf(INITRWGT_OPEN), close = text.indexOf(INITRWGT_CLOSE);
        if (open < 0 || close < open) return Optional.empty();
        return Optional.of(text.substring(open, close + INITRWGT_CLOSE.length()) + "\n");
    }
}
