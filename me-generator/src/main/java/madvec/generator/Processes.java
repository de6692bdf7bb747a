package madvec.generator;

import java.util.List;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Program;

/** The one entry point that turns a process string into programs. */
public final class Processes {
    private Processes() {}

    /**
     * Compiles a process string that names one subprocess (for example {@code "g g > t t~"}) with the
     * default {@code sm} card.
     *
     * @throws IllegalArgumentException naming the problem: a syntax error (token and position), no
     *     diagrams, or a string that expands into several subprocesses
     */
    public static Program compile(String process) {
        return compile(process, StandardModel.of(ParamCard.defaultSm()));
    }

    /**
     * Compiles a process string that names one subprocess, for a model: vertices whose couplings vanish
     * in it (value and every tangent) are left out, as MadGraph leaves out zero couplings.
     *
     * @throws IllegalArgumentException as {@link #compile(String)}
     */
    public static Program compile(String process, StandardModel model) {
        List<GeneratedProcess> all = compileAll(process, model);
        if (all.size() != 1) {
            throw new IllegalArgumentException("'" + process + "' expands into " + all.size() + " subprocesses ("
                    + String.join("; ", all.stream().map(GeneratedProcess::name).limit(8).toList())
                    + (all.size() > 8 ? "; ..." : "") + "); give one of them");
        }
        return all.get(0).program();
    }

    /**
     * Compiles every subprocess of a process string (multi-particle labels expanded).
     *
     * @throws IllegalArgumentException for syntax errors or when no subprocess has a diagram
     */
    public static List<GeneratedProcess> compileAll(String process, StandardModel model) {
        return ProcessCompiler.compile(process, model);
    }
}
