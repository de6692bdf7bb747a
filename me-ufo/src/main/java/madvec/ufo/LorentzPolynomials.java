package madvec.ufo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.helas.VertexPolynomial;
import madvec.helas.Wavefunction;
import madvec.ufo.IndexSlot.Kind;

/**
 * Compiles a UFO Lorentz structure with one leg left open into a {@link VertexPolynomial}, the data the
 * executor's one generic kernel evaluates: every index of every term is summed explicitly (a
 * depth-first walk over the term's tensors that skips zero entries, so sparse gamma matrices cost
 * little), the metric of each contraction and of each vector leg is folded into the coefficient, and
 * the open leg's momentum is replaced by minus the sum of the others' (momentum conservation at the
 * vertex, all momenta incoming as in UFO).
 *
 * <p>Conventions are MadGraph's ALOHA ones, those of the built-in kernels: metric (+,-,-,-); every
 * tensor written with upper Lorentz indices and every contraction, of two summed indices or of an
 * index with a vector leg's wavefunction V^mu, carries the metric; gamma matrices in the HELAS chiral
 * (Weyl) basis, {@code Gamma(mu,i,j)} = (gamma^mu)_{ij} with i the row; {@code Gamma5} =
 * diag(-1,-1,1,1), {@code ProjM} = (1 - gamma5)/2, {@code ProjP} = (1 + gamma5)/2, {@code Sigma(mu,nu)} =
 * i/2 [gamma^mu, gamma^nu]; {@code Epsilon} with epsilon^{0123} = -1 (epsilon_{0123} = +1). A fermion
 * leg's spinor index is its wavefunction's component; the current of an open vector leg is X^mu with
 * L = X . V, of an open fermion leg X_s = dL/dpsi_s, of an open scalar dL/dS.
 *
 * <p>Refused with a message naming the structure: the charge-conjugation matrix {@code C} (Majorana
 * fermion flow is not supported), and legs of spin 3/2 or 2 (refused when the structure is parsed).
 */
public final class LorentzPolynomials {
    private static final double[][][] GAMMA_RE = new double[4][4][4], GAMMA_IM = new double[4][4][4];
    private static final double[] METRIC = {1, -1, -1, -1};

    static {
        // gamma^0, gamma^1, gamma^3 real; gamma^2 imaginary (HELAS chiral basis)
        set(GAMMA_RE[0], new int[][] {{0, 2, 1}, {1, 3, 1}, {2, 0, 1}, {3, 1, 1}});
        set(GAMMA_RE[1], new int[][] {{0, 3, 1}, {1, 2, 1}, {2, 1, -1}, {3, 0, -1}});
        set(GAMMA_IM[2], new int[][] {{0, 3, -1}, {1, 2, 1}, {2, 1, 1}, {3, 0, -1}});
        set(GAMMA_RE[3], new int[][] {{0, 2, 1}, {1, 3, -1}, {2, 0, -1}, {3, 1, 1}});
    }

    private static void set(double[][] m, int[][] entries) {
        for (int[] e : entries) m[e[0]][e[1]] = e[2];
    }

    private LorentzPolynomials() {}

    /**
     * The polynomial of structure {@code l} of {@code model} with leg {@code open} (0-based) open.
     *
     * @param openKind the kind of the open leg's current (for fermions, F1 or F2 as the generator assigns
     *     fermion flow; the numbers do not depend on it)
     * @throws UfoFormatException for constructs outside what the kernels support, naming the structure
     */
    public static VertexPolynomial compile(UfoModel model, UfoLorentz l, int open, Wavefunction openKind) {
        Structure<LorentzTensor> s = model.lorentzStructure(l);
        return compile(l, s, open, openKind);
    }

    static VertexPolynomial compile(UfoLorentz l, Structure<LorentzTensor> s, int open, Wavefunction openKind) {
        int legs = l.spins().size();
        int[] inputOf = new int[legs];
        int next = 0;
        for (int leg = 0; leg < legs; leg++) inputOf[leg] = leg == open ? -1 : next++;
        VertexPolynomial.Builder b = new VertexPolynomial.Builder(l.name() + "_" + (open + 1), openKind, legs - 1);
        for (Structure.Term<LorentzTensor> term : s.terms()) {
            for (LorentzTensor t : term.factors()) {
                if (t instanceof LorentzTensor.ChargeConjugation) {
                    throw new IllegalArgumentException("lorentz.py: structure " + l.name() + " uses C(i,j), the "
                            + "charge-conjugation matrix of Majorana fermion flow, which madvec does not support yet");
                }
            }
            new Walk(l, term, legs, open, inputOf, b).run();
        }
        return b.build();
    }

