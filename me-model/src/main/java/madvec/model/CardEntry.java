package madvec.model;

/**
 * One {@code index... value # comment} line of a block.
 *
 * @param name the parameter name, {@code block.i} or {@code block.i.j} (lower case)
 * @param indices the integer indices as written, joined by single spaces
 * @param value the value
 * @param comment the comment (without {@code #}), empty when none
 */
record CardEntry(String name, String indices, double value, String comment) {
    CardEntry withValue(double newValue) {
        return new CardEntry(name, indices, newValue, comment);
    }
}
