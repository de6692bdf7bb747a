package madvec.ufo.python;

/**
 * One token of the restricted Python.
 *
 * @param kind what the token is
 * @param text the name, the operator, the number's digits or the string's decoded content
 * @param position where it starts
 */
public record Token(Kind kind, String text, SourcePosition position) {
    /** Token kinds; INDENT and DEDENT bracket the body of a {@code try:} or {@code except:}. */
    public enum Kind { NAME, NUMBER, STRING, OPERATOR, NEWLINE, INDENT, DEDENT, END }

    /** Whether this is the operator (or keyword name) {@code s}. */
    public boolean is(String s) {
        return (kind == Kind.OPERATOR || kind == Kind.NAME) && text.equals(s);
    }

    /** How an error message shows the token. */
    public String describe() {
        return switch (kind) {
            case NAME -> "name '" + text + "'";
            case NUMBER -> "number " + text;
            case STRING -> "string '" + (text.length() > 30 ? text.substring(0, 30) + "..." : text) + "'";
            case OPERATOR -> "'" + text + "'";
            case NEWLINE -> "end of line";
            case INDENT -> "an indented block";
            case DEDENT -> "end of an indented block";
            case END -> "end of file";
        };
    }
}
