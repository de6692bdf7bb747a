package madvec.cli;

import java.util.Locale;

/**
 * The mass-shell check of momenta read from a file: a massive particle whose momentum is off its
 * mass shell, {@code |E^2 - p^2 - m^2| > 1e-6 E^2}, is most often a mistake (a column swapped, the
 * wrong particle order, a mass that differs from the card's), but not always: MadGraph's own test dumps
 * give tops massless momenta. So by default the events are counted and the worst one reported once
 * at the end; with {@code --strict} the first one is an error.
 */
final class MassShell {
    /** Allowed |E^2 - p^2 - m^2|, relative to E^2 (to m^2 when E < m). */
    static final double TOLERANCE = 1e-6;

    private final double[] masses;
    private final boolean strict;
    private long offShellEvents;
    private long worstEvent;
    private int worstParticle;
    private double worstDeviation;
    private String worstLocation = "";

    /** @param masses the masses of the externals, incoming first ({@code MatrixElement.externalMasses()}) */
    MassShell(double[] masses, boolean strict) {
        this.masses = masses.clone();
        this.strict = strict;
    }

    /**
     * Checks one event.
     *
     * @param row {@code E px py pz} of each particle in turn
     * @param event its number, from 1
     * @param location where it was read ({@code "file:line: "})
     * @throws IllegalArgumentException with {@code --strict}, for an event off the mass shell
     */
    void check(double[] row, long event, String location) {
        boolean off = false;
        for (int p = 0; p < masses.length; p++) {
            double m = masses[p];
            if (m == 0) {
                continue;
            }
            double e = row[4 * p], px = row[4 * p + 1], py = row[4 * p + 2], pz = row[4 * p + 3];
            double deviation = Math.abs(e * e - px * px - py * py - pz * pz - m * m) / Math.max(e * e, m * m);
            if (deviation <= TOLERANCE) {
                continue;
            }
            if (strict) {
                throw new IllegalArgumentException(EventErrors.at(location, event, describe(p, deviation)
                        + " (--strict; without it such events are evaluated and counted)"));
            }
            off = true;
            if (deviation > worstDeviation) {
                worstDeviation = deviation;
                worstEvent = event;
                worstParticle = p;
                worstLocation = location;
            }
        }
        if (off) {
            offShellEvents++;
        }
    }

    private String describe(int p, double deviation) {
        return String.format(Locale.ROOT, "particle %d (mass %s GeV) is off its mass shell: |E^2 - p^2 - m^2|"
                + " = %.3e of E^2, beyond %.0e", p + 1, masses[p], deviation, TOLERANCE);
    }

    /** The one-line report for stderr after {@code events} events, or null when every event was on shell. */
    String report(long events) {
        if (offShellEvents == 0) {
            return null;
        }
        return "madvec: warning: " + offShellEvents + " of " + events + " events have a massive particle off its"
                + " mass shell; the worst: " + EventErrors.at(worstLocation, worstEvent, describe(worstParticle,
                worstDeviation)) + "; --strict makes this an error";
    }
}
