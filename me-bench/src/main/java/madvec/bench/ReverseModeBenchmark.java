package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.api.Batch;
import madvec.api.DerivativeMode;
import madvec.api.MatrixElement;
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

/**
 * The cost of the full gradient, forward against reverse mode, side by side in one run: events per
 * second of hypercube evaluations with the value only ({@code value}), and with the gradient in every
 * hypercube coordinate and the process's parameters ({@code forward}, {@code reverse}). The cost ratio
 * of a mode is rate(value) / rate(mode). {@code gg_tt_6j} takes 15 directions (14 coordinates and
 * mass.6), {@code gg_ttgg} its 8 coordinates.
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar ReverseModeBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ReverseModeBenchmark {
    /** Events per invocation. */
    public static final int EVENTS = 1024;

    /** Catalog name. */
    @Param({"gg_tt_6j", "gg_ttgg"})
    public String process;

    /** {@code value}, {@code forward} or {@code reverse}. */
    @Param({"value", "forward", "reverse"})
    public String mode;

    private MatrixElement me;
    private double[][] u;

    /** Compiles the process in the mode and prepares random points. */
    @Setup(Level.Trial)
    public void prepare() {
        MatrixElement.Builder b = MatrixElement.builder(process);
        if (!mode.equals("value")) {
            b.wrtCoordinates().mode(mode.equals("reverse") ? DerivativeMode.REVERSE : DerivativeMode.FORWARD);
            if (process.equals("gg_tt_6j")) {
                b.derivatives("mass.6");
            }
        }
        me = b.build();
        int d = me.dimensions();
        SplittableRandom rng = new SplittableRandom(7);
        u = new double[d][EVENTS];
        for (int l = 0; l < EVENTS; l++) {
            for (int c = 0; c < d; c++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
    }

    /** One batch of hypercube points. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Batch points() {
        return me.evaluatePoints(u);
    }
}
