package madvec.reweight;

/**
 * The new weights of one event.
 *
 * @param original the event's weight XWGTUP
 * @param weights one new weight per {@link Reweighter#points() point}, in order: original x
 *     |M(new)|^2 / |M(original)|^2 at the event's momenta; zeros when the event was not reweighted
 * @param derivatives {@code derivatives[point][g]}: d weight / d {@link Reweighter#gradients() gradient g}
 *     at that point; zeros when the event was not reweighted
 * @param problem why the event was not reweighted (with {@code skipBad}), or null when it was
 */
public record EventWeights(double original, double[] weights, double[][] derivatives, String problem) {
    /** @return whether the event was reweighted */
    public boolean ok() {
        return problem == null;
    }
}
