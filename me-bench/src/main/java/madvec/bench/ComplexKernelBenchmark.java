package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.simd.kernels.ScalarComplexKernels;
import madvec.simd.kernels.VectorComplexKernels;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The complex multiply-add kernel {@code acc += a * b}, Vector API version against its scalar twin,
 * over batches of 256, 1024 and 4096 lanes (one event per lane).
 *
 * <p>Six operand arrays of 256 lanes (12 KiB) stay in the L1 data cache, where the kernel is bound
 * by arithmetic and load/store issue and SIMD pays most; 1024 lanes (48 KiB) and 4096 lanes
 * (192 KiB) stream from L2, where the kernel (4 fma per 48 bytes loaded and 16 stored) becomes bound
 * by cache bandwidth and the SIMD advantage shrinks.
 *
 * <p>The primary score is kernel calls per second; the secondary {@code lanes} score, counted by
 * {@link LaneCount}, is the same rate in lanes (events) per second. The accumulator lives in the
 * state, so the stores cannot be eliminated. {@code scalarMulAddNoSuperWord} runs the scalar twin in
 * a JVM with C2's auto-vectoriser off, to tell how much of the scalar twin's speed is SuperWord
 * turning it into SIMD code by itself.
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar ComplexKernel -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ComplexKernelBenchmark {
    /** Lanes per kernel call: a batch of events. */
    @Param({"256", "1024", "4096"})
    public int lanes;

    private double[] aRe;
    private double[] aIm;
    private double[] bRe;
    private double[] bIm;
    private double[] accRe;
    private double[] accIm;

    /**
     * Counts lanes processed, reported by JMH as a rate: lanes per second.
     * Reset per iteration, as JMH requires of auxiliary counters.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class LaneCount {
        /** Lanes processed in this iteration. */
        public long lanes;

        /** Starts every iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            lanes = 0;
        }
    }

    /** Random operands of modulus below 1, so that the accumulators grow only linearly. */
    @Setup(Level.Trial)
    public void fillOperands() {
        SplittableRandom rng = new SplittableRandom(42);
        aRe = uniform(rng);
        aIm = uniform(rng);
        bRe = uniform(rng);
        bIm = uniform(rng);
        accRe = uniform(rng);
        accIm = uniform(rng);
    }

    private double[] uniform(SplittableRandom rng) {
        double[] values = new double[lanes];
        for (int i = 0; i < lanes; i++) {
            values[i] = rng.nextDouble(-0.7, 0.7);
        }
        return values;
    }

    /** {@code acc += a * b} on the Vector API. */
    @Benchmark
    public void vectorMulAdd(LaneCount count) {
        VectorComplexKernels.mulAdd(aRe, aIm, 0, bRe, bIm, 0, accRe, accIm, 0, lanes);
        count.lanes += lanes;
    }

    /** {@code acc += a * b} on the scalar twin (which C2 may auto-vectorise). */
    @Benchmark
    public void scalarMulAdd(LaneCount count) {
        ScalarComplexKernels.mulAdd(aRe, aIm, 0, bRe, bIm, 0, accRe, accIm, 0, lanes);
        count.lanes += lanes;
    }

    /** The scalar twin with C2's auto-vectoriser (SuperWord) switched off: truly one lane at a time. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:-UseSuperWord"})
    public void scalarMulAddNoSuperWord(LaneCount count) {
        ScalarComplexKernels.mulAdd(aRe, aIm, 0, bRe, bIm, 0, accRe, accIm, 0, lanes);
        count.lanes += lanes;
    }
}
