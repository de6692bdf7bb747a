package madvec.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import madvec.generator.Particle.Spin;

/**
 * The particles of a model by name and PDG code, and its predefined multi-particle labels. A value:
 * {@link #SM} holds MadGraph's {@code sm} model (the static methods read it, as they always did); a UFO
 * model builds its own with {@link #of}. For {@code sm}, the labels {@code p}, {@code j}, {@code l+},
 * {@code l-}, {@code vl}, {@code vl~} are MadGraph's (p and j: gluon and the four light quarks and
 * antiquarks; the b quark is massive in {@code sm} and stays out).
 */
public final class ParticleTable {
    /** MadGraph's {@code sm} model. */
    public static final ParticleTable SM = sm();

    private final String model;
    private final Map<String, Particle> byName = new LinkedHashMap<>();
    private final Map<Integer, Particle> byPdg = new LinkedHashMap<>();
    private final Map<String, List<String>> multi = new LinkedHashMap<>();

    private ParticleTable(String model) {
        this.model = model;
    }

    private static ParticleTable sm() {
        ParticleTable t = new ParticleTable("sm");
        t.fermion("d", "d~", 1, 3, -1, -1);
        t.fermion("u", "u~", 2, 3, 2, 1);
        t.fermion("s", "s~", 3, 3, -1, -1);
        t.fermion("c", "c~", 4, 3, 2, 1);
        t.fermion("b", "b~", 5, 3, -1, -1);
        t.fermion("t", "t~", 6, 3, 2, 1);
        t.fermion("e-", "e+", 11, 1, -3, -1);
        t.fermion("ve", "ve~", 12, 1, 0, 1);
        t.fermion("mu-", "mu+", 13, 1, -3, -1);
        t.fermion("vm", "vm~", 14, 1, 0, 1);
        t.fermion("ta-", "ta+", 15, 1, -3, -1);
        t.fermion("vt", "vt~", 16, 1, 0, 1);
        t.add(new Particle("g", 21, Spin.VECTOR, 8, 0, 0));
        t.add(new Particle("a", 22, Spin.VECTOR, 1, 0, 0));
        t.add(new Particle("z", 23, Spin.VECTOR, 1, 0, 0));
        t.add(new Particle("w+", 24, Spin.VECTOR, 1, 3, 0));
        t.add(new Particle("w-", -24, Spin.VECTOR, 1, -3, 0));
        t.add(new Particle("h", 25, Spin.SCALAR, 1, 0, 0));
        t.multi.put("p", List.of("g", "u", "c", "d", "s", "u~", "c~", "d~", "s~"));
        t.multi.put("j", List.of("g", "u", "c", "d", "s", "u~", "c~", "d~", "s~"));
        t.multi.put("l+", List.of("e+", "mu+"));
        t.multi.put("l-", List.of("e-", "mu-"));
        t.multi.put("vl", List.of("ve", "vm", "vt"));
        t.multi.put("vl~", List.of("ve~", "vm~", "vt~"));
        return t;
    }

    /**
     * A model's particle table.
     *
     * @param model the model's name, for messages
     * @param particles every particle and antiparticle (a self-conjugate particle once)
     * @param labels multi-particle labels (name to particle names), e.g. MadGraph's {@code p} and {@code j}
     * @throws IllegalArgumentException when a name or PDG code is used twice, or a label names no particle
     */
    public static ParticleTable of(String model, List<Particle> particles, Map<String, List<String>> labels) {
        ParticleTable t = new ParticleTable(model);
        for (Particle p : particles) {
            String name = p.name().toLowerCase(Locale.ROOT);
            if (t.byName.containsKey(name) || t.byPdg.containsKey(p.pdg())) {
                throw new IllegalArgumentException("model " + model + ": particle " + p.name() + " (PDG " + p.pdg()
                        + ") given twice");
            }
            t.byName.put(name, p);
            t.byPdg.put(p.pdg(), p);
        }
        labels.forEach((label, names) -> {
            for (String n : names) {
                if (t.find(n) == null) {
                    throw new IllegalArgumentException("model " + model + ": label " + label + " names no particle " + n);
                }
            }
            t.multi.put(label.toLowerCase(Locale.ROOT), List.copyOf(names));
        });
        return t;
    }

    private void fermion(String name, String anti, int pdg, int colour, int charge3, int isospin3) {
        add(new Particle(name, pdg, Spin.FERMION, colour, charge3, isospin3));
        add(new Particle(anti, -pdg, Spin.FERMION, colour, -charge3, -isospin3));
    }

    private void add(Particle p) {
        byName.put(p.name(), p);
        byPdg.put(p.pdg(), p);
    }

    /** The model's name. */
    public String model() {
        return model;
    }

    /** The particle of a name (case-insensitive), or null. */
    public Particle find(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The particle of a PDG code. */
    public Particle get(int pdg) {
        Particle p = byPdg.get(pdg);
        if (p == null) {
            throw new IllegalArgumentException("PDG code " + pdg + " is not a particle of the " + model + " model");
        }
        return p;
    }

    /** The antiparticle's PDG code (self-conjugate particles map to themselves). */
    public int antiparticle(int pdg) {
        return byPdg.containsKey(-pdg) ? -pdg : pdg;
    }

    /** The multi-particle labels and the names they stand for. */
    public Map<String, List<String>> labels() {
        return java.util.Collections.unmodifiableMap(multi);
    }

    /** All particle names. */
    public List<String> allNames() {
        return new ArrayList<>(byName.keySet());
    }

    /** The {@code sm} particle of a name (case-insensitive), or null. */
    public static Particle byName(String name) {
        return SM.find(name);
    }

    /** The {@code sm} particle of a PDG code. */
    public static Particle byPdg(int pdg) {
        return SM.get(pdg);
    }

    /** The {@code sm} antiparticle's PDG code (self-conjugate bosons map to themselves). */
    public static int anti(int pdg) {
        return SM.antiparticle(pdg);
    }

    /** The {@code sm} model's predefined multi-particle labels and the names they stand for. */
    public static Map<String, List<String>> multiParticles() {
        return SM.labels();
    }

    /** All {@code sm} particle names. */
    public static List<String> names() {
        return SM.allNames();
    }
}
