package madvec.ufo.python;

import java.util.List;
import java.util.Map;

/** A parsed Python expression of the subset UFO files use; every node knows where it starts. */
public sealed interface PyExpr {
    /** Where the node starts. */
    SourcePosition position();

    /** A bare name: {@code ZERO}, {@code u}, {@code ee}. */
    record Name(String id, SourcePosition position) implements PyExpr {}

    /** A number as written: {@code 2}, {@code 1.}, {@code 1.1e-05}, {@code 3j}. */
    record Number(String digits, SourcePosition position) implements PyExpr {
        /** Whether it is an imaginary literal ({@code 2j}). */
        public boolean imaginary() {
            return digits.endsWith("j");
        }

        /** The value (of the imaginary part for an imaginary literal). */
        public double value() {
            return Double.parseDouble(imaginary() ? digits.substring(0, digits.length() - 1) : digits);
        }
    }

    /** A string literal (adjacent literals joined), its content decoded. */
    record Str(String value, SourcePosition position) implements PyExpr {}

    /** {@code [a, b]} or {@code (a, b)}. */
    record Sequence(List<PyExpr> items, boolean tuple, SourcePosition position) implements PyExpr {}

    /** {@code {k: v, ...}}, keys in order of appearance. */
    record Dict(List<PyExpr> keys, List<PyExpr> values, SourcePosition position) implements PyExpr {}

    /** {@code object.name}. */
    record Attribute(PyExpr object, String name, SourcePosition position) implements PyExpr {}

    /** {@code f(a, b, key = c)}; keyword arguments in order of appearance. */
    record Call(PyExpr function, List<PyExpr> args, Map<String, PyExpr> keywords, SourcePosition position)
            implements PyExpr {}

    /** {@code -x} or {@code +x}. */
    record Unary(String op, PyExpr operand, SourcePosition position) implements PyExpr {}

    /** {@code a op b} for {@code + - * / **}. */
    record Binary(String op, PyExpr left, PyExpr right, SourcePosition position) implements PyExpr {}
}
