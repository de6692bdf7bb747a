package madvec.events.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import madvec.api.MatrixElement;

/**
 * The phase-space channels of a matrix element: one {@link DecayChannel} per resonance topology of
 * its program's diagrams (see {@link Topologies}), with the model's masses and widths at the matrix
 * element's parameter point. The channels are fixed once made: a matrix element moved to another
 * parameter point can be integrated with the channels of the first (they are an importance-sampling
 * density, whose choice changes the variance, never the integral).
 */
public final class ChannelSet {
    private final List<DecayChannel> channels;
    private final boolean resonant;

    private ChannelSet(List<DecayChannel> channels, boolean resonant) {
        this.channels = List.copyOf(channels);
        this.resonant = resonant;
    }

    /**
     * The channels of a matrix element with a sqrt(s) and at least two final-state particles.
     *
     * @throws IllegalArgumentException when it has no sqrt(s) or fewer than two final-state particles
     */
    public static ChannelSet of(MatrixElement me) {
        if (Double.isNaN(me.sqrtS()) || me.dimensions() <= 0) {
            throw new IllegalArgumentException("phase-space channels need sqrt(s) and at least two final-state particles");
        }
        // the model's own masses and widths (a UFO model's card need not hold the SM's inputs); a negative
        // Majorana mass is a phase of the field, its resonance peaks at |m|
        List<List<Resonance>> topologies = Topologies.of(me.program(), pdg -> Math.abs(me.mass(pdg)),
                pdg -> Math.abs(me.width(pdg)));
        double[] all = me.externalMasses(), finals = new double[all.length - 2];
        System.arraycopy(all, 2, finals, 0, finals.length);
        List<DecayChannel> channels = new ArrayList<>();
        for (List<Resonance> t : topologies) channels.add(new DecayChannel(t, me.sqrtS(), finals));
        return new ChannelSet(channels, Topologies.resonant(topologies));
    }

    /** The channels, at least one. */
    public List<DecayChannel> channels() {
        return channels;
    }

    /** True when some diagram has an s-channel resonance to map; without one the flat map does as well. */
    public boolean resonant() {
        return resonant;
    }

    /**
     * The first derivative parameter of the matrix element that moves an external particle's mass (a
     * mass of an external particle, or an input such as the Z mass from which an external W's mass
     * is derived), or null. Such a derivative moves the momenta of the phase space, which these
     * channels, made at fixed masses, do not follow; the flat map does.
     */
    public static String movingExternalMass(MatrixElement me) {
        double[] masses = me.externalMasses();
        for (String name : me.parameters()) {
            double v = me.card().value(name), step = 1e-6 * Math.abs(v) + 1e-9;
            double[] moved = me.withParameters(Map.of(name, v + step)).externalMasses();
            for (int i = 0; i < masses.length; i++) {
                if (moved[i] != masses[i]) {
                    return name;
                }
            }
        }
        return null;
    }

    /** One line per channel, for logs. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) lines.add("channel " + (i + 1) + ": " + channels.get(i));
        return lines;
    }
}
