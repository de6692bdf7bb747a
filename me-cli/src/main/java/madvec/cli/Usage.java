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
}
