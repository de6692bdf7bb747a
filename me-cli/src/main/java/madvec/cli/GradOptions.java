package madvec.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --grad}: the card parameters to differentiate with respect to, shared by the commands. */
final class GradOptions {
    @Option(names = "--grad", split = ",", paramLabel = "NAME",
            description = "derivatives with respect to these card parameters, e.g. mass.6,sminputs.3 "
                    + "(comma list, repeatable)")
    List<String> names = new ArrayList<>();

    /** The names as {@code MatrixElement.Builder.derivatives} takes them; blanks (from "a,,b") dropped. */
    String[] names() {
        return names.stream().map(String::trim).filter(n -> !n.isEmpty()).toArray(String[]::new);
    }
}
