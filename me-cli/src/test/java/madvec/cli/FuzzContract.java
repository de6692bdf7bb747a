package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The contract every run of the command line keeps, whatever its arguments, for the fuzz tests:
 * exit 0, 1 or 2; unless 0, exactly one stderr line starting {@code madvec: } with no stack trace and
 * no Java type names; no NaN or infinity in stdout.
 *
 * <p>The fuzz tests ({@code *FuzzTest}) are jqwik properties with fixed seeds; their tries come from
 * {@code jqwik.tries.default} in {@code junit-platform.properties} (100), and a long run raises it:
 * {@code mvn -B -pl me-cli verify -Dmadvec.target=target-cli -Djqwik.tries.default=5000 -Dtest='*FuzzTest'}.
 */
final class FuzzContract {
    private static final Pattern JAVA_NAMES = Pattern.compile("Exception|java\\.|\\tat |madvec\\.[a-z]+\\.[A-Z]");
    private static final Pattern NON_FINITE = Pattern.compile("(?i)(^|\\s)[+-]?(nan|infinity|inf)(\\s|$)");

    private FuzzContract() {}

    /** Runs the command line in-process, stdin given, and checks the contract. */
    static Cli run(String stdin, List<String> args) {
        InputStream saved = Inputs.stdin;
        Inputs.stdin = new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            Cli r = Cli.run(args.toArray(String[]::new));
            check(r, args);
            return r;
        } finally {
            Inputs.stdin = saved;
        }
    }

    static void check(Cli r, List<String> args) {
        String what = String.join(" ", args) + "\n--- stderr:\n" + r.err();
        assertTrue(r.status() >= 0 && r.status() <= 2, "exit " + r.status() + ": " + what);
        if (r.status() != 0) {
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), "one stderr line: " + what);
            assertTrue(lines.get(0).startsWith("madvec: "), what);
            assertFalse(JAVA_NAMES.matcher(lines.get(0)).find(), "no Java names: " + what);
            assertFalse(lines.get(0).contains("internal error"), "a bug: " + what);
        }
        for (String line : r.out().lines().toList()) {
            if (!line.startsWith("#")) {
                assertFalse(NON_FINITE.matcher(line).find(), "non-finite output '" + line + "': " + what);
            }
        }
    }

    /** An {@code --out} file after a run: absent after a failure, a complete table after success. */
    static void checkOut(Cli r, Path out, List<String> args) throws Exception {
        if (r.status() != 0) {
            assertFalse(Files.exists(out), "no partial --out after a failure: " + String.join(" ", args));
            return;
        }
        int at = args.indexOf("--out");
        boolean written = at >= 0 && at + 1 < args.size() && args.get(at + 1).equals(out.toString())
                && !args.contains("--help") && !args.contains("-h");
        if (written) {
            String text = Files.readString(out);
            assertTrue(text.startsWith("# ") && text.endsWith("\n"), "complete --out: " + String.join(" ", args));
        }
        try (var files = Files.list(out.getParent())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }
}
