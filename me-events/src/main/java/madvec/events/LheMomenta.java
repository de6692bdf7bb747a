package madvec.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheReader;

/**
 * The momenta of an LHE file's events in a process's particle order, for a file of that process's
 * single subprocess: the incoming particles must be the process's in order, the final-state ones
 * (status 1; resonances are skipped) the process's in any order, matched by PDG code in file order.
 */
public final class LheMomenta {
    private LheMomenta() {}

    /**
     * Reads at most {@code limit} events.
     *
     * @param pdgs the process's PDG codes, incoming first
     * @return {@code [4 * particle + mu][event]}
     * @throws IllegalArgumentException naming the file, line and event whose particles do not match
     */
    public static double[][] read(Path file, int[] pdgs, long limit) throws IOException {
        int n = pdgs.length;
        List<double[]> events = new ArrayList<>();
        try (LheReader r = LheReader.open(file)) {
            LheEvent e;
            while (events.size() < limit && (e = r.next()) != null) {
                events.add(match(e, pdgs, file + ":" + r.lineNumber() + ": event " + r.eventCount()));
            }
        }
        double[][] p = new double[4 * n][events.size()];
        for (int ev = 0; ev < events.size(); ev++) {
            for (int j = 0; j < 4 * n; j++) p[j][ev] = events.get(ev)[j];
        }
        return p;
    }

    private static double[] match(LheEvent e, int[] pdgs, String where) {
        int n = pdgs.length;
        double[] out = new double[4 * n];
        List<LheParticle> in = e.incoming(), fin = e.outgoing();
        if (in.size() != 2 || fin.size() != n - 2) {
            throw new IllegalArgumentException(where + ": " + in.size() + " incoming and " + fin.size()
                    + " final-state particles, the process has 2 and " + (n - 2));
        }
        for (int p = 0; p < 2; p++) {
            if (in.get(p).pdg() != pdgs[p]) {
                throw new IllegalArgumentException(where + ": incoming particle " + (p + 1) + " is " + in.get(p).pdg()
                        + ", the process has " + pdgs[p]);
            }
            System.arraycopy(in.get(p).momentum(), 0, out, 4 * p, 4);
        }
        boolean[] used = new boolean[fin.size()];
        for (int p = 2; p < n; p++) {
            int found = -1;
            for (int f = 0; f < fin.size() && found < 0; f++) {
                if (!used[f] && fin.get(f).pdg() == pdgs[p]) found = f;
            }
            if (found < 0) {
                int[] have = fin.stream().mapToInt(LheParticle::pdg).toArray();
                throw new IllegalArgumentException(where + ": final state " + Arrays.toString(have)
                        + " does not match the process's " + Arrays.toString(Arrays.copyOfRange(pdgs, 2, n)));
            }
            used[found] = true;
            System.arraycopy(fin.get(found).momentum(), 0, out, 4 * p, 4);
        }
        return out;
    }
}
