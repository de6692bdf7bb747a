package madvec.reweight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheParticle;

/**
 * Finds the subprocess an event belongs to and the order of its particles: the two incoming particles
 * (status -1) in either order, the final-state particles (status 1) in any order; resonances (status 2)
 * and other statuses are not externals. Identical particles are taken in file order, which changes
 * nothing since |M|^2 is symmetric in them. Thread-safe; the matches of the layouts seen are kept.
 */
public final class Dispatcher {
    private final List<int[]> subprocesses;
    private final Map<String, Integer> byKey = new HashMap<>();
    /** Matches by the event's (PDG code, status) sequence: a sample has few layouts, so most events hit. */
    private final Map<Layout, Optional<Match>> byLayout = new ConcurrentHashMap<>();
    private static final int MAX_LAYOUTS = 10_000;

    /** The PDG codes and statuses of an event's lines, in file order. */
    private record Layout(int[] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Layout l && Arrays.equals(codes, l.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }
    }

    /**
     * The dispatch of one event.
     *
     * @param subprocess the index of the matching subprocess
     * @param order for each external particle of the subprocess, in its order, the 0-based index of the
     *     event's particle line that plays it (shared by the events of one layout: read it, do not change it)
     */
    public record Match(int subprocess, int[] order) {}

    /**
     * @param subprocesses the PDG codes of each subprocess's externals, incoming first; the first of
     *     several subprocesses with the same particles wins
     */
    public Dispatcher(List<int[]> subprocesses) {
        this.subprocesses = subprocesses.stream().map(int[]::clone).toList();
        for (int s = 0; s < this.subprocesses.size(); s++) {
            int[] p = this.subprocesses.get(s);
            byKey.putIfAbsent(key(p[0], p[1], Arrays.copyOfRange(p, 2, p.length)), s);
        }
    }

    /**
     * Matches an event.
     *
     * @return the match, or null when no subprocess has the event's particles ({@link #describe} says which)
     */
    public Match match(LheEvent event) {
        List<LheParticle> ps = event.particles();
        int[] codes = new int[2 * ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            codes[2 * i] = ps.get(i).pdg();
            codes[2 * i + 1] = ps.get(i).status();
        }
        Layout layout = new Layout(codes);
        Optional<Match> known = byLayout.get(layout);
        if (known != null) return known.orElse(null);
        Match m = matchNew(ps);
        if (byLayout.size() < MAX_LAYOUTS) byLayout.put(layout, Optional.ofNullable(m));
        return m;
    }

    private Match matchNew(List<LheParticle> ps) {
        int in0 = -1, in1 = -1, nOut = 0;
        for (int i = 0; i < ps.size(); i++) {
            LheParticle p = ps.get(i);
            if (p.isIncoming()) {
                if (in0 < 0) in0 = i;
                else if (in1 < 0) in1 = i;
                else return null;
            } else if (p.isOutgoing()) {
                nOut++;
            }
        }
        if (in1 < 0) return null;
        int[] out = new int[nOut];
        int k = 0;
        for (LheParticle p : ps) if (p.isOutgoing()) out[k++] = p.pdg();
        Integer s = byKey.get(key(ps.get(in0).pdg(), ps.get(in1).pdg(), out));
        boolean swapped = false;
        if (s == null) {
            s = byKey.get(key(ps.get(in1).pdg(), ps.get(in0).pdg(), out));
            swapped = true;
        }
        if (s == null) return null;
        return new Match(s, order(subprocesses.get(s), ps, swapped ? in1 : in0, swapped ? in0 : in1));
    }

    private static int[] order(int[] pdgs, List<LheParticle> ps, int first, int second) {
        int[] order = new int[pdgs.length];
        order[0] = first;
        order[1] = second;
        boolean[] used = new boolean[ps.size()];
        for (int e = 2; e < pdgs.length; e++) {
            for (int i = 0; i < ps.size(); i++) {
                if (!used[i] && ps.get(i).isOutgoing() && ps.get(i).pdg() == pdgs[e]) {
                    used[i] = true;
                    order[e] = i;
                    break;
                }
            }
        }
        return order;
    }

    /** @return the event's particles as {@code in1 in2 > out ...} PDG codes, for a message */
    public static String describe(LheEvent event) {
        StringBuilder sb = new StringBuilder();
        for (LheParticle p : event.incoming()) sb.append(p.pdg()).append(' ');
        sb.append('>');
        for (LheParticle p : event.outgoing()) sb.append(' ').append(p.pdg());
        return sb.toString();
    }

    /** @return how many subprocesses there are */
    public int size() {
        return subprocesses.size();
    }

    private static String key(int a, int b, int[] out) {
        int[] sorted = out.clone();
        Arrays.sort(sorted);
        List<String> parts = new ArrayList<>();
        for (int x : sorted) parts.add(Integer.toString(x));
        return a + " " + b + " > " + String.join(" ", parts);
    }
}
