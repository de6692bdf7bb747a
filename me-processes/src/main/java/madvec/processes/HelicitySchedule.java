package madvec.processes;

import java.util.Arrays;

/**
 * The order in which helicity combinations run, and what changes between them.
 *
 * @param combinations helicities per particle, in execution order
 * @param helicityIndex per combination, each particle's helicity as an index into its
 *        {@link External#helicities()}
 * @param changed per combination, the particles whose helicity differs from the previous
 *        combination (all of them for the first)
 * @param used per particle and helicity index, whether any combination needs that wavefunction
 */
record HelicitySchedule(int[][] combinations, int[][] helicityIndex, long[] changed, boolean[][] used) {

    /**
     * Orders combinations along a reflected (mixed-radix) Gray code in which the particles that feed
     * the most currents are the most significant digits, so that they change least often; for a full
     * product of helicities consecutive combinations then differ in one particle.
     */
    static HelicitySchedule of(Program program, long[] opCurrentLeaves, int[][] combinations) {
        int n = program.particles(), m = combinations.length;
        int[][] hels = new int[n][];
        for (int p = 0; p < n; p++) hels[p] = program.externals().get(p).helicities();
        int[] cost = new int[n];
        for (long leaves : opCurrentLeaves) {
            for (int p = 0; p < n; p++) {
                if ((leaves & (1L << p)) != 0) cost[p]++;
            }
        }
        Integer[] digits = new Integer[n];
        for (int p = 0; p < n; p++) digits[p] = p;
        Arrays.sort(digits, (x, y) -> cost[x] != cost[y] ? Integer.compare(cost[y], cost[x]) : Integer.compare(x, y));
        int[][] index = new int[m][n];
        long[] rank = new long[m];
        for (int s = 0; s < m; s++) {
            for (int p = 0; p < n; p++) {
                index[s][p] = indexOf(hels[p], combinations[s][p], p);
            }
            long r = 0;
            for (int d : digits) {
                int radix = hels[d].length;
                int digit = (r & 1) == 0 ? index[s][d] : radix - 1 - index[s][d];
                r = r * radix + digit;
            }
            rank[s] = r;
        }
        Integer[] order = new Integer[m];
        for (int s = 0; s < m; s++) order[s] = s;
        Arrays.sort(order, (x, y) -> Long.compare(rank[x], rank[y]));
        int[][] combos = new int[m][];
        int[][] hi = new int[m][];
        long[] changed = new long[m];
        boolean[][] used = new boolean[n][];
        for (int p = 0; p < n; p++) used[p] = new boolean[hels[p].length];
        for (int s = 0; s < m; s++) {
            combos[s] = combinations[order[s]].clone();
            hi[s] = index[order[s]];
            long mask = 0;
            for (int p = 0; p < n; p++) {
                used[p][hi[s][p]] = true;
                if (s == 0 || hi[s][p] != hi[s - 1][p]) mask |= 1L << p;
            }
            changed[s] = s == 0 ? -1L : mask;
        }
        return new HelicitySchedule(combos, hi, changed, used);
    }

    private static int indexOf(int[] hels, int h, int particle) {
        for (int i = 0; i < hels.length; i++) {
            if (hels[i] == h) {
                return i;
            }
        }
        throw new IllegalArgumentException("helicity " + h + " of particle " + particle + " is not among "
                + Arrays.toString(hels));
    }
}
