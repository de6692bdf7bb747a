package madvec.ufo.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.ufo.python.Token.Kind;

/**
 * A recursive-descent parser for the Python subset of UFO data files.
 *
 * <p>Statements: {@code import a [as b]}, {@code from a import b, c}, {@code try:} / {@code except
 * [Name]:} blocks (around optional imports), {@code pass}, and {@code name = expression}.
 * Expressions: names, numbers, strings, lists, tuples, dicts, attribute references, calls with
 * positional and keyword arguments, unary {@code + -} and binary {@code + - * / **} with Python's
 * precedence ({@code **} binds tighter than unary minus on its left, and is right-associative).
 * Anything else is an error naming the file, line, column, what was found and what was expected.
 */
public final class PyParser {
    private final List<Token> tokens;
    private final Map<String, String> imports = new LinkedHashMap<>();
    private int at;

    private PyParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A whole file: its assignments, in order, and its imports. */
    public static PyModule parseFile(String file, String text) {
        PyParser p = new PyParser(Tokenizer.ofFile(file, text));
        List<PyAssignment> out = new ArrayList<>();
        p.statements(out, false);
        p.expect(Kind.END, "a statement (an assignment, import, or try block)");
        return new PyModule(file, List.copyOf(out), Map.copyOf(p.imports));
    }

    /** One expression held in a string literal whose content starts at {@code start}. */
    public static PyExpr parseExpression(SourcePosition start, String expression) {
        PyParser p = new PyParser(Tokenizer.ofExpression(start, expression));
        if (p.peek().kind() == Kind.END) {
            throw start.error("empty expression: expected a number, a name or a formula");
        }
        PyExpr e = p.expression();
        if (p.peek().kind() != Kind.END) {
            throw p.peek().position().error("unexpected " + p.peek().describe() + " after the expression '"
                    + expression.strip() + "': expected an operator (+ - * / **) or its end");
        }
        return e;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        return tokens.get(at++);
    }

    private Token expect(Kind kind, String expected) {
        Token t = peek();
        if (t.kind() != kind) {
            throw t.position().error("unexpected " + t.describe() + ": expected " + expected);
        }
        return next();
    }

    private Token expectOp(String op, String expected) {
        Token t = peek();
        if (!t.is(op)) {
            throw t.position().error("unexpected " + t.describe() + ": expected " + expected);
        }
        return next();
    }

