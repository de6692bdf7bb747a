package madvec.ufo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * <p>{@code C(i,j)} is the charge-conjugation matrix C = i gamma^2 gamma^0 of that basis (real:
 * diag(i sigma^2, -i sigma^2); C^T = C^-1 = -C, C gamma^mu^T C^-1 = -gamma^mu), the matrix that
 * relates HELAS's two wavefunction types of one fermion: v = C u-bar^T, u = C v-bar^T. Majorana fermion
 * flow (Denner et al., Nucl. Phys. B387 (1992) 467) uses it through {@link #compile(UfoModel, UfoLorentz,
 * int, Wavefunction, int[])}: a fermion leg whose stored wavefunction is of the other type than the
 * vertex's slot reads it through C, and {@link #flowSymmetric} checks that a vertex of two identical
 * Majorana fermions is its own charge-conjugated (flow-reversed) form.
 *
 * <p>Refused with a message naming the structure: legs of spin 3/2 or 2 (refused when the structure is
 * parsed).
 */
public final class LorentzPolynomials {
    static final double[][][] GAMMA_RE = new double[4][4][4], GAMMA_IM = new double[4][4][4];
    private static final double[] METRIC = {1, -1, -1, -1};
    /** C = i gamma^2 gamma^0 in the HELAS chiral basis (real). */
    static final double[][] CHARGE_CONJUGATION = {{0, 1, 0, 0}, {-1, 0, 0, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}};

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

    /**
     * The polynomial of structure {@code l} with leg {@code open} open, some fermion legs read through the
     * charge-conjugation matrix: where {@code conjugate[leg]} is +1 (-1) the structure's spinor index k of
     * that leg is contracted with +C (-C), {@code S(.., k, ..) -> S(.., a, ..) (+-C)_{ak}}, so that the
     * leg's wavefunction phi enters as +-C phi. With +1 an "o"-type wavefunction u-bar^T (v-bar^T) becomes
     * the "i"-type v (u) an F1 slot needs; with -1 (C^-1 = -C) an "i"-type one becomes the "o"-type an F2
     * slot needs. An open leg so marked gives the current that contracts with the stored wavefunction.
     *
     * @param conjugate per leg (0-based), 0, +1 or -1; fermion legs only
     * @throws IllegalArgumentException when a non-zero entry is not a fermion leg
     */
    public static VertexPolynomial compile(UfoModel model, UfoLorentz l, int open, Wavefunction openKind,
            int[] conjugate) {
        return compile(model.lorentzStructure(l), l.name(), l, open, openKind, conjugate);
    }

    /**
     * The flow-reversed (charge-conjugated) form of a fermion line's vertex: the line of legs {@code a}
     * (the F1 slot as written) and {@code b} (F2) read the other way, b now in the F1 slot and a in F2, with
     * the structure Gamma' = C Gamma^T C^-1 of Denner et al. As a polynomial of the legs' wavefunctions that
     * is the structure as written with both legs read through C: for c-number spinors w_a^T Gamma' w_b =
     * (C w_b)^T Gamma (C w_a), since C^T = -C and (C^-1)^T = C. Further legs through {@code conjugate}, as
     * {@link #compile(UfoModel, UfoLorentz, int, Wavefunction, int[])}, applied after the reversal.
     */
    public static VertexPolynomial compileReversed(UfoModel model, UfoLorentz l, int a, int b, int open,
            Wavefunction openKind, int[] conjugate) {
        Structure<LorentzTensor> s = conjugated(conjugated(model.lorentzStructure(l), a + 1, 1), b + 1, 1);
        return compile(s, l.name() + "_R", l, open, openKind, conjugate);
    }

    private static VertexPolynomial compile(Structure<LorentzTensor> s, String base, UfoLorentz l, int open,
            Wavefunction openKind, int[] conjugate) {
        boolean any = false;
        for (int leg = 0; leg < conjugate.length; leg++) {
            if (conjugate[leg] != 0) {
                if (l.spins().get(leg) != 2) {
                    throw new IllegalArgumentException("structure " + l.name() + ": leg " + (leg + 1)
                            + " is not a fermion and cannot be charge-conjugated");
                }
                s = conjugated(s, leg + 1, conjugate[leg]);
                any = true;
            }
        }
        if (!any) {
            return compile(base + "_" + (open + 1), l, s, open, openKind);
        }
        StringBuilder name = new StringBuilder(base).append("_").append(open + 1).append("_C");
        for (int leg = 0; leg < conjugate.length; leg++) {
            if (conjugate[leg] != 0) {
                name.append(conjugate[leg] > 0 ? "+" : "-").append(leg + 1);
            }
        }
        return compile(name.toString(), l, s, open, openKind);
    }

