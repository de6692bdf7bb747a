package madvec.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The start-up choice of path: consistent with the {@code madvec.simd} property and the readability
 * of {@code jdk.incubator.vector}, and a working scalar fallback in a JVM that lacks the module.
 */
class SimdPathTest {

    private static boolean vectorModuleReadable() {
        Module simd = Simd.class.getModule();
        return ModuleLayer.boot().findModule("jdk.incubator.vector")
                .map(m -> !simd.isNamed() || simd.canRead(m))
                .orElse(false);
    }

    private static boolean scalarForced() {
        String forced = System.getProperty("madvec.simd", "auto").trim().toLowerCase(Locale.ROOT);
        return forced.equals("off") || forced.equals("false") || forced.equals("scalar");
    }

    @Test
    void pathAgreesWithPropertyAndModule() {
        if (scalarForced()) {
            assertFalse(Simd.VECTOR, "-Dmadvec.simd=off must force the scalar path");
            assertTrue(Simd.REASON.contains("forced"), Simd.REASON);
        } else if (!vectorModuleReadable()) {
            assertFalse(Simd.VECTOR);
            assertTrue(Simd.REASON.contains("not readable"), Simd.REASON);
        } else {
            boolean wideEnough = madvec.simd.vector.Species.D.vectorBitSize() >= 128;
            assertEquals(wideEnough, Simd.VECTOR, Simd.REASON);
        }
        assertEquals(Simd.VECTOR, Simd.REASON.startsWith("SIMD path"), Simd.REASON);
    }

    @Test
    void laneCountsFollowThePath() {
        if (Simd.VECTOR) {
            assertEquals(madvec.simd.vector.Species.LANES, Simd.LANES);
            assertTrue(Simd.LANES >= 2);
        } else {
            assertEquals(1, Simd.LANES);
        }
        if (vectorModuleReadable()) {
            // Both executions of the suite must see the same buffer layout.
            assertEquals(madvec.simd.vector.Species.LANES, Simd.PAD);
        }
        assertTrue(Simd.PAD >= 1);
    }

    @Test
    void paddingRoundsUpToAMultipleOfPad() {
        assertEquals(0, Simd.padded(0));
        for (int n = 1; n < 50; n++) {
            int padded = Simd.padded(n);
            assertEquals(0, padded % Simd.PAD, "n=" + n);
            assertTrue(padded >= n && padded < n + Simd.PAD, "n=" + n + " padded to " + padded);
        }
        assertThrows(IllegalArgumentException.class, () -> Simd.padded(-1));
    }

    @Test
    void describeNamesPathAndPadding() {
        String line = Simd.describe();
        assertTrue(line.startsWith(Simd.REASON), line);
        assertTrue(line.contains("padding to " + Simd.PAD + " lanes"), line);
        assertFalse(line.contains("\n"), "one line");
    }

    @Test
    void scalarFallbackRunsWithoutVectorModule() throws Exception {
        Result child = runChild();
        assertEquals(0, child.exitCode, child.output);
        String[] lines = child.stdout.split("\\R");
        assertEquals("false", lines[0], child.output);
        assertTrue(lines[1].contains("jdk.incubator.vector is not readable"), child.output);
        // Without the module there is no vector length to pad to: one lane, no padding.
        assertEquals(1, Integer.parseInt(lines[2]), child.output);
        assertEquals(1, Integer.parseInt(lines[3]), child.output);
        assertEquals(5, Integer.parseInt(lines[4]), child.output);
    }

    @Test
    void forcingVectorPathWithoutModuleFailsFast() throws Exception {
        Result child = runChild("-Dmadvec.simd=on");
        assertNotEquals(0, child.exitCode, child.output);
        assertTrue(child.output.contains("-Dmadvec.simd=on but scalar path: module jdk.incubator.vector is not readable"),
                child.output);
    }

    private record Result(int exitCode, String stdout, String output) {}

    /** A JVM on the class path with no --add-modules: the incubator module is not resolved there. */
    private static Result runChild(String... jvmArgs) throws IOException, InterruptedException, URISyntaxException {
        String classPath = String.join(File.pathSeparator,
                location(Simd.class), location(ScalarFallbackProbe.class), location(org.slf4j.LoggerFactory.class));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-cp", classPath, ScalarFallbackProbe.class.getName()));
        Path stderr = Files.createTempFile("madvec-simd-probe", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
            String err = Files.readString(stderr);
            return new Result(process.exitValue(), stdout, "stdout:\n" + stdout + "\nstderr:\n" + err);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
