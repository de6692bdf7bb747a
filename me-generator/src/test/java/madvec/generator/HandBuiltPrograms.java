package madvec.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import madvec.helas.Wavefunction;
import madvec.processes.ColourTerm;
import madvec.processes.External;
import madvec.processes.Operation;
import madvec.processes.Program;
import madvec.processes.Structure;

/**
 * Programs assembled by hand for the first processes: e+ e- > mu+ mu- (photon and Z), u u~ > t t~
 * and g g > t t~, with MadGraph's diagrams, colour flows and averaging. A stepping stone (and later a
 * test oracle) until the process generator builds programs from any process string.
 */
public final class HandBuiltPrograms {
    private static final int[] FERMION_HELICITIES = {-1, 1};
    private static final int[] MASSLESS_VECTOR_HELICITIES = {-1, 1};

    private static final Map<String, Supplier<Program>> PROGRAMS = Map.of(
            "e+ e- > mu+ mu-", HandBuiltPrograms::epemToMupmum,
            "u u~ > t t~", HandBuiltPrograms::uuxToTtx,
            "g g > t t~", HandBuiltPrograms::ggToTtx);

    private HandBuiltPrograms() {}

    /**
     * The program for a process string (whitespace-normalised), or an exception that lists the
     * processes available.
     */
    public static Program forProcess(String process) {
        String key = process.trim().replaceAll("\\s+", " ");
        Supplier<Program> p = PROGRAMS.get(key);
        if (p == null) {
            throw new IllegalArgumentException("unknown process '" + process + "'; available: "
                    + String.join(", ", PROGRAMS.keySet().stream().sorted().toList()));
        }
        return p.get();
    }

    /** Process strings with a hand-built program. */
    public static List<String> processes() {
        return PROGRAMS.keySet().stream().sorted().toList();
    }

    private static External fermionIn(int pdg) {
        // incoming fermion: i-type (+1); incoming antifermion: o-type (-1)
        return pdg > 0 ? new External(pdg, true, Wavefunction.F1, 1, FERMION_HELICITIES)
                : new External(pdg, true, Wavefunction.F2, -1, FERMION_HELICITIES);
    }

    private static External fermionOut(int pdg) {
        // outgoing fermion: o-type (+1); outgoing antifermion: i-type (-1)
        return pdg > 0 ? new External(pdg, false, Wavefunction.F2, 1, FERMION_HELICITIES)
                : new External(pdg, false, Wavefunction.F1, -1, FERMION_HELICITIES);
    }

    private static External gluonIn() {
        return new External(21, true, Wavefunction.VECTOR, -1, MASSLESS_VECTOR_HELICITIES);
    }

    static Program epemToMupmum() {
        List<External> ext = List.of(fermionIn(-11), fermionIn(11), fermionOut(-13), fermionOut(13));
        // couplings by their names in the sm vertex table (the electron's equal the muon's)
        List<String> g = List.of("A.e-", "Z.e-.left", "Z.e-.right");
        List<Operation> ops = List.of(
                Operation.current(Structure.FFV_OPEN_V, 1, 0, 0, 0, Wavefunction.VECTOR, 22, 4),
                Operation.amplitude(Structure.FFV_OPEN_F1, 3, 4, 0, 0, 2, 0),
                Operation.current(Structure.FFV_OPEN_V, 1, 0, 1, 2, Wavefunction.VECTOR, 23, 5),
                Operation.amplitude(Structure.FFV_OPEN_F1, 3, 5, 1, 2, 2, 1));
        List<ColourTerm> colour = List.of(new ColourTerm(0, 0, 1, 0), new ColourTerm(0, 1, 1, 0));
        return new Program("e+ e- > mu+ mu-", ext, ops, 6, 2, colour, new double[][] {{1.0}}, 1.0 / 4, g);
    }

    static Program uuxToTtx() {
        List<External> ext = List.of(fermionIn(2), fermionIn(-2), fermionOut(6), fermionOut(-6));
        List<String> g = List.of("G.quark");
        List<Operation> ops = List.of(
                Operation.current(Structure.FFV_OPEN_V, 0, 1, 0, 0, Wavefunction.VECTOR, 21, 4),
                Operation.amplitude(Structure.FFV_OPEN_F1, 2, 4, 0, 0, 3, 0));
        // T^a_{ij} T^a_{kl} = (delta_il delta_kj - delta_ij delta_kl / 3) / 2 on the basis of the two flows
        List<ColourTerm> colour = List.of(new ColourTerm(0, 0, 0.5, 0), new ColourTerm(1, 0, -1.0 / 6, 0));
        double[][] cm = {{9, 3}, {3, 9}};
        return new Program("u u~ > t t~", ext, ops, 5, 1, colour, cm, 1.0 / 36, g);
    }

    static Program ggToTtx() {
        List<External> ext = List.of(gluonIn(), gluonIn(), fermionOut(6), fermionOut(-6));
        List<String> g = List.of("ggg", "G.quark");
        List<Operation> ops = List.of(
                Operation.current(Structure.VVV_OPEN_V1, 0, 1, 0, 0, Wavefunction.VECTOR, 21, 4),
                Operation.amplitude(Structure.FFV_OPEN_F1, 2, 4, 1, 1, 3, 0),
                Operation.current(Structure.FFV_OPEN_F1, 2, 0, 1, 1, Wavefunction.F1, 6, 5),
                Operation.amplitude(Structure.FFV_OPEN_F1, 5, 1, 1, 1, 3, 1),
                Operation.current(Structure.FFV_OPEN_F2, 3, 0, 1, 1, Wavefunction.F2, 6, 6),
                Operation.amplitude(Structure.FFV_OPEN_F1, 2, 1, 1, 1, 6, 2));
        // colour flows (T^a T^b)_{ij} and (T^b T^a)_{ij}; f^{abc} T^c = -i [T^a, T^b]
        List<ColourTerm> colour = List.of(
                new ColourTerm(0, 0, 0, 1), new ColourTerm(1, 0, 0, -1),
                new ColourTerm(0, 1, -1, 0), new ColourTerm(1, 2, -1, 0));
        double[][] cm = {{16.0 / 3, -2.0 / 3}, {-2.0 / 3, 16.0 / 3}};
        return new Program("g g > t t~", ext, ops, 7, 3, colour, cm, 1.0 / 256, g);
    }
}
