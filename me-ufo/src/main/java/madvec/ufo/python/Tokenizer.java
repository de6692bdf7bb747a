package madvec.ufo.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import madvec.ufo.python.Token.Kind;

/**
 * Splits restricted Python into tokens: names, numbers (integers, floats, Python 2 longs, imaginary
 * literals), strings (single, double and triple quoted, with the usual escapes), operators, and the
 * logical-line structure (NEWLINE, INDENT, DEDENT), with comments, backslash continuations and the
 * implicit joining inside brackets that Python has.
 */
public final class Tokenizer {
    private static final String[] OPERATORS = {"**", "//", "==", "!=", "<=", ">=", "(", ")", "[", "]", "{", "}",
        ",", ":", ".", "=", "+", "-", "*", "/", "%", "<", ">", ";", "~"};

    private final String file;
    private final String text;
    private final int lineOffset;
    private final int columnOffset;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    /** An expression string: no line structure, brackets checked by the parser. */
    private boolean expression;

    private Tokenizer(String file, String text, int lineOffset, int columnOffset) {
        this.file = file;
        this.text = text;
        this.lineOffset = lineOffset;
        this.columnOffset = columnOffset;
        indents.push(0);
    }

    /** The tokens of a whole file; the last is END. */
    public static List<Token> ofFile(String file, String text) {
        Tokenizer t = new Tokenizer(file, text, 0, 0);
        t.run();
        return t.tokens;
    }

    /**
     * The tokens of an expression held in a string literal, positioned inside the file: the literal's
     * content starts at {@code start}. No line structure: newlines are blanks.
     */
    public static List<Token> ofExpression(SourcePosition start, String expression) {
        Tokenizer t = new Tokenizer(start.file(), expression, start.line() - 1, start.column() - 1);
        t.depth = 1; // as if inside brackets: no NEWLINE tokens
        t.expression = true;
        t.run();
        return t.tokens;
    }

    private SourcePosition here(int at) {
        int column = at - lineStart + 1;
        return new SourcePosition(file, line + lineOffset, line == 1 ? column + columnOffset : column);
    }

    private void run() {
        boolean atLineStart = depth == 0;
        while (pos < text.length()) {
            if (atLineStart) {
                // a blank or comment line is skipped whole and the next line starts afresh
                atLineStart = indentation();
                if (atLineStart) {
                    continue;
                }
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline(c);
                if (depth == 0) {
                    add(Kind.NEWLINE, "\n", pos - 1);
                    atLineStart = true;
                }
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
            } else if (c == '\\') {
                int at = pos++;
                if (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
                    newline(text.charAt(pos));
                } else {
                    throw here(at).error("a backslash outside a string must end the line (line continuation)");
                }
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                number();
            } else if (c == '\'' || c == '"') {
                string(pos, 0);
            } else {
                operator();
            }
        }
        if (depth > 0 && !expression) {
            throw here(pos).error("end of file inside brackets: expected a closing ')', ']' or '}'");
        }
        if (!expression && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Kind.NEWLINE) {
            add(Kind.NEWLINE, "\n", pos);
        }
        while (indents.size() > 1) {
            indents.pop();
            add(Kind.DEDENT, "", pos);
        }
        add(Kind.END, "", pos);
    }

    /** Reads the indentation of a line; true when the line is blank or a comment (skipped whole). */
    private boolean indentation() {
        int width = 0;
        int at = pos;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            width += text.charAt(at) == '\t' ? 8 - width % 8 : 1;
            at++;
        }
        if (at >= text.length() || text.charAt(at) == '#' || text.charAt(at) == '\n' || text.charAt(at) == '\r') {
            while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') at++;
            if (at < text.length()) {
                pos = at;
                newline(text.charAt(at));
            } else {
                pos = at;
            }
            return true;
        }
        pos = at;
        if (width > indents.peek()) {
            indents.push(width);
            add(Kind.INDENT, "", pos);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                add(Kind.DEDENT, "", pos);
            }
            if (width != indents.peek()) {
                throw here(pos).error("indentation does not match any enclosing block");
            }
        }
        return false;
    }

    private void newline(char c) {
        pos++;
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    private void name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
        // string prefixes (u'', r'', b'') of Python 2 and 3
        if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"') && pos - start <= 2
                && text.substring(start, pos).toLowerCase().matches("[urb]{1,2}")) {
            string(start, pos - start);
            return;
        }
        add(Kind.NAME, text.substring(start, pos), start);
    }

    private void number() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                digits();
            } else {
                throw here(mark).error("malformed number '" + text.substring(start, pos) + "': expected exponent digits");
            }
        }
        String digits = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == 'j' || text.charAt(pos) == 'J')) {
            pos++;
            digits += "j";
        } else if (pos < text.length() && (text.charAt(pos) == 'l' || text.charAt(pos) == 'L')) {
            pos++; // a Python 2 long
        }
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            throw here(start).error("malformed number '" + text.substring(start, pos + 1) + "'");
        }
        add(Kind.NUMBER, digits, start);
    }

    private void digits() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
    }

    private void string(int start, int prefixLength) {
        boolean raw = text.substring(start, start + prefixLength).toLowerCase().contains("r");
        pos = start + prefixLength;
        char quote = text.charAt(pos);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        SourcePosition at = here(start);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw at.error("unterminated string: expected a closing " + (triple ? "triple " : "") + "quote " + quote);
            }
            char c = text.charAt(pos);
            if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if ((c == '\n' || c == '\r') && !triple) {
                throw at.error("unterminated string: a line ends before the closing quote " + quote);
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char n = text.charAt(pos + 1);
                if (raw) {
                    sb.append(c).append(n);
                } else {
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case '\\', '\'', '"' -> sb.append(n);
                        case '\n', '\r' -> { }
                        default -> sb.append(c).append(n);
                    }
                }
                if (n == '\n' || n == '\r') {
                    pos++;
                    newline(n); // a continued string: the line count goes on
                } else {
                    pos += 2;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                sb.append('\n');
                newline(c);
                continue;
            }
            sb.append(c);
            pos++;
        }
        // The content's position: one past the opening quote(s), for errors inside expressions.
        SourcePosition content = new SourcePosition(at.file(), at.line(), at.column() + prefixLength + (triple ? 3 : 1));
        tokens.add(new Token(Kind.STRING, sb.toString(), content));
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                switch (op) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> {
                        if (depth == 0) {
                            throw here(pos).error("unmatched '" + op + "'");
                        }
                        depth--;
                    }
                    default -> { }
                }
                add(Kind.OPERATOR, op, pos);
                pos += op.length();
                return;
            }
        }
        throw here(pos).error("unexpected character '" + text.charAt(pos) + "'");
    }

    private void add(Kind kind, String s, int at) {
        tokens.add(new Token(kind, s, here(Math.max(at, lineStart))));
    }
}
