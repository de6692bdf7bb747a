package madvec.processes.program;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.model.StandardModel;

/**
 * Finds the helicity combinations that contribute, as MadGraph does: each combination is evaluated
 * alone at a few random phase-space points, and combinations that give exactly zero at all of them
 * (helicity conservation of massless fermions, for one) are dropped. Dropping an exact zero cannot
 * change any sum, so the results do not depend on which points were used.
 */
final class HelicityFilter {
    private static final long SEED = 0x5eedL;

    private HelicityFilter() {}

    static int[][] liveCombinations(ProgramExecutor exec, Program program, StandardModel model) {
        int n = program.particles();
        int lanes = ProgramExecutor.CHUNK;
        int k = exec.k();
        double[] massIn = new double[2];
        double[] massOut = new double[n - 2];
        for (int i = 0; i < n; i++) {
            double m = model.mass(program.externals().get(i).pdg()).value();
            if (i < 2) {
                massIn[i] = m;
            } else {
                massOut[i - 2] = m;
            }
        }
        double sumOut = 0;
        for (double m : massOut) sumOut += m;
        double sqrtS = 1.5 * Math.max(massIn[0] + massIn[1], sumOut) + 100.0;
        double[][] momenta = new double[4 * n][(k + 1) * lanes];
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int l = 0; l < lanes; l++) {
            double[] event = RandomEvents.flat(sqrtS, massIn, massOut, rng);
            for (int j = 0; j < 4 * n; j++) momenta[j][l] = event[j];
        }
        List<int[]> all = new ArrayList<>();
        enumerate(program, 0, new int[n], all);
        List<int[]> live = new ArrayList<>();
        double[] me = new double[(k + 1) * lanes];
        for (int[] hel : all) {
            exec.evaluate(momenta, lanes, lanes, me, new int[][] {hel});
            for (int l = 0; l < lanes; l++) {
                if (me[l] != 0.0) {
                    live.add(hel);
                    break;
                }
            }
        }
        return live.toArray(new int[0][]);
    }

    private static void enumerate(Program program, int p, int[] current, List<int[]> out) {
        if (p == current.length) {
            out.add(current.clone());
            return;
        }
        for (int h : program.externals().get(p).helicities()) {
            current[p] = h;
            enumerate(program, p + 1, current, out);
        }
    }
}
