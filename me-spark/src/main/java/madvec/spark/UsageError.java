package madvec.spark;

/** A command line that cannot run as given (exit status 2), as opposed to a run that failed (1). */
final class UsageError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
