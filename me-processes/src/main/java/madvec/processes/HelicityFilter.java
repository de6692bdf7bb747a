package madvec.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.rambo.Rambo;

/**
 * Finds the helicity combinations that contribute, as MadGraph does: every combination is evaluated
 * at a few random phase-space points (in one pass over them, sharing currents as an evaluation does),
 * and combinations whose colour flows are exactly zero at all of them and at every probe parameter
 * point (helicity conservation of massless fermions, for one) are dropped. Dropping an exact zero
 * cannot change any sum, so the results do not depend on which points were used.
 */
final class HelicityFilter {
    private static final long SEED = 0x5eedL;

    private HelicityFilter() {}

    static int[][] liveCombinations(ProgramPlan plan, List<Bindings> probes) {
        Program program = plan.program();
        int lanes = plan.chunk(), k = plan.k();
        // the plan runs every combination, in its schedule's order
        int[][] scheduled = plan.live.combinations();
        boolean[] live = new boolean[scheduled.length];
        Workspace ws = plan.workspace();
        for (Bindings b : probes) {
            ws.nonZeroFlows(b, probeMomenta(program, b, lanes, k), lanes, live);
        }
        // in the schedule's order: the plan made from them orders them again
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < scheduled.length; s++) {
            if (live[s]) out.add(scheduled[s]);
        }
        return out.toArray(new int[0][]);
    }

    /** Random physical momenta well above threshold (RAMBO; one final particle takes the beams' sum). */
    private static double[][] probeMomenta(Program program, Bindings b, int lanes, int k) {
        int n = program.particles();
        double[] masses = new double[n];
        // the mass shells take |m|: a negative (Majorana) mass is a phase of the field, not kinematics
        for (int p = 0; p < n; p++) masses[p] = Math.abs(b.externalMasses[p][0]);
        double finalSum = 0;
        for (int p = 2; p < n; p++) finalSum += masses[p];
        double[][] momenta = new double[4 * n][(k + 1) * lanes];
        double[] event = new double[4 * n];
        if (n == 3) {
            double sqrtS = masses[2];
            double pz = Math.sqrt(Math.max(0, kallen(sqrtS * sqrtS, masses[0] * masses[0], masses[1] * masses[1])))
                    / (2 * sqrtS);
            double[] e = {Math.sqrt(pz * pz + masses[0] * masses[0]), 0, 0, pz,
                Math.sqrt(pz * pz + masses[1] * masses[1]), 0, 0, -pz, sqrtS, 0, 0, 0};
            for (int l = 0; l < lanes; l++) {
                for (int j = 0; j < 4 * n; j++) momenta[j][l] = e[j];
            }
            return momenta;
        }
        double[] finals = new double[n - 2];
        System.arraycopy(masses, 2, finals, 0, n - 2);
        double sqrtS = 1.5 * Math.max(masses[0] + masses[1], finalSum) + 100.0;
        Rambo rambo = new Rambo(sqrtS, masses[0], masses[1], finals);
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int l = 0; l < lanes; l++) {
            rambo.generate(rng, event);
            for (int j = 0; j < 4 * n; j++) momenta[j][l] = event[j];
        }
        return momenta;
    }

    private static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
    }
}
