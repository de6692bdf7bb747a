package madvec.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed} and {@code --threads} of the Monte Carlo commands (integrate, generate, gold), whose
 * output is a function of the seed alone: the threads change only how fast it comes.
 */
final class SeedThreadsOptions {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = Limits.Threads.class,
            description = "evaluation threads; the output does not depend on them (default: ${DEFAULT-VALUE})")
    int threads;
}
