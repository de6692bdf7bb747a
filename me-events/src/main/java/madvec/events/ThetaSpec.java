package madvec.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Where the parameter points of gold data come from, as MadMiner's samplers take them: one point
 * ({@code 1.2e-5,173}), a list of points separated by {@code ;} (the events are split evenly among them,
 * in order), or per parameter a prior drawn from for every event: {@code uniform(a,b)} or
 * {@code gaussian(mu,sigma)}, mixed freely with fixed values ({@code uniform(1e-5,1.4e-5),173}).
 */
public final class ThetaSpec {
    private sealed interface Component permits Fixed, Uniform, Gaussian {}

    private record Fixed(double value) implements Component {}

    private record Uniform(double low, double high) implements Component {}

    private record Gaussian(double mean, double sigma) implements Component {}

    private final List<Component[]> points;
    private final boolean prior;

    private ThetaSpec(List<Component[]> points, boolean prior) {
        this.points = points;
        this.prior = prior;
    }

    /**
     * @param text the specification
     * @param parameters the number of parameters each point has
     * @param what the option's name, for messages ({@code --theta0})
     * @throws IllegalArgumentException for a malformed value, the wrong number of values, or a prior with
     *     no support (uniform with b <= a, gaussian with sigma <= 0), naming it
     */
    public static ThetaSpec parse(String text, int parameters, String what) {
        List<Component[]> points = new ArrayList<>();
        boolean prior = false;
        String[] alternatives = text.split(";");
        for (String point : alternatives) {
            List<String> values = Observables.splitTopLevel(point);
            if (values.size() != parameters) {
                throw new IllegalArgumentException(what + ": '" + point.trim() + "' has " + values.size() + " value(s) for "
                        + parameters + " parameter(s)");
            }
            Component[] c = new Component[parameters];
            for (int j = 0; j < parameters; j++) {
                c[j] = component(values.get(j).trim(), what);
                prior |= !(c[j] instanceof Fixed);
            }
            points.add(c);
        }
        if (prior && points.size() > 1) {
            throw new IllegalArgumentException(what + ": a prior cannot be part of a list of points");
        }
        return new ThetaSpec(List.copyOf(points), prior);
    }

    private static Component component(String s, String what) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String name : new String[] {"uniform", "gaussian"}) {
            if (lower.startsWith(name + "(") && lower.endsWith(")")) {
                String[] ab = lower.substring(name.length() + 1, lower.length() - 1).split(",");
                if (ab.length != 2) {
                    throw new IllegalArgumentException(what + ": " + s + " needs two numbers");
                }
                double a = number(ab[0], what), b = number(ab[1], what);
                if (name.equals("uniform")) {
                    if (!(b > a)) {
                        throw new IllegalArgumentException(what + ": " + s + " has no support: the upper bound must be above"
                                + " the lower one");
                    }
                    return new Uniform(a, b);
                }
                if (!(b > 0)) {
                    throw new IllegalArgumentException(what + ": " + s + " has no support: sigma must be positive");
                }
                return new Gaussian(a, b);
            }
        }
        return new Fixed(number(s, what));
    }

    private static double number(String s, String what) {
        String t = s.trim();
        try {
            // plain decimals only, as everywhere on the command line
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?")) {
                throw new NumberFormatException();
            }
            double v = Double.parseDouble(t.replace('d', 'e').replace('D', 'e'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + t + "' is not a number, uniform(a,b) or gaussian(mu,sigma)");
        }
    }

    /** Whether events draw their own point from a prior. */
    public boolean isPrior() {
        return prior;
    }

    /** The fixed points (one for a point, several for a list); for a prior, the prior's centre. */
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>();
        for (Component[] p : points) {
            double[] v = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                v[j] = switch (p[j]) {
                    case Fixed f -> f.value();
                    case Uniform u -> 0.5 * (u.low() + u.high());
                    case Gaussian g -> g.mean();
                };
            }
            out.add(v);
        }
        return out;
    }

    /**
     * The point of event {@code event} of {@code events}: from the list in even blocks, or drawn from
     * the prior with numbers from {@code rng}.
     */
    public double[] pointOf(long event, long events, SplittableRandom rng) {
        if (!prior) {
            int k = (int) Math.min(points.size() - 1, event * points.size() / events);
            return points().get(k);
        }
        Component[] p = points.get(0);
        double[] v = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            v[j] = switch (p[j]) {
                case Fixed f -> f.value();
                case Uniform u -> u.low() + (u.high() - u.low()) * rng.nextDouble();
                case Gaussian g -> g.mean() + g.sigma() * gaussian(rng);
            };
        }
        return v;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller: two uniforms, one normal (the second is not kept, so a draw uses a fixed count)
        double u1 = 1 - rng.nextDouble(), u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
