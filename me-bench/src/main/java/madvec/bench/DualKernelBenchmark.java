package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.autodiff.DualLanes;
import madvec.autodiff.kernels.PlainDualKernels;
import madvec.autodiff.kernels.SimdDualKernels;
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
 * on k tangents), the SIMD kernel ({@code SimdDualKernels}) against its plain-Java twin
 * ({@code PlainDualKernels}), for k = 0, 1, 4 and batches of 1024 and 4096 lanes (one event per lane).
 *
 * <p>The score is kernel calls per second; multiply by {@code lanes} for lanes (events) per second.
 * Both kernels are called directly, so one JVM measures both paths (the facade picks one at start-up).
 * {@code plainMulNoSuperWord} runs the plain-Java twin with C2's auto-vectoriser off, to tell how much
 * of the plain twin's speed comes from SuperWord turning its loop into SIMD code by itself.
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
    public double[] simdMul() {
        SimdDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), k);
        return out.array();
    }

    /** Plain-Java twin. */
    @Benchmark
    public double[] plainMul() {
        PlainDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), k);
        return out.array();
    }

    /** Plain-Java twin with C2's auto-vectoriser off: scalar machine code. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:-UseSuperWord"})
    public double[] plainMulNoSuperWord() {
        PlainDualKernels.mul(a.array(), b.array(), out.array(), a.stride(), k);
        return out.array();
    }
}
