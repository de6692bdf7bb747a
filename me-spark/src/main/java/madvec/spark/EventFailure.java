package madvec.spark;

/**
 * A task's failure, worded for the person who runs the job ({@code FILE:LINE: event N: problem}); the
 * driver finds it in Spark's exception chain and prints its message alone. Spark sends it from the
 * executor serialised, so it holds nothing but its message.
 */
final class EventFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EventFailure(String message) {
        super(message, null, false, false);
    }
}
