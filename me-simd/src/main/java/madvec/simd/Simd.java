package madvec.simd;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIMD path of the whole engine, chosen once when this class is initialised.
 *
 * <p>The Vector API path is used when the {@code jdk.incubator.vector} module is readable, the JIT
 * compiler is on (interpreted vectors are far slower than scalar code), the preferred double species
 * is at least 128 bits wide, and the system property {@code madvec.simd} is not {@code off}. Otherwise
 * the engine takes the scalar path: every kernel module runs the plain-Java twin ({@code PlainXxxKernels})
 * of its SIMD kernels ({@code SimdXxxKernels}). {@code -Dmadvec.simd=off} forces the scalar path (the
 * test suite runs once in each mode); {@code -Dmadvec.simd=on} fails fast when the vector path cannot
 * be had.
 *
 * <p>Because {@link #VECTOR} is a {@code static final} constant, the JIT folds every
 * {@code if (Simd.VECTOR)} branch and each call site stays monomorphic.
 */
public final class Simd {
    private static final Logger LOG = LoggerFactory.getLogger(Simd.class);

    /** True when kernels run on the Vector API, false when their plain-Java twins run (the scalar path). */
    public static final boolean VECTOR;
    /** Lanes per vector on the chosen path; 1 on the scalar path. */
    public static final int LANES;
    /**
     * Lanes that buffers are padded to a multiple of. Always the vector length of the CPU when the
     * Vector API is readable, even on the forced scalar path, so that both paths see the same layout.
     */
    public static final int PAD;
    /**
     * The padding of single-precision lane arrays: the float vector length, twice {@link #PAD} (a
     * float vector holds twice the lanes of a double vector of the same width).
     */
    public static final int PAD_FLOAT;
    /** Why this path was chosen, one line. */
    public static final String REASON;

    static {
        String forced = System.getProperty("madvec.simd", "auto").trim().toLowerCase(Locale.ROOT);
        boolean moduleReadable = ModuleLayer.boot().findModule("jdk.incubator.vector")
                .map(m -> Simd.class.getModule().canRead(m) || !Simd.class.getModule().isNamed())
                .orElse(false);
        int bits = moduleReadable ? VectorProbe.preferredBits() : 0;
        boolean jitOn = !System.getProperty("java.vm.info", "").contains("interpreted");
        String reason;
        boolean vector;
        if (forced.equals("off") || forced.equals("false") || forced.equals("scalar")) {
            vector = false;
            reason = "scalar path forced by -Dmadvec.simd=" + forced;
        } else if (!moduleReadable) {
            vector = false;
            reason = "scalar path: module jdk.incubator.vector is not readable "
                    + "(run with --add-modules=jdk.incubator.vector to enable SIMD)";
        } else if (!jitOn) {
            vector = false;
            reason = "scalar path: the JIT compiler is off (-Xint); interpreted vectors would be slower";
        } else if (bits < 128) {
            vector = false;
            reason = "scalar path: preferred vector width is " + bits + " bits (< 128)";
        } else {
            vector = true;
            reason = "SIMD path: " + bits + "-bit double vectors, " + (bits / 64) + " lanes";
        }
        if (!vector && (forced.equals("on") || forced.equals("true") || forced.equals("vector"))) {
            throw new ExceptionInInitializerError("-Dmadvec.simd=" + forced + " but " + reason);
        }
        VECTOR = vector;
        LANES = vector ? bits / 64 : 1;
        PAD = Math.max(1, bits / 64);
        PAD_FLOAT = Math.max(1, bits / 32);
        REASON = reason;
        boolean chosenByUser = forced.equals("off") || forced.equals("false") || forced.equals("scalar");
        if (vector || chosenByUser) {
            LOG.debug(REASON);
        } else {
            // as Lucene does for its vector codecs: a silent fallback would cost users a factor 2-3 unseen
            LOG.warn("madvec runs {}; it is 2-3 times slower than the SIMD path", REASON);
        }
    }

    private Simd() {}

    /** Rounds {@code n} up to a multiple of {@link #PAD}: the length (stride) every lane array has. */
    public static int padded(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative lane count: " + n);
        }
        return (n + PAD - 1) / PAD * PAD;
    }

    /** One line for logs and {@code madvec simd-info}: the path, the species and the lane count. */
    public static String describe() {
        return REASON + "; padding to " + PAD + " lanes; "
                + System.getProperty("os.arch") + ", " + Runtime.version();
    }

    /** Kept apart so that Vector API classes load only after the module is known to be readable. */
    private static final class VectorProbe {
        static int preferredBits() {
            try {
                return madvec.simd.vector.Species.D.vectorBitSize();
            } catch (LinkageError e) {
                return 0;
            }
        }
    }
}
