package madvec.cli;

import madvec.api.MatrixElement;
import madvec.api.Precision;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --precision}: the kernels' floating-point precision, double, float or mixed. */
final class PrecisionOption {
    @Option(names = "--precision", paramLabel = "P", defaultValue = "double", converter = PrecisionConverter.class,
            description = "kernels in double, float (twice the SIMD lanes, about 1e-6 to 1e-4 relative) or mixed"
                    + " (float wavefunctions and vertices, double colour sum); float and mixed run derivatives in"
                    + " forward mode (default: ${DEFAULT-VALUE})")
    Precision precision = Precision.DOUBLE;

    MatrixElement.Builder apply(MatrixElement.Builder b) {
        return b.precision(precision);
    }

    static final class PrecisionConverter implements ITypeConverter<Precision> {
        @Override
        public Precision convert(String value) {
            try {
                return Precision.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
