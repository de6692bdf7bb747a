package madvec.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named observables of an event's momenta: {@code e(i)}, {@code px(i)}, {@code py(i)}, {@code pz(i)},
 * {@code pt(i)}, {@code eta(i)} (pseudorapidity), {@code y(i)} (rapidity), {@code phi(i)},
 * {@code costheta(i)} (cosine of the polar angle to the +z beam), {@code m(i,j)} (invariant mass of a
 * pair), {@code m(i)}; particles are counted from 1 in the process's order, the incoming ones first, as
 * MadGraph numbers them, so {@code costheta(3)} is the first final-state particle's.
 */
public final class Observables {
    private enum Kind { E, PX, PY, PZ, PT, ETA, Y, PHI, COSTHETA, M }

    private record Observable(Kind kind, int[] particles, String name) {}

    private final List<Observable> list;

    private Observables(List<Observable> list) {
        this.list = list;
    }

    /**
     * Reads a comma-separated list such as {@code pt(3),eta(3),m(3,4)}.
     *
     * @param particles the process's number of particles
     * @throws IllegalArgumentException naming an unknown observable or a particle out of range
     */
    public static Observables parse(String text, int particles) {
        List<Observable> out = new ArrayList<>();
        for (String item : splitTopLevel(text)) {
            String s = item.trim().toLowerCase(Locale.ROOT);
            int open = s.indexOf('('), close = s.lastIndexOf(')');
            if (s.isEmpty() || open <= 0 || close != s.length() - 1) {
                throw new IllegalArgumentException("observable '" + item.trim() + "' is not of the form name(i) or m(i,j);"
                        + " known: e px py pz pt eta y phi costheta m");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(s.substring(0, open).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown observable '" + s.substring(0, open).trim()
                        + "'; known: e px py pz pt eta y phi costheta m");
            }
            String[] args = s.substring(open + 1, close).split(",");
            if (args.length != 1 && !(kind == Kind.M && args.length >= 1)) {
                throw new IllegalArgumentException("observable '" + item.trim() + "' takes one particle");
            }
            int[] idx = new int[args.length];
            for (int a = 0; a < args.length; a++) {
                try {
                    idx[a] = Integer.parseInt(args[a].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("observable '" + item.trim() + "': '" + args[a].trim()
                            + "' is not a particle number");
                }
                if (idx[a] < 1 || idx[a] > particles) {
                    throw new IllegalArgumentException("observable '" + item.trim() + "': particle " + idx[a]
                            + " does not exist; the process has particles 1 to " + particles);
                }
                idx[a]--;
            }
            out.add(new Observable(kind, idx, item.trim()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no observables given");
        }
        return new Observables(List.copyOf(out));
    }

    /** The observables' names as written. */
    public List<String> names() {
        return list.stream().map(Observable::name).toList();
    }

    /** Number of observables. */
    public int size() {
        return list.size();
    }

    /**
     * The observables of one event.
     *
     * @param momenta {@code [4 * particle + mu][event]}
     */
    public double[] of(double[][] momenta, int event) {
        double[] out = new double[list.size()];
        for (int o = 0; o < out.length; o++) out[o] = value(list.get(o), momenta, event);
        return out;
    }

    private static double value(Observable o, double[][] p, int ev) {
        double[] q = new double[4];
        for (int i : o.particles) {
            for (int mu = 0; mu < 4; mu++) q[mu] += p[4 * i + mu][ev];
        }
        double e = q[0], px = q[1], py = q[2], pz = q[3];
        double pt = Math.hypot(px, py), abs = Math.sqrt(pt * pt + pz * pz);
        return switch (o.kind) {
            case E -> e;
            case PX -> px;
            case PY -> py;
            case PZ -> pz;
            case PT -> pt;
            case ETA -> abs == Math.abs(pz) ? Math.copySign(Double.MAX_VALUE, pz) : 0.5 * Math.log((abs + pz) / (abs - pz));
            case Y -> 0.5 * Math.log((e + pz) / (e - pz));
            case PHI -> Math.atan2(py, px);
            case COSTHETA -> abs == 0 ? 0 : pz / abs;
            case M -> Math.sqrt(Math.max(0, e * e - abs * abs));
        };
    }

    /** Splits at commas outside parentheses. */
    static List<String> splitTopLevel(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') depth++;
            if (ch == ')') depth--;
            if (ch == ',' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
