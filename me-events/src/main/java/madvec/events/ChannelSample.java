package madvec.events;

import java.util.Arrays;
import java.util.List;
import madvec.events.CrossSection.Estimate;
import madvec.events.channels.DecayChannel;

/**
 * One iteration's points of a multi-channel integration: each channel's share drawn through its
 * VEGAS grid and decay tree, the momenta of all of them (beams first) for one evaluation, and at each
 * point the multi-channel density g = sum_i alpha_i g_i, every channel's density evaluated there.
 */
final class ChannelSample {
    private static final long CHANNEL_STREAM = 0x5851F42D4C957F2DL;

    final double[][] momenta;
    private final int[] start, count;
    private final int[][][] binOf;
    /** The multi-channel density at each point, 0 where the point is at the edge of phase space (it then counts 0). */
    private final double[] density;

    private ChannelSample(double[][] momenta, int[] start, int[] count, int[][][] binOf, double[] density) {
        this.momenta = momenta;
        this.start = start;
        this.count = count;
        this.binOf = binOf;
        this.density = density;
    }

    /**
     * Draws about n points, a share alpha_i (at least 16) from channel i, from the seed, the iteration
     * and the channel alone.
     */
    static ChannelSample draw(List<DecayChannel> channels, VegasGrid[] grids, double[] alpha, int n, long seed, int iteration,
            int particles, double[] beams) {
        int k = channels.size(), dims = channels.get(0).dimensions();
        int[] start = new int[k], count = new int[k];
        int total = 0;
        for (int i = 0; i < k; i++) {
            start[i] = total;
            count[i] = Math.max(16, (int) Math.round(alpha[i] * n));
            total += count[i];
        }
        double[][] momenta = new double[4 * particles][total];
        double[] density = new double[total], point = new double[dims], other = new double[dims];
        double[] p = new double[4 * (particles - 2)];
        int[][][] binOf = new int[k][][];
        for (int i = 0; i < k; i++) {
            DecayChannel channel = channels.get(i);
            double[][] x = new double[dims][count[i]], u = new double[dims][count[i]];
            binOf[i] = new int[dims][count[i]];
            CrossSection.draw(x, seed + CHANNEL_STREAM * i, iteration);
            double[] jacobian = grids[i].map(x, u, binOf[i]);
            for (int l = 0; l < count[i]; l++) {
                for (int d = 0; d < dims; d++) point[d] = u[d][l];
                double weight = channel.forward(point, p);
                int column = start[i] + l;
                if (!(weight > 0 && Double.isFinite(weight))) {
                    // the edge of phase space (a zero two-body momentum): valid momenta stand in, counted 0
                    Arrays.fill(point, 0.5);
                    channel.forward(point, p);
                    density[column] = 0;
                } else {
                    double g = alpha[i] / (jacobian[l] * weight);
                    for (int j = 0; j < k; j++) {
                        if (j != i) g += alpha[j] * densityOf(channels.get(j), grids[j], p, other);
                    }
                    density[column] = g;
                }
                for (int c = 0; c < 8; c++) momenta[c][column] = beams[c];
                for (int c = 0; c < p.length; c++) momenta[8 + c][column] = p[c];
            }
        }
        return new ChannelSample(momenta, start, count, binOf, density);
    }

    /** A channel's density (grid and decay tree) at final-state momenta another channel made. */
    private static double densityOf(DecayChannel channel, VegasGrid grid, double[] p, double[] u) {
        double weight = channel.inverse(p, u), jacobian = grid.jacobianAt(u);
        return weight > 0 && jacobian > 0 ? 1 / (jacobian * weight) : 0;
    }

    /** Points in all. */
    int size() {
        return density.length;
    }

    /** sum_i alpha_i mean_i(factor f / g) with its error, f per point (|M|^2 or one of its derivatives). */
    Estimate estimate(double[] f, double factor, double[] alpha) {
        double value = 0, variance = 0;
        for (int i = 0; i < start.length; i++) {
            double sum = 0, sum2 = 0;
            for (int l = start[i]; l < start[i] + count[i]; l++) {
                double w = weight(f, factor, l);
                sum += w;
                sum2 += w * w;
            }
            Estimate e = CrossSection.estimate(sum, sum2, count[i]);
            value += alpha[i] * e.value();
            variance += alpha[i] * alpha[i] * e.error() * e.error();
        }
        return new Estimate(value, Math.sqrt(variance));
    }

    /** Per channel, the mean of (factor f / g)^2 over its points: Kleiss and Pittau's W_i. */
    double[] meanSquares(double[] f, double factor) {
        double[] w2 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            for (int l = start[i]; l < start[i] + count[i]; l++) {
                double w = weight(f, factor, l);
                w2[i] += w * w / count[i];
            }
        }
        return w2;
    }

    /** Each channel's grid learns from the weights of the points it drew, then refines. */
    void adaptGrids(double[] f, double factor, VegasGrid[] grids) {
        for (int i = 0; i < start.length; i++) {
            double[] w = new double[count[i]];
            for (int l = 0; l < count[i]; l++) w[l] = weight(f, factor, start[i] + l);
            grids[i].accumulate(w, binOf[i]);
            grids[i].refine();
        }
    }

    /** factor f / g at point l, 0 at the edge of phase space. */
    double weight(double[] f, double factor, int l) {
        return density[l] > 0 ? f[l] * factor / density[l] : 0;
    }
}
