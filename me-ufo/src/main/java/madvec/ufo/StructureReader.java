package madvec.ufo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import madvec.ufo.IndexSlot.Kind;
import madvec.ufo.formula.Complex;
import madvec.ufo.formula.Formula;
import madvec.ufo.formula.FormulaCompiler;
import madvec.ufo.python.PyExpr;
import madvec.ufo.python.PyParser;
import madvec.ufo.python.SourcePosition;

/**
 * Parses UFO Lorentz and colour strings into {@link Structure}s of typed tensors and checks their
 * indices: every summed (negative) index appears exactly twice in a term, with matching kinds; every
 * leg that carries an index (a vector's Lorentz index, a fermion's spinor index, a coloured leg's
 * colour index of its representation) appears exactly once in every term; nothing else does.
 */
final class StructureReader {
    private StructureReader() {}

    /** A tensor as written, before typing. */
    private record Raw(String name, int[] indices, SourcePosition position) {}

    private record Monomial(Complex coefficient, List<Raw> factors) {}

    static Structure<LorentzTensor> lorentz(UfoLorentz l, SourcePosition at) {
        String owner = "Lorentz structure " + l.name();
        for (int s : l.spins()) {
            if (s != 1 && s != 2 && s != 3 && s != -1) {
                throw at.error(owner + " has a leg of spin " + (s - 1) + "/2: spins 3/2 and 2 are not supported yet");
            }
        }
        List<Structure.Term<LorentzTensor>> terms = new ArrayList<>();
        for (Monomial m : expand(PyParser.parseExpression(at, l.structure()), owner)) {
            List<LorentzTensor> factors = new ArrayList<>();
            for (Raw r : m.factors()) factors.add(lorentzTensor(r, owner));
            checkLorentz(factors, l.spins(), owner, at, l.structure());
            terms.add(new Structure.Term<>(m.coefficient().re(), m.coefficient().im(), factors));
        }
        return new Structure<>(terms);
    }

    static Structure<ColourTensor> colour(String text, List<UfoParticle> legs, String owner, SourcePosition at) {
        List<Kind> kinds = new ArrayList<>();
        for (UfoParticle p : legs) {
            kinds.add(switch (p.colour()) {
                case 1 -> null;
                case 3 -> Kind.FUNDAMENTAL;
                case -3 -> Kind.ANTIFUNDAMENTAL;
                case 8 -> Kind.ADJOINT;
                default -> throw at.error(owner + ": particle " + p.name() + " has colour " + p.colour()
                        + ": only singlets, triplets and octets are supported yet");
            });
        }
        List<Structure.Term<ColourTensor>> terms = new ArrayList<>();
        for (Monomial m : expand(PyParser.parseExpression(at, text), owner)) {
            List<ColourTensor> factors = new ArrayList<>();
            for (Raw r : m.factors()) factors.add(colourTensor(r, owner));
            checkColour(factors, kinds, owner, at, text);
            terms.add(new Structure.Term<>(m.coefficient().re(), m.coefficient().im(), factors));
        }
        return new Structure<>(terms);
    }

    // ----- expansion into monomials -----