    /** One term's index sum. */
    private static final class Walk {
        private final UfoLorentz l;
        private final List<LorentzTensor> factors;
        private final int legs, open;
        private final int[] inputOf;
        private final VertexPolynomial.Builder b;
        private final Map<Integer, Integer> value = new HashMap<>();
        private final Map<Integer, Kind> kinds = new HashMap<>();
        private final double re0, im0;

        Walk(UfoLorentz l, Structure.Term<LorentzTensor> term, int legs, int open, int[] inputOf,
                VertexPolynomial.Builder b) {
            this.l = l;
            this.factors = term.factors();
            this.legs = legs;
            this.open = open;
            this.inputOf = inputOf;
            this.b = b;
            this.re0 = term.re();
            this.im0 = term.im();
            for (LorentzTensor t : factors) {
                for (IndexSlot slot : t.slots()) {
                    if (slot.kind() != Kind.MOMENTUM) {
                        kinds.put(slot.index(), slot.kind());
                    }
                }
            }
        }

        void run() {
            step(0, re0, im0, new ArrayList<>());
        }

        private void step(int f, double re, double im, List<Integer> momenta) {
            if (re == 0 && im == 0) {
                return;
            }
            if (f == factors.size()) {
                emit(re, im, momenta);
                return;
            }
            LorentzTensor t = factors.get(f);
            List<IndexSlot> slots = t.slots();
            List<Integer> free = new ArrayList<>();
            for (IndexSlot slot : slots) {
                if (slot.kind() != Kind.MOMENTUM && !value.containsKey(slot.index()) && !free.contains(slot.index())) {
                    free.add(slot.index());
                }
            }
            assign(f, t, free, 0, re, im, momenta);
        }

        private void assign(int f, LorentzTensor t, List<Integer> free, int i, double re, double im,
                List<Integer> momenta) {
            if (i < free.size()) {
                int idx = free.get(i);
                for (int v = 0; v < 4; v++) {
                    value.put(idx, v);
                    assign(f, t, free, i + 1, re, im, momenta);
                }
                value.remove(idx);
                return;
            }
            if (t instanceof LorentzTensor.Momentum p) {
                int mu = value.get(p.mu());
                momentum(f, p.leg(), mu, re, im, momenta);
                return;
            }
            if (t instanceof LorentzTensor.PSlash p) {
                // PSlash(i,j,n) = gamma^mu_ij p_mu: sum over mu with the metric
                for (int mu = 0; mu < 4; mu++) {
                    double gr = GAMMA_RE[mu][value.get(p.i())][value.get(p.j())];
                    double gi = GAMMA_IM[mu][value.get(p.i())][value.get(p.j())];
                    if (gr != 0 || gi != 0) {
                        double m = METRIC[mu];
                        momentum(f, p.leg(), mu, (re * gr - im * gi) * m, (re * gi + im * gr) * m, momenta);
                    }
                }
                return;
            }
            double[] x = entry(t);
            step(f + 1, re * x[0] - im * x[1], re * x[1] + im * x[0], momenta);
        }

        /** A factor p_leg^mu: an input's momentum, or minus the sum of the inputs' for the open leg. */
        private void momentum(int f, int leg, int mu, double re, double im, List<Integer> momenta) {
            int n = leg - 1;
            if (n != open) {
                momenta.add(4 * inputOf[n] + mu);
                step(f + 1, re, im, momenta);
                momenta.remove(momenta.size() - 1);
                return;
            }
            for (int other = 0; other < legs; other++) {
                if (other != open) {
                    momenta.add(4 * inputOf[other] + mu);
                    step(f + 1, -re, -im, momenta);
                    momenta.remove(momenta.size() - 1);
                }
            }
        }

