package madvec.ufo;

import java.util.List;
import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;
import madvec.processes.ModelPoint;

/**
 * A UFO model at one parameter point: every parameter and coupling as a lane-uniform complex dual
 * number whose k tangents are derivatives with respect to the chosen inputs. Implements the
 * executor's {@link ModelPoint} seam: masses and widths by PDG code, couplings by UFO name
 * ({@code "-GC_5"} is the coupling negated, as the SM's point allows for fermion signs).
 *
 * <p>Immutable; made by {@link UfoParameters#evaluate}.
 */
public final class UfoPoint implements ModelPoint {
    private final UfoParameters parameters;
    private final ComplexDualScalar[] slots;
    private final List<String> derivativeNames;

    UfoPoint(UfoParameters parameters, ComplexDualScalar[] slots, List<String> derivativeNames) {
        this.parameters = parameters;
        this.slots = slots;
        this.derivativeNames = derivativeNames;
    }

    /** The inputs the tangents are derivatives with respect to, in tangent order ({@code block.id}). */
    public List<String> derivativeNames() {
        return derivativeNames;
    }

    @Override
    public int k() {
        return derivativeNames.size();
    }

    /**
     * A parameter (external, internal, or fixed by the restriction) or coupling by its UFO name.
     *
     * @throws IllegalArgumentException when the model has no parameter or coupling of that name
     */
    public ComplexDualScalar value(String ufoName) {
        int s = parameters.slot(ufoName);
        if (s >= 0) {
            return slots[s];
        }
        Double fixed = parameters.model().fixedParameters().get(ufoName);
        if (fixed != null) {
            return ComplexDualScalar.constant(fixed, 0, k());
        }
        if (parameters.model().parameter(ufoName) != null || parameters.model().couplings().stream()
                .anyMatch(c -> c.name().equals(ufoName))) {
            throw new IllegalArgumentException(ufoName + " of model " + parameters.model().name()
                    + " was not computed: these formulas are a subset (UfoParameters.only) that does not need it");
        }
        throw new IllegalArgumentException("model " + parameters.model().name() + " has no parameter or coupling named "
                + ufoName);
    }

    @Override
    public DualScalar mass(int pdg) {
        return value(parameters.model().particle(pdg).mass()).re();
    }

    @Override
    public DualScalar width(int pdg) {
        return value(parameters.model().particle(pdg).width()).re();
    }

    @Override
    public ComplexDualScalar coupling(String name) {
        boolean negated = name.startsWith("-");
        String bare = negated ? name.substring(1) : name;
        int s = parameters.slot(bare);
        if (s < 0 && parameters.model().couplings().stream().anyMatch(c -> c.name().equals(bare))) {
            throw new IllegalArgumentException("coupling " + bare + " of model " + parameters.model().name()
                    + " was not computed: these formulas are a subset (UfoParameters.only) without it");
        }
        if (s < 0 || !parameters.isCouplingSlot(s)) {
            throw new IllegalArgumentException("model " + parameters.model().name() + " has no coupling named " + bare
                    + (parameters.model().removedCouplings().contains(bare)
                            ? " (the restriction removed it: it vanishes at the restriction card)" : ""));
        }
        return negated ? slots[s].negate() : slots[s];
    }

    /** The compiled formulas this point was evaluated with. */
    public UfoParameters parameters() {
        return parameters;
    }
}
