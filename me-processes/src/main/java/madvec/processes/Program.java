package madvec.processes;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A compiled process: data, not code. The executor runs any program with one fixed set of kernels.
 *
 * <p>Slots {@code 0 .. externals.size()-1} hold the external wavefunctions in process order
 * (incoming first); further slots hold internal currents. Amplitudes feed colour flows ("jamps")
 * through {@link ColourTerm}s; |M|^2 = average * sum over helicities of conj(J) C J, with
 * {@code colourMatrix} already divided by MadGraph's colour denominators.
 *
 * <p>Programs compare by value, so that two compilations of one process are equal, and
 * {@link #text()} prints one line per operation.
 *
 * @param process the process string it was built from
 * @param externals external particles in process order
 * @param operations vertex steps in execution order
 * @param slots number of wavefunction slots
 * @param amplitudes number of amplitudes
 * @param colourTerms amplitude to colour-flow coefficients
 * @param colourMatrix real symmetric colour matrix, jamps x jamps
 * @param average factor for initial-state spin and colour averaging and identical final particles
 * @param couplings names of the couplings the operations refer to by index; a {@link ModelPoint}
 *     gives their values
 * @param colourFlows the readable name of each colour flow, in jamp order, as
 *     {@code madvec.colour.ColourDecomposition#basis()} writes it ({@code "(T0 T1)_{2,3}"}, labels are
 *     0-based external indices); empty when unknown. Event generators read colour connections from it.
 */
public record Program(String process, List<External> externals, List<Operation> operations, int slots,
        int amplitudes, List<ColourTerm> colourTerms, double[][] colourMatrix, double average,
        List<String> couplings, List<String> colourFlows) {

    /** A program whose colour flows have no names. */
    public Program(String process, List<External> externals, List<Operation> operations, int slots, int amplitudes,
            List<ColourTerm> colourTerms, double[][] colourMatrix, double average, List<String> couplings) {
        this(process, externals, operations, slots, amplitudes, colourTerms, colourMatrix, average, couplings, List.of());
    }

    /** Copies the lists and the matrix, so that a program cannot change after it is made. */
    public Program {
        colourFlows = List.copyOf(colourFlows);
        if (!colourFlows.isEmpty() && colourFlows.size() != colourMatrix.length) {
            throw new IllegalArgumentException(colourFlows.size() + " colour-flow names for " + colourMatrix.length + " flows");
        }
        externals = List.copyOf(externals);
        operations = List.copyOf(operations);
        colourTerms = List.copyOf(colourTerms);
        couplings = List.copyOf(couplings);
        double[][] m = new double[colourMatrix.length][];
        for (int i = 0; i < m.length; i++) m[i] = colourMatrix[i].clone();
        colourMatrix = m;
    }

    /** The colour matrix (a copy). */
    @Override
    public double[][] colourMatrix() {
        double[][] m = new double[colourMatrix.length][];
        for (int i = 0; i < m.length; i++) m[i] = colourMatrix[i].clone();
        return m;
    }

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

    /** The readable listing of {@link ProgramText}: one line per operation. */
    public String text() {
        return ProgramText.of(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Program p && process.equals(p.process) && externals.equals(p.externals)
                && operations.equals(p.operations) && slots == p.slots && amplitudes == p.amplitudes
                && colourTerms.equals(p.colourTerms) && Arrays.deepEquals(colourMatrix, p.colourMatrix)
                && Double.compare(average, p.average) == 0 && couplings.equals(p.couplings)
                && colourFlows.equals(p.colourFlows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(process, externals, operations, slots, amplitudes, colourTerms,
                Arrays.deepHashCode(colourMatrix), average, couplings, colourFlows);
    }

    @Override
    public String toString() {
        return "Program[" + process + ": " + particles() + " particles, " + operations.size() + " operations, "
                + amplitudes + " amplitudes, " + jamps() + " colour flows]";
    }
}
