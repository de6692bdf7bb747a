package madvec.ufo.formula;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import madvec.ufo.formula.Formula.Constant;
import madvec.ufo.python.PyExpr;
import madvec.ufo.python.SourcePosition;

/**
 * Turns the parsed text of a UFO formula into a {@link Formula}: names resolved to earlier slots
 * (or to constants, for parameters a restriction fixed), {@code cmath} and {@code function_library}
 * functions recognised by name (never executed from the model's files), constants folded.
 */
public final class FormulaCompiler {
    private static final Map<String, Formula.Function> FUNCTIONS = Map.ofEntries(
            Map.entry("sqrt", Formula.Function.SQRT), Map.entry("exp", Formula.Function.EXP),
            Map.entry("log", Formula.Function.LOG), Map.entry("sin", Formula.Function.SIN),
            Map.entry("cos", Formula.Function.COS), Map.entry("tan", Formula.Function.TAN),
            Map.entry("asin", Formula.Function.ASIN), Map.entry("acos", Formula.Function.ACOS),
            Map.entry("atan", Formula.Function.ATAN), Map.entry("sinh", Formula.Function.SINH),
            Map.entry("cosh", Formula.Function.COSH), Map.entry("tanh", Formula.Function.TANH),
            Map.entry("sec", Formula.Function.SEC), Map.entry("csc", Formula.Function.CSC),
            Map.entry("cot", Formula.Function.COT), Map.entry("asec", Formula.Function.ASEC),
            Map.entry("acsc", Formula.Function.ACSC), Map.entry("complexconjugate", Formula.Function.CONJUGATE),
            Map.entry("re", Formula.Function.RE), Map.entry("im", Formula.Function.IM),
            Map.entry("abs", Formula.Function.ABS), Map.entry("reglog", Formula.Function.REGLOG));
    /** Functions a bare name may call (imported from function_library or cmath, or built in). */
    private static final Set<String> MODULES = Set.of("cmath", "math");

    private FormulaCompiler() {}

    /** Whether a bare name called in a formula is a function this compiler knows (not a tensor). */
    public static boolean isFunction(String name) {
        return FUNCTIONS.containsKey(name) || name.equals("complex") || name.equals("cond") || name.equals("pow");
    }

