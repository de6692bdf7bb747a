package madvec.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import madvec.generator.Particle.Spin;

/**
 * The particles of MadGraph's {@code sm} model by name and PDG code, and the predefined
 * multi-particle labels ({@code p}, {@code j}, {@code l+}, {@code l-}, {@code vl}, {@code vl~}), as
 * MadGraph defines them for the {@code sm} model (p and j: gluon and the four light quarks and
 * antiquarks; the b quark is massive in {@code sm} and stays out).
 */
public final class ParticleTable {
    private static final Map<String, Particle> BY_NAME = new LinkedHashMap<>();
    private static final Map<Integer, Particle> BY_PDG = new LinkedHashMap<>();
    private static final Map<String, List<String>> MULTI = new LinkedHashMap<>();

    static {
        fermion("d", "d~", 1, 3, -1, -1);
        fermion("u", "u~", 2, 3, 2, 1);
        fermion("s", "s~", 3, 3, -1, -1);
        fermion("c", "c~", 4, 3, 2, 1);
        fermion("b", "b~", 5, 3, -1, -1);
        fermion("t", "t~", 6, 3, 2, 1);
        fermion("e-", "e+", 11, 1, -3, -1);
        fermion("ve", "ve~", 12, 1, 0, 1);
        fermion("mu-", "mu+", 13, 1, -3, -1);
        fermion("vm", "vm~", 14, 1, 0, 1);
        fermion("ta-", "ta+", 15, 1, -3, -1);
        fermion("vt", "vt~", 16, 1, 0, 1);
        add(new Particle("g", 21, Spin.VECTOR, 8, 0, 0));
        add(new Particle("a", 22, Spin.VECTOR, 1, 0, 0));
        add(new Particle("z", 23, Spin.VECTOR, 1, 0, 0));
        add(new Particle("w+", 24, Spin.VECTOR, 1, 3, 0));
        add(new Particle("w-", -24, Spin.VECTOR, 1, -3, 0));
        add(new Particle("h", 25, Spin.SCALAR, 1, 0, 0));
        MULTI.put("p", List.of("g", "u", "c", "d", "s", "u~", "c~", "d~", "s~"));
        MULTI.put("j", List.of("g", "u", "c", "d", "s", "u~", "c~", "d~", "s~"));
        MULTI.put("l+", List.of("e+", "mu+"));
        MULTI.put("l-", List.of("e-", "mu-"));
        MULTI.put("vl", List.of("ve", "vm", "vt"));
        MULTI.put("vl~", List.of("ve~", "vm~", "vt~"));
    }

    private ParticleTable() {}

    private static void fermion(String name, String anti, int pdg, int colour, int charge3, int isospin3) {
        add(new Particle(name, pdg, Spin.FERMION, colour, charge3, isospin3));
        add(new Particle(anti, -pdg, Spin.FERMION, colour, -charge3, -isospin3));
    }

    private static void add(Particle p) {
        BY_NAME.put(p.name(), p);
        BY_PDG.put(p.pdg(), p);
    }

    /** The particle of a name (case-insensitive), or null. */
    public static Particle byName(String name) {
        return BY_NAME.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The particle of a PDG code. */
    public static Particle byPdg(int pdg) {
        Particle p = BY_PDG.get(pdg);
        if (p == null) {
            throw new IllegalArgumentException("PDG code " + pdg + " is not a particle of the sm model");
        }
        return p;
    }

    /** The antiparticle's PDG code (self-conjugate bosons map to themselves). */
    public static int anti(int pdg) {
        return BY_PDG.containsKey(-pdg) ? -pdg : pdg;
    }

    /** The predefined multi-particle labels and the names they stand for. */
    public static Map<String, List<String>> multiParticles() {
        return MULTI;
    }

    /** All particle names. */
    public static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }
}
