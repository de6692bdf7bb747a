package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.ParallelEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The public API end to end, as a user calls it: events per second for the processes of the issue's
 * table (catalog names or strings), value only, value with d/d mass.6 (mass.23 for leptons), and value
 * with the gradient in every hypercube coordinate (through RAMBO on diet), on 1 or 2 threads.
 *
 * <p>{@code value} and {@code mass} evaluate at fixed momenta (MadGraph's throughput numbers time the
 * matrix element alone); {@code points} and {@code coords} include the hypercube map, so that the cost
 * of the coordinate gradient is their ratio.
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar ApiBenchmark -f 1 -wi 2 -i 3 -w 2 -r 2}; the
 * scalar path: add {@code -jvmArgsAppend -Dmadvec.simd=off}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ApiBenchmark {
    /** Events per invocation. */
    public static final int EVENTS = 2048;

    /** Catalog name or process string (strings get sqrt(s) = 1500 GeV). */
    @Param({"ee_mumu", "gg_tt", "g g > t t~ g", "gg_ttgg", "gg_tt_6j"})
    public String process;

    /** {@code value}, {@code mass}, {@code points} (value through the map) or {@code coords}. */
    @Param({"value", "mass", "points", "coords"})
    public String mode;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private MatrixElement me;
    private ParallelEvaluator parallel;
    private double[][] u;
    private double[][] momenta;

    /** Compiles the process and prepares random points and their momenta. */
    @Setup(Level.Trial)
    public void prepare() {
        MatrixElement.Builder b = MatrixElement.builder(process);
        if (process.contains(" ")) {
            b.sqrtS(1500);
        }
        if (mode.equals("mass")) {
            b.derivatives(process.startsWith("ee") ? "mass.23" : "mass.6");
        }
        if (mode.equals("coords")) {
            b.wrtCoordinates();
        }
        me = b.build();
        SplittableRandom rng = new SplittableRandom(7);
        u = new double[me.dimensions()][EVENTS];
        for (int l = 0; l < EVENTS; l++) {
            for (int c = 0; c < u.length; c++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
        momenta = me.evaluatePoints(u).momenta();
        parallel = threads > 1 ? new ParallelEvaluator(me, threads) : null;
    }

    /** Stops the worker threads. */
    @TearDown(Level.Trial)
    public void close() {
        if (parallel != null) {
            parallel.close();
        }
    }

    /** One batch of {@link #EVENTS} events; the score is events per second. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double evaluate() {
        boolean points = mode.equals("points") || mode.equals("coords");
        Batch b;
        if (parallel != null) {
            b = points ? parallel.evaluatePoints(u) : parallel.evaluateMomenta(momenta);
        } else {
            b = points ? me.evaluatePoints(u) : me.evaluateMomenta(momenta);
        }
        return b.me()[EVENTS - 1];
    }
}
