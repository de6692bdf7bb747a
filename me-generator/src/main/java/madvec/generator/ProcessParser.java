package madvec.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import madvec.generator.ProcessRequest.DecayRequest;
import madvec.generator.ProcessRequest.OrderLimit;

/**
 * Reads MadGraph's process syntax: {@code define} statements (separated by {@code ;} or new lines),
 * then one process: {@code initial > [s-channels >] finals [/ excluded] [$ excluded s-channels]
 * [ORDER=N | ORDER<=N | ORDER==N]... [, decay]...}, decays written {@code t > b u d~} or, when nested,
 * {@code (t > b w+, w+ > e+ ve)}. Errors name the offending token and its position.
 */
public final class ProcessParser {
    private static final Pattern TOKEN = Pattern.compile("\\s*(<=|==|[(),>/$=]|[A-Za-z0-9_+~-]+)");
    private static final Pattern ORDER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final Map<String, List<String>> labels;
    private final ParticleTable table;
    private final java.util.Set<String> orderNames;
    private final String model;
    private int at;

    private ProcessParser(String text, int offset, String statement, Map<String, List<String>> labels,
            ParticleTable table, java.util.Set<String> orderNames, String model) {
        this.text = text;
        this.labels = labels;
        this.table = table;
        this.orderNames = orderNames;
        this.model = model;
        Matcher m = TOKEN.matcher(statement);
        int pos = 0;
        while (pos < statement.length()) {
            if (statement.substring(pos).isBlank()) {
                break;
            }
            if (!m.find(pos) || m.start() != pos) {
                int bad = pos;
                while (bad < statement.length() && Character.isWhitespace(statement.charAt(bad))) bad++;
                throw new ProcessSyntaxException(text, offset + bad, "unexpected character '" + statement.charAt(bad) + "'");
            }
            tokens.add(m.group(1));
            positions.add(offset + m.start(1));
            pos = m.end();
        }
    }

    /** Parses a process text with the predefined multi-particle labels. */
    public static ProcessRequest parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * Parses a process text.
     *
     * @param text define statements and one process, separated by {@code ;} or new lines
     * @param defines extra multi-particle labels (name to particle names), as if defined first
     * @throws ProcessSyntaxException naming the offending token and its position
     */
    public static ProcessRequest parse(String text, Map<String, List<String>> defines) {
        return parse(text, defines, ParticleTable.SM, java.util.Set.of("QCD", "QED"), "sm");
    }

