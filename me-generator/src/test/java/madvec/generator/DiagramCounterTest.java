package madvec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import madvec.model.ParamCard;
import madvec.model.StandardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counter behind the size limit counts what the generator makes, order by order. */
class DiagramCounterTest {
    private static final List<Vertex> VERTICES = SmVertices.of(StandardModel.of(ParamCard.defaultSm()));

    @ParameterizedTest
    @ValueSource(strings = {"e+ e- > mu+ mu-", "u u~ > d d~ g", "g g > t t~ g", "u d > u d g", "e+ e- > w+ w- z",
        "g g > g g g", "u u~ > z z h"})
    void countsWhatTheGeneratorMakes(String process) {
        for (DiagramGenerator.Constraints c : List.of(DiagramGenerator.Constraints.NONE,
                new DiagramGenerator.Constraints(Set.of(23), Set.of(22), null, null),
                new DiagramGenerator.Constraints(Set.of(), Set.of(), 1, 3))) {
            String[] names = process.replace(">", "").trim().split("\\s+");
            List<List<Tree>> leaves = new ArrayList<>();
            List<Map<Integer, Double>> counted = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                int pdg = ParticleTable.byName(names[i]).pdg();
                int out = i < 2 ? ParticleTable.anti(pdg) : pdg;
                leaves.add(List.of(Tree.leaf(ParticleTable.SM, out, 1L << i, i)));
                counted.add(Map.of(out, 1.0));
            }
            List<Diagram> made = new DiagramGenerator(ParticleTable.SM, VERTICES, leaves, true, c).diagrams();
            Map<Integer, Double> count = new DiagramCounter(VERTICES, c).diagrams(counted, true);
            for (Diagram d : made.stream().filter(Diagram::primary).toList()) {
                int key = DiagramCounter.orders(d.qcd(), d.qed());
                count.merge(key, -1.0, Double::sum);
            }
            count.values().removeIf(n -> n == 0.0);
            assertEquals(Map.of(), count, process + " with " + c + ": counted minus made, by orders");
        }
    }

    @Test
    void gluonsGrowAsKnown() {
        // 4, 25, 220, 2485, 34300 diagrams for g g > n g, n = 2..6
        double[] known = {4, 25, 220, 2485, 34300};
        for (int n = 2; n <= 6; n++) {
            List<Map<Integer, Double>> leaves = new ArrayList<>();
            for (int i = 0; i < n + 2; i++) leaves.add(Map.of(21, 1.0));
            double total = new DiagramCounter(VERTICES, DiagramGenerator.Constraints.NONE).diagrams(leaves, true)
                    .values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(known[n - 2], total, "g g > " + n + " g");
        }
    }
}
