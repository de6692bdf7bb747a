package madvec.reweight;

/** An event that cannot be reweighted; the message starts with its {@link EventPosition#label()}. */
public final class ReweightException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient EventPosition position;

    /**
     * @param position the event
     * @param problem what is wrong with it
     */
    public ReweightException(EventPosition position, String problem) {
        super(position.label() + ": " + problem);
        this.position = position;
    }

    /** @return the event the message names */
    public EventPosition position() {
        return position;
    }
}
