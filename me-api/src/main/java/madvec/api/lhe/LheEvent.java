package madvec.api.lhe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <event>}: the event line {@code NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP}, the particles, and
 * whatever follows them before {@code </event>}, verbatim.
 *
 * @param attributes the text between {@code <event} and {@code >} (blanks at both ends stripped),
 *     empty when there is none
 * @param processId IDPRUP, the LPRUP of one of the {@code <init>} processes
 * @param weight XWGTUP, the event weight
 * @param scale SCALUP, the scale of the event, GeV
 * @param alphaQed AQEDUP
 * @param alphaQcd AQCDUP
 * @param particles the NUP particles, in file order
 * @param extraLines the lines after the particles and before {@code </event>} ({@code <rwgt>},
 *     {@code <mgrwt>}, {@code <scales>}, comments, ...), verbatim
 */
public record LheEvent(String attributes, int processId, double weight, double scale, double alphaQed,
        double alphaQcd, List<LheParticle> particles, List<String> extraLines) {

    /** Copies the lists, so that the record is immutable. */
    public LheEvent {
        attributes = attributes.strip();
        particles = List.copyOf(particles);
        extraLines = List.copyOf(extraLines);
    }

    /**
     * The weights of the {@code <rwgt>} block, read from {@link #extraLines()} (so the two never disagree).
     *
     * @return id to weight, in file order; empty when there is no block
     * @throws LheFormatException when the block is malformed
     */
    public Map<String, Double> weights() {
        return RwgtBlock.parse(extraLines, "event <rwgt> block", 1);
    }

    /**
     * The same event with its {@code <rwgt>} block holding exactly {@code weights} (replaced in place, or
     * added after the other extra lines); the other extra lines are kept.
     *
     * @param weights id to weight, in the order to write them
     * @return the new event
     */
    public LheEvent withWeights(Map<String, Double> weights) {
        return new LheEvent(attributes, processId, weight, scale, alphaQed, alphaQcd, particles,
                RwgtBlock.replace(extraLines, weights));
    }

    /**
     * The same event with {@code newWeights} after the weights it already has, as a reweighting step
     * writes them.
     *
     * @param newWeights id to weight, in the order to write them
     * @return the new event
     * @throws IllegalArgumentException when an id already exists in the event
     */
    public LheEvent addWeights(Map<String, Double> newWeights) {
        Map<String, Double> all = new LinkedHashMap<>(weights());
        for (Map.Entry<String, Double> e : newWeights.entrySet()) {
            if (all.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("weight id '" + e.getKey() + "' already exists in the event");
            }
        }
        return withWeights(all);
    }

    /** @return the incoming particles (status -1), in file order */
    public List<LheParticle> incoming() {
        return particles.stream().filter(LheParticle::isIncoming).toList();
    }

    /** @return the final-state particles (status 1), in file order; resonances (status 2) are left out */
    public List<LheParticle> outgoing() {
        return particles.stream().filter(LheParticle::isOutgoing).toList();
    }

    /**
     * The momenta of the external particles, incoming first then outgoing, each in file order.
     *
     * @return {@code E px py pz} of each, {@code 4 * (incoming + outgoing)} numbers, madvec's layout
     */
    public double[] momenta() {
        List<LheParticle> in = incoming(), out = outgoing();
        double[] p = new double[4 * (in.size() + out.size())];
        int k = 0;
        for (List<LheParticle> list : List.of(in, out)) {
            for (LheParticle q : list) {
                p[k++] = q.energy();
                p[k++] = q.px();
                p[k++] = q.py();
                p[k++] = q.pz();
            }
        }
        return p;
    }
}
