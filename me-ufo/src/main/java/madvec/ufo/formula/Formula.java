package madvec.ufo.formula;

import madvec.autodiff.ComplexDualScalar;

/**
 * A compiled UFO formula: an expression tree over slots (the values of parameters computed before it)
 * and constants, evaluated in complex dual arithmetic. Built once per model by {@link FormulaCompiler}; the
 * reference twin of {@link FormulaTape}.
 */
public sealed interface Formula {
    /** The value, with k tangents, given the values of the slots it reads. */
    ComplexDualScalar eval(ComplexDualScalar[] slots, int k);

    /** The slots this formula reads, added to {@code out}. */
    default void slots(java.util.Set<Integer> out) {
        switch (this) {
            case Slot s -> out.add(s.index());
            case Constant c -> { }
            case Negate n -> n.x().slots(out);
            case Sum s -> {
                s.a().slots(out);
                s.b().slots(out);
            }
            case Product p -> {
                p.a().slots(out);
                p.b().slots(out);
            }
            case Quotient q -> {
                q.a().slots(out);
                q.b().slots(out);
            }
            case Power p -> {
                p.base().slots(out);
                p.exponent().slots(out);
            }
            case ComplexOf c -> {
                c.re().slots(out);
                c.im().slots(out);
            }
            case Condition c -> {
                c.test().slots(out);
                c.ifZero().slots(out);
                c.otherwise().slots(out);
            }
            case Call c -> c.argument().slots(out);
        }
    }

    /** The same formula reading slot {@code renumber[i]} where this one reads slot i. */
    default Formula renumbered(int[] renumber) {
        return switch (this) {
            case Slot s -> new Slot(renumber[s.index()], s.name());
            case Constant c -> c;
            case Negate n -> new Negate(n.x().renumbered(renumber));
            case Sum s -> new Sum(s.a().renumbered(renumber), s.b().renumbered(renumber), s.minus());
            case Product p -> new Product(p.a().renumbered(renumber), p.b().renumbered(renumber));
            case Quotient q -> new Quotient(q.a().renumbered(renumber), q.b().renumbered(renumber));
            case Power p -> new Power(p.base().renumbered(renumber), p.exponent().renumbered(renumber));
            case ComplexOf c -> new ComplexOf(c.re().renumbered(renumber), c.im().renumbered(renumber));
            case Condition c -> new Condition(c.test().renumbered(renumber), c.ifZero().renumbered(renumber),
                    c.otherwise().renumbered(renumber));
            case Call c -> new Call(c.function(), c.argument().renumbered(renumber));
        };
    }

    /** A complex constant. */
    record Constant(double re, double im) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return ComplexDualScalar.constant(re, im, k);
        }
    }

    /** The value of a parameter computed earlier. */
    record Slot(int index, String name) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return slots[index];
        }
    }

    /** {@code -x}. */
    record Negate(Formula x) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return x.eval(slots, k).negate();
        }
    }

    /** {@code a + b} or {@code a - b}. */
    record Sum(Formula a, Formula b, boolean minus) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            ComplexDualScalar x = a.eval(slots, k);
            ComplexDualScalar y = b.eval(slots, k);
            if (ComplexDuals.isReal(x) && ComplexDuals.isReal(y)) {
                return ComplexDuals.real(minus ? x.re().minus(y.re()) : x.re().plus(y.re()));
            }
            return minus ? x.minus(y) : x.plus(y);
        }
    }

    /** {@code a * b}. */
    record Product(Formula a, Formula b) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return ComplexDuals.times(a.eval(slots, k), b.eval(slots, k));
        }
    }

    /** {@code a / b} (true division, as {@code from __future__ import division}). */
    record Quotient(Formula a, Formula b) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            ComplexDualScalar d = b.eval(slots, k);
            if (d.re().value() == 0 && d.im().value() == 0) {
                throw new ArithmeticException("division by zero");
            }
            return ComplexDuals.div(a.eval(slots, k), d);
        }
    }

    /** {@code base ** exponent}. */
    record Power(Formula base, Formula exponent) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return ComplexDuals.pow(base.eval(slots, k), exponent.eval(slots, k));
        }
    }

    /** {@code complex(re, im) = re + i im}. */
    record ComplexOf(Formula re, Formula im) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return re.eval(slots, k).plus(im.eval(slots, k).timesI());
        }
    }

    /** {@code cond(test, ifZero, otherwise)}: UFO's {@code ifZero if test == 0 else otherwise}. */
    record Condition(Formula test, Formula ifZero, Formula otherwise) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            ComplexDualScalar t = test.eval(slots, k);
            boolean zero = t.re().value() == 0 && t.im().value() == 0;
            return zero ? ifZero.eval(slots, k) : otherwise.eval(slots, k);
        }
    }

    /** A function of one argument. */
    record Call(Function function, Formula argument) implements Formula {
        @Override
        public ComplexDualScalar eval(ComplexDualScalar[] slots, int k) {
            return function.apply(argument.eval(slots, k));
        }
    }

    /** The functions of one argument UFO formulas use: {@code cmath}'s and {@code function_library}'s. */
    enum Function {
        SQRT, EXP, LOG, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, SEC, CSC, COT, ASEC, ACSC,
        CONJUGATE, RE, IM, ABS, REGLOG;

        ComplexDualScalar apply(ComplexDualScalar z) {
            return switch (this) {
                case SQRT -> ComplexDuals.sqrt(z);
                case EXP -> ComplexDuals.exp(z);
                case LOG -> ComplexDuals.log(z);
                case SIN -> ComplexDuals.sin(z);
                case COS -> ComplexDuals.cos(z);
                case TAN -> ComplexDuals.tan(z);
                case ASIN -> ComplexDuals.asin(z);
                case ACOS -> ComplexDuals.acos(z);
                case ATAN -> ComplexDuals.atan(z);
                case SINH -> ComplexDuals.sinh(z);
                case COSH -> ComplexDuals.cosh(z);
                case TANH -> ComplexDuals.tanh(z);
                case SEC -> inverse(ComplexDuals.cos(z));
                case CSC -> inverse(ComplexDuals.sin(z));
                case COT -> ComplexDuals.div(ComplexDuals.cos(z), ComplexDuals.sin(z));
                case ASEC -> ComplexDuals.acos(inverse(z));
                case ACSC -> ComplexDuals.asin(inverse(z));
                case CONJUGATE -> z.conj();
                case RE -> ComplexDualScalar.real(z.re());
                case IM -> ComplexDualScalar.real(z.im());
                case ABS -> ComplexDuals.abs(z);
                // MadGraph's reglog: 0 at 0 (where the log's coefficient vanishes), the log elsewhere
                case REGLOG -> z.re().value() == 0 && z.im().value() == 0 ? ComplexDualScalar.constant(0, 0, z.k())
                        : ComplexDuals.log(z);
            };
        }

        private static ComplexDualScalar inverse(ComplexDualScalar z) {
            if (z.re().value() == 0 && z.im().value() == 0) {
                throw new ArithmeticException("division by zero");
            }
            return ComplexDuals.div(ComplexDualScalar.constant(1, 0, z.k()), z);
        }
    }
}
