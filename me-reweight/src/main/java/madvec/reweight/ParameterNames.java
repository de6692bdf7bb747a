package madvec.reweight;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MadGraph's names of the {@code sm} model's external parameters ({@code MT}, {@code aEWM1}, {@code WZ},
 * ...) and the SLHA {@code block.id} each stands for, so that a reweight card's {@code set MT 175} means
 * {@code mass.6}. Internal (derived) parameters such as {@code MW} have no entry: MadGraph refuses them too.
 */
final class ParameterNames {
    private static final Map<String, String> SM = Map.ofEntries(
            Map.entry("mb", "mass.5"), Map.entry("mt", "mass.6"), Map.entry("mta", "mass.15"),
            Map.entry("mz", "mass.23"), Map.entry("mh", "mass.25"), Map.entry("me", "mass.11"),
            Map.entry("mm", "mass.13"), Map.entry("mmu", "mass.13"), Map.entry("mc", "mass.4"),
            Map.entry("aewm1", "sminputs.1"), Map.entry("gf", "sminputs.2"), Map.entry("as", "sminputs.3"),
            Map.entry("ymb", "yukawa.5"), Map.entry("ymt", "yukawa.6"), Map.entry("ymtau", "yukawa.15"),
            Map.entry("yme", "yukawa.11"), Map.entry("ymm", "yukawa.13"), Map.entry("ymc", "yukawa.4"),
            Map.entry("wt", "decay.6"), Map.entry("wz", "decay.23"), Map.entry("ww", "decay.24"),
            Map.entry("wh", "decay.25"), Map.entry("wtau", "decay.15"), Map.entry("wta", "decay.15"));

    private ParameterNames() {}

    /** @return the {@code block.id} of a MadGraph parameter name (any case), if it is one of the {@code sm} model's */
    static Optional<String> byName(String name) {
        return Optional.ofNullable(SM.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The {@code block.id} of an SLHA block and id as MadGraph's {@code set} takes them ({@code set mass 6},
     * {@code set width 6} for {@code decay.6}).
     */
    static String byBlock(String block, String id) {
        String b = block.toLowerCase(Locale.ROOT);
        if (b.equals("width")) b = "decay";
        return b + "." + id;
    }

    /**
     * A parameter as {@code --grad} or the API names it: {@code block.id} as is, or a MadGraph name.
     *
     * @return the {@code block.id}, lower case
     */
    static String canonical(String nameOrBlockId) {
        String s = nameOrBlockId.trim().toLowerCase(Locale.ROOT);
        if (s.contains(".")) return s;
        return byName(s).orElse(s);
    }
}