    private static List<Monomial> expand(PyExpr e, String owner) {
        return switch (e) {
            case PyExpr.Binary b -> switch (b.op()) {
                case "+", "-" -> {
                    List<Monomial> out = new ArrayList<>(expand(b.left(), owner));
                    for (Monomial m : expand(b.right(), owner)) {
                        out.add(b.op().equals("-") ? scaled(m, new Complex(-1, 0)) : m);
                    }
                    yield out;
                }
                case "*" -> product(expand(b.left(), owner), expand(b.right(), owner));
                case "/" -> {
                    Complex d = number(b.right(), owner);
                    if (d.re() == 0 && d.im() == 0) {
                        throw b.position().error("division by zero in " + owner);
                    }
                    List<Monomial> out = new ArrayList<>();
                    for (Monomial m : expand(b.left(), owner)) out.add(scaled(m, d.reciprocal()));
                    yield out;
                }
                case "**" -> {
                    Complex n = number(b.right(), owner);
                    if (n.im() != 0 || n.re() != Math.rint(n.re()) || n.re() < 0 || n.re() > 8) {
                        throw b.right().position().error("power " + n + " in " + owner
                                + ": expected a small non-negative integer exponent");
                    }
                    List<Monomial> base = expand(b.left(), owner);
                    List<Monomial> out = List.of(new Monomial(Complex.ONE, List.of()));
                    for (int i = 0; i < (int) n.re(); i++) out = product(out, base);
                    yield out;
                }
                default -> throw b.position().error("operator " + b.op() + " in " + owner);
            };
            case PyExpr.Unary u -> {
                List<Monomial> out = new ArrayList<>();
                for (Monomial m : expand(u.operand(), owner)) {
                    out.add(u.op().equals("-") ? scaled(m, new Complex(-1, 0)) : m);
                }
                yield out;
            }
            case PyExpr.Call c when c.function() instanceof PyExpr.Name n && !FormulaCompiler.isFunction(n.id()) -> {
                int[] indices = new int[c.args().size()];
                for (int i = 0; i < indices.length; i++) {
                    Complex v = number(c.args().get(i), owner);
                    if (v.im() != 0 || v.re() != Math.rint(v.re()) || v.re() == 0) {
                        throw c.args().get(i).position().error("index " + v.re() + " of " + n.id() + " in " + owner
                                + ": expected a nonzero integer");
                    }
                    indices[i] = (int) v.re();
                }
                yield List.of(new Monomial(Complex.ONE, List.of(new Raw(n.id(), indices, c.position()))));
            }
            case PyExpr.Name n when n.id().equals("Identity") || n.id().equals("Gamma5") -> throw n.position().error(
                    n.id() + " without indices in " + owner + ": expected " + n.id() + "(i, j)");
            default -> List.of(new Monomial(number(e, owner), List.of()));
        };
    }

    private static Monomial scaled(Monomial m, Complex c) {
        return new Monomial(m.coefficient().times(c), m.factors());
    }

    private static List<Monomial> product(List<Monomial> a, List<Monomial> b) {
        List<Monomial> out = new ArrayList<>();
        for (Monomial x : a) {
            for (Monomial y : b) {
                List<Raw> f = new ArrayList<>(x.factors());
                f.addAll(y.factors());
                out.add(new Monomial(x.coefficient().times(y.coefficient()), List.copyOf(f)));
            }
        }
        return out;
    }

    /** A numeric subexpression ({@code 2}, {@code complex(0,1)}, {@code cmath.sqrt(2)}), folded. */
    private static Complex number(PyExpr e, String owner) {
        Formula f = FormulaCompiler.compile(e, n -> null, owner);
        if (!(f instanceof Formula.Constant c)) {
            throw e.position().error("expected a number or a tensor in " + owner);
        }
        return new Complex(c.re(), c.im());
    }

    // ----- typing -----

    private static void arity(Raw r, int n, String owner) {
        if (r.indices().length != n) {
            throw r.position().error(r.name() + " takes " + n + " indices, got " + r.indices().length + " in " + owner);
        }
    }

