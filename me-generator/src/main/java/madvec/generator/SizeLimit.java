package madvec.generator;

import java.util.Locale;

/**
 * The largest process the generator agrees to build: a limit on the diagrams of a process definition,
 * summed over its subprocesses and counted before anything is generated ({@link DiagramCounter}: each
 * subprocess at its own lowest coupling order, or within the explicit orders), so that
 * {@code g g > g g g g g g} fails at once instead of after minutes and gigabytes. The limit is the
 * system property {@value #PROPERTY}, read at each compilation.
 */
public final class SizeLimit {
    /** The system property that sets the limit. */
    public static final String PROPERTY = "madvec.maxDiagrams";
    /**
     * The default: above {@code g g > t t~ g g g} (1240 diagrams), {@code p p > j j j} (1393) and
     * {@code p p > j j j j} (14656), below {@code g g > g g g g g g} (34300) and
     * {@code e+ e- > a a a a a a a a} (40320).
     */
    public static final long DEFAULT = 30_000;
    /**
     * Program memory per diagram as measured for {@code g g > g g g g g} (6 kB; 0.4 to 1 kB for
     * processes with fewer gluons, whose colour matrices are smaller), for the rough figure in the message.
     */
    private static final double BYTES_PER_DIAGRAM = 6_000;

    private final long max;
    private final String statement;
    private double total;
    private double largest;
    private String largestName;

    /**
     * @param statement the process statement as written, for the message
     * @param max the limit, from {@link #limit()}
     */
    SizeLimit(String statement, long max) {
        this.statement = statement;
        this.max = max;
    }

    /**
     * The limit in force: the property's value, or {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException when the property is set to something that is not a positive integer
     */
    public static long limit() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + v + ": expected a positive number of diagrams");
    }

    /**
     * Adds a subprocess's estimate.
     *
     * @throws IllegalArgumentException with the estimate and the property to raise, once the sum passes the limit
     */
    void add(String subprocess, double diagrams) {
        total += diagrams;
        if (diagrams > largest) {
            largest = diagrams;
            largestName = subprocess;
        }
        if (total > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "'%s' is too large to generate: at least %s diagrams by a count made before generating"
                            + " (%s of them in %s), roughly %s of memory, and the limit is %d diagrams. Raise it with"
                            + " -D%s=N if you mean it, or ask for less: coupling orders, exclusions, fewer"
                            + " particles", statement, count(total), count(largest), largestName,
                    memory(total), max, PROPERTY));
        }
    }

    private static String count(double n) {
        return n < 1e9 ? String.format(Locale.ROOT, "%.0f", n) : String.format(Locale.ROOT, "%.2g", n);
    }

    private static String memory(double diagrams) {
        double bytes = diagrams * BYTES_PER_DIAGRAM;
        return bytes < 1e9 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.3g GB", bytes / 1e9);
    }
}
