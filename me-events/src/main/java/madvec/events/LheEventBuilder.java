package madvec.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheParticle;
import madvec.generator.ParticleTable;
import madvec.generator.Particle;
import madvec.generator.ProcessParser;
import madvec.generator.ProcessRequest;

/**
 * Les Houches events of one process as MadGraph writes them: the incoming particles (status -1), the
 * resonances of the process's decay chains (status 2, momentum the sum of their decay products', colour
 * the net colour of their products), the final-state particles (status 1) with their mothers (1 and 2
 * for the hard process, the resonance's line for a decay product), colour tags from a chosen colour
 * flow and helicities (SPINUP) from a chosen helicity combination.
 */
public final class LheEventBuilder {
    private final int[] pdgs;
    private final double[] masses;
    private final ColourConnections colours;
    private final List<Node> nodes;
    private final double scale, alphaQed, alphaQcd;

    /**
     * One line after the incoming ones: an external particle ({@code external >= 0}) or a resonance.
     *
     * @param parent index into the nodes of its resonance, -1 for the hard process
     */
    private record Node(int pdg, int parent, int external, List<Integer> leaves) {}

    /** @param me the process (its decay chains come from its process string) */
    public LheEventBuilder(MatrixElement me) {
        this.pdgs = me.pdgs();
        this.masses = me.externalMasses();
        boolean[] incoming = new boolean[pdgs.length];
        incoming[0] = incoming[1] = true;
        this.colours = ColourConnections.of(me.program().colourFlows(), incoming);
        this.nodes = decayTree(me.process(), pdgs.length);
        this.scale = me.sqrtS();
        this.alphaQed = 1 / me.card().value("sminputs.1");
        this.alphaQcd = me.card().value("sminputs.3");
    }

    /**
     * The lines after the incoming particles, parents before their products: one per external
     * particle and one per resonance of a decay chain; without decay chains, the final-state particles.
     */
    private static List<Node> decayTree(String process, int particles) {
        List<Node> out = new ArrayList<>();
        ProcessRequest request;
        try {
            request = ProcessParser.parse(process);
        } catch (RuntimeException e) {
            request = null;
        }
        int[] next = {2};
        if (request != null && !request.decays().isEmpty()) {
            List<ProcessRequest.DecayRequest> open = new ArrayList<>(request.decays());
            for (String label : request.finals()) add(label, -1, open, out, next);
            if (next[0] == particles) {
                return out;
            }
            out.clear();
        }
        for (int p = 2; p < particles; p++) out.add(new Node(0, -1, p, List.of(p)));
        return out;
    }

    private static List<Integer> add(String label, int parent, List<ProcessRequest.DecayRequest> open, List<Node> out,
            int[] next) {
        ProcessRequest.DecayRequest decay = null;
        for (ProcessRequest.DecayRequest d : open) {
            if (d.parent().equalsIgnoreCase(label)) {
                decay = d;
                break;
            }
        }
        Particle resonance = decay == null ? null : ParticleTable.byName(label);
        if (resonance == null) {
            int e = next[0]++;
            out.add(new Node(0, parent, e, List.of(e)));
            return List.of(e);
        }
        open.remove(decay);
        int self = out.size();
        out.add(null);
        List<ProcessRequest.DecayRequest> nested = new ArrayList<>(decay.decays());
        List<Integer> leaves = new ArrayList<>();
        for (String product : decay.products()) leaves.addAll(add(product, self, nested, out, next));
        out.set(self, new Node(resonance.pdg(), parent, -1, List.copyOf(leaves)));
        return leaves;
    }

    /** Number of colour flows the tags can be chosen from. */
    public int flows() {
        return colours.flows();
    }

    /**
     * One event.
     *
     * @param momenta {@code [4 * particle + mu][event]}
     * @param event the event's index in {@code momenta}
     * @param helicities one helicity per particle (process order), as the helicity table gives it
     * @param flow the colour flow's index
     * @param weight XWGTUP
     */
    public LheEvent event(double[][] momenta, int event, int[] helicities, int flow, double weight) {
        List<LheParticle> lines = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int[] c = colours.flows() == 0 ? new int[2] : colours.tags(flow, p);
            lines.add(particle(pdgs[p], -1, 0, 0, c, momenta, event, p, masses[p], helicities[p]));
        }
        int[] line = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            line[i] = lines.size() + 1;
            int mother = n.parent < 0 ? 1 : line[n.parent], mother2 = n.parent < 0 ? 2 : line[n.parent];
            if (n.external >= 0) {
                int[] c = colours.flows() == 0 ? new int[2] : colours.tags(flow, n.external);
                lines.add(particle(pdgs[n.external], 1, mother, mother2, c, momenta, event, n.external,
                        masses[n.external], helicities[n.external]));
            } else {
                lines.add(resonance(n, mother, mother2, momenta, event, flow));
            }
        }
        return new LheEvent("", 1, weight, scale, alphaQed, alphaQcd, lines, List.of());
    }

    private static LheParticle particle(int pdg, int status, int m1, int m2, int[] colour, double[][] p, int event,
            int particle, double mass, int helicity) {
        return new LheParticle(pdg, status, m1, m2, colour[0], colour[1], p[4 * particle + 1][event],
                p[4 * particle + 2][event], p[4 * particle + 3][event], p[4 * particle][event], mass, 0, helicity);
    }

    private LheParticle resonance(Node n, int m1, int m2, double[][] p, int event, int flow) {
        double[] sum = new double[4];
        List<Integer> colour = new ArrayList<>(), anticolour = new ArrayList<>();
        for (int leaf : n.leaves) {
            for (int mu = 0; mu < 4; mu++) sum[mu] += p[4 * leaf + mu][event];
            if (colours.flows() > 0) {
                int[] c = colours.tags(flow, leaf);
                if (c[0] != 0) colour.add(c[0]);
                if (c[1] != 0) anticolour.add(c[1]);
            }
        }
        // a tag carried in and out by the products is internal to the decay: the rest is the parent's
        List<Integer> netColour = new ArrayList<>(colour), netAnti = new ArrayList<>(anticolour);
        netColour.removeAll(anticolour);
        netAnti.removeAll(colour);
        if (netColour.size() > 1 || netAnti.size() > 1) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the decay products of resonance %d carry colours %s and anticolours %s", n.pdg, netColour, netAnti));
        }
        double m2sum = sum[0] * sum[0] - sum[1] * sum[1] - sum[2] * sum[2] - sum[3] * sum[3];
        return new LheParticle(n.pdg, 2, m1, m2, netColour.isEmpty() ? 0 : netColour.get(0),
                netAnti.isEmpty() ? 0 : netAnti.get(0), sum[1], sum[2], sum[3], sum[0], Math.sqrt(Math.max(0, m2sum)), 0, 9);
    }
}
