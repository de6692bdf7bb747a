package madvec.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Per event, what an event generator needs to choose a helicity configuration and a colour flow as
 * MadGraph does: the share of |M|^2 of each live helicity combination, and the squared colour-flow
 * amplitudes |J_j|^2 summed over helicities.
 *
 * @param helicities the live helicity combinations, one helicity per particle each (process order)
 * @param flows the name of each colour flow, as {@link madvec.processes.Program#colourFlows()} gives it
 * @param helicity {@code helicity[combination][event]}: its contribution to |M|^2; they sum to |M|^2
 * @param flow {@code flow[j][event]}: |J_j|^2 summed over helicities, unnormalised
 */
public record HelicityColourWeights(List<int[]> helicities, List<String> flows, double[][] helicity, double[][] flow) {
    /** Copies the lists (not the arrays, which are large and made for this record). */
    public HelicityColourWeights {
        List<int[]> h = new ArrayList<>();
        for (int[] c : helicities) h.add(c.clone());
        helicities = List.copyOf(h);
        flows = List.copyOf(flows);
    }

    /** Number of events. */
    public int events() {
        return helicity.length == 0 ? 0 : helicity[0].length;
    }
}