        /** The entry of a tensor without momenta at the current index values, {re, im}. */
        private double[] entry(LorentzTensor t) {
            return switch (t) {
                case LorentzTensor.Gamma g -> new double[] {GAMMA_RE[v(g.mu())][v(g.i())][v(g.j())],
                        GAMMA_IM[v(g.mu())][v(g.i())][v(g.j())]};
                case LorentzTensor.Gamma5 g -> diagonal(g.i(), g.j(), new double[] {-1, -1, 1, 1});
                case LorentzTensor.ProjM g -> diagonal(g.i(), g.j(), new double[] {1, 1, 0, 0});
                case LorentzTensor.ProjP g -> diagonal(g.i(), g.j(), new double[] {0, 0, 1, 1});
                case LorentzTensor.Identity g -> diagonal(g.i(), g.j(), new double[] {1, 1, 1, 1});
                case LorentzTensor.Metric g -> new double[] {v(g.mu()) == v(g.nu()) ? METRIC[v(g.mu())] : 0, 0};
                case LorentzTensor.Epsilon e -> new double[] {-levi(v(e.mu()), v(e.nu()), v(e.rho()), v(e.sigma())), 0};
                case LorentzTensor.Sigma s -> sigma(v(s.mu()), v(s.nu()), v(s.i()), v(s.j()));
                case LorentzTensor.ChargeConjugation c -> throw new IllegalStateException("refused before");
                case LorentzTensor.Momentum p -> throw new IllegalStateException("handled before");
                case LorentzTensor.PSlash p -> throw new IllegalStateException("handled before");
            };
        }

        private int v(int index) {
            return value.get(index);
        }

        private double[] diagonal(int i, int j, double[] d) {
            return new double[] {v(i) == v(j) ? d[v(i)] : 0, 0};
        }

        /** The leg contractions, the metric of each summed Lorentz index, and the monomial. */
        private void emit(double re, double im, List<Integer> momenta) {
            double m = 1;
            for (Map.Entry<Integer, Kind> e : kinds.entrySet()) {
                if (e.getKey() < 0 && e.getValue() == Kind.LORENTZ) {
                    m *= METRIC[value.get(e.getKey())];
                }
            }
            int[] comps = new int[legs - 1];
            int outComp = 0;
            for (int leg = 0; leg < legs; leg++) {
                int spin = l.spins().get(leg);
                int comp = switch (spin) {
                    case 1, -1 -> 0;
                    case 2 -> value.get(leg + 1);
                    case 3 -> value.get(leg + 1);
                    default -> throw new IllegalArgumentException("lorentz.py: structure " + l.name() + ": leg "
                            + (leg + 1) + " has spin 2S+1 = " + spin + ", not supported (spins 0, 1/2 and 1 only)");
                };
                if (leg == open) {
                    outComp = comp;
                } else {
                    comps[inputOf[leg]] = comp;
                    if (spin == 3) {
                        m *= METRIC[comp];
                    }
                }
            }
            int[] mom = new int[momenta.size()];
            for (int i = 0; i < mom.length; i++) mom[i] = momenta.get(i);
            b.add(outComp, re * m, im * m, comps, mom);
        }
    }

    private static double[] sigma(int mu, int nu, int i, int j) {
        // (i/2) (gamma^mu gamma^nu - gamma^nu gamma^mu)_ij
        double r = 0, im = 0;
        for (int k = 0; k < 4; k++) {
            double[] a = mul(GAMMA_RE[mu][i][k], GAMMA_IM[mu][i][k], GAMMA_RE[nu][k][j], GAMMA_IM[nu][k][j]);
            double[] c = mul(GAMMA_RE[nu][i][k], GAMMA_IM[nu][i][k], GAMMA_RE[mu][k][j], GAMMA_IM[mu][k][j]);
            r += a[0] - c[0];
            im += a[1] - c[1];
        }
        return new double[] {-im / 2, r / 2};
    }

    private static double[] mul(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    private static int levi(int a, int b, int c, int d) {
        int[] p = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (p[i] == p[j]) {
                    return 0;
                }
            }
        }
        int inversions = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (p[i] > p[j]) {
                    inversions++;
                }
            }
        }
        return inversions % 2 == 0 ? 1 : -1;
    }
}
