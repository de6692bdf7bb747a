package madvec.serve;

import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;

/**
 * One served model, compiled: the matrix element in the (up to) four forms a request can need, value
 * only or with {@code grad_theta} and/or the hypercube gradient, all at the card's parameter point.
 * A request at another point moves the form it needs there with {@link MatrixElement#withParameters}
 * (microseconds; nothing recompiled). The forms are compiled at start-up so that no request pays for
 * a compilation and readiness means every request can be served at once.
 */
public final class Model {
    private final ModelSpec spec;
    /** Indexed by {@link #form}: value, +theta, +coords, +theta+coords; null where not available. */
    private final MatrixElement[] forms = new MatrixElement[4];
    private final int dimensions, particles;
    private final boolean points;

    Model(ModelSpec spec) {
        this.spec = spec;
        forms[0] = build(false, false);
        this.points = !Double.isNaN(forms[0].sqrtS()) && forms[0].pdgs().length >= 4;
        this.dimensions = points ? forms[0].dimensions() : 0;
        this.particles = forms[0].pdgs().length;
        if (!spec.parameters().isEmpty()) {
            forms[1] = build(true, false);
        }
        if (points) {
            forms[2] = build(false, true);
            if (!spec.parameters().isEmpty()) {
                forms[3] = build(true, true);
            }
        }
    }

    private MatrixElement build(boolean theta, boolean coords) {
        MatrixElement.Builder b = MatrixElement.builder(spec.process()).precision(spec.precision());
        if (spec.paramCard() != null) {
            b.paramCard(spec.paramCard());
        }
        spec.sets().forEach(b::set);
        String[] p = spec.parameters().toArray(String[]::new);
        // declared parameters may be set per request: free keeps what a non-zero value switches on
        b.free(p);
        if (theta) {
            b.derivatives(p);
        }
        if (coords) {
            b.wrtCoordinates();
        }
        if (spec.sqrtS() != null) {
            b.sqrtS(spec.sqrtS());
        }
        return b.build();
    }

    static int form(boolean theta, boolean coords) {
        return (theta ? 1 : 0) + (coords ? 2 : 0);
    }

    /** The declaration. */
    public ModelSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /** Whether hypercube inputs {@code u} are served (a sqrt(s) and two or more final-state particles). */
    public boolean servesPoints() {
        return points;
    }

    /** Hypercube dimension d (0 without hypercube inputs). */
    public int dimensions() {
        return dimensions;
    }

    /** External particles n (momenta have 4n components). */
    public int particles() {
        return particles;
    }

    /** The declared parameters P, in the order of {@code theta} and {@code grad_theta}. */
    public List<String> parameters() {
        return spec.parameters();
    }

    /** The value-only matrix element at the card's point (metadata: process, card, sqrt(s)). */
    public MatrixElement base() {
        return forms[0];
    }

    /**
     * The matrix element of a form at a parameter point (empty map: the card's point).
     *
     * @throws IllegalArgumentException for a refused value (the API's message)
     */
    MatrixElement at(int form, Map<String, Double> point) {
        MatrixElement me = forms[form];
        if (me == null) {
            throw new IllegalStateException("form " + form + " of model " + name() + " was not compiled");
        }
        return point.isEmpty() ? me : me.withParameters(point);
    }
}
