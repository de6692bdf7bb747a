package madvec.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the command line: its name, a one-line summary, and what it does. */
record CliCommand(String name, String summary, Action action) {
    /** Runs a command on its arguments; results go to {@code out}. */
    @FunctionalInterface
    interface Action {
        void run(List<String> args, PrintStream out);
    }
}
