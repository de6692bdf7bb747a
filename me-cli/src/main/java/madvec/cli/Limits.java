package madvec.cli;

import madvec.model.CardNumbers;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The numeric options: one number syntax ({@link CardNumbers#parse}, as cards and momenta files use)
 * and a range for each kind of option, so that an absurd size is refused with a message before it
 * can exhaust memory or time. Every command words these errors alike.
 */
final class Limits {
    /** Events per batch: a million events of a large process already take gigabytes. */
    static final int MAX_BATCH = 1 << 20;
    /** Events of one run: 10^10 rows of {@code sample} are terabytes of text. */
    static final long MAX_EVENTS = 10_000_000_000L;
    /** Seconds of {@code bench} per mode. */
    static final double MAX_SECONDS = 3600;
    /** Worker threads: more than 4 per core only adds contention. */
    static final int MAX_THREADS = Math.min(256, 4 * Runtime.getRuntime().availableProcessors());
    /**
     * Magnitude of a real option value: masses and energies are squared on the way to |M|^2, and a
     * square that overflows would surface far away as a NaN or an infinite sqrt(s).
     */
    static final double MAX_REAL = 1e154;

    private Limits() {}

    /** A real number in the one syntax. */
    private static double number(String s) {
        try {
            return CardNumbers.parse(s.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A real number whose square is finite. */
    static double real(String s) {
        double v = number(s);
        if (Math.abs(v) >= MAX_REAL) {
            throw new TypeConversionException("'" + s + "' overflows when squared (as masses and energies are):"
                    + " values must stay below 1e154 in magnitude");
        }
        return v;
    }

    private static long integer(String s, long min, long max, String what) {
        long v;
        try {
            v = CardNumbers.parseInteger(s.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(min > 0 ? "'" + s + "' is not a positive integer" : e.getMessage());
        }
        if (v < min) {
            throw new TypeConversionException("'" + s + "' is not a positive integer");
        }
        if (v > max) {
            throw new TypeConversionException("'" + s + "' is above the limit of " + max + " " + what);
        }
        return v;
    }

    /** Any real number (the values of {@code --set}); registered for every {@code Double} option. */
    static final class Real implements ITypeConverter<Double> {
        @Override
        public Double convert(String s) {
            return real(s);
        }
    }

    /** A real number above 0 whose square is finite ({@code --sqrts}, {@code --precision}). */
    static final class PositiveReal implements ITypeConverter<Double> {
        @Override
        public Double convert(String s) {
            double v = real(s);
            if (!(v > 0)) {
                throw new TypeConversionException("'" + s + "' is not a positive, finite number");
            }
            return v;
        }
    }

    /** Any long ({@code --seed}); registered for every {@code Long} option. */
    static final class AnyLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String s) {
            return integer(s, Long.MIN_VALUE, Long.MAX_VALUE, "");
        }
    }

    /** Events per batch, 1 to {@link #MAX_BATCH}. */
    static final class Batch implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) {
            return (int) integer(s, 1, MAX_BATCH, "events per batch");
        }
    }

    /** Events of a run, 1 to {@link #MAX_EVENTS}. */
    static final class Events implements ITypeConverter<Long> {
        @Override
        public Long convert(String s) {
            return integer(s, 1, MAX_EVENTS, "events");
        }
    }

    /** Worker threads, 1 to {@link #MAX_THREADS}. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) {
            return (int) integer(s, 1, MAX_THREADS, "threads (4 per core, at most 256)");
        }
    }

    /** FMA units per core, 1 to 16 (no core has more). */
    static final class FmaUnits implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) {
            return (int) integer(s, 1, 16, "FMA units per core");
        }
    }

    /** Timed seconds, above 0 and at most {@link #MAX_SECONDS}. */
    static final class Seconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String s) {
            // a duration is never squared: its range alone limits it
            double v = number(s);
            if (!(v > 0)) {
                throw new TypeConversionException("'" + s + "' is not a positive, finite number");
            }
            if (v > MAX_SECONDS) {
                throw new TypeConversionException("'" + s + "' is above the limit of 3600 seconds");
            }
            return v;
        }
    }
}
