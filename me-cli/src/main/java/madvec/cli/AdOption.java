package madvec.cli;

import java.util.Locale;
import madvec.api.DerivativeMode;
import madvec.api.MatrixElement;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --ad}: forward or reverse mode for the derivatives, or the automatic choice. */
final class AdOption {
    @Option(names = "--ad", paramLabel = "MODE", defaultValue = "auto", converter = ModeConverter.class,
            description = "derivatives by forward mode, reverse mode (one adjoint sweep for all directions), or"
                    + " auto: reverse from " + DerivativeMode.AUTO_REVERSE_FROM + " directions on, "
                    + DerivativeMode.AUTO_REVERSE_FROM_COORDINATES + " with the hypercube coordinates (default: ${DEFAULT-VALUE})")
    DerivativeMode mode = DerivativeMode.AUTO;

    MatrixElement.Builder apply(MatrixElement.Builder b) {
        return b.mode(mode);
    }

    static final class ModeConverter implements ITypeConverter<DerivativeMode> {
        @Override
        public DerivativeMode convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "forward" -> DerivativeMode.FORWARD;
                case "reverse" -> DerivativeMode.REVERSE;
                case "auto" -> DerivativeMode.AUTO;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not forward, reverse or auto");
            };
        }
    }
}
