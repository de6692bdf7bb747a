package madvec.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import madvec.generator.Processes;
import madvec.generator.SmPoint;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Bindings;
import madvec.processes.Program;
import madvec.processes.ProgramPlan;
import madvec.processes.Workspace;
import madvec.rambo.Rambo;
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
 * The program executor end to end: |M|^2 (and one parameter derivative) of a whole process for
 * batches of physical random events, one thread. The score is events per second: every invocation
 * evaluates {@link #EVENTS} events, in {@code EVENTS / batch} calls of {@code batch} events each, all
 * different.
 *
 * <p>{@code simd} and {@code scalar} are the same measurement in two JVMs: the second forks with
 * {@code -Dmadvec.simd=off}, so the executor runs the plain-Java twins of every kernel. {@code derivative}
 * {@code none} is the value alone; {@code mass} adds the tangent of the mass of the heaviest
 * particle of the process ({@code mass.6} for top pairs, {@code mass.23} for e+ e- > mu+ mu-).
 *
 * <p>Run: {@code java -jar me-bench/target/benchmarks.jar ExecutorBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}
 * (add {@code -p "process=g g > t t~"} to pick one process, {@code -p batch=1024} one batch size).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ExecutorBenchmark {
    /** Events per benchmark invocation, a multiple of every batch size. */
    public static final int EVENTS = 4096;

    /** Process string, compiled by the generator. */
    @Param({"g g > t t~", "e+ e- > mu+ mu-", "g g > t t~ g", "g g > t t~ g g"})
    public String process;

    /** {@code none} (value only) or {@code mass} (value and d/d mass of the heaviest particle). */
    @Param({"none", "mass"})
    public String derivative;

    /** Events per {@code evaluate} call. */
    @Param({"64", "256", "1024", "4096"})
    public int batch;

    private Workspace workspace;
    private Bindings point;
    private double[][][] momenta;
    private double[] me;

    /** Builds the executor and {@link #EVENTS} random events at twice the threshold plus 500 GeV. */
    @Setup(Level.Trial)
    public void prepare() {
        Program program = Processes.compile(process);
        String parameter = process.contains("t t~") ? "mass.6" : "mass.23";
        List<String> grads = derivative.equals("none") ? List.of() : List.of(parameter);
        StandardModel model = StandardModel.of(ParamCard.defaultSm(), grads);
        SmPoint sm = SmPoint.of(model);
        ProgramPlan plan = ProgramPlan.of(program, model.k(), false, List.of(sm));
        point = plan.bind(sm);
        workspace = plan.workspace();
        int n = program.particles();
        double[] massIn = new double[2];
        double[] massOut = new double[n - 2];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double m = model.mass(program.externals().get(i).pdg()).value();
            if (i < 2) {
                massIn[i] = m;
            } else {
                massOut[i - 2] = m;
                sum += m;
            }
        }
        SplittableRandom rng = new SplittableRandom(2024);
        Rambo rambo = new Rambo(2 * sum + 500.0, massIn[0], massIn[1], massOut);
        double[] ev = new double[4 * n];
        int calls = EVENTS / batch;
        momenta = new double[calls][4 * n][batch];
        for (int call = 0; call < calls; call++) {
            for (int l = 0; l < batch; l++) {
                rambo.generate(rng, ev);
                for (int j = 0; j < 4 * n; j++) momenta[call][j][l] = ev[j];
            }
        }
        me = new double[(model.k() + 1) * batch];
    }

    /** The path chosen at start-up: the Vector API where the CPU and JVM allow it. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void simd(Blackhole bh) {
        run(bh);
    }

    /** Plain-Java twins forced. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    @Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Dmadvec.simd=off"})
    public void scalar(Blackhole bh) {
        run(bh);
    }

    private void run(Blackhole bh) {
        for (double[][] p : momenta) {
            workspace.evaluate(point, p, batch, batch, me);
            bh.consume(me);
        }
    }
}
