package madvec.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import madvec.api.MatrixElement;
import madvec.api.Precision;

/**
 * Double, float and mixed precision of one process timed in turns in one JVM: after a warm-up, slices
 * of 0.3 s of each precision one after the other, so that the load of a shared machine falls on all
 * three alike; prints the best and median events per second of each and their ratios to double's.
 * What {@link PrecisionBenchmark}'s separate forks cannot give on a busy machine: ratios measured in
 * the same minutes.
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector -cp me-bench/target/benchmarks.jar
 * madvec.bench.PrecisionComparison gg_ttgg 10 [mass.6]} (process, slices per precision, optional
 * derivative).
 */
public final class PrecisionComparison {
    private static final int EVENTS = 1024;

    private PrecisionComparison() {}

    /** {@code PROCESS SLICES [DERIVATIVE]}. */
    public static void main(String[] args) {
        String process = args[0];
        int slices = Integer.parseInt(args[1]);
        Precision[] precisions = Precision.values();
        MatrixElement[] me = new MatrixElement[precisions.length];
        for (int i = 0; i < me.length; i++) {
            MatrixElement.Builder b = MatrixElement.builder(process).precision(precisions[i]);
            if (args.length > 2) {
                b.derivatives(args[2]);
            }
            me[i] = b.build();
        }
        SplittableRandom rng = new SplittableRandom(7);
        double[][] u = new double[me[0].dimensions()][EVENTS];
        for (double[] x : u) {
            for (int l = 0; l < EVENTS; l++) x[l] = 0.02 + 0.96 * rng.nextDouble();
        }
        double[][] momenta = me[0].evaluatePoints(u).momenta();
        for (int round = 0; round < 3; round++) {
            for (MatrixElement m : me) rate(m, momenta, 1.0);
        }
        double[][] rates = new double[me.length][slices];
        for (int s = 0; s < slices; s++) {
            for (int i = 0; i < me.length; i++) rates[i][s] = rate(me[i], momenta, 0.3);
        }
        for (double[] r : rates) Arrays.sort(r);
        for (int i = 0; i < me.length; i++) {
            System.out.printf(Locale.ROOT, "%s %s: best %.3g /s, median %.3g /s; against double: best %.2f, median %.2f%n",
                    process, precisions[i].name().toLowerCase(Locale.ROOT), rates[i][slices - 1], rates[i][slices / 2],
                    rates[i][slices - 1] / rates[0][slices - 1], rates[i][slices / 2] / rates[0][slices / 2]);
        }
    }

    /** Events per second of whole batches over about {@code seconds}. */
    private static double rate(MatrixElement me, double[][] momenta, double seconds) {
        long start = System.nanoTime();
        long batches = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            me.evaluateMomenta(momenta);
            batches++;
        }
        return batches * EVENTS / ((System.nanoTime() - start) * 1e-9);
    }
}
