package madvec.generator;

import java.util.List;
import java.util.function.Consumer;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.Program;

/**
 * The one entry point that turns a process string into programs. Compilation is refused, before
 * anything is generated, for decays that cannot happen on shell and for definitions with more
 * diagrams than {@link SizeLimit} allows; compilations longer than 2 s can report progress.
 */
public final class Processes {
    private Processes() {}

    /**
     * Compiles a process string that names one subprocess (for example {@code "g g > t t~"}) with the
     * default {@code sm} card.
     *
     * @throws IllegalArgumentException naming the problem: a syntax error (token and position), no
     *     diagrams, an impossible decay, a process beyond {@link SizeLimit}, or a string that expands
     *     into several subprocesses
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
        return compile(process, model, null);
    }

    /**
     * As {@link #compile(String, StandardModel)}, with progress messages.
     *
     * @param progress receives a line now and then once compilation has taken more than 2 s (for a
     *     command line, {@code System.err::println}); null for none
     * @throws IllegalArgumentException as {@link #compile(String)}
     */
    public static Program compile(String process, StandardModel model, Consumer<String> progress) {
        List<GeneratedProcess> all = compileAll(process, model, progress);
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
     * @throws IllegalArgumentException for syntax errors, impossible decays, processes beyond
     *     {@link SizeLimit}, or when no subprocess has a diagram
     */
    public static List<GeneratedProcess> compileAll(String process, StandardModel model) {
        return compileAll(process, model, null);
    }

    /**
     * As {@link #compileAll(String, StandardModel)}, with progress messages.
     *
     * @param progress receives a line now and then once compilation has taken more than 2 s; null for none
     * @throws IllegalArgumentException as {@link #compileAll(String, StandardModel)}
     */
    public static List<GeneratedProcess> compileAll(String process, StandardModel model, Consumer<String> progress) {
        return ProcessCompiler.compile(process, model, progress);
    }
}