    private static LorentzTensor lorentzTensor(Raw r, String owner) {
        int[] x = r.indices();
        switch (r.name()) {
            case "Gamma" -> { arity(r, 3, owner); return new LorentzTensor.Gamma(x[0], x[1], x[2]); }
            case "Gamma5" -> { arity(r, 2, owner); return new LorentzTensor.Gamma5(x[0], x[1]); }
            case "ProjM" -> { arity(r, 2, owner); return new LorentzTensor.ProjM(x[0], x[1]); }
            case "ProjP" -> { arity(r, 2, owner); return new LorentzTensor.ProjP(x[0], x[1]); }
            case "Sigma" -> { arity(r, 4, owner); return new LorentzTensor.Sigma(x[0], x[1], x[2], x[3]); }
            case "Identity" -> { arity(r, 2, owner); return new LorentzTensor.Identity(x[0], x[1]); }
            case "C" -> { arity(r, 2, owner); return new LorentzTensor.ChargeConjugation(x[0], x[1]); }
            case "Metric" -> { arity(r, 2, owner); return new LorentzTensor.Metric(x[0], x[1]); }
            case "Epsilon" -> { arity(r, 4, owner); return new LorentzTensor.Epsilon(x[0], x[1], x[2], x[3]); }
            case "P" -> { arity(r, 2, owner); return new LorentzTensor.Momentum(x[0], x[1]); }
            case "PSlash" -> { arity(r, 3, owner); return new LorentzTensor.PSlash(x[0], x[1], x[2]); }
            default -> throw r.position().error("unknown Lorentz tensor '" + r.name() + "' in " + owner
                    + ": expected Gamma, Gamma5, ProjM, ProjP, Sigma, Identity, C, Metric, Epsilon, P or PSlash");
        }
    }

    private static ColourTensor colourTensor(Raw r, String owner) {
        int[] x = r.indices();
        switch (r.name()) {
            case "T" -> { arity(r, 3, owner); return new ColourTensor.T(x[0], x[1], x[2]); }
            case "f" -> { arity(r, 3, owner); return new ColourTensor.F(x[0], x[1], x[2]); }
            case "d" -> { arity(r, 3, owner); return new ColourTensor.D(x[0], x[1], x[2]); }
            case "Epsilon" -> { arity(r, 3, owner); return new ColourTensor.Epsilon(x[0], x[1], x[2]); }
            case "EpsilonBar" -> { arity(r, 3, owner); return new ColourTensor.EpsilonBar(x[0], x[1], x[2]); }
            case "Identity" -> { arity(r, 2, owner); return new ColourTensor.Identity(x[0], x[1]); }
            default -> throw r.position().error("unknown colour tensor '" + r.name() + "' in " + owner
                    + ": expected T, f, d, Epsilon, EpsilonBar or Identity (sextets are not supported yet)");
        }
    }

    // ----- index checks -----

    private static void checkLorentz(List<LorentzTensor> factors, List<Integer> spins, String owner, SourcePosition at,
            String text) {
        Map<Integer, List<Kind>> seen = new HashMap<>();
        for (LorentzTensor t : factors) {
            for (IndexSlot s : t.slots()) {
                if (s.kind() == Kind.MOMENTUM) {
                    if (s.index() < 1 || s.index() > spins.size()) {
                        throw at.error(owner + " (" + text + "): momentum of leg " + s.index() + ", but the structure has "
                                + spins.size() + " legs");
                    }
                    continue;
                }
                seen.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(s.kind());
            }
        }
        for (Map.Entry<Integer, List<Kind>> e : seen.entrySet()) {
            int index = e.getKey();
            List<Kind> kinds = e.getValue();
            if (index < 0) {
                if (kinds.size() != 2 || kinds.get(0) != kinds.get(1)) {
                    throw at.error(owner + " (" + text + "): summed index " + index + " appears as " + kinds
                            + " in a term: expected exactly twice, both Lorentz or both spinor");
                }
            } else if (index > spins.size()) {
                throw at.error(owner + " (" + text + "): index " + index + ", but the structure has " + spins.size() + " legs");
            }
        }
        for (int leg = 1; leg <= spins.size(); leg++) {
            int spin = spins.get(leg - 1);
            List<Kind> expected = spin == 3 ? List.of(Kind.LORENTZ) : spin == 2 ? List.of(Kind.SPINOR) : List.of();
            List<Kind> found = seen.getOrDefault(leg, List.of());
            if (!found.equals(expected)) {
                throw at.error(owner + " (" + text + "): leg " + leg + " of spin " + describeSpin(spin) + " appears "
                        + (found.isEmpty() ? "nowhere" : "as " + found) + " in a term: expected "
                        + (expected.isEmpty() ? "no index" : "one " + expected.get(0).name().toLowerCase() + " index"));
            }
        }
    }

