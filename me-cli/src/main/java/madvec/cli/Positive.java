package madvec.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for options that only make sense positive, so that every command words the error alike. */
final class Positive {
    private Positive() {}

    /** An int of at least 1. */
    static final class Int implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) {
            try {
                int v = Integer.parseInt(s.trim());
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + s + "' is not a positive integer");
        }
    }

    /** A long of at least 1, for counts of events. */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String s) {
            try {
                long v = Long.parseLong(s.trim());
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + s + "' is not a positive integer");
        }
    }

    /** A finite double above 0. */
    static final class Real implements ITypeConverter<Double> {
        @Override
        public Double convert(String s) {
            try {
                double v = Double.parseDouble(s.trim());
                if (v > 0 && Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + s + "' is not a positive, finite number");
        }
    }
}
