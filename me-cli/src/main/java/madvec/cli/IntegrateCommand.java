package madvec.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import madvec.api.MatrixElement;
import madvec.events.CrossSection;
import madvec.events.MultiChannelCrossSection;
import madvec.events.MultiChannelCrossSection.PhaseSpace;
import madvec.events.channels.ChannelSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madvec integrate}: the cross section and its gradient by VEGAS over the hypercube, the
 * iterations as a table on stderr, the result on stdout.
 */
@Command(name = "integrate", sortOptions = false,
        description = {"Cross section (pb) with its Monte Carlo error, and d sigma / d NAME for each --grad NAME,",
            "by adaptive (VEGAS) integration over the hypercube of RAMBO on diet, or over phase-space channels",
            "that map the program's s-channel resonances (decay-chain tops and Ws) with Breit-Wigner shapes.", ""},
        footer = {"", "Output: '# quantity value error', then 'sigma_pb V E' and one 'd_sigma_pb/d_NAME V E' per --grad NAME.",
            "The iterations (points, sigma, error, combined value, chi2/dof) go to stderr.",
            "A seed gives the same result whatever --threads."})
final class IntegrateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ProcessOptions process;

    @Mixin
    EnergyOption energy;

    @Mixin
    GradOptions grad;

    @Option(names = "--precision", paramLabel = "R", defaultValue = "1e-3", converter = Limits.PositiveReal.class,
            description = "target relative error of sigma, below 1 (default: ${DEFAULT-VALUE})")
    double precision;

    @Mixin
    SeedThreadsOptions run;

    @Option(names = "--points", paramLabel = "N", defaultValue = "20000", converter = Limits.Batch.class,
            description = "points per iteration (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--phase-space", paramLabel = "MAP", defaultValue = "auto",
            description = "auto, flat or channels: flat is RAMBO on diet; channels maps the s-channel resonances of"
                    + " the diagrams with Breit-Wigner shapes, a channel per resonance set, adaptive channel weights;"
                    + " auto takes channels when there is a resonance (default: ${DEFAULT-VALUE})")
    String phaseSpace;

    @Override
    public void run() {
        if (!(precision < 1)) {
            throw new UsageError("--precision must be below 1, got " + precision);
        }
        if (points < 16) {
            throw new UsageError("--points must be at least 16, got " + points);
        }
        MatrixElement.Builder b = process.builder().derivatives(grad.names());
        energy.applyTo(b, process);
        PhaseSpace map = phaseSpace(phaseSpace);
        MatrixElement me = b.build();
        PrintWriter err = spec.commandLine().getErr();
        String flatBecause = "";
        if (map == PhaseSpace.AUTO) {
            map = MultiChannelCrossSection.usesChannels(me) ? PhaseSpace.CHANNELS : PhaseSpace.FLAT;
            if (map == PhaseSpace.FLAT && me.dimensions() > 0 && ChannelSet.of(me).resonant()) {
                flatBecause = ", although the process has resonances: --grad " + ChannelSet.movingExternalMass(me)
                        + " moves an external mass, which only the flat map follows";
            }
        }
        if (map == PhaseSpace.CHANNELS) {
            String moving = ChannelSet.movingExternalMass(me);
            if (moving != null) {
                throw new UsageError("--grad " + moving + " moves an external particle's mass, which the resonance"
                        + " channels do not follow; use --phase-space flat (or auto)");
            }
        }
        err.printf(Locale.ROOT, "madvec integrate: %s at sqrt(s) = %s GeV, target precision %s, seed %d, %d thread(s)%n",
                me.process(), me.sqrtS(), precision, run.seed, run.threads);
        CrossSection.Options options = CrossSection.Options.defaults().withPrecision(precision).withSeed(run.seed)
                .withThreads(run.threads).withIterations(points, 3, 100).withProgress(line -> {
                    err.println(line);
                    err.flush();
                });
        if (map == PhaseSpace.CHANNELS) {
            ChannelSet channels = ChannelSet.of(me);
            err.printf(Locale.ROOT, "madvec integrate: %d phase-space channel(s), resonances as PDG(particles)%n",
                    channels.channels().size());
            channels.describe().forEach(line -> err.println("  " + line));
        } else {
            err.println("madvec integrate: flat phase space (RAMBO on diet)" + flatBecause);
        }
        CrossSection.Result r = MultiChannelCrossSection.integrate(me, options, map);
        if (r.sigma().error() > precision * Math.abs(r.sigma().value())) {
            err.printf(Locale.ROOT, "madvec integrate: stopped after %d iterations at relative error %.3g, above %s%n",
                    r.iterations().size(), r.sigma().error() / Math.abs(r.sigma().value()), precision);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("# quantity value error");
        out.printf(Locale.ROOT, "sigma_pb %.10e %.4e%n", r.sigma().value(), r.sigma().error());
        for (Map.Entry<String, CrossSection.Estimate> g : r.gradient().entrySet()) {
            out.printf(Locale.ROOT, "d_sigma_pb/d_%s %.10e %.4e%n", g.getKey(), g.getValue().value(), g.getValue().error());
        }
        out.flush();
    }

    /** The --phase-space value (integrate and generate). */
    static PhaseSpace phaseSpace(String name) {
        return switch (name) {
            case "auto" -> PhaseSpace.AUTO;
            case "flat" -> PhaseSpace.FLAT;
            case "channels" -> PhaseSpace.CHANNELS;
            default -> throw new UsageError("--phase-space must be auto, flat or channels, got '" + name + "'");
        };
    }
}