    private static String describeSpin(int twoSPlusOne) {
        return switch (twoSPlusOne) {
            case 1, -1 -> "0";
            case 2 -> "1/2";
            case 3 -> "1";
            default -> (twoSPlusOne - 1) + "/2";
        };
    }

    private static void checkColour(List<ColourTensor> factors, List<Kind> legs, String owner, SourcePosition at,
            String text) {
        Map<Integer, List<Kind>> seen = new HashMap<>();
        for (ColourTensor t : factors) {
            for (IndexSlot s : t.slots()) {
                seen.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(s.kind());
            }
        }
        for (Map.Entry<Integer, List<Kind>> e : seen.entrySet()) {
            int index = e.getKey();
            List<Kind> kinds = e.getValue();
            if (index < 0) {
                if (kinds.size() != 2 || !conjugate(kinds.get(0), kinds.get(1))) {
                    throw at.error(owner + " (" + text + "): summed colour index " + index + " appears as " + kinds
                            + ": expected exactly twice, a fundamental with an antifundamental or two adjoints");
                }
                continue;
            }
            if (index > legs.size()) {
                throw at.error(owner + " (" + text + "): colour index " + index + ", but the vertex has " + legs.size() + " legs");
            }
        }
        for (int leg = 1; leg <= legs.size(); leg++) {
            Kind want = legs.get(leg - 1);
            List<Kind> found = seen.getOrDefault(leg, List.of());
            boolean ok = want == null ? found.isEmpty()
                    : found.size() == 1 && (found.get(0) == want || found.get(0) == Kind.ANY_COLOUR);
            if (!ok) {
                throw at.error(owner + " (" + text + "): leg " + leg + (want == null ? " (a colour singlet)"
                        : " (" + want.name().toLowerCase() + ")") + " appears " + (found.isEmpty() ? "nowhere" : "as " + found)
                        + " in a term: expected " + (want == null ? "no colour index" : "one " + want.name().toLowerCase()
                        + " index"));
            }
        }
        for (ColourTensor t : factors) {
            if (t instanceof ColourTensor.Identity id) {
                Kind a = kindOf(id.i(), legs, seen);
                Kind b = kindOf(id.j(), legs, seen);
                if (a != null && b != null && !conjugate(a, b)) {
                    throw at.error(owner + " (" + text + "): Identity(" + id.i() + "," + id.j() + ") joins " + a.name()
                            .toLowerCase() + " and " + b.name().toLowerCase() + ": expected a fundamental with an"
                            + " antifundamental, or two adjoints");
                }
            }
        }
    }

    /** A leg's kind, or for a summed index the kind its other occurrence has (null if only Identity uses it). */
    private static Kind kindOf(int index, List<Kind> legs, Map<Integer, List<Kind>> seen) {
        if (index > 0) {
            return legs.get(index - 1);
        }
        for (Kind k : seen.get(index)) {
            if (k != Kind.ANY_COLOUR) {
                return k == Kind.FUNDAMENTAL ? Kind.ANTIFUNDAMENTAL : k == Kind.ANTIFUNDAMENTAL ? Kind.FUNDAMENTAL : k;
            }
        }
        return null;
    }

    private static boolean conjugate(Kind a, Kind b) {
        if (a == Kind.ANY_COLOUR || b == Kind.ANY_COLOUR) {
            return true;
        }
        return (a == Kind.FUNDAMENTAL && b == Kind.ANTIFUNDAMENTAL) || (a == Kind.ANTIFUNDAMENTAL && b == Kind.FUNDAMENTAL)
                || (a == Kind.ADJOINT && b == Kind.ADJOINT);
    }
}
