package madvec.serve;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The served models by name, compiled once at start-up; immutable afterwards. */
public final class ModelRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);
    private final Map<String, Model> models = new LinkedHashMap<>();

    /**
     * Compiles every model; a model that does not compile stops the start (a server that silently
     * serves fewer models than asked is worse than one that does not start).
     *
     * @throws IllegalArgumentException naming the model that failed
     */
    public ModelRegistry(Collection<ModelSpec> specs) {
        for (ModelSpec s : specs) {
            long t0 = System.nanoTime();
            try {
                models.put(s.name(), new Model(s));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("model " + s.name() + " (" + s.process() + "): " + e.getMessage(), e);
            }
            LOG.info("model {} = {} compiled in {} ms", s.name(), s.process(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** The model of that name, or null. */
    public Model get(String name) {
        return models.get(name);
    }

    /** All models, in declaration order. */
    public Collection<Model> all() {
        return models.values();
    }
}
