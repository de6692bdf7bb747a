package madvec.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.helas.Wavefunction;
import madvec.helas.kernels.Amplitudes;
import madvec.helas.kernels.Layout;
import madvec.helas.kernels.Propagators;
import madvec.helas.kernels.Structures;
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
 * The executor's hot kernels one by one, on one chunk of {@code lanes} lanes (random wavefunctions,
 * in cache), through their facades: the score is nanoseconds per call, so per-lane costs and per-call
 * overheads can be read off by varying {@code lanes}. {@code -jvmArgsAppend
 * "--add-modules=jdk.incubator.vector -Dmadvec.simd=off"} measures the plain-Java twins.
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar HelasKernel -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class HelasKernelBenchmark {
    /** Lanes per chunk. */
    @Param({"8", "32"})
    public int lanes;

    private double[] w;
    private final double[] g = {0.3, -1.2};
    private final double[] mass = {173.0};
    private final double[] width = {1.5};
    private final double[] none = {0.0};
    private int a, b, x, out, u;
    private int[] src;
    private double[] re, im;

    /** Five random wavefunction blocks with physical-looking momenta. */
    @Setup(Level.Trial)
    public void fill() {
        int blk = Layout.wfBlock(lanes);
        w = new double[8 * blk];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < w.length; i++) w[i] = rng.nextDouble(-1, 1);
        for (int s = 0; s < 5; s++) {
            for (int l = 0; l < lanes; l++) w[s * blk + Layout.lane(Layout.WF_ROWS, l) + Layout.row(8)] = 500 + 100 * rng.nextDouble();
        }
        a = 0;
        b = blk;
        x = 2 * blk;
        out = 3 * blk;
        u = 4 * blk;
        src = new int[] {0, blk, 2 * blk, 3 * blk};
        re = new double[] {1, -1, 0, 0.5};
        im = new double[] {0, 0, 1, 0.5};
    }

    /** FFV, open F1 (a fermion current or an amplitude's current). */
    @Benchmark
    public double[] ffvOpenF1() {
        Structures.ffvOpenF1(w, lanes, a, b, out, g, 0, g, 0, false);
        return w;
    }

    /** FFV, open vector. */
    @Benchmark
    public double[] ffvOpenV() {
        Structures.ffvOpenV(w, lanes, a, b, out, g, 0, g, 0, false);
        return w;
    }

    /** Three gluons. */
    @Benchmark
    public double[] vvvOpenV1() {
        Structures.vvvOpenV1(w, lanes, a, a, b, b, out, g, 0, false);
        return w;
    }

    /** Four gluons. */
    @Benchmark
    public double[] vvvvOpen() {
        Structures.vvvvOpen(w, lanes, a, b, x, out, 1, -0.5, -0.5, g, 0, false);
        return w;
    }

    /** Massive fermion propagator. */
    @Benchmark
    public double[] fermionPropagator() {
        Propagators.apply(Wavefunction.F1, w, lanes, a, out, mass, width);
        return w;
    }

    /** Massless vector propagator. */
    @Benchmark
    public double[] gluonPropagator() {
        Propagators.apply(Wavefunction.VECTOR, w, lanes, a, out, none, none);
        return w;
    }

    /** Contraction of two vectors into a colour flow. */
    @Benchmark
    public double[] contract() {
        Amplitudes.contract(w, lanes, a, b, Amplitudes.MINKOWSKI, out, false);
        return w;
    }

    /** A colour-weighted sum of four currents (two real, one imaginary, one general coefficient). */
    @Benchmark
    public double[] combine() {
        Amplitudes.combine(w, lanes, u, src, re, im, 0, 2, 3, 4, 0);
        return w;
    }

    /** The momentum of a current. */
    @Benchmark
    public double[] momentumSum() {
        Amplitudes.momentumSum(w, lanes, a, b, -1, out);
        return w;
    }
}
