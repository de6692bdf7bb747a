package madvec.cli;

/**
 * A usage error found after parsing, when options that parse fine do not fit together (for example
 * {@code sample --process "g g > t t~"} without {@code --sqrts}). The CLI prints {@code madvec: } and
 * the message and exits with status 2, as for the errors picocli finds while parsing.
 */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
