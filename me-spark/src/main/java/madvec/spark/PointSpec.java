package madvec.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import madvec.reweight.ReweightPoint;

/**
 * A new parameter point as the driver sends it to the executors: the reweight card is read (and its
 * parameter-card includes resolved) once, on the driver, where its files are; executors need none of them.
 *
 * @param id the weight id
 * @param description the point's text in {@code <initrwgt>}
 * @param values parameter {@code block.id} to value, in card order
 */
record PointSpec(String id, String description, LinkedHashMap<String, Double> values) implements Serializable {
    static List<PointSpec> of(List<ReweightPoint> points) {
        return points.stream().map(p -> new PointSpec(p.id(), p.description(), new LinkedHashMap<>(p.values()))).toList();
    }

    static List<ReweightPoint> points(List<PointSpec> specs) {
        return specs.stream().map(s -> new ReweightPoint(s.id(), s.description(), s.values())).toList();
    }
}
