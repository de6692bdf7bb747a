package madvec.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads the SLHA subset that MadGraph param cards use, line by line, refusing anything it does not
 * understand: a card that parses has exactly the meaning its text says, nothing was skipped. One
 * parser per card: it holds the state of the section being read.
 */
final class SlhaParser {
    private static final Pattern BLOCK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern SCALE = Pattern.compile("(?i)q=(.+)");

    private final String sourceName;
    private final List<CardSection> sections = new ArrayList<>();
    /** Line of first definition of every block key, entry name, decay and decay channel. */
    private final Map<String, Integer> definedAt = new HashMap<>();

    private String openBlockKey;
    private OptionalDouble openBlockScale;
    private String openBlockComment;
    private List<CardEntry> openEntries;
    private CardDecay openDecay;
    private List<BranchingRatio> openChannels;

    private int lineNumber;
    private String line;

    private SlhaParser(String sourceName) {
        this.sourceName = sourceName;
    }

    /** Parses a whole card; the reader is read to its end but not closed. */
    static List<CardSection> parse(String sourceName, Reader in) throws IOException {
        SlhaParser parser = new SlhaParser(sourceName);
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        while (true) {
            String l;
            try {
                l = lines.readLine();
            } catch (CharacterCodingException e) {
                throw new CardFormatException(sourceName, parser.lineNumber + 1, null,
                        "not UTF-8 text (a byte sequence that is not UTF-8): save the card as UTF-8 or ASCII");
            }
            if (l == null) {
                break;
            }
            parser.lineNumber++;
            parser.line = parser.lineNumber == 1 && l.startsWith("\uFEFF") ? l.substring(1) : l;
            parser.parseLine();
        }
        parser.closeSection();
        if (parser.sections.isEmpty()) {
            throw new CardFormatException(sourceName, parser.lineNumber, null,
                    "no BLOCK or DECAY section found: expected an SLHA parameter card");
        }
        return List.copyOf(parser.sections);
    }

    private void parseLine() {
        int hash = line.indexOf('#');
        String body = (hash < 0 ? line : line.substring(0, hash)).strip();
        String comment = hash < 0 ? "" : line.substring(hash + 1).strip();
        if (body.isEmpty()) {
            return;
        }
        String[] tokens = body.split("\\s+");
        String head = tokens[0].toUpperCase(Locale.ROOT);
        if (head.equals("BLOCK")) {
            closeSection();
            openBlock(tokens, comment);
        } else if (head.equals("DECAY")) {
            closeSection();
            openDecay(tokens, comment);
        } else if (openEntries != null) {
            addEntry(tokens, comment);
        } else if (openDecay != null) {
            addChannel(tokens);
        } else {
            throw fail("entry before any BLOCK or DECAY line: expected 'BLOCK name' or 'DECAY pdg width' first");
        }
    }

    private void openBlock(String[] tokens, String comment) {
        if (tokens.length < 2 || !BLOCK_NAME.matcher(tokens[1]).matches()) {
            throw fail("expected 'BLOCK name' with a name of letters, digits and '_' starting with a letter");
        }
        String key = tokens[1].toLowerCase(Locale.ROOT);
        int next = 2;
        if (key.equals("qnumbers")) {
            // MadGraph gives every new particle its own QNUMBERS block, named by its PDG code.
            if (tokens.length < 3 || !CardNumbers.isInteger(tokens[2])) {
                throw fail("expected 'BLOCK QNUMBERS pdg' with an integer PDG code");
            }
            key += "." + positiveInt(tokens[2], "PDG code of BLOCK QNUMBERS");
            next = 3;
        }
        openBlockScale = scale(tokens, next);
        checkNew(key, "BLOCK " + key);
        openBlockKey = key;
        openBlockComment = comment;
        openEntries = new ArrayList<>();
    }

    private OptionalDouble scale(String[] tokens, int from) {
        if (from == tokens.length) {
            return OptionalDouble.empty();
        }
        String rest = String.join("", List.of(tokens).subList(from, tokens.length));
        var m = SCALE.matcher(rest);
        if (!m.matches()) {
            throw fail("unexpected text after the block name: expected nothing or 'Q= scale'");
        }
        return OptionalDouble.of(number(m.group(1), "scale Q"));
    }