    private void statements(List<PyAssignment> out, boolean inBlock) {
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.END || (inBlock && t.kind() == Kind.DEDENT)) {
                return;
            }
            if (t.kind() == Kind.NEWLINE) {
                next();
                continue;
            }
            statement(out);
        }
    }

    private void statement(List<PyAssignment> out) {
        Token t = peek();
        if (t.kind() == Kind.INDENT) {
            throw t.position().error("unexpected indentation: expected a statement at the start of the line");
        }
        if (t.kind() != Kind.NAME) {
            throw t.position().error("unexpected " + t.describe() + ": expected a statement (an assignment, import, or try block)");
        }
        switch (t.text()) {
            case "import" -> importStatement();
            case "from" -> fromStatement();
            case "pass" -> {
                next();
                endOfStatement();
            }
            case "try" -> tryStatement(out);
            case "def", "class", "if", "for", "while", "with", "return", "print", "lambda", "del", "global" ->
                throw t.position().error("'" + t.text() + "' is outside the Python subset of UFO data files:"
                        + " expected assignments of UFO objects (Particle, Parameter, Coupling, Lorentz, Vertex,"
                        + " CouplingOrder), imports or try blocks");
            default -> {
                next();
                if (!peek().is("=")) {
                    throw peek().position().error("unexpected " + peek().describe() + " after '" + t.text()
                            + "': expected '=' (a module-level assignment)");
                }
                next();
                PyExpr value = expression();
                endOfStatement();
                out.add(new PyAssignment(t.text(), value, t.position()));
            }
        }
    }

    private void endOfStatement() {
        Token t = peek();
        if (t.is(";")) {
            next();
            return;
        }
        if (t.kind() != Kind.NEWLINE && t.kind() != Kind.END && t.kind() != Kind.DEDENT) {
            throw t.position().error("unexpected " + t.describe() + ": expected the end of the statement");
        }
        if (t.kind() == Kind.NEWLINE) {
            next();
        }
    }

    private String dottedName(String what) {
        StringBuilder sb = new StringBuilder(expect(Kind.NAME, what).text());
        while (peek().is(".")) {
            next();
            sb.append('.').append(expect(Kind.NAME, what).text());
        }
        return sb.toString();
    }

    private void importStatement() {
        next();
        while (true) {
            String module = dottedName("a module name after 'import'");
            String bound = module;
            if (peek().is("as")) {
                next();
                bound = expect(Kind.NAME, "a name after 'as'").text();
            }
            imports.put(bound, module);
            if (!peek().is(",")) {
                break;
            }
            next();
        }
        endOfStatement();
    }

    private void fromStatement() {
        next();
        String module = dottedName("a module name after 'from'");
        if (!peek().is("import")) {
            throw peek().position().error("unexpected " + peek().describe() + ": expected 'import'");
        }
        next();
        if (peek().is("*")) {
            next();
        } else {
            boolean parenthesised = peek().is("(");
            if (parenthesised) {
                next();
            }
            while (true) {
                String name = expect(Kind.NAME, "a name to import").text();
                String bound = name;
                if (peek().is("as")) {
                    next();
                    bound = expect(Kind.NAME, "a name after 'as'").text();
                }
                imports.put(bound, module + "." + name);
                if (!peek().is(",")) {
                    break;
                }
                next();
                if (parenthesised && peek().is(")")) {
                    break;
                }
            }
            if (parenthesised) {
                expectOp(")", "')' closing the imported names");
            }
        }
        endOfStatement();
    }

    /** {@code try:} block {@code except [Name[, name]]:} block: definitions in either are kept. */
    private void tryStatement(List<PyAssignment> out) {
        next();
        expectOp(":", "':' after 'try'");
        block(out, "try");
        boolean anyExcept = false;
        while (peek().is("except")) {
            anyExcept = true;
            next();
            if (peek().kind() == Kind.NAME) {
                dottedName("an exception name");
            }
            expectOp(":", "':' after 'except'");
            block(out, "except");
        }
        if (!anyExcept) {
            throw peek().position().error("unexpected " + peek().describe() + ": expected 'except' after a try block");
        }
    }

    private void block(List<PyAssignment> out, String owner) {
        expect(Kind.NEWLINE, "a line break after '" + owner + ":'");
        expect(Kind.INDENT, "an indented block after '" + owner + ":'");
        statements(out, true);
        expect(Kind.DEDENT, "the end of the indented block");
    }

    // ----- expressions -----

    private PyExpr expression() {
        PyExpr e = arithmetic();
        Token t = peek();
        if (t.is("if") || t.is("==") || t.is("!=") || t.is("<") || t.is(">") || t.is("<=") || t.is(">=")
                || t.is("and") || t.is("or")) {
            throw t.position().error("'" + t.text() + "' (a condition) is outside the subset of UFO expressions:"
                    + " expected arithmetic; conditions are written cond(x, a, b) in UFO");
        }
        return e;
    }

    private PyExpr arithmetic() {
        PyExpr left = term();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = new PyExpr.Binary(op.text(), left, term(), op.position());
        }
        return left;
    }

    private PyExpr term() {
        PyExpr left = factor();
        while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%")) {
            Token op = next();
            if (op.is("//") || op.is("%")) {
                throw op.position().error("'" + op.text() + "' (integer division or remainder) is outside the subset"
                        + " of UFO expressions: expected * or /");
            }
            left = new PyExpr.Binary(op.text(), left, factor(), op.position());
        }
        return left;
    }

    private PyExpr factor() {
        if (peek().is("-") || peek().is("+")) {
            Token op = next();
            return new PyExpr.Unary(op.text(), factor(), op.position());
        }
        return power();
    }

    private PyExpr power() {
        PyExpr base = primary();
        if (peek().is("**")) {
            Token op = next();
            return new PyExpr.Binary("**", base, factor(), op.position());
        }
        return base;
    }

    private PyExpr primary() {
        PyExpr e = atom();
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                next();
                Token name = expect(Kind.NAME, "an attribute name after '.'");
                e = new PyExpr.Attribute(e, name.text(), name.position());
            } else if (t.is("(")) {
                next();
                e = arguments(e, t.position());
            } else if (t.is("[")) {
                throw t.position().error("subscripts ('[' after a value) are outside the subset of UFO files");
            } else {
                return e;
            }
        }
    }

    private PyExpr arguments(PyExpr function, SourcePosition position) {
        List<PyExpr> args = new ArrayList<>();
        Map<String, PyExpr> keywords = new LinkedHashMap<>();
        while (!peek().is(")")) {
            Token t = peek();
            if (t.kind() == Kind.NAME && tokens.get(at + 1).is("=")) {
                next();
                next();
                if (keywords.put(t.text(), expression()) != null) {
                    throw t.position().error("keyword argument '" + t.text() + "' given twice");
                }
            } else {
                if (!keywords.isEmpty()) {
                    throw t.position().error("positional argument after keyword arguments: expected 'name = value'");
                }
                args.add(expression());
            }
            if (!peek().is(",")) {
                break;
            }
            next();
        }
        expectOp(")", "',' or ')' in the argument list");
        return new PyExpr.Call(function, List.copyOf(args), keywords, position);
    }

    private PyExpr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                if (t.is("lambda") || t.is("not") || t.is("if") || t.is("else") || t.is("for")) {
                    throw t.position().error("'" + t.text() + "' is outside the subset of UFO expressions:"
                            + " expected a number, string, name, list, tuple or dict");
                }
                next();
                return new PyExpr.Name(t.text(), t.position());
            }
            case NUMBER -> {
                next();
                return new PyExpr.Number(t.text(), t.position());
            }
            case STRING -> {
                next();
                StringBuilder sb = new StringBuilder(t.text());
                while (peek().kind() == Kind.STRING) {
                    sb.append(next().text());
                }
                return new PyExpr.Str(sb.toString(), t.position());
            }
            case OPERATOR -> {
                switch (t.text()) {
                    case "(" -> {
                        next();
                        return parenthesised(t.position());
                    }
                    case "[" -> {
                        next();
                        List<PyExpr> items = items("]");
                        return new PyExpr.Sequence(items, false, t.position());
                    }
                    case "{" -> {
                        next();
                        return dict(t.position());
                    }
                    default -> { }
                }
            }
            default -> { }
        }
        throw t.position().error("unexpected " + t.describe()
                + ": expected a value (number, string, name, list, tuple, dict or a parenthesised expression)");
    }

    private PyExpr parenthesised(SourcePosition position) {
        if (peek().is(")")) {
            next();
            return new PyExpr.Sequence(List.of(), true, position);
        }
        PyExpr first = expression();
        if (peek().is(")")) {
            next();
            return first;
        }
        List<PyExpr> items = new ArrayList<>();
        items.add(first);
        expectOp(",", "',' or ')' after a parenthesised expression");
        items.addAll(items(")"));
        return new PyExpr.Sequence(List.copyOf(items), true, position);
    }

    /** Comma-separated items up to and including {@code close}; a trailing comma is allowed. */
    private List<PyExpr> items(String close) {
        List<PyExpr> items = new ArrayList<>();
        while (!peek().is(close)) {
            items.add(expression());
            if (!peek().is(",")) {
                break;
            }
            next();
        }
        expectOp(close, "',' or '" + close + "'");
        return List.copyOf(items);
    }

    private PyExpr dict(SourcePosition position) {
        List<PyExpr> keys = new ArrayList<>();
        List<PyExpr> values = new ArrayList<>();
        while (!peek().is("}")) {
            keys.add(expression());
            expectOp(":", "':' between a dict key and its value");
            values.add(expression());
            if (!peek().is(",")) {
                break;
            }
            next();
        }
        expectOp("}", "',' or '}' in a dict");
        return new PyExpr.Dict(List.copyOf(keys), List.copyOf(values), position);
    }
}
