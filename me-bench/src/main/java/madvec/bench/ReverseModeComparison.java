package madvec.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import madvec.api.DerivativeMode;
import madvec.api.MatrixElement;
import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import madvec.rambo.RamboOnDiet;

/**
 * The costs {@link ReverseModeBenchmark} and {@link PhaseSpaceBenchmark} measure, timed in turns in one
 * JVM: slices of 0.3 s of the value through hypercube points ({@code points}), the reverse-mode gradient
 * in every coordinate and the given parameters ({@code gradient}) and RAMBO on diet alone on the same
 * points in passes of 256 lanes ({@code map}), one after the other, so that the load of a shared
 * machine falls on all alike. Each slice is timed in the thread's CPU time, which leaves out the time
 * the thread waited for a core. Prints the best and median events per second, the gradient's cost
 * against the value's, and the map's share of the value (rate(points) / rate(map)).
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector -cp me-bench/target/benchmarks.jar
 * madvec.bench.ReverseModeComparison gg_tt_6j 10 mass.6} (process, slices per mode, optional
 * comma-separated parameters, optional batch size of at least 256, default 1024).
 */
public final class ReverseModeComparison {
    private static final int PASS = 256;

    private ReverseModeComparison() {}

    /** {@code PROCESS SLICES [PARAMETERS [BATCH]]}. */
    public static void main(String[] args) {
        String process = args[0];
        int slices = Integer.parseInt(args[1]);
        String[] parameters = args.length > 2 && !args[2].isEmpty() ? args[2].split(",") : new String[0];
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 1024;
        if (events < PASS) {
            throw new IllegalArgumentException("at least " + PASS + " events per batch, got " + events);
        }
        MatrixElement value = MatrixElement.builder(process).build();
        MatrixElement gradient = MatrixElement.builder(process).derivatives(parameters).wrtCoordinates()
                .mode(DerivativeMode.REVERSE).build();
        SplittableRandom rng = new SplittableRandom(7);
        double[][] u = new double[value.dimensions()][events];
        for (double[] x : u) {
            for (int l = 0; l < events; l++) x[l] = 0.02 + 0.96 * rng.nextDouble();
        }
        Runnable[] modes = {() -> value.evaluatePoints(u), () -> gradient.evaluatePoints(u), map(value, u)};
        String[] names = {"points", "gradient", "map"};
        // the map runs whole passes only
        int[] counts = {events, events, events / PASS * PASS};
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < modes.length; i++) CpuTimeRate.of(modes[i], counts[i], 1.0);
        }
        double[][] rates = new double[modes.length][slices];
        for (int s = 0; s < slices; s++) {
            for (int i = 0; i < modes.length; i++) rates[i][s] = CpuTimeRate.of(modes[i], counts[i], 0.3);
        }
        for (double[] r : rates) Arrays.sort(r);
        double[] best = new double[modes.length], median = new double[modes.length];
        for (int i = 0; i < modes.length; i++) {
            best[i] = rates[i][slices - 1];
            median[i] = rates[i][slices / 2];
            System.out.printf(Locale.ROOT, "%s %s: best %.3g /s, median %.3g /s%n", process, names[i], best[i], median[i]);
        }
        System.out.printf(Locale.ROOT, "%s gradient (%d coordinates%s, reverse) against value: best %.2f x, median %.2f x%n",
                process, value.dimensions(), parameters.length == 0 ? "" : " and " + String.join(", ", parameters),
                best[0] / best[1], median[0] / median[1]);
        System.out.printf(Locale.ROOT, "%s map's share of the value through points: best %.1f %%, median %.1f %%%n",
                process, 100 * best[0] / best[2], 100 * median[0] / median[2]);
    }

    /** RAMBO on diet at the process's masses and sqrt(s), values only, over u in passes as the API runs it. */
    private static Runnable map(MatrixElement me, double[][] u) {
        double[] masses = me.externalMasses();
        DualScalar zero = DualScalar.constant(0.0, 0);
        DualScalar[] finals = new DualScalar[masses.length - 2];
        for (int i = 0; i < finals.length; i++) finals[i] = DualScalar.constant(masses[i + 2], 0);
        RamboOnDiet rambo = new RamboOnDiet(me.sqrtS(), zero, zero, finals);
        DualLanes[] points = new DualLanes[u.length];
        for (int c = 0; c < u.length; c++) points[c] = DualLanes.create(PASS, 0);
        DualLanes[] momenta = new DualLanes[rambo.momentumComponents()];
        for (int j = 0; j < momenta.length; j++) momenta[j] = DualLanes.create(PASS, 0);
        DualLanes weight = DualLanes.create(PASS, 0);
        int events = u[0].length;
        return () -> {
            for (int start = 0; start + PASS <= events; start += PASS) {
                for (int c = 0; c < u.length; c++) System.arraycopy(u[c], start, points[c].array(), 0, PASS);
                rambo.forward(points, momenta, weight);
            }
        };
    }
}