    static VertexPolynomial compile(UfoLorentz l, Structure<LorentzTensor> s, int open, Wavefunction openKind) {
        return compile(l.name() + "_" + (open + 1), l, s, open, openKind);
    }

    private static VertexPolynomial compile(String name, UfoLorentz l, Structure<LorentzTensor> s, int open,
            Wavefunction openKind) {
        int legs = l.spins().size();
        int[] inputOf = new int[legs];
        int next = 0;
        for (int leg = 0; leg < legs; leg++) inputOf[leg] = leg == open ? -1 : next++;
        VertexPolynomial.Builder b = new VertexPolynomial.Builder(name, openKind, legs - 1);
        for (Structure.Term<LorentzTensor> term : s.terms()) {
            new Walk(l, term, legs, open, inputOf, b).run();
        }
        return b.build();
    }

    /**
     * The structure with the spinor index {@code leg} of every term replaced by a fresh summed index a and
     * the factor {@code sign * C(a, leg)}.
     */
    static Structure<LorentzTensor> conjugated(Structure<LorentzTensor> s, int leg, int sign) {
        List<Structure.Term<LorentzTensor>> terms = new ArrayList<>();
        for (Structure.Term<LorentzTensor> term : s.terms()) {
            int fresh = -1;
            for (LorentzTensor t : term.factors()) {
                for (IndexSlot slot : t.slots()) {
                    if (slot.kind() != Kind.MOMENTUM) {
                        fresh = Math.min(fresh, slot.index() - 1);
                    }
                }
            }
            List<LorentzTensor> factors = new ArrayList<>();
            for (LorentzTensor t : term.factors()) factors.add(renameSpinor(t, leg, fresh));
            factors.add(new LorentzTensor.ChargeConjugation(fresh, leg));
            terms.add(new Structure.Term<>(sign * term.re(), sign * term.im(), factors));
        }
        return new Structure<>(terms);
    }

    /** The tensor with spinor index {@code from} renamed {@code to} (Lorentz indices and momenta untouched). */
    private static LorentzTensor renameSpinor(LorentzTensor t, int from, int to) {
        java.util.function.IntUnaryOperator r = x -> x == from ? to : x;
        return switch (t) {
            case LorentzTensor.Gamma g -> new LorentzTensor.Gamma(g.mu(), r.applyAsInt(g.i()), r.applyAsInt(g.j()));
            case LorentzTensor.Gamma5 g -> new LorentzTensor.Gamma5(r.applyAsInt(g.i()), r.applyAsInt(g.j()));
            case LorentzTensor.ProjM g -> new LorentzTensor.ProjM(r.applyAsInt(g.i()), r.applyAsInt(g.j()));
            case LorentzTensor.ProjP g -> new LorentzTensor.ProjP(r.applyAsInt(g.i()), r.applyAsInt(g.j()));
            case LorentzTensor.Sigma g -> new LorentzTensor.Sigma(g.mu(), g.nu(), r.applyAsInt(g.i()), r.applyAsInt(g.j()));
            case LorentzTensor.Identity g -> new LorentzTensor.Identity(r.applyAsInt(g.i()), r.applyAsInt(g.j()));
            case LorentzTensor.ChargeConjugation g -> new LorentzTensor.ChargeConjugation(r.applyAsInt(g.i()),
                    r.applyAsInt(g.j()));
            case LorentzTensor.PSlash g -> new LorentzTensor.PSlash(r.applyAsInt(g.i()), r.applyAsInt(g.j()), g.leg());
            case LorentzTensor.Metric g -> g;
            case LorentzTensor.Epsilon g -> g;
            case LorentzTensor.Momentum g -> g;
        };
    }

