package madvec.reweight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value lists of MadGraph's {@code scan:} syntax, which MadGraph hands to Python's {@code eval}:
 * literal lists {@code [170, 175, 180]}, {@code range(a, b[, step])}, {@code list(range(...))} and the
 * list comprehension {@code [x for x in range(...)]}, optionally with one arithmetic step applied to
 * {@code x} ({@code [10*x for x in range(1,4)]}, {@code [x/2 for ...]}, {@code [x+0.5 for ...]}). Nothing
 * is evaluated as code: anything else is refused with a message showing the accepted forms.
 */
final class ScanValues {
    static final String FORMS = "[v1, v2, ...], range(a, b[, step]), [x for x in range(a, b[, step])]"
            + " or [c*x for x in range(...)] (also x*c, x/c, x+c, x-c)";
    private static final String NUM = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:list\\s*\\(\\s*)?range\\s*\\(\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*)?)?\\)\\s*\\)?");
    private static final Pattern COMPREHENSION = Pattern.compile(
            "\\[\\s*(.+?)\\s+for\\s+([A-Za-z_]\\w*)\\s+in\\s+(.+)\\]");
    private static final Pattern NUMBER = Pattern.compile(NUM);
    private static final int MAX_VALUES = 100_000;

    private ScanValues() {}

    /**
     * Reads a list expression.
     *
     * @param text the expression after {@code scan:} or {@code scanN:}
     * @return the values, in order
     * @throws IllegalArgumentException naming what is wrong
     */
    static List<Double> parse(String text) {
        String s = text.strip();
        Matcher r = RANGE.matcher(s);
        if (r.matches()) return range(r);
        Matcher c = COMPREHENSION.matcher(s);
        if (c.matches()) {
            Matcher inner = RANGE.matcher(c.group(3).strip());
            if (!inner.matches()) throw new IllegalArgumentException("'" + s + "': the comprehension must run over range(...)");
            List<Double> xs = range(inner);
            List<Double> out = new ArrayList<>(xs.size());
            for (double x : xs) out.add(apply(c.group(1).replace(" ", ""), c.group(2), x, s));
            return out;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            String body = s.substring(1, s.length() - 1).strip();
            List<Double> out = new ArrayList<>();
            if (body.isEmpty()) throw new IllegalArgumentException("'" + s + "': empty scan list");
            for (String item : body.split(",", -1)) {
                out.add(number(item.strip(), s));
            }
            return out;
        }
        throw new IllegalArgumentException("'" + s + "' is not a scan list; accepted: " + FORMS);
    }

    private static List<Double> range(Matcher m) {
        long a = Long.parseLong(m.group(1)), b, step = 1;
        if (m.group(2) == null) {
            b = a;
            a = 0;
        } else {
            b = Long.parseLong(m.group(2));
            if (m.group(3) != null) step = Long.parseLong(m.group(3));
        }
        if (step == 0) throw new IllegalArgumentException("range(): step must not be zero");
        List<Double> out = new ArrayList<>();
        for (long x = a; step > 0 ? x < b : x > b; x += step) {
            if (out.size() == MAX_VALUES) throw new IllegalArgumentException("range(): more than " + MAX_VALUES + " values");
            out.add((double) x);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("range(" + a + ", " + b + ", " + step + ") is empty");
        return out;
    }

    /** The comprehension's expression: the variable alone, or one of + - * / with a number on either side. */
    private static double apply(String expr, String var, double x, String whole) {
        if (expr.equals(var)) return x;
        for (char op : new char[] {'*', '/', '+', '-'}) {
            int at = expr.indexOf(op, 1);
            if (at < 0) continue;
            String left = expr.substring(0, at), right = expr.substring(at + 1);
            boolean varLeft = left.equals(var), varRight = right.equals(var);
            if (varLeft == varRight) continue;
            double c = number(varLeft ? right : left, whole);
            double a = varLeft ? x : c, b = varLeft ? c : x;
            return switch (op) {
                case '*' -> a * b;
                case '/' -> a / b;
                case '+' -> a + b;
                default -> a - b;
            };
        }
        throw new IllegalArgumentException("'" + whole + "': cannot read the expression '" + expr + "'; accepted: " + FORMS);
    }

    private static double number(String token, String whole) {
        if (!NUMBER.matcher(token).matches()) {
            throw new IllegalArgumentException("'" + whole + "': '" + token + "' is not a number");
        }
        double v = Double.parseDouble(token);
        if (!Double.isFinite(v)) throw new IllegalArgumentException("'" + whole + "': '" + token + "' is not finite");
        return v;
    }
}
