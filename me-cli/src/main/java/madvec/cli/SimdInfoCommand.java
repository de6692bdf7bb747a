package madvec.cli;

import madvec.simd.Simd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madvec simd-info}: the SIMD path, species and lane count in use. */
@Command(name = "simd-info", description = "print the SIMD path, species and lane count in use")
final class SimdInfoCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        spec.commandLine().getOut().println(Simd.describe());
    }
}
