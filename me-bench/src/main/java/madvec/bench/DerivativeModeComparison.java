package madvec.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import madvec.api.DerivativeMode;
import madvec.api.MatrixElement;

/**
 * Forward against reverse mode at a given number of derivative directions, the measurement behind
 * {@link DerivativeMode#AUTO_REVERSE_FROM}: the value, the forward-mode and the reverse-mode gradient of
 * the same evaluation, timed in turns in one JVM in slices of 0.3 s of the thread's CPU time. Through
 * hypercube points with {@code coords} (every coordinate a direction, plus the parameters) or
 * {@code points} (the parameters only), otherwise at fixed momenta ({@code momenta}, the parameters). Prints each mode's cost against the value's (best and median of
 * the slices) and which mode is cheaper.
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector -cp me-bench/target/benchmarks.jar
 * madvec.bench.DerivativeModeComparison gg_tt 10 mass.6,sminputs.3 coords} (process, slices,
 * comma-separated parameters, {@code coords}, {@code points} or {@code momenta}).
 */
public final class DerivativeModeComparison {
    private static final int EVENTS = 1024;

    private DerivativeModeComparison() {}

    /** {@code PROCESS SLICES PARAMETERS coords|points|momenta}. */
    public static void main(String[] args) {
        String process = args[0];
        int slices = Integer.parseInt(args[1]);
        String[] parameters = args[2].isEmpty() ? new String[0] : args[2].split(",");
        boolean coords = args[3].equals("coords"), points = coords || args[3].equals("points");
        MatrixElement value = MatrixElement.builder(process).build();
        MatrixElement forward = build(process, parameters, coords, DerivativeMode.FORWARD);
        MatrixElement reverse = build(process, parameters, coords, DerivativeMode.REVERSE);
        SplittableRandom rng = new SplittableRandom(11);
        double[][] u = new double[value.dimensions()][EVENTS];
        for (double[] x : u) {
            for (int l = 0; l < EVENTS; l++) x[l] = 0.02 + 0.96 * rng.nextDouble();
        }
        double[][] momenta = value.evaluatePoints(u).momenta();
        Runnable[] modes = points
                ? new Runnable[] {() -> value.evaluatePoints(u), () -> forward.evaluatePoints(u), () -> reverse.evaluatePoints(u)}
                : new Runnable[] {() -> value.evaluateMomenta(momenta), () -> forward.evaluateMomenta(momenta),
                        () -> reverse.evaluateMomenta(momenta)};
        for (int round = 0; round < 3; round++) {
            for (Runnable m : modes) CpuTimeRate.of(m, EVENTS, 1.0);
        }
        double[][] rates = new double[modes.length][slices];
        for (int s = 0; s < slices; s++) {
            for (int i = 0; i < modes.length; i++) rates[i][s] = CpuTimeRate.of(modes[i], EVENTS, 0.3);
        }
        for (double[] r : rates) Arrays.sort(r);
        int k = (coords ? value.dimensions() : 0) + parameters.length;
        double fwdBest = rates[0][slices - 1] / rates[1][slices - 1], fwdMedian = rates[0][slices / 2] / rates[1][slices / 2];
        double revBest = rates[0][slices - 1] / rates[2][slices - 1], revMedian = rates[0][slices / 2] / rates[2][slices / 2];
        System.out.printf(Locale.ROOT, "%s %d directions (%s%s): value %.3g /s; forward %.2f x (median %.2f x), reverse %.2f x"
                + " (median %.2f x): %s cheaper%n", process, k, coords ? value.dimensions() + " coordinates" : points ? "points" : "momenta fixed",
                parameters.length == 0 ? "" : ", " + String.join(",", parameters), rates[0][slices / 2], fwdBest, fwdMedian,
                revBest, revMedian, revMedian < fwdMedian ? "reverse" : "forward");
    }

    private static MatrixElement build(String process, String[] parameters, boolean coords, DerivativeMode mode) {
        MatrixElement.Builder b = MatrixElement.builder(process).derivatives(parameters).mode(mode);
        return (coords ? b.wrtCoordinates() : b).build();
    }
}