    private void openDecay(String[] tokens, String comment) {
        if (tokens.length != 3) {
            throw fail("expected 'DECAY pdg width' (3 fields), found " + tokens.length + " fields");
        }
        int pdg = positiveInt(tokens[1], "PDG code of DECAY");
        if (tokens[2].equalsIgnoreCase("auto")) {
            throw fail("width 'Auto' is not a number: compute the widths first (MadGraph's compute_widths)"
                    + " and give the value in GeV");
        }
        double width = number(tokens[2], "width");
        CardDecay decay = new CardDecay(pdg, width, comment, List.of());
        checkNew(decay.name(), "DECAY " + pdg);
        openDecay = decay;
        openChannels = new ArrayList<>();
    }

    private void addEntry(String[] tokens, String comment) {
        if (tokens.length < 2) {
            throw fail("expected 'index value' in BLOCK " + openBlockKey.toUpperCase(Locale.ROOT)
                    + ": at least one integer index before the value (index-less entries are not supported)");
        }
        StringBuilder name = new StringBuilder(openBlockKey);
        StringBuilder indices = new StringBuilder();
        for (int i = 0; i < tokens.length - 1; i++) {
            int index = nonNegativeInt(tokens[i], "index " + (i + 1) + " of the entry");
            name.append('.').append(index);
            indices.append(i == 0 ? "" : " ").append(index);
        }
        double value = number(tokens[tokens.length - 1], "value of " + name);
        checkNew(name.toString(), "entry " + name);
        openEntries.add(new CardEntry(name.toString(), indices.toString(), value, comment));
    }

    private void addChannel(String[] tokens) {
        if (tokens.length < 3) {
            throw fail("expected a branching-ratio line 'BR NDA ID1 ... IDn' under DECAY " + openDecay.pdg());
        }
        double ratio = number(tokens[0], "branching ratio");
        if (ratio < 0) {
            throw fail("branching ratio " + tokens[0] + " is negative");
        }
        int nda = positiveInt(tokens[1], "number of daughters NDA");
        if (tokens.length - 2 != nda) {
            throw fail("NDA = " + nda + " but " + (tokens.length - 2) + " daughter PDG codes follow");
        }
        List<Integer> daughters = new ArrayList<>();
        for (int i = 2; i < tokens.length; i++) {
            daughters.add(integer(tokens[i], "daughter PDG code"));
        }
        List<Integer> sorted = daughters.stream().sorted().toList();
        checkNew("decay." + openDecay.pdg() + ".channel" + sorted, "decay channel " + openDecay.pdg() + " > " + sorted);
        openChannels.add(new BranchingRatio(ratio, daughters));
    }

    private void closeSection() {
        if (openEntries != null) {
            sections.add(new CardBlock(openBlockKey, openBlockScale, openBlockComment, openEntries));
            openEntries = null;
        }
        if (openDecay != null) {
            sections.add(new CardDecay(openDecay.pdg(), openDecay.width(), openDecay.comment(), openChannels));
            openDecay = null;
        }
    }

    private void checkNew(String key, String what) {
        Integer first = definedAt.putIfAbsent(key, lineNumber);
        if (first != null) {
            throw fail("duplicate " + what + ": first at line " + first + ", again at line " + lineNumber);
        }
    }

    private double number(String token, String what) {
        try {
            return CardNumbers.parse(token);
        } catch (NumberFormatException e) {
            throw fail(what + " " + e.getMessage());
        }
    }

    private int integer(String token, String what) {
        long v;
        try {
            v = CardNumbers.parseInteger(token);
        } catch (NumberFormatException e) {
            throw fail(what + " " + e.getMessage());
        }
        if (v != (int) v) {
            throw fail(what + " '" + token + "' is out of range: expected at most 2147483647 in magnitude");
        }
        return (int) v;
    }

    private int nonNegativeInt(String token, String what) {
        int v = integer(token, what);
        if (v < 0) {
            throw fail(what + " is " + v + ": expected an index >= 0");
        }
        return v;
    }

    private int positiveInt(String token, String what) {
        int v = integer(token, what);
        if (v <= 0) {
            throw fail(what + " is " + v + ": expected a positive integer");
        }
        return v;
    }

    private CardFormatException fail(String problem) {
        return new CardFormatException(sourceName, lineNumber, line, problem);
    }
}
