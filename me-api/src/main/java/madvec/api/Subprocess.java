package madvec.api;

import java.util.List;
import madvec.processes.Program;

/**
 * One subprocess of a process string as compiled against a card, with its plan's live helicities:
 * what {@code madvec diagrams} lists. Made by {@link MatrixElement.Builder#subprocesses()}.
 *
 * @param name the subprocess, e.g. {@code u u~ > t t~} (decays after commas)
 * @param program the compiled program ({@link Program#text()} lists it)
 * @param diagrams Feynman diagrams (a four-gluon vertex counts once)
 * @param amplitudes amplitudes in the program
 * @param liveHelicities the helicity combinations that contribute, in execution order
 */
public record Subprocess(String name, Program program, int diagrams, int amplitudes, List<int[]> liveHelicities) {
    /** Copies the list. */
    public Subprocess {
        liveHelicities = List.copyOf(liveHelicities);
    }

    /** All helicity combinations, live or not. */
    public long totalHelicities() {
        long total = 1;
        for (var e : program.externals()) total *= e.helicities().length;
        return total;
    }
}
