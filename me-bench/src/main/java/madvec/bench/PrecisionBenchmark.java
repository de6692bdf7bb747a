package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.api.MatrixElement;
import madvec.api.Precision;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Double, float and mixed precision side by side: events per second of |M|^2 at fixed momenta (value,
 * or value with d/d mass.6), one thread, batches of 1024 as {@code madvec bench} runs them. The
 * precisions of one process run in separate forks one after the other; on a shared machine compare
 * them within one run, and rerun to see the spread ({@link PrecisionComparison} times them in turns
 * in one JVM). The warm-up is long: on a busy two-core machine C2 took 5 to 8 s to compile the float
 * executor (measured: the first seconds ran 20 to 40 times slower).
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar PrecisionBenchmark -f 1 -wi 2 -i 3 -w 2 -r 2}
 * (scalar twins: add {@code -jvmArgsAppend -Dmadvec.simd=off}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class PrecisionBenchmark {
    /** Events per invocation. */
    public static final int EVENTS = 1024;

    /** Catalog name. */
    @Param({"gg_tt", "gg_ttgg"})
    public String process;

    /** {@code double}, {@code float} or {@code mixed}. */
    @Param({"double", "float", "mixed"})
    public String precision;

    /** {@code value}, or {@code mass}: value and d/d mass.6. */
    @Param({"value", "mass"})
    public String mode;

    private MatrixElement me;
    private double[][] momenta;

    /** Compiles the process at the precision and prepares momenta from random hypercube points. */
    @Setup(Level.Trial)
    public void prepare() {
        MatrixElement.Builder b = MatrixElement.builder(process).precision(Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT)));
        if (mode.equals("mass")) {
            b.derivatives("mass.6");
        }
        me = b.build();
        SplittableRandom rng = new SplittableRandom(7);
        double[][] u = new double[me.dimensions()][EVENTS];
        for (int l = 0; l < EVENTS; l++) {
            for (int c = 0; c < u.length; c++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
        momenta = me.evaluatePoints(u).momenta();
    }

    /** One batch of {@link #EVENTS} events; the score is events per second. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void evaluate(Blackhole bh) {
        bh.consume(me.evaluateMomenta(momenta).me());
    }
}