    /**
     * True when a vertex of two identical Majorana fermions, legs {@code a} (the F1 slot) and {@code b}
     * (F2), 0-based, is its own charge-conjugated form, so that it may be read with the fermion flow either
     * way: chi-bar_B Gamma psi_A = -(C^-1 psi_A)^T Gamma' (C chi-bar_B^T) for c-number spinors, so the
     * condition Gamma' = C Gamma^T C^-1 = Gamma reads L(psi at a, chi at b) = -L(C chi at a, -C psi at b),
     * the two legs' momenta exchanged with them. Checked numerically at random wavefunctions and momenta
     * (gamma^mu with an antisymmetric colour factor, as the gluino's f^{abc}, is not symmetric by itself:
     * the caller gives {@code colourSign} -1 for a colour factor that changes sign when the legs swap).
     */
    public static boolean flowSymmetric(UfoModel model, UfoLorentz l, int a, int b, int colourSign) {
        int legs = l.spins().size();
        int open = -1;
        for (int leg = 0; leg < legs && open < 0; leg++) {
            if (leg != a && leg != b) {
                open = leg;
            }
        }
        if (open < 0) {
            throw new IllegalArgumentException("structure " + l.name() + " has no leg besides the two fermions");
        }
        VertexPolynomial plain = compile(model, l, open, Wavefunction.SPIN_ZERO);
        int[] conj = new int[legs];
        conj[a] = 1;
        conj[b] = -1;
        VertexPolynomial reversed = compile(model, l, open, Wavefunction.SPIN_ZERO, conj);
        SplittableRandom random = new SplittableRandom(l.name().hashCode());
        for (int trial = 0; trial < 3; trial++) {
            double[][] re = new double[legs][4], im = new double[legs][4], p = new double[legs][4];
            for (int leg = 0; leg < legs; leg++) {
                for (int c = 0; c < 4; c++) {
                    re[leg][c] = random.nextDouble(-1, 1);
                    im[leg][c] = random.nextDouble(-1, 1);
                    p[leg][c] = random.nextDouble(-2, 2);
                }
            }
            double[] x = contract(plain, open, legs, re, im, p);
            swap(re, a, b);
            swap(im, a, b);
            swap(p, a, b);
            double[] y = contract(reversed, open, legs, re, im, p);
            double scale = Math.max(1e-300, Math.hypot(x[0], x[1]) + Math.hypot(y[0], y[1]));
            if (Math.hypot(x[0] + colourSign * y[0], x[1] + colourSign * y[1]) > 1e-12 * scale) {
                return false;
            }
        }
        return true;
    }

    private static void swap(double[][] x, int a, int b) {
        double[] t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    /** The polynomial's current contracted with the open leg's wavefunction (spinor components, vector V_mu). */
    private static double[] contract(VertexPolynomial poly, int open, int legs, double[][] re, double[][] im,
            double[][] p) {
        int[] out = poly.outputs(), comps = poly.components(), start = poly.momentumStart();
        int[] mi = poly.momentumInput(), mm = poly.momentumComponent();
        double[] cre = poly.re(), cim = poly.im();
        int inputs = poly.inputs();
        int[] leg = new int[inputs];
        for (int i = 0, j = 0; i < legs; i++) {
            if (i != open) {
                leg[j++] = i;
            }
        }
        double lr = 0, li = 0;
        for (int m = 0; m < poly.size(); m++) {
            double r = cre[m], q = cim[m];
            for (int j = 0; j < inputs; j++) {
                double ar = re[leg[j]][comps[m * inputs + j]], ai = im[leg[j]][comps[m * inputs + j]];
                double t = r * ar - q * ai;
                q = r * ai + q * ar;
                r = t;
            }
            for (int f = start[m]; f < start[m + 1]; f++) {
                double x = p[leg[mi[f]]][mm[f]];
                r *= x;
                q *= x;
            }
            double wr = re[open][out[m]], wi = im[open][out[m]];
            lr += r * wr - q * wi;
            li += r * wi + q * wr;
        }
        return new double[] {lr, li};
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
                case LorentzTensor.ChargeConjugation c -> new double[] {CHARGE_CONJUGATION[v(c.i())][v(c.j())], 0};
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
