package madvec.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a new parameter point and a small batch cost, in microseconds per call: {@code withParameters}
 * (a new top mass for {@code gg_tt_6j}, with d/d mass.6 or without: derived parameters, couplings, bindings and
 * the phase-space map, nothing recompiled), the MadJax form {@code valueAndGradient(params, u)} at a
 * new mass every call, and {@code evaluatePoints} of {@code batch} events (the phase-space map
 * included), whose time should grow with the batch rounded up to the lane count, not with a fixed
 * block.
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar ParameterPointBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ParameterPointBenchmark {
    /** Catalog name. */
    @Param({"gg_tt_6j", "gg_tt"})
    public String process;

    /** {@code mass.6}, or {@code none} for the value alone. */
    @Param({"mass.6", "none"})
    public String derivative;

    /** Events per {@code evaluatePoints} call. */
    @Param({"1", "8", "64", "256"})
    public int batch;

    private MatrixElement me;
    private double[][] u;
    private double[] one;
    private double mass;
    private int call;

    /** Compiles the process and draws the points. */
    @Setup(Level.Trial)
    public void prepare() {
        MatrixElement.Builder b = MatrixElement.builder(process);
        if (!derivative.equals("none")) {
            b.derivatives(derivative);
        }
        me = b.build();
        mass = me.card().value("mass.6");
        SplittableRandom rng = new SplittableRandom(11);
        u = new double[me.dimensions()][batch];
        one = new double[me.dimensions()];
        for (int c = 0; c < u.length; c++) {
            one[c] = 0.02 + 0.96 * rng.nextDouble();
            for (int l = 0; l < batch; l++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
    }

    /** A new top mass: the cost of a parameter change. */
    @Benchmark
    public MatrixElement withParameters() {
        return me.withParameters(Map.of("mass.6", nextMass()));
    }

    /** MadJax's one-point form at a new top mass every call. */
    @Benchmark
    public double valueAndGradientAtNewMass() {
        return me.valueAndGradient(Map.of("mass.6", nextMass()), one).value();
    }

    /** {@code batch} events through the phase-space map and the matrix element. */
    @Benchmark
    public double evaluatePoints() {
        Batch b = me.evaluatePoints(u);
        return b.me()[batch - 1];
    }

    private double nextMass() {
        return mass + 0.01 * (++call & 7);
    }
}
