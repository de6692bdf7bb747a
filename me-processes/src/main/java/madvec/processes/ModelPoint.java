package madvec.processes;

import madvec.autodiff.ComplexDualScalar;
import madvec.autodiff.DualScalar;

/**
 * One parameter point of a model, as a program binds to it: masses and widths by PDG code and
 * couplings by the names a program's operations use, each a lane-uniform dual number whose tangents
 * are derivatives with respect to the point's {@link #k()} parameter directions.
 *
 * <p>This is the seam between the executor and a model: the built-in Standard Model implements it
 * (in the generator), and so can any other model, without the executor knowing which.
 */
public interface ModelPoint {
    /** Number of parameter directions every value carries tangents for. */
    int k();

    /** Mass of a particle (either sign of the PDG code), GeV. */
    DualScalar mass(int pdg);

    /** Total width of a particle (either sign of the PDG code), GeV. */
    DualScalar width(int pdg);

    /**
     * A vertex coupling by name (a name from {@link Program#couplings()}).
     *
     * @throws IllegalArgumentException when the model has no coupling of that name
     */
    ComplexDualScalar coupling(String name);
}
