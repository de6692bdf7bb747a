package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.autodiff.DualLanes;
import madvec.autodiff.kernels.ScalarDualKernels;
import madvec.autodiff.kernels.VectorDualKernels;
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
 * The dual multiply kernel behind {@code DualLaneMath.mul} ({@code out = a * b} with the product rule
 * on k tangents), Vector API version against its scalar twin, for k = 0, 1, 4 and batches of 1024
 * and 4096 lanes (one event per lane).
 *
 * <p>The score is kernel calls per second; multiply by {@code lanes} for lanes (events) per second.
 * Both kernels are called directly, so one JVM measures both paths (the facade picks one at start-up).
 * {@code scalarMulNoSuperWord} runs the scalar twin with C2's auto-vectoriser off, to tell how much of
 * the scalar twin's speed comes from SuperWord turning its loop into SIMD code by itself.
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar DualKernel -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class DualKernelBenchmark {
    /** Lanes per kernel call: a batch of events. */
    @Param({"1024", "4096"})
    public int lanes;

    /** Tangent directions carried by every value. */
    @Param({"0", "1", "4"})
    public int k;

    private DualLanes a;
    private DualLanes b;
    private DualLanes out;

    /** Random factors in [-1, 1) with random tangents. */
    @Setup(Level.Trial)
    public void fillOperands() {
        SplittableRandom rng = new SplittableRandom(42);
        a = DualLanes.create(lanes, k);
        b = DualLanes.create(lanes, k);
        out = DualLanes.create(lanes, k);
        for (double[] x : new double[][] {a.array(), b.array()}) {
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextDouble(-1.0, 1.0);
            }
        }
    }

    /** SIMD kernel. */
    @Benchmark
    public double[] vectorMul() {
        VectorDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), k);
        return out.array();
    }

    /** Scalar twin. */
    @Benchmark
    public double[] scalarMul() {
        ScalarDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), k);
        return out.array();
    }

    /** Scalar twin with C2's auto-vectoriser off: plain scalar code. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:-UseSuperWord"})
    public double[] scalarMulNoSuperWord() {
        ScalarDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), k);
        return out.array();
    }
}
