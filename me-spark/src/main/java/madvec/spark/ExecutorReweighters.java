package madvec.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import madvec.api.lhe.LheHeader;
import madvec.model.ParamCard;
import madvec.reweight.ReweightCard;
import madvec.reweight.Reweighter;

/**
 * One compiled {@link Reweighter} per executor JVM and sample: built by the first task that needs it,
 * shared by the JVM's other tasks (it is thread-safe, and compiling costs far more than a file's worth
 * of small events). In local mode the driver's reweighter is put here, so the JVM compiles once.
 *
 * <p>The key is the job's spec and what the header contributes (its process card and {@code <slha>},
 * unless the spec overrides them): files of other samples in one job get their own reweighter. A few
 * are kept, the least recently used dropped, so that a long-lived executor serving many jobs stays bounded.
 */
final class ExecutorReweighters {
    private static final int KEPT = 8;
    private static final Map<Key, Reweighter> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Reweighter> eldest) {
            return size() > KEPT;
        }
    };

    private ExecutorReweighters() {}

    private record Key(JobSpec spec, String procCard, String slha) {
        static Key of(JobSpec spec, LheHeader header) {
            return new Key(spec, spec.process() != null ? null : header.mg5ProcCard().orElse(null),
                    spec.paramCardText() != null ? null : header.slha().orElse(null));
        }
    }

    /**
     * The reweighter for a file, compiled on first use in this JVM.
     *
     * @param spec the job
     * @param header the file's header
     * @return a reweighter shared by this JVM's tasks
     * @throws IllegalArgumentException when the header and spec give no valid process or card
     */
    static Reweighter forFile(JobSpec spec, LheHeader header) {
        Key key = Key.of(spec, header);
        synchronized (CACHE) {
            // compiling under the lock: the JVM's other tasks wait for it instead of compiling it again
            return CACHE.computeIfAbsent(key, k -> build(spec, header));
        }
    }

    /** Makes the driver's reweighter the one its JVM's tasks use (local mode). */
    static void share(JobSpec spec, LheHeader header, Reweighter reweighter) {
        synchronized (CACHE) {
            CACHE.put(Key.of(spec, header), reweighter);
        }
    }

    private static Reweighter build(JobSpec spec, LheHeader header) {
        Reweighter.Builder b = Reweighter.builder().header(header).process(spec.process())
                .points(PointSpec.points(spec.points())).gradients(spec.gradients().toArray(String[]::new));
        if (spec.paramCardText() != null) {
            b.paramCard(paramCard(spec));
        }
        if (spec.eventHelicities()) {
            // the builder takes the helicity choice from a card; the points given above replace the card's
            b.card(ReweightCard.parse("reweight card (helicity setting)", "change helicity True\nlaunch\n", null));
        }
        return b.build();
    }

    static ParamCard paramCard(JobSpec spec) {
        try {
            return ParamCard.read(spec.paramCardName(), new StringReader(spec.paramCardText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
