package madvec.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.api.MatrixElement;
import madvec.autodiff.DualLanes;
import madvec.rambo.AdjointTape;
import madvec.rambo.RamboOnDiet;
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
 * The share of the phase-space map in an evaluation through hypercube points, measured side by side
 * in one run: {@code points} (the API's hypercube evaluation: map plus matrix element, value only) and
 * {@code coords} (with the gradient in every coordinate), against {@code map} and {@code mapCoords},
 * RAMBO on diet alone on the same points in chunks of {@value #CHUNK} lanes as the API runs it (k = 0,
 * and k = the dimension with the coordinates seeded), and {@code mapReverse}, the map's reverse mode as
 * reverse-mode gradients run it (values onto a tape, then the pullbacks of momentum adjoints and of the
 * weight). The share is the map's time over the evaluation's: rate(points) / rate(map).
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar PhaseSpaceBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class PhaseSpaceBenchmark {
    /** Events per invocation. */
    public static final int EVENTS = 2048;
    /** Lanes per map call: the API's largest pass. */
    public static final int CHUNK = 256;

    /** Catalog name. */
    @Param({"gg_tt_6j", "gg_ttgg"})
    public String process;

    /** {@code points}, {@code coords}, {@code map}, {@code mapCoords} or {@code mapReverse}. */
    @Param({"points", "map", "coords", "mapCoords", "mapReverse"})
    public String mode;

    private MatrixElement me;
    private double[][] u;
    private RamboOnDiet rambo;
    private DualLanes[][] chunks;
    private DualLanes[] momenta;
    private DualLanes weight;
    private AdjointTape tape;
    private double[][] momentumBar, uBar;

    /** Compiles the process (or makes the map) and prepares random points. */
    @Setup(Level.Trial)
    public void prepare() {
        MatrixElement.Builder b = MatrixElement.builder(process);
        if (mode.equals("coords")) {
            b.wrtCoordinates();
        }
        me = b.build();
        int d = me.dimensions();
        SplittableRandom rng = new SplittableRandom(7);
        u = new double[d][EVENTS];
        for (int l = 0; l < EVENTS; l++) {
            for (int c = 0; c < d; c++) u[c][l] = 0.02 + 0.96 * rng.nextDouble();
        }
        if (!mode.startsWith("map")) {
            return;
        }
        if (mode.equals("mapReverse")) {
            prepareReverse(d);
            return;
        }
        int k = mode.equals("mapCoords") ? d : 0;
        double[] masses = me.externalMasses();
        rambo = mapOf(me.sqrtS(), Arrays.copyOfRange(masses, 2, masses.length), k);
        chunks = new DualLanes[EVENTS / CHUNK][d];
        for (int c = 0; c < chunks.length; c++) {
            for (int j = 0; j < d; j++) {
                DualLanes x = DualLanes.create(CHUNK, k);
                x.setValues(Arrays.copyOfRange(u[j], c * CHUNK, (c + 1) * CHUNK));
                if (k > 0) {
                    x.seed(j);
                }
                chunks[c][j] = x;
            }
        }
        momenta = new DualLanes[rambo.momentumComponents()];
        for (int i = 0; i < momenta.length; i++) momenta[i] = DualLanes.create(CHUNK, k);
        weight = DualLanes.create(CHUNK, k);
    }

    private void prepareReverse(int d) {
        double[] masses = me.externalMasses();
        rambo = mapOf(me.sqrtS(), Arrays.copyOfRange(masses, 2, masses.length), 0);
        tape = AdjointTape.create(masses.length - 2, CHUNK);
        momentumBar = new double[rambo.momentumComponents()][tape.stride()];
        SplittableRandom rng = new SplittableRandom(11);
        for (double[] a : momentumBar) {
            for (int l = 0; l < a.length; l++) a[l] = rng.nextDouble() - 0.5;
        }
        uBar = new double[d][tape.stride()];
    }

    private static RamboOnDiet mapOf(double sqrtS, double[] finalMasses, int k) {
        madvec.autodiff.DualScalar[] m = new madvec.autodiff.DualScalar[finalMasses.length];
        for (int i = 0; i < m.length; i++) m[i] = madvec.autodiff.DualScalar.constant(finalMasses[i], k);
        madvec.autodiff.DualScalar zero = madvec.autodiff.DualScalar.constant(0.0, k);
        return new RamboOnDiet(sqrtS, zero, zero, m);
    }

    /** One evaluation or map of {@value #EVENTS} points. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object run() {
        if (rambo == null) {
            return me.evaluatePoints(u);
        }
        if (tape != null) {
            return reverse();
        }
        for (DualLanes[] c : chunks) {
            rambo.forward(c, momenta, weight);
        }
        return weight;
    }

    private Object reverse() {
        double[][] points = tape.points();
        for (int c = 0; c < EVENTS / CHUNK; c++) {
            for (int j = 0; j < points.length; j++) System.arraycopy(u[j], c * CHUNK, points[j], 0, CHUNK);
            rambo.forward(tape);
            rambo.pullback(tape, momentumBar, 0.0, uBar, null);
            rambo.pullback(tape, null, 1.0, uBar, null);
        }
        return uBar;
    }
}
