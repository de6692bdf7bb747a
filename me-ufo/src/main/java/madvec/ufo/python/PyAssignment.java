package madvec.ufo.python;

/**
 * A module-level {@code name = expression}, the only statement of a UFO data file that defines
 * something (imports, {@code try}/{@code except} around optional imports and {@code pass} are read
 * and dropped).
 *
 * @param target the assigned name
 * @param value the expression
 * @param position where the statement starts
 */
public record PyAssignment(String target, PyExpr value, SourcePosition position) {}
