package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import madvec.simd.Simd;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("version") && out().contains("simd-info"), out());
    }

    @Test
    void noCommandIsAOneLineUsageError() {
        assertEquals(2, run());
        assertEquals("madvec: no command given (madvec --help lists them)\n", err());
        assertEquals("", out());
    }

    @Test
    void helpCommandAndHelpOptionAgree() {
        assertEquals(0, run("help", "eval"));
        String viaCommand = out();
        out.reset();
        assertEquals(0, run("eval", "--help"));
        assertEquals(viaCommand, out());
        assertTrue(viaCommand.startsWith("Usage: madvec eval"), viaCommand);
    }

    @Test
    void verbosityGoesBeforeTheCommand() {
        assertEquals(0, run("-vv", "version"));
        assertEquals(2, run("version", "-v"));
        assertTrue(err().contains("unknown option '-v'"), err());
    }

    @Test
    void versionIsTheBuildVersion() {
        assertEquals(0, run("version"));
        assertTrue(out().matches("madvec \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out());
    }

    @Test
    void simdInfoNamesThePathInUse() {
        assertEquals(0, run("-v", "simd-info"));
        assertTrue(out().startsWith(Simd.VECTOR ? "SIMD path" : "scalar path"), out());
        assertTrue(out().contains("padding to " + Simd.PAD + " lanes"), out());
    }

    @Test
    void unknownCommandIsNamed() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("madvec: unknown command 'frobnicate'"), err());
        assertEquals("", out());
    }

    @Test
    void extraArgumentsAreAUsageError() {
        assertEquals(2, run("version", "--now"));
        assertTrue(err().contains("unknown option '--now'"), err());
        assertEquals(2, run("processes", "now"));
        assertTrue(err().contains("unexpected argument 'now'"), err());
    }
}
