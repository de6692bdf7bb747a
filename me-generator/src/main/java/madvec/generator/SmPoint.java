package madvec.generator;

import java.util.concurrent.ConcurrentHashMap;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.model.StandardModel;
import madvec.processes.ModelPoint;

/**
 * The Standard Model at one parameter point, as programs bind to it: masses and widths from
 * {@link StandardModel}, couplings by the names of the vertex table ({@code "-name"} is the coupling
 * negated, as fermion signs need). Couplings are computed when first asked for and kept.
 */
public final class SmPoint implements ModelPoint {
    private final StandardModel model;
    private final ConcurrentHashMap<String, ComplexDualScalar> couplings = new ConcurrentHashMap<>();

    private SmPoint(StandardModel model) {
        this.model = model;
    }

    /** The point of a derived Standard Model. */
    public static SmPoint of(StandardModel model) {
        return new SmPoint(model);
    }

    /** The model's parameters. */
    public StandardModel model() {
        return model;
    }

    @Override
    public int k() {
        return model.k();
    }

    @Override
    public DualScalar mass(int pdg) {
        return model.mass(pdg);
    }

    @Override
    public DualScalar width(int pdg) {
        return model.width(pdg);
    }

    @Override
    public ComplexDualScalar coupling(String name) {
        ComplexDualScalar known = couplings.get(name);
        if (known != null) {
            return known;
        }
        boolean negated = name.startsWith("-");
        Coupling c = SmVertices.coupling(negated ? name.substring(1) : name);
        if (c == null) {
            throw new IllegalArgumentException("the sm model has no coupling named " + name);
        }
        ComplexDualScalar g = c.value().apply(model);
        ComplexDualScalar v = negated ? g.negate() : g;
        couplings.putIfAbsent(name, v);
        return v;
    }
}
