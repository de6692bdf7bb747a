package madvec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.api.ValueAndGradient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec scan}: |M|^2 and its exact derivative along a range of one parameter at a fixed
 * hypercube point (the MadJax paper's Figure 1), as a table and, on request, a two-panel plot. Every
 * step is the same compiled matrix element moved to the next parameter value.
 */
@Command(name = "scan", sortOptions = false,
        description = {"|M|^2 and d|M|^2/d NAME along a range of the card parameter NAME at one hypercube point.", ""},
        footer = {"", "Output: '# NAME me d_me/d_NAME', one line per step; --png/--svg draw value and derivative on two panels."})
final class ScanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    EnergyOption energy;

    @Option(names = "--parameter", required = true, paramLabel = "NAME", description = "the card parameter scanned, e.g. mass.23")
    String parameter;

    @Option(names = "--from", required = true, paramLabel = "A", converter = Limits.Real.class, description = "first value")
    double from;

    @Option(names = "--to", required = true, paramLabel = "B", converter = Limits.Real.class, description = "last value")
    double to;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "101", converter = Limits.Batch.class,
            description = "values from A to B, both included, at least 2 (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--point", split = ",", paramLabel = "U", converter = Limits.Real.class,
            description = "the hypercube point, 3n-4 numbers in [0, 1] (default: every coordinate 0.2)")
    List<Double> point = new ArrayList<>();

    @Option(names = "--png", paramLabel = "FILE", description = "also draw the scan as a PNG image")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "also draw the scan as an SVG image")
    Path svg;

    @Override
    public void run() {
        if (steps < 2) {
            throw new UsageError("--steps must be at least 2, got " + steps);
        }
        String name = parameter.trim().toLowerCase(Locale.ROOT);
        // a derivative direction is free, so a range through zero keeps what a non-zero value switches on
        MatrixElement.Builder b = process.builder().derivatives(name);
        energy.applyTo(b, process);
        MatrixElement me = b.build();
        double[] u = point(me.dimensions());
        double[] x = new double[steps], value = new double[steps], derivative = new double[steps];
        for (int i = 0; i < steps; i++) {
            x[i] = from + (to - from) * i / (steps - 1);
            ValueAndGradient vg = me.withParameters(Map.of(name, x[i])).valueAndGradient(u);
            value[i] = vg.value();
            derivative[i] = vg.gradient().get(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# %s me d_me/d_%s%n", name, name);
        for (int i = 0; i < steps; i++) {
            out.printf(Locale.ROOT, "%.10g %.17g %.17g%n", x[i], value[i], derivative[i]);
        }
        out.flush();
        if (png != null || svg != null) {
            ScanPlot plot = new ScanPlot(me.process() + " at u = " + (point.isEmpty() ? "0.2 each" : point.toString()),
                    name, x, value, derivative);
            if (png != null) {
                write(png, plot::writePng);
            }
            if (svg != null) {
                write(svg, plot::writeSvg);
            }
        }
    }

    private double[] point(int dimensions) {
        double[] u = new double[dimensions];
        if (point.isEmpty()) {
            java.util.Arrays.fill(u, 0.2);
            return u;
        }
        if (point.size() != dimensions) {
            throw new UsageError("--point needs " + dimensions + " coordinates for this process, got " + point.size());
        }
        for (int c = 0; c < dimensions; c++) u[c] = point.get(c);
        return u;
    }

    private interface Drawing {
        void to(java.io.OutputStream s) throws IOException;
    }

    /** A plot through the same safe output as every file: a temporary file moved into place when complete. */
    private void write(Path file, Drawing drawing) {
        Map<String, Path> inputs = process.card == null ? Map.of() : Map.of("--param-card", process.card);
        try (SafeOutput o = SafeOutput.open(file, spec.commandLine().getOut(), inputs)) {
            try {
                drawing.to(o.stream());
            } catch (IOException e) {
                throw o.failed(e);
            }
            o.commit();
        }
    }
}
