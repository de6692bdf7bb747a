package madvec.api;

import java.util.List;

/**
 * The results of one batch evaluation, as primitive arrays indexed by event ("lane").
 *
 * <p>Derivatives are named as in {@link #names()}: the requested SLHA parameters first, then the
 * hypercube coordinates {@code u1 ..} (hypercube evaluations with coordinates requested) or the momentum
 * components {@code E0 px0 py0 pz0 E1 ..} (momentum evaluations with momenta requested).
 */
public final class Batch {
    private final int lanes;
    private final List<String> names;
    private final double[] me;
    private final double[][] dme;
    private final double[] weight;
    private final double[][] dweight;
    private final double[][] momenta;

    Batch(int lanes, List<String> names, double[] me, double[][] dme, double[] weight, double[][] dweight,
            double[][] momenta) {
        this.lanes = lanes;
        this.names = names;
        this.me = me;
        this.dme = dme;
        this.weight = weight;
        this.dweight = dweight;
        this.momenta = momenta;
    }

    /** Number of events. */
    public int lanes() {
        return lanes;
    }

    /** Names of the derivatives, in order. */
    public List<String> names() {
        return names;
    }

    /** |M|^2 of each event (the array itself, not a copy). */
    public double[] me() {
        return me;
    }

    /** d|M|^2 / d(derivative j) of each event. */
    public double[] dme(int j) {
        return dme[j];
    }

    /**
     * d|M|^2 / d(name) of each event.
     *
     * @throws IllegalArgumentException when the derivative was not requested
     */
    public double[] dme(String name) {
        return dme[index(name)];
    }

    /** The phase-space weight of each event (hypercube evaluations; null for momentum evaluations). */
    public double[] weight() {
        return weight;
    }

    /** d(weight)/d(name) (hypercube evaluations; null otherwise). */
    public double[] dweight(String name) {
        return dweight == null ? null : dweight[index(name)];
    }

    /** d(weight)/d(derivative j) (hypercube evaluations; null otherwise). */
    public double[] dweight(int j) {
        return dweight == null ? null : dweight[j];
    }

    /**
     * The momenta of each event, {@code [4 * particle + mu][lane]}, incoming first (hypercube evaluations:
     * the mapped momenta; momentum evaluations: the input).
     */
    public double[][] momenta() {
        return momenta;
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no derivative '" + name + "' was requested; have " + names);
        }
        return i;
    }
}
