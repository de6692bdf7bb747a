package madvec.cli;

import java.util.List;

/** A usage error: wrong or missing options. The CLI prints the message and exits with status 2. */
final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
        super(message);
    }

    static void noArguments(String command, List<String> args) {
        if (!args.isEmpty()) {
            throw new Usage("takes no arguments, got '" + String.join(" ", args) + "'");
        }
    }

    /** The value of option {@code option}, found at {@code args[i]}; a usage error when it is missing. */
    static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new Usage(option + " needs a value");
        }
        return args.get(i);
    }
}