    /**
     * Parses a process text in a model.
     *
     * @param table the model's particles and predefined labels
     * @param orderNames the model's coupling orders (upper case), which {@code ORDER<=N} may name
     * @param model the model's name, for messages
     * @throws ProcessSyntaxException naming the offending token and its position
     */
    public static ProcessRequest parse(String text, Map<String, List<String>> defines, ParticleTable table,
            java.util.Set<String> orderNames, String model) {
        if (text == null || text.isBlank()) {
            throw new ProcessSyntaxException(String.valueOf(text), -1, "empty process");
        }
        Map<String, List<String>> labels = new LinkedHashMap<>(table.labels());
        defines.forEach((k, v) -> labels.put(k.toLowerCase(Locale.ROOT), v));
        ProcessRequest process = null;
        int offset = 0;
        for (String statement : text.split("[;\n]", -1)) {
            String trimmed = statement.strip();
            int lead = statement.indexOf(trimmed.isEmpty() ? statement : trimmed);
            if (!trimmed.isEmpty()) {
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("define ")) {
                    new ProcessParser(text, offset, statement, labels, table, orderNames, model).define();
                } else if (process != null) {
                    throw new ProcessSyntaxException(text, offset + lead, "a second process statement; give one process");
                } else {
                    process = new ProcessParser(text, offset, statement, labels, table, orderNames, model).process();
                }
            }
            offset += statement.length() + 1;
        }
        if (process == null) {
            throw new ProcessSyntaxException(text, -1, "no process, only define statements");
        }
        return process;
    }

    private void define() {
        next();
        String name = expectName("a label name after 'define'");
        if (table.find(name) != null) {
            fail(at - 1, "'" + name + "' is a particle name and cannot be redefined");
        }
        if (peek("=")) {
            next();
        }
        List<String> members = new ArrayList<>();
        while (at < tokens.size()) {
            int p = at;
            String t = expectName("a particle name");
            List<String> expanded = labels.get(t.toLowerCase(Locale.ROOT));
            if (expanded != null) {
                members.addAll(expanded);
            } else if (table.find(t) != null) {
                members.add(t.toLowerCase(Locale.ROOT));
            } else {
                fail(p, "unknown particle '" + t + "' in define");
            }
        }
        if (members.isEmpty()) {
            fail(at, "define " + name + " lists no particles");
        }
        labels.put(name.toLowerCase(Locale.ROOT), List.copyOf(members));
    }

    private ProcessRequest process() {
        List<String> initial = particles("an incoming particle");
        if (!peek(">")) {
            fail(at, at < tokens.size() ? "expected '>' after the incoming particles" : "missing '>' and final state");
        }
        next();
        List<String> required = List.of();
        List<String> finals = particles("a final-state particle");
        if (peek(">")) {
            next();
            required = finals;
            finals = particles("a final-state particle");
        }
        List<String> excluded = new ArrayList<>(), excludedS = new ArrayList<>();
        Map<String, OrderLimit> orders = new LinkedHashMap<>();
        while (at < tokens.size() && !peek(",")) {
            String t = tokens.get(at);
            if (t.equals("/")) {
                next();
                excluded.addAll(particles("a particle to exclude after '/'"));
            } else if (t.equals("$")) {
                next();
                excludedS.addAll(particles("a particle to exclude from s-channels after '$'"));
            } else if (ORDER.matcher(t).matches() && at + 1 < tokens.size() && isOrderOperator(tokens.get(at + 1))) {
                order(orders);
            } else {
                fail(at, "unexpected '" + t + "'");
            }
        }
        List<DecayRequest> decays = new ArrayList<>();
        while (peek(",")) {
            next();
            decays.add(decay());
        }
        if (at < tokens.size()) {
            fail(at, "unexpected '" + tokens.get(at) + "'");
        }
        return new ProcessRequest(text, written(0, tokens.size()), initial, required, finals, excluded, excludedS,
                orders, decays, labels);
    }

    private static boolean isOrderOperator(String t) {
        return t.equals("=") || t.equals("<=") || t.equals("==");
    }

    private void order(Map<String, OrderLimit> orders) {
        int p = at;
        String name = tokens.get(at).toUpperCase(Locale.ROOT);
        if (!orderNames.contains(name)) {
            fail(p, "unknown coupling order '" + tokens.get(at) + "' (the " + model + " model has "
                    + (orderNames.size() == 2 && orderNames.contains("QCD") && orderNames.contains("QED") ? "QCD and QED"
                    : String.join(", ", new java.util.TreeSet<>(orderNames))) + ")");
        }
        next();
        String op = tokens.get(at);
        next();
        if (at >= tokens.size() || !tokens.get(at).matches("\\d+")) {
            fail(at, "expected a non-negative integer after " + name + op);
        }
        OrderLimit limit = new OrderLimit(name, op, Integer.parseInt(tokens.get(at)));
        OrderLimit earlier = orders.putIfAbsent(name, limit);
        if (earlier != null) {
            // two limits on one order are ambiguous; MadGraph would keep one of them without a word
            fail(p, "coupling order " + name + " given twice (" + earlier + " and " + limit + "); give it once");
        }
        next();
    }

    private DecayRequest decay() {
        int first = at;
        if (peek("(")) {
            next();
            DecayRequest d = decayBody(true, first);
            if (!peek(")")) {
                fail(at, "expected ')' to close the decay chain opened");
            }
            next();
            return new DecayRequest(d.parent(), d.products(), d.decays(), d.position(), written(first, at));
        }
        return decayBody(false, first);
    }

    private DecayRequest decayBody(boolean nested, int first) {
        int p = at;
        List<String> parent = particles("a decaying particle");
        if (parent.size() != 1) {
            fail(p, "a decay has one decaying particle, got " + parent.size());
        }
        if (!peek(">")) {
            fail(at, "expected '>' in the decay of " + parent.get(0));
        }
        next();
        List<String> products = particles("a decay product");
        if (products.size() < 2) {
            fail(p, "the decay of " + parent.get(0) + " needs at least two products");
        }
        List<DecayRequest> inner = new ArrayList<>();
        while (nested && peek(",")) {
            next();
            inner.add(decay());
        }
        return new DecayRequest(parent.get(0), products, inner, positions.get(p), written(first, at));
    }

    /** One or more particle labels, each checked against the particles and multi-particle labels. */
    private List<String> particles(String what) {
        List<String> out = new ArrayList<>();
        while (at < tokens.size()) {
            String t = tokens.get(at);
            if (t.length() == 1 && "(),>/$=".contains(t) || t.equals("<=") || t.equals("==")) {
                break;
            }
            if (ORDER.matcher(t).matches() && at + 1 < tokens.size() && isOrderOperator(tokens.get(at + 1))) {
                break;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (table.find(lower) == null && !labels.containsKey(lower)) {
                fail(at, "unknown particle '" + t + "'");
            }
            out.add(lower);
            next();
        }
        if (out.isEmpty()) {
            fail(at, "expected " + what + (at < tokens.size() ? ", got '" + tokens.get(at) + "'" : ""));
        }
        return out;
    }

    /** The text of tokens [from, to) as written, spacing included. */
    private String written(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(positions.get(from), positions.get(to - 1) + tokens.get(to - 1).length());
    }

    private String expectName(String what) {
        if (at >= tokens.size() || !tokens.get(at).matches("[A-Za-z0-9_+~-]+")) {
            fail(at, "expected " + what);
        }
        return tokens.get(at++);
    }

    private boolean peek(String t) {
        return at < tokens.size() && tokens.get(at).equals(t);
    }

    private void next() {
        at++;
    }

    private void fail(int tokenIndex, String problem) {
        int pos = tokenIndex < positions.size() ? positions.get(tokenIndex) : text.length();
        throw new ProcessSyntaxException(text, pos, problem + (tokenIndex >= tokens.size() ? " (at the end)" : ""));
    }
}
