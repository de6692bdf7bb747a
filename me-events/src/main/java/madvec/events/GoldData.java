package madvec.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Training data for likelihood-ratio and score estimators, as MadMiner's sample augmenter gives them,
 * arrays with MadMiner's names and shapes: for ratio estimators {@code x} (N, observables),
 * {@code theta0}, {@code theta1} (N, P), {@code y} (N, 1: 0 for events drawn at theta0, 1 at theta1),
 * {@code r_xz} (N, 1) = p(x,z|theta0) / p(x,z|theta1), {@code t_xz} (N, P) the joint score at theta0
 * (and {@code t_xz1} at theta1); for local score estimators {@code x}, {@code theta}, {@code t_xz}.
 *
 * <p>Ratio samples: the first ceil(N/2) events are drawn at theta0, the others at theta1. Events given
 * from a file count as drawn at theta0 (y = 0).
 */
public final class GoldData {
    private final Map<String, double[][]> arrays;
    private final List<String> observables;

    private GoldData(Map<String, double[][]> arrays, List<String> observables) {
        this.arrays = arrays;
        this.observables = observables;
    }

    /** The arrays by MadMiner name, {@code [event][column]}, in writing order. */
    public Map<String, double[][]> arrays() {
        return arrays;
    }

    /** The names of x's columns. */
    public List<String> observables() {
        return observables;
    }

    /** Turns event momenta into the rows of x. */
    public interface Features {
        /** Column names. */
        List<String> names();

        /** One event's row. */
        double[] of(double[][] momenta, int event);

        /** Every final-state particle's E, px, py, pz (MadMiner's default of momenta as observables). */
        static Features momenta(int particles) {
            List<String> names = new ArrayList<>();
            for (int p = 3; p <= particles; p++) {
                for (String c : new String[] {"e", "px", "py", "pz"}) names.add(c + "(" + p + ")");
            }
            return of(Observables.parse(String.join(",", names), particles));
        }

        /** The named observables. */
        static Features of(Observables o) {
            return new Features() {
                public List<String> names() {
                    return o.names();
                }

                public double[] of(double[][] momenta, int event) {
                    return o.of(momenta, event);
                }
            };
        }
    }

    /**
     * Ratio-estimator data.
     *
     * @param from momenta of events to use instead of drawing ({@code [4 * particle + mu][event]}), or null
     * @param events N (ignored with {@code from}: every event given is used)
     * @param seed random seed of the draws and of the priors
     */
    public static GoldData ratio(GoldSampler s, ThetaSpec theta0, ThetaSpec theta1, long events, double[][] from,
            Features x, long seed, Consumer<String> progress) {
        int n = checkedCount(events, from);
        int drawnAt0 = from != null ? n : (n + 1) / 2;
        double[][] t0 = new double[n][], t1 = new double[n][], y = new double[n][1], r = new double[n][1];
        double[][] score0 = new double[n][], score1 = new double[n][], xs = new double[n][];
        Progress prog = new Progress(n, progress);
        for (int start = 0; start < n; ) {
            int y1 = start < drawnAt0 ? 0 : 1, end = start + 1;
            double[] a = pointOf(theta0, start, n, seed, 0), b = pointOf(theta1, start, n, seed, 1);
            // consecutive events at the same pair of points are drawn and scored together
            int limit = y1 == 0 ? drawnAt0 : n;
            while (end < limit && Arrays.equals(a, pointOf(theta0, end, n, seed, 0))
                    && Arrays.equals(b, pointOf(theta1, end, n, seed, 1))) {
                end++;
            }
            GoldSampler.Point p0 = s.at(a), p1 = s.at(b);
            double[][] u = latent(s, y1 == 0 ? p0 : p1, from, start, end);
            GoldSampler.Joint j0 = s.joint(p0, u), j1 = s.joint(p1, u);
            double[][] momenta = from != null ? column(from, start, end) : (y1 == 0 ? j0 : j1).momenta();
            for (int e = start; e < end; e++) {
                int l = e - start;
                t0[e] = a;
                t1[e] = b;
                y[e][0] = y1;
                r[e][0] = Math.exp(j0.logP()[l] - j1.logP()[l]);
                if (!Double.isFinite(r[e][0])) {
                    throw new ArithmeticException("event " + (e + 1) + ": r_xz = " + r[e][0]);
                }
                score0[e] = j0.score()[l];
                score1[e] = j1.score()[l];
                xs[e] = x.of(momenta, l);
            }
            prog.advance(end - start);
            start = end;
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        out.put("x", xs);
        out.put("theta0", t0);
        out.put("theta1", t1);
        out.put("y", y);
        out.put("r_xz", r);
        out.put("t_xz", score0);
        out.put("t_xz1", score1);
        return new GoldData(out, x.names());
    }

    /** Local-score data: events drawn at theta (or given), the joint score there. */
    public static GoldData local(GoldSampler s, ThetaSpec theta, long events, double[][] from, Features x, long seed,
            Consumer<String> progress) {
        int n = checkedCount(events, from);
        double[][] th = new double[n][], score = new double[n][], xs = new double[n][];
        Progress prog = new Progress(n, progress);
        for (int start = 0; start < n; ) {
            double[] a = pointOf(theta, start, n, seed, 0);
            int end = start + 1;
            while (end < n && Arrays.equals(a, pointOf(theta, end, n, seed, 0))) end++;
            GoldSampler.Point p = s.at(a);
            double[][] u = latent(s, p, from, start, end);
            GoldSampler.Joint j = s.joint(p, u);
            double[][] momenta = from != null ? column(from, start, end) : j.momenta();
            for (int e = start; e < end; e++) {
                th[e] = a;
                score[e] = j.score()[e - start];
                xs[e] = x.of(momenta, e - start);
            }
            prog.advance(end - start);
            start = end;
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        out.put("x", xs);
        out.put("theta", th);
        out.put("t_xz", score);
        return new GoldData(out, x.names());
    }

    private static int checkedCount(long events, double[][] from) {
        long n = from != null ? from[0].length : events;
        if (n <= 0) {
            throw new IllegalArgumentException(from != null ? "the event file holds no events" : "the number of events must be"
                    + " positive, got " + events);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("at most " + (Integer.MAX_VALUE - 8) + " events fit in one gold sample");
        }
        return (int) n;
    }

    private static double[] pointOf(ThetaSpec spec, long event, long events, long seed, int which) {
        return spec.pointOf(event, events, new SplittableRandom(AdaptedGrid.mix(seed, 5 + which, event)));
    }

    private static double[][] latent(GoldSampler s, GoldSampler.Point at, double[][] from, int start, int end) {
        return from == null ? s.draw(at, end - start, start) : s.pointsOf(at, column(from, start, end));
    }

    private static double[][] column(double[][] a, int start, int end) {
        double[][] out = new double[a.length][];
        for (int j = 0; j < a.length; j++) out[j] = Arrays.copyOfRange(a[j], start, end);
        return out;
    }

    /** A line on stderr every two seconds. */
    private static final class Progress {
        private final int total;
        private final Consumer<String> sink;
        private long done, last = System.nanoTime();

        Progress(int total, Consumer<String> sink) {
            this.total = total;
            this.sink = sink;
        }

        void advance(int k) {
            done += k;
            if (sink != null && System.nanoTime() - last > 2_000_000_000L && done < total) {
                last = System.nanoTime();
                sink.accept("  " + done + " of " + total + " events");
            }
        }
    }
}
