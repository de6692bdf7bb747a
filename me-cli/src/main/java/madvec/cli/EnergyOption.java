package madvec.cli;

import madvec.api.MatrixElement;
import picocli.CommandLine.Option;

/** {@code --sqrts} of the commands that map the hypercube: required with a process string, a catalog name brings its own. */
final class EnergyOption {
    @Option(names = "--sqrts", paramLabel = "S", converter = Limits.PositiveReal.class,
            description = "centre-of-mass energy in GeV, above the sum of the final-state masses"
                    + " (required for a process string; a catalog name brings its own)")
    Double sqrtS;

    /**
     * Sets the energy on the builder, or leaves the catalog's.
     *
     * @throws UsageError for a process string without {@code --sqrts}
     */
    MatrixElement.Builder applyTo(MatrixElement.Builder b, ProcessOptions process) {
        if (sqrtS == null && process.catalogEntry() == null) {
            throw new UsageError("--sqrts is required with a process string (catalog names bring their own),"
                    + " e.g. --sqrts 500");
        }
        return sqrtS == null ? b : b.sqrtS(sqrtS);
    }
}