    /** The parameter names a formula reads (not function or module names), in order of appearance. */
    public static Set<String> names(PyExpr e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(PyExpr e, Set<String> out) {
        switch (e) {
            case PyExpr.Name n -> out.add(n.id());
            case PyExpr.Attribute a -> {
                if (!(a.object() instanceof PyExpr.Name m && MODULES.contains(m.id()))) {
                    collect(a.object(), out);
                }
            }
            case PyExpr.Call c -> {
                if (c.function() instanceof PyExpr.Attribute a && !(a.object() instanceof PyExpr.Name m
                        && MODULES.contains(m.id()))) {
                    collect(a.object(), out);
                }
                c.args().forEach(x -> collect(x, out));
            }
            case PyExpr.Unary u -> collect(u.operand(), out);
            case PyExpr.Binary b -> {
                collect(b.left(), out);
                collect(b.right(), out);
            }
            case PyExpr.Sequence s -> s.items().forEach(x -> collect(x, out));
            case PyExpr.Dict d -> { }
            case PyExpr.Number n -> { }
            case PyExpr.Str s -> { }
        }
    }

    /**
     * Compiles a formula.
     *
     * @param e the parsed formula
     * @param resolve a parameter name to its slot or constant, null when unknown
     * @param owner what the formula defines, for messages ({@code parameter MW})
     */
    public static Formula compile(PyExpr e, Function<String, Formula> resolve, String owner) {
        return new FormulaCompiler.Run(resolve, owner).formula(e);
    }

    private record Run(Function<String, Formula> resolve, String owner) {
        Formula formula(PyExpr e) {
            return switch (e) {
                case PyExpr.Number n -> n.imaginary() ? new Constant(0, n.value()) : new Constant(n.value(), 0);
                case PyExpr.Name n -> {
                    Formula f = resolve.apply(n.id());
                    if (f == null) {
                        throw n.position().error("unknown name '" + n.id() + "' in the formula of " + owner
                                + ": expected a parameter of parameters.py");
                    }
                    yield f;
                }
                case PyExpr.Attribute a -> attribute(a);
                case PyExpr.Unary u -> u.op().equals("-") ? fold(new Formula.Negate(formula(u.operand())), u.position())
                        : formula(u.operand());
                case PyExpr.Binary b -> {
                    Formula l = formula(b.left());
                    Formula r = formula(b.right());
                    Formula f = switch (b.op()) {
                        case "+" -> new Formula.Sum(l, r, false);
                        case "-" -> new Formula.Sum(l, r, true);
                        case "*" -> new Formula.Product(l, r);
                        case "/" -> new Formula.Quotient(l, r);
                        case "**" -> new Formula.Power(l, r);
                        default -> throw b.position().error("operator " + b.op() + " in the formula of " + owner
                                + ": expected + - * / **");
                    };
                    yield fold(f, b.position());
                }
                case PyExpr.Call c -> call(c);
                case PyExpr.Str s -> throw s.position().error("a string inside the formula of " + owner
                        + ": expected a number, a parameter or a function call");
                case PyExpr.Sequence s -> throw s.position().error((s.tuple() ? "a tuple" : "a list")
                        + " inside the formula of " + owner + ": expected a number, a parameter or a function call");
                case PyExpr.Dict d -> throw d.position().error("a dict inside the formula of " + owner
                        + ": expected a number, a parameter or a function call");
            };
        }

        private Formula attribute(PyExpr.Attribute a) {
            if (a.object() instanceof PyExpr.Name m && MODULES.contains(m.id())) {
                return switch (a.name()) {
                    case "pi" -> new Constant(Math.PI, 0);
                    case "e" -> new Constant(Math.E, 0);
                    default -> throw a.position().error(m.id() + "." + a.name() + " in the formula of " + owner
                            + ": expected " + m.id() + ".pi or " + m.id() + ".e (or a call of a " + m.id() + " function)");
                };
            }
            return switch (a.name()) {
                case "real" -> fold(new Formula.Call(Formula.Function.RE, formula(a.object())), a.position());
                case "imag" -> fold(new Formula.Call(Formula.Function.IM, formula(a.object())), a.position());
                default -> throw a.position().error("attribute ." + a.name() + " in the formula of " + owner
                        + ": expected .real or .imag");
            };
        }

        private Formula call(PyExpr.Call c) {
            String name;
            if (c.function() instanceof PyExpr.Name n) {
                name = n.id();
            } else if (c.function() instanceof PyExpr.Attribute a && a.object() instanceof PyExpr.Name m
                    && MODULES.contains(m.id())) {
                name = a.name();
            } else if (c.function() instanceof PyExpr.Attribute a && a.name().equals("conjugate") && c.args().isEmpty()) {
                return fold(new Formula.Call(Formula.Function.CONJUGATE, formula(a.object())), c.position());
            } else {
                throw c.position().error("unexpected call in the formula of " + owner
                        + ": expected a function such as cmath.sqrt, complex, complexconjugate, cond");
            }
            if (!c.keywords().isEmpty()) {
                throw c.position().error(name + "() with keyword arguments in the formula of " + owner
                        + ": expected positional arguments only");
            }
            List<PyExpr> args = c.args();
            return switch (name) {
                case "complex" -> {
                    arity(c, name, args, 2);
                    yield fold(new Formula.ComplexOf(formula(args.get(0)), formula(args.get(1))), c.position());
                }
                case "cond" -> {
                    arity(c, name, args, 3);
                    yield fold(new Formula.Condition(formula(args.get(0)), formula(args.get(1)), formula(args.get(2))),
                            c.position());
                }
                case "pow" -> {
                    arity(c, name, args, 2);
                    yield fold(new Formula.Power(formula(args.get(0)), formula(args.get(1))), c.position());
                }
                default -> {
                    Formula.Function f = FUNCTIONS.get(name);
                    if (f == null) {
                        throw c.position().error("unknown function '" + name + "' in the formula of " + owner
                                + ": expected one of complex, cond, pow, " + String.join(", ", FUNCTIONS.keySet().stream()
                                        .sorted().toList()));
                    }
                    arity(c, name, args, 1);
                    yield fold(new Formula.Call(f, formula(args.get(0))), c.position());
                }
            };
        }

        private void arity(PyExpr.Call c, String name, List<PyExpr> args, int n) {
            if (args.size() != n) {
                throw c.position().error(name + "() takes " + n + " argument" + (n == 1 ? "" : "s") + ", got "
                        + args.size() + " in the formula of " + owner);
            }
        }

        /** A node whose operands are all constants, evaluated now. */
        private Formula fold(Formula f, SourcePosition at) {
            boolean constant = switch (f) {
                case Formula.Negate n -> n.x() instanceof Constant;
                case Formula.Sum s -> s.a() instanceof Constant && s.b() instanceof Constant;
                case Formula.Product p -> p.a() instanceof Constant && p.b() instanceof Constant;
                case Formula.Quotient q -> q.a() instanceof Constant && q.b() instanceof Constant;
                case Formula.Power p -> p.base() instanceof Constant && p.exponent() instanceof Constant;
                case Formula.ComplexOf c -> c.re() instanceof Constant && c.im() instanceof Constant;
                case Formula.Call c -> c.argument() instanceof Constant;
                case Formula.Condition c -> c.test() instanceof Constant && c.ifZero() instanceof Constant
                        && c.otherwise() instanceof Constant;
                default -> false;
            };
            if (!constant) {
                return f;
            }
            try {
                var v = f.eval(new madvec.autodiff.ComplexDualScalar[0], 0);
                return new Constant(v.re().value(), v.im().value());
            } catch (ArithmeticException ex) {
                throw at.error(ex.getMessage() + " in the formula of " + owner);
            }
        }
    }
}
