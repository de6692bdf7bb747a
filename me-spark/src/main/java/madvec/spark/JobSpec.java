package madvec.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Everything an executor needs to reweight a file, sent from the driver with each task: small (texts and
 * numbers, no paths of the driver's machine), and the key of the per-JVM reweighter cache.
 *
 * @param process the {@code --process} override, or null to take the process from each file's header
 * @param paramCardName the {@code --param-card} file's name (for messages), or null
 * @param paramCardText its text, or null to take the original card from each header's {@code <slha>}
 * @param gradients the {@code --grad} parameters
 * @param points the new parameter points, from the reweight card
 * @param eventHelicities the card's {@code change helicity True}: |M|^2 at the events' helicities
 * @param batch events per {@code Reweighter.reweight} call
 * @param skipBad keep events that cannot be reweighted (zero weights, their problem in the row) instead
 *     of failing the job
 */
record JobSpec(String process, String paramCardName, String paramCardText, List<String> gradients,
        List<PointSpec> points, boolean eventHelicities, int batch, boolean skipBad) implements Serializable {
    JobSpec {
        gradients = List.copyOf(gradients);
        points = List.copyOf(points);
    }
}
