package madvec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import madvec.simd.Simd;

/**
 * The double-precision peak of one core: lanes x FMA units x 2 x clock, with where each factor came
 * from. The lanes are those madvec runs (1 on the plain-Java path). The FMA units are per vector of that
 * width and are not something a program can ask the CPU: they come from the CPU family (AMD Zen 4
 * executes a 512-bit FMA on its two 256-bit pipes, so one 512-bit unit, two at 256 bits; Intel cores with
 * AVX-512 and Zen 5 have two at full width), else 2 with a note saying it was assumed. The clock is
 * measured: a chain of dependent one-cycle integer operations (shift, xor) is timed, best of several
 * runs, which gives the clock the core runs at now, boost included ({@code cpu MHz} of /proc/cpuinfo is,
 * under a hypervisor, the nominal clock: 2.6 GHz where the core runs at 3.6). Both can be overridden on
 * the command line.
 *
 * @param lanes double lanes per vector operation
 * @param fmaUnits vector FMA operations per cycle at that width
 * @param ghz clock in GHz
 * @param source how the FMA units and the clock were found
 */
record CorePeak(int lanes, int fmaUnits, double ghz, String source) {

    /** Peak double-precision GFLOP/s (an FMA counts 2). */
    /**
     * The single-precision peak: a float vector holds twice the lanes of a double vector of the same
     * width, at the same FMA throughput per vector (one lane either way on the plain-Java path).
     */
    CorePeak singlePrecision() {
        return lanes == 1 ? this : new CorePeak(2 * lanes, fmaUnits, ghz, source + "; float lanes");
    }

    double gflops() {
        return lanes * fmaUnits * 2 * ghz;
    }

    /** One line: the product and where its factors came from. */
    String describe() {
        return String.format(Locale.ROOT, "%.1f GFLOP/s = %d lanes x %d FMA unit%s x 2 x %.3f GHz (%s)", gflops(), lanes,
                fmaUnits, fmaUnits == 1 ? "" : "s", ghz, source);
    }

    /**
     * The peak of this machine's cores.
     *
     * @param fmaOverride FMA units to use instead of the CPU table, or null
     * @param ghzOverride clock to use instead of /proc/cpuinfo, or null
     */
    static CorePeak detect(Integer fmaOverride, Double ghzOverride) {
        List<String> cpuinfo = readCpuinfo();
        int lanes = Simd.VECTOR ? Simd.LANES : 1;
        String vendor = field(cpuinfo, "vendor_id");
        String family = field(cpuinfo, "cpu family");
        String fmaWhy;
        int fma;
        if (fmaOverride != null) {
            fma = fmaOverride;
            fmaWhy = "FMA units from --fma-units";
        } else {
            fma = fmaUnits(vendor, family, lanes);
            fmaWhy = fmaReason(vendor, family, lanes, fma);
        }
        double ghz;
        String clockWhy;
        String mhz = field(cpuinfo, "cpu MHz");
        if (ghzOverride != null) {
            ghz = ghzOverride;
            clockWhy = "clock from --clock-ghz";
        } else {
            ghz = measureGhz();
            clockWhy = String.format(Locale.ROOT, "clock measured by a chain of dependent 1-cycle integer operations%s",
                    mhz == null ? "" : "; /proc/cpuinfo says " + mhz + " MHz");
        }
        return new CorePeak(lanes, fma, ghz, fmaWhy + "; " + clockWhy);
    }

    /**
     * The core's clock in GHz: four dependent one-cycle operations per iteration (a shift and an xor,
     * twice; the xor with the counter keeps the JIT from folding them), the fastest of several runs so
     * that a run the scheduler interrupted does not count.
     */
    static double measureGhz() {
        final int iterations = 50_000_000;
        long best = Long.MAX_VALUE, x = 1;
        for (int r = 0; r < 9; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                x = (x << 1) ^ i;
                x = (x << 1) ^ i;
            }
            long t = System.nanoTime() - t0;
            if (r >= 3) best = Math.min(best, t); // the first runs are interpreted or compiled on the way
        }
        sink = x;
        return 4.0 * iterations / best;
    }

    /** Keeps the timed chain's result alive. */
    @SuppressWarnings("unused")
    private static volatile long sink;

    /** FMA operations per cycle at a width of {@code lanes} doubles, by CPU family. */
    static int fmaUnits(String vendor, String family, int lanes) {
        if (lanes == 1) return 2; // scalar FMAs issue on every FMA pipe
        if ("AuthenticAMD".equals(vendor) && "25".equals(family)) return lanes >= 8 ? 1 : 2; // Zen 3 and 4: two 256-bit pipes
        return 2;
    }

    private static String fmaReason(String vendor, String family, int lanes, int fma) {
        if ("AuthenticAMD".equals(vendor) && "25".equals(family)) {
            return "AMD family 25 (Zen 3/4): two 256-bit FMA pipes, " + fma + " per cycle at " + 64 * lanes + " bits";
        }
        if (vendor == null) return "FMA units assumed 2: no /proc/cpuinfo (give --fma-units)";
        return "FMA units assumed 2 for " + vendor + " family " + family + " (give --fma-units if it has one)";
    }

    private static List<String> readCpuinfo() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The value of the first line {@code name : value}, or null. */
    static String field(List<String> lines, String name) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(name)) return line.substring(colon + 1).trim();
        }
        return null;
    }
}
