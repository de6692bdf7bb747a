package madvec.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help}, mixed into every command so that each prints its own help the same way. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;
}
