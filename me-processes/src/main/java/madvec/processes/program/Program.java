package madvec.processes.program;

import java.util.List;

/**
 * A compiled process: data, not code. The executor runs any program with one fixed set of kernels.
 *
 * <p>Slots {@code 0 .. externals.size()-1} hold the external wavefunctions in process order
 * (incoming first); further slots hold internal currents. Amplitudes feed colour flows ("jamps")
 * through {@link ColourTerm}s; |M|^2 = average * sum over helicities of conj(J) C J, with
 * {@code colourMatrix} already divided by MadGraph's colour denominators.
 *
 * @param process the process string it was built from
 * @param externals external particles in process order
 * @param operations vertex steps in execution order
 * @param slots number of wavefunction slots
 * @param amplitudes number of amplitudes
 * @param colourTerms amplitude to colour-flow coefficients
 * @param colourMatrix real symmetric colour matrix, jamps x jamps
 * @param average factor for initial-state spin and colour averaging and identical final particles
 * @param couplings couplings referenced by index from the operations
 */
public record Program(String process, List<External> externals, List<Operation> operations, int slots,
        int amplitudes, List<ColourTerm> colourTerms, double[][] colourMatrix, double average,
        List<CouplingSpec> couplings) {

    /** Number of external particles. */
    public int particles() {
        return externals.size();
    }

    /** Number of colour flows. */
    public int jamps() {
        return colourMatrix.length;
    }

    /** Number of incoming particles (always 2 here). */
    public int incoming() {
        return (int) externals.stream().filter(External::incoming).count();
    }
}
