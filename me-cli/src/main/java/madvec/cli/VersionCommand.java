package madvec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madvec version}: the build's version. */
@Command(name = "version", description = "print the madvec version")
final class VersionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        spec.commandLine().getOut().println("madvec " + Main.version());
    }
}
