package madvec.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import madvec.generator.GeneratedProcess;
import madvec.generator.Processes;
import madvec.generator.SmPoint;
import madvec.generator.UfoProcesses;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import madvec.processes.ModelPoint;
import madvec.ufo.UfoModel;

/**
 * Where a matrix element's physics comes from: the built-in SM (its own vertex table and fast kernels)
 * or a UFO model ({@code import model PATH[-restriction]}, {@code --model}), as parameter points at
 * cards and as compiled processes.
 */
abstract class ModelSource {
    /** The built-in SM. */
    static final ModelSource SM = new Sm();

    /** The model's name, as messages say it. */
    abstract String name();

    /** The card a process starts from when none is given. */
    abstract ParamCard defaultCard();

    /** The model at a card, with derivatives along the given parameters. */
    abstract ModelPoint point(ParamCard card, List<String> derivatives);

    /** Every subprocess of a process text, compiled at a card with the free parameters seeded (nothing they switch on is pruned). */
    abstract List<GeneratedProcess> compileAll(String process, ParamCard card, Set<String> free, Consumer<String> progress);

    /**
     * A model by MadGraph's spec: {@code sm} (or null) for the built-in SM, else a UFO folder (with an
     * optional {@code -restriction}), or a name under {@code -Dmadvec.models} / {@code MADVEC_MODELS}.
     */
    static ModelSource of(String spec, Set<String> keepFree) {
        if (spec == null || spec.isBlank() || spec.strip().toLowerCase(Locale.ROOT).equals("sm-builtin")) {
            return SM;
        }
        return new Ufo(spec.strip(), keepFree);
    }

    /**
     * Splits {@code import model SPEC} lines off a process text: {spec or null, the rest}. One import
     * at most, before the process.
     */
    static String[] splitImport(String text) {
        String spec = null;
        StringBuilder rest = new StringBuilder();
        for (String line : text.split("[;\n]", -1)) {
            String t = line.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("import model ")) {
                if (spec != null) {
                    throw new IllegalArgumentException("two 'import model' lines in '" + text + "'; give one model");
                }
                spec = t.substring("import model ".length()).strip();
                if (spec.isEmpty()) {
                    throw new IllegalArgumentException("'import model' without a model in '" + text + "'");
                }
            } else if (!t.isEmpty()) {
                rest.append(rest.isEmpty() ? "" : "\n").append(t);
            }
        }
        return new String[] {spec, rest.toString()};
    }

    private static final class Sm extends ModelSource {
        @Override
        String name() {
            return "sm";
        }

        @Override
        ParamCard defaultCard() {
            return ParamCard.defaultSm();
        }

        @Override
        ModelPoint point(ParamCard card, List<String> derivatives) {
            return SmPoint.of(StandardModel.of(card, derivatives));
        }

        @Override
        List<GeneratedProcess> compileAll(String process, ParamCard card, Set<String> free, Consumer<String> progress) {
            return Processes.compileAll(process, StandardModel.of(card, List.copyOf(free)), progress);
        }
    }

    /** Loaded models by spec and kept-free inputs: reading and restricting SMEFTsim or the MSSM takes a while. */
    private static final Map<String, UfoModel> LOADED = new ConcurrentHashMap<>();

    private static final class Ufo extends ModelSource {
        private final UfoModel model;

        Ufo(String spec, Set<String> keepFree) {
            List<String> keep = new ArrayList<>(new java.util.TreeSet<>(keepFree));
            this.model = LOADED.computeIfAbsent(spec + "\u0000" + keep, k -> UfoModel.load(spec, keep));
        }

        @Override
        String name() {
            return model.name();
        }

        @Override
        ParamCard defaultCard() {
            return model.formulas().defaultCard();
        }

        @Override
        ModelPoint point(ParamCard card, List<String> derivatives) {
            return model.formulas().evaluate(card, derivatives);
        }

        @Override
        List<GeneratedProcess> compileAll(String process, ParamCard card, Set<String> free, Consumer<String> progress) {
            return UfoProcesses.compileAll(process, model, model.formulas().evaluate(card, List.copyOf(free)));
        }
    }
}
